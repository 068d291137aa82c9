import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/support/i18n-setup.ts'],
          // Bundles the file worker once per run, as the app's build does (test/support/file-worker.ts).
          globalSetup: ['test/support/build-file-worker.ts'],
          // Let the Electron stub reach electron-store's own `import electron from 'electron'`.
          server: { deps: { inline: ['electron-store', 'electron-context-menu', 'electron-dl', 'electron-is-dev'] } },
        },
      },
      {
        test: {
          name: 'components',
          include: ['test/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/support/i18n-setup.ts', 'test/components/setup.ts'],
        },
      },
      {
        // The README's `npm start`, run for real in a scratch checkout with a fake Electron executable.
        test: {
          name: 'launch',
          include: ['test/launch/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Needs `npm run build` first (npm test does it): these drive the built renderer in Chromium.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // The real main-process handlers run in this process and speak through the catalogue.
          setupFiles: ['test/support/i18n-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
