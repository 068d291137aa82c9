import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { metaContentSecurityPolicy } from './electron/security/csp'

// Everything is bundled (all packages are devDependencies), so the packaged app carries only `out/`.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        external: ['electron'],
        // The file worker is an entry of its own: main starts it from out/main/file-worker.js.
        input: { main: resolve('electron/main.ts'), 'file-worker': resolve('electron/files/file-worker.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        external: ['electron'],
        input: { preload: resolve('electron/preload.ts') },
        // A sandboxed preload cannot load ES modules or other files: one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
    plugins: [
      react(),
      {
        // The CSP goes into the built page only: Vite's dev server needs inline scripts for hot reload.
        name: 'panorama-csp',
        apply: 'build',
        transformIndexHtml: (html: string) =>
          html.replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`,
          ),
      },
    ],
  },
})
