import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { supportedElectronMajors } from '../support/electron-support'

/**
 * Electron's security checklist, asserted on the source text itself, so it holds whatever happens
 * to Electronegativity (unmaintained). Comments are stripped first: only code counts.
 */

const root = path.resolve(__dirname, '../..')

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...sourceFiles(relative))
    else if (/\.(?:[cm]?[jt]sx?)$/.test(entry.name) && !/\.d\.ts$/.test(entry.name)) out.push(relative)
  }
  return out
}

/** Removes block and line comments (not `://` in URLs); crude, but enough for a pattern scan. */
function code(file: string): string {
  return fs
    .readFileSync(path.join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1')
}

const electronFiles = sourceFiles('electron')
// The shared layer runs in the renderer too, so it is held to the renderer's rules.
const rendererFiles = [...sourceFiles('renderer/src'), ...sourceFiles('common')]
const electronCode = Object.fromEntries(electronFiles.map((file) => [file, code(file)]))
const rendererCode = Object.fromEntries(rendererFiles.map((file) => [file, code(file)]))

const INSECURE_HTTP = /['"`]http:\/\/(?!127\.0\.0\.1|localhost)/
const ROOM_ORIGIN_FILE = 'electron/room/request-guard.ts'

function filesMatching(sources: Record<string, string>, pattern: RegExp): string[] {
  return Object.entries(sources)
    .filter(([, text]) => pattern.test(text))
    .map(([file]) => file)
}

describe('security settings in the source', () => {
  it('finds the sources it scans', () => {
    expect(electronFiles).toEqual(expect.arrayContaining(['electron/main.ts', 'electron/window.ts', 'electron/preload.ts', 'electron/security/guards.ts']))
    expect(rendererFiles.length).toBeGreaterThan(10)
  })

  const forbidden: Array<[string, RegExp]> = [
    ['webSecurity: false', /['"]?webSecurity['"]?\s*:\s*false/],
    ['nodeIntegration: true (any variant)', /['"]?nodeIntegration(?:InWorker|InSubFrames)?['"]?\s*:\s*true/],
    ['allowRunningInsecureContent: true', /['"]?allowRunningInsecureContent['"]?\s*:\s*true/],
    ['contextIsolation: false', /['"]?contextIsolation['"]?\s*:\s*false/],
    ['sandbox: false', /['"]?sandbox['"]?\s*:\s*false/],
    ['webviewTag: true', /['"]?webviewTag['"]?\s*:\s*true/],
    ['experimentalFeatures: true', /['"]?experimentalFeatures['"]?\s*:\s*true/],
    ['enableBlinkFeatures', /enableBlinkFeatures/],
    ['enableRemoteModule', /enableRemoteModule/],
    ['@electron/remote', /@electron\/remote/],
    ['the no-sandbox switch or app.disableSandbox', /no-sandbox|disableSandbox\s*\(/],
    ['the disable-web-security switch', /disable-web-security/],
    ['ELECTRON_DISABLE_SECURITY_WARNINGS', /ELECTRON_DISABLE_SECURITY_WARNINGS/],
    ['a certificate-error handler (which could accept bad certificates)', /certificate-error|setCertificateVerifyProc/],
    ['allowpopups', /allowpopups/i],
    ['insecure http:// resources', INSECURE_HTTP],
  ]

  it.each(forbidden)('nothing in electron/ sets %s', (_name, pattern) => {
    expect(filesMatching(electronCode, pattern).filter((file) => !(pattern === INSECURE_HTTP && file === ROOM_ORIGIN_FILE))).toEqual([])
  })

  it('writes http:// only for the room’s own address, which phones on the local network reach without TLS', () => {
    // A certificate for a meeting room's Wi-Fi address is one no phone trusts, so the room is plain
    // HTTP on one interface, with tokens, Host and Origin checks instead (electron/room/).
    expect(filesMatching(electronCode, INSECURE_HTTP)).toEqual([ROOM_ORIGIN_FILE])
    expect(electronCode[ROOM_ORIGIN_FILE]!.match(/['"`]http:\/\/[^'"`]*/g)).toEqual(['`http://${host}'])
  })

  it('every window gets the secure web preferences: context isolation and sandbox on, Node off', () => {
    const window = electronCode['electron/window.ts']!
    const prefs = window.slice(window.indexOf('export function secureWebPreferences'), window.indexOf('export function restorableBounds'))
    expect(prefs).toMatch(/contextIsolation:\s*true/)
    expect(prefs).toMatch(/sandbox:\s*true/)
    expect(prefs).toMatch(/nodeIntegration:\s*false/)
    expect(prefs).toMatch(/webSecurity:\s*true/)
    expect(prefs).toMatch(/webviewTag:\s*false/)
    // The only BrowserWindow constructed anywhere is the one with those preferences.
    expect(filesMatching(electronCode, /new\s+[\w.]*BrowserWindow\s*\(/)).toEqual(['electron/window.ts'])
    expect(window.match(/new\s+[\w.]*BrowserWindow\s*\(/g)).toHaveLength(1)
    expect(window.match(/webPreferences:/g)).toHaveLength(1)
    expect(window).toMatch(/webPreferences:\s*secureWebPreferences\(/)
  })

  it('calls shell.openExternal in one place only, behind the http(s) check, reached only from the navigation guard', () => {
    expect(filesMatching(electronCode, /openExternal\s*\(/).sort()).toEqual(['electron/main.ts', 'electron/security/guards.ts'])
    const main = electronCode['electron/main.ts']!
    expect(main.match(/shell\.openExternal/g)).toHaveLength(1)
    expect(main).toMatch(/if \(isSafeExternalUrl\(url\)\) void shell\.openExternal\(url\)/)
    // The guarded function is handed to the web-contents guard and used nowhere else.
    expect(main.match(/openInSystemBrowser/g)).toHaveLength(2)
    expect(main).toMatch(/guardWebContents\(contents, \{[^\n]*openExternal: openInSystemBrowser \}\)/)
    const guards = electronCode['electron/security/guards.ts']!
    expect(guards.match(/openExternal\(/g)).toHaveLength(1)
    expect(guards).toMatch(/if \(isSafeExternalUrl\(url\)\) deps\.openExternal\(url\)/)
    expect(filesMatching(rendererCode, /openExternal|\bshell\s*\.\s*[a-z]\w*\s*\(/)).toEqual([])
  })

  it('uses ipcRenderer only in the preload, and exposes only the built api, never ipcRenderer itself', () => {
    expect(filesMatching(electronCode, /ipcRenderer/)).toEqual(['electron/preload.ts'])
    expect(filesMatching(rendererCode, /ipcRenderer|from ['"]electron['"]|require\(['"]electron['"]\)/)).toEqual([])
    const preload = electronCode['electron/preload.ts']!
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1)
    expect(preload).toMatch(/exposeInMainWorld\(\s*'api',\s*buildApi\(/)
    // Only these two ipcRenderer methods are used, and only inside functions that take a channel name.
    const uses = [...preload.matchAll(/ipcRenderer\.(\w+)/g)].map((m) => m[1])
    expect(new Set(uses)).toEqual(new Set(['invoke', 'on', 'removeListener']))
    // ipcRenderer itself is never passed or returned as a value (outside the import line).
    expect(preload.replace(/^import .*$/gm, '')).not.toMatch(/[:,(=]\s*ipcRenderer\s*[,)};]|return\s+ipcRenderer\b/)
    expect(electronCode['electron/ipc/build-api.ts']).not.toMatch(/ipcRenderer|from ['"]electron['"]/)
  })

  it('checks the sender and validates the payload in front of every handler', () => {
    const register = electronCode['electron/ipc/register.ts']!
    expect(register).toMatch(/senderFrame/)
    expect(filesMatching(electronCode, /ipcMain\.(?:handle|on)\s*\(/)).toEqual(['electron/ipc/register.ts'])
    expect(electronCode['electron/ipc/dispatch.ts']).toMatch(/isTrustedSender\(senderUrl\)[\s\S]*request\.safeParse\(payload\)[\s\S]*handler\(request\.data\)/)
  })

  it('denies permissions, navigation away and new windows', () => {
    const guards = electronCode['electron/security/guards.ts']!
    expect(guards).toMatch(/setPermissionRequestHandler\(\(_contents, _permission, callback\) => callback\(false\)\)/)
    expect(guards).toMatch(/setPermissionCheckHandler\(\(\) => false\)/)
    expect(guards).toMatch(/'will-navigate'/)
    expect(guards).toMatch(/'will-frame-navigate'/)
    expect(guards).toMatch(/webRequest\.onBeforeRequest\(/)
    expect(guards).toMatch(/'will-attach-webview', \(event\) => event\.preventDefault\(\)/)
    expect(guards).toMatch(/return \{ action: 'deny' \}/)
    expect(guards).not.toMatch(/action: 'allow'/)
    const main = electronCode['electron/main.ts']!
    expect(main).toMatch(/denyAllPermissions\(session\.defaultSession\)/)
    expect(main).toMatch(/refuseOutsideRequests\(session\.defaultSession, devServerUrl\)/)
    expect(main).toMatch(/keepSpellingOffline\(session\.defaultSession, process\.platform\)/)
    expect(main).toMatch(/app\.on\('web-contents-created'[\s\S]*guardWebContents\(contents/)
  })

  it('sets a strict CSP without inline or remote script', () => {
    const csp = electronCode['electron/security/csp.ts']!
    expect(csp).toMatch(/"default-src 'self'"/)
    expect(csp).toMatch(/"script-src 'self'"/)
    expect(csp).toMatch(/"object-src 'none'"/)
    expect(csp).not.toMatch(/unsafe-eval|script-src[^"]*unsafe-inline|https?:/)
  })

  it('runs an Electron major that is supported today: one of the newest three', () => {
    const installed = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
    expect(supportedElectronMajors(new Date())).toContain(Number(installed.version.split('.')[0]))
  })

  it('knows the supported majors from Electron’s 8-week cadence', () => {
    expect(supportedElectronMajors(new Date('2026-01-13T12:00:00Z'))).toEqual([38, 39, 40])
    expect(supportedElectronMajors(new Date('2026-03-09T12:00:00Z'))).toEqual([38, 39, 40])
    expect(supportedElectronMajors(new Date('2026-03-10T12:00:00Z'))).toEqual([39, 40, 41])
    expect(supportedElectronMajors(new Date('2026-12-04T12:00:00Z'))).toEqual([43, 44, 45])
    expect(supportedElectronMajors(new Date('2026-12-15T12:00:00Z'))).toEqual([44, 45, 46])
  })
})
