import fs from 'node:fs'
import path from 'node:path'

/**
 * Where the `electron` package keeps its binary, as its own index.js and install.js see it:
 * `path.txt` names the executable inside `dist/`, and `dist/version` says which release is there.
 * electron-vite reads `path.txt` itself and never triggers the package's lazy download, so the
 * launcher has to check this before handing over.
 */
export function installedElectronBinary(moduleDir: string): string | null {
  try {
    const relative = fs.readFileSync(path.join(moduleDir, 'path.txt'), 'utf8').trim()
    const { version } = JSON.parse(fs.readFileSync(path.join(moduleDir, 'package.json'), 'utf8')) as { version: string }
    const installedVersion = fs.readFileSync(path.join(moduleDir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '')
    const binary = path.join(moduleDir, 'dist', relative)
    return relative && installedVersion === version && fs.existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

/** True when the environment asks for no download (npm's and Electron's own spellings). */
export function downloadSkipped(env: NodeJS.ProcessEnv): boolean {
  const value = env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? env.npm_config_electron_skip_binary_download
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false'
}

export const SKIPPED_MESSAGE =
  "Panorama: Electron's binary is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded. " +
  'Unset it and run `npm start` again, or set ELECTRON_EXEC_PATH to an Electron 45 executable you already have.'

/**
 * One line for a failed download: the first line of what @electron/get reported (install.js prints
 * a whole stack), and what to do about it.
 */
export function downloadFailedMessage(installOutput: string): string {
  const reason =
    installOutput
      .split(/\r?\n/)
      .map((line) => line.trim())
      .find((line) => line.length > 0 && !line.startsWith('at ')) ?? 'no reason given'
  return (
    `Panorama: Electron's binary could not be downloaded (${reason.replace(/^\w*Error:\s*/, '')}). ` +
    'Check the network connection (or set ELECTRON_MIRROR to a reachable mirror) and run `npm start` again, ' +
    'or set ELECTRON_EXEC_PATH to an Electron 45 executable you already have.'
  )
}
