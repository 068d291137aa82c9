import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

/**
 * The participant page: its own small build, no React, served by the room server at
 * `/r/<roomToken>` and `/`, with its files under `/p/` (electron/room/room-page.ts). No inline
 * script or style (the page's CSP forbids both), so no module-preload polyfill is injected.
 * Built with the renderer by electron.vite.config.ts (roomPage), or alone with
 * `npx vite build --config renderer/room-page/vite.config.ts`.
 */
const root = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root,
  base: '/p/',
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: resolve(root, '../../out/room-page'),
    emptyOutDir: true,
    minify: true,
    // Current Safari on iOS and Chrome on Android, and a few years back.
    target: ['es2020', 'safari14', 'chrome90'],
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    rollupOptions: { input: resolve(root, 'index.html') },
  },
})
