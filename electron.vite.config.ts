import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { build, type Plugin } from 'vite'
import { metaContentSecurityPolicy } from './electron/security/csp'

/**
 * The live room's participant page (renderer/room-page) is a build of its own, with its own base
 * (/p/) and no React, so it cannot be a fourth electron-vite target. It is built with the
 * renderer instead, so `npm run build`, `npm start` and `npm run dev` all leave it in
 * out/room-page, where main's room server reads it (and electron-builder packs it with out/**).
 */
function roomPage(): Plugin {
  const buildPage = async () => {
    await build({ configFile: resolve('renderer/room-page/vite.config.ts') })
  }
  return {
    name: 'panorama-room-page',
    closeBundle: buildPage,
    // The dev server serves the renderer from memory; the room still needs the page's files on disk.
    configureServer: buildPage,
  }
}

// Everything is bundled (all packages are devDependencies), so the packaged app carries only `out/`.
export default defineConfig({
  main: {
    resolve: {
      // fflate's Node build declares its own top-level `require`, which clashes with the one the ES
      // module shim puts at the top of the shared chunk ("Identifier 'require' has already been
      // declared": main and the file worker would not load). Its plain build is the same code
      // without the Node worker glue, and the synchronous zip and unzip need nothing else.
      alias: [{ find: /^fflate$/, replacement: resolve('node_modules/fflate/esm/browser.js') }],
    },
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
      roomPage(),
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
