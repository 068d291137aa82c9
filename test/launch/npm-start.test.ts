import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir } from '../support/temp-dir'

const projectRoot = path.resolve(import.meta.dirname, '../..')

/**
 * A scratch checkout: the sources are copied and every package is linked, except `electron`, which
 * is copied without its binary, as a fresh `npm install` on a machine that has not yet launched it
 * leaves it. So the real `npm start` runs here exactly as a new user's would, and can never find
 * an Electron binary this machine happens to have.
 */
function scratchCheckout(): string {
  const dir = makeTempDir()
  for (const entry of ['common', 'electron', 'renderer', 'assets', 'package.json', 'tsconfig.json', 'electron.vite.config.ts']) {
    fs.cpSync(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true })
  }
  const modules = path.join(projectRoot, 'node_modules')
  fs.mkdirSync(path.join(dir, 'node_modules'))
  for (const name of fs.readdirSync(modules)) {
    if (name === 'electron') continue
    fs.symlinkSync(path.join(modules, name), path.join(dir, 'node_modules', name))
  }
  const electronPackage = path.join(dir, 'node_modules', 'electron')
  fs.mkdirSync(electronPackage)
  for (const file of fs.readdirSync(path.join(modules, 'electron'))) {
    if (file !== 'dist' && file !== 'path.txt' && file !== 'node_modules') fs.cpSync(path.join(modules, 'electron', file), path.join(electronPackage, file))
  }
  // install.js needs @electron/get, which npm may have placed inside the electron package.
  if (fs.existsSync(path.join(modules, 'electron', 'node_modules'))) fs.symlinkSync(path.join(modules, 'electron', 'node_modules'), path.join(electronPackage, 'node_modules'))
  return dir
}

/** A stand-in for Electron's executable that writes down how it was started, then exits cleanly. */
function fakeElectron(dir: string): { executable: string; record: string } {
  const executable = path.join(dir, 'fake-electron')
  const record = path.join(dir, 'launched.txt')
  fs.writeFileSync(executable, `#!/bin/sh\n{ pwd; printf '%s\\n' "$@"; } > '${record}'\n`, { mode: 0o755 })
  return { executable, record }
}

function npmStart(cwd: string, env: Record<string, string | undefined>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env }
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key]
  return spawnSync('npm', ['start', '--silent'], { cwd, env: childEnv, encoding: 'utf8', timeout: 150_000 })
}

describe('npm start, the README\'s first command, on a fresh install', () => {
  let checkout: string
  beforeAll(() => {
    checkout = scratchCheckout()
  })

  it('builds the app and launches Electron on out/main/main.js', () => {
    const { executable, record } = fakeElectron(makeTempDir())
    const startedAt = Date.now()
    const result = npmStart(checkout, { ELECTRON_EXEC_PATH: executable, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })
    expect(result.status, result.stderr).toBe(0)

    const [workingDirectory, ...args] = fs.readFileSync(record, 'utf8').trim().split('\n')
    expect(fs.realpathSync(workingDirectory!)).toBe(fs.realpathSync(checkout))
    // Electron is given the app folder; it starts the file package.json names as "main".
    expect(args).toEqual(['.'])
    const main = JSON.parse(fs.readFileSync(path.join(checkout, 'package.json'), 'utf8')).main
    expect(main).toBe('out/main/main.js')
    // The live room's participant page too: main's room server serves it from out/room-page.
    for (const built of ['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html', 'out/room-page/index.html']) {
      expect(fs.statSync(path.join(checkout, built)).mtimeMs, built).toBeGreaterThanOrEqual(startedAt - 1000)
    }
    expect(fs.readFileSync(path.join(checkout, 'out/main/main.js'), 'utf8')).toContain('requestSingleInstanceLock')
  }, 180_000)

  it('says in one line what to do when the binary is missing and downloads are switched off', () => {
    const result = npmStart(checkout, { ELECTRON_EXEC_PATH: undefined, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })
    expect(result.status).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Panorama: Electron's binary is not installed, and ELECTRON_SKIP_BINARY_DOWNLOAD is set/)
    expect(lines[0]).toContain('ELECTRON_EXEC_PATH')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  }, 60_000)

  it('tries the download when the binary is missing, and says in one line that it failed when offline', () => {
    // A mirror on a closed loopback port stands in for "no network": nothing leaves this machine.
    const result = npmStart(checkout, {
      ELECTRON_EXEC_PATH: undefined,
      ELECTRON_SKIP_BINARY_DOWNLOAD: undefined,
      npm_config_electron_skip_binary_download: undefined,
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: makeTempDir(),
    })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain("downloading it once")
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Panorama: Electron's binary could not be downloaded \(.+\)\. Check the network connection/)
    expect(fs.existsSync(path.join(checkout, 'node_modules/electron/path.txt'))).toBe(false)
  }, 60_000)

  it('refuses an ELECTRON_EXEC_PATH that does not exist, in one line', () => {
    const result = npmStart(checkout, { ELECTRON_EXEC_PATH: path.join(checkout, 'no-such-electron') })
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toBe(`Panorama: ELECTRON_EXEC_PATH is set to ${path.join(checkout, 'no-such-electron')}, which does not exist.`)
  }, 60_000)
})
