// `npm start` and `npm run dev`: make sure Electron's binary is there, then hand over to electron-vite.
// electron 45 downloads its binary lazily (only when `require('electron')` runs), and electron-vite
// reads node_modules/electron/path.txt itself, so without this step a fresh `npm install && npm start`
// stops with "Error: Electron uninstall". Run by Node's own type stripping: no build step.
//
//   node electron/dev/launch.ts preview|dev [electron-vite options]
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { downloadFailedMessage, downloadSkipped, installedElectronBinary, SKIPPED_MESSAGE } from './electron-binary.ts'
import { readSandboxFacts, sandboxAdvice } from './linux-sandbox.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(path.join(root, 'package.json'))
const [command = 'preview', ...options] = process.argv.slice(2)

function stop(message: string): never {
  console.error(message)
  process.exit(1)
}

function electronBinary(): string {
  const given = process.env.ELECTRON_EXEC_PATH
  if (given) {
    if (!fs.existsSync(given)) stop(`Panorama: ELECTRON_EXEC_PATH is set to ${given}, which does not exist.`)
    return given
  }
  const moduleDir = path.dirname(require.resolve('electron/package.json'))
  const installed = installedElectronBinary(moduleDir)
  if (installed) return installed
  if (downloadSkipped(process.env)) stop(SKIPPED_MESSAGE)
  console.log("Panorama: Electron's binary is not installed yet; downloading it once (about 100 MB)…")
  // install.js prints a whole stack when it fails; keep it for the one-line summary instead.
  const install = spawnSync(process.execPath, [path.join(moduleDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' })
  const downloaded = installedElectronBinary(moduleDir)
  if (install.status !== 0 || !downloaded) stop(downloadFailedMessage(install.stderr ?? ''))
  return downloaded
}

if (command !== 'preview' && command !== 'dev') stop(`Panorama: launch.ts takes "preview" or "dev", not "${command}".`)
const binary = electronBinary()

if (options.includes('--noSandbox')) {
  console.warn("Panorama: Chromium's sandbox is OFF for this run because --noSandbox was given. Use it only to diagnose a start-up problem.")
} else if (process.platform === 'linux') {
  const advice = sandboxAdvice(readSandboxFacts(binary), binary)
  if (advice) console.warn(advice)
}

const electronVite = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
const child = spawn(process.execPath, [electronVite, command, ...options], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: binary },
})
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal))
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
