import { afterEach, describe, expect, it, vi } from 'vitest'
import { contract, methodNames } from '../../common/contract/contract'
import { createElectronStub, FakeWebContents } from '../support/electron-stub'
import { makeTempDir } from '../support/temp-dir'

/** Loads the real electron/main.ts against a stubbed Electron and lets `app.whenReady` resolve. */
async function startMain(options: { gotLock?: boolean } = {}) {
  const stub = createElectronStub({ userData: makeTempDir(), ...options })
  vi.resetModules()
  vi.doMock('electron', () => ({ ...stub.electron, default: stub.electron }))
  await import('../../electron/main')
  stub.fireReady()
  await vi.waitFor(() => {
    if (options.gotLock !== false) expect(stub.windows[0]?.loadedUrl).toBeDefined()
  })
  return stub
}

afterEach(() => {
  vi.doUnmock('electron')
})

describe('main process start-up (Electron stubbed)', () => {
  it('creates the window with context isolation, sandbox, no Node integration and web security', async () => {
    const { windows } = await startMain()
    expect(windows).toHaveLength(1)
    const prefs = windows[0]!.options.webPreferences!
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
    expect(String(prefs.preload)).toMatch(/preload[\\/]preload\.cjs$/)
    expect(windows[0]!.options.show).toBe(false)
  })

  it('serves the renderer from app:// registered as a standard, secure scheme', async () => {
    const { electron, windows } = await startMain()
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ])
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(windows[0]!.loadedUrl).toBe('app://panorama/index.html')
  })

  it('answers app:// requests with the Content-Security-Policy header and refuses paths outside the renderer', async () => {
    const { electron } = await startMain()
    const serve = electron.protocol.handle.mock.calls[0]![1] as (request: { url: string }) => Promise<Response>
    // Under test, main.ts sits in electron/, so its ../renderer is the renderer source folder.
    const page = await serve({ url: 'app://panorama/index.html' })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'")
    const escape = await serve({ url: 'app://panorama/%2e%2e/%2e%2e/package.json' })
    expect(escape.status).toBe(404)
    const missing = await serve({ url: 'app://panorama/no-such-file.js' })
    expect(missing.status).toBe(404)
  })

  it('registers a handler for every contract channel, each refusing foreign senders', async () => {
    const { electron } = await startMain()
    const channels = electron.ipcMain.handle.mock.calls.map((call) => call[0])
    expect(channels.sort()).toEqual(methodNames.map((m) => contract[m].channel).sort())

    const list = electron.ipcMain.handle.mock.calls.find((call) => call[0] === 'assessments:list')![1] as (
      event: unknown,
      payload: unknown,
    ) => Promise<unknown>
    expect(await list({ senderFrame: { url: 'https://evil.example/' } }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    })
    expect(await list({ senderFrame: null }, undefined)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
    expect(await list({ senderFrame: { url: 'app://panorama/index.html' } }, undefined)).toEqual({ ok: true, value: [] })
  })

  it('denies every permission request and permission check', async () => {
    const { electron } = await startMain()
    const session = electron.session.defaultSession
    const callback = vi.fn()
    session.permissionRequestHandler!({}, 'media', callback)
    session.permissionRequestHandler!({}, 'notifications', callback)
    expect(callback.mock.calls).toEqual([[false], [false]])
    expect(session.permissionCheckHandler!({}, 'clipboard-read')).toBe(false)
    expect(session.devicePermissionHandler!({})).toBe(false)
  })

  it('refuses in the session every request whose scheme is not app:, so nothing leaves the machine', async () => {
    const { electron } = await startMain()
    const session = electron.session.defaultSession
    for (const url of [
      'https://clients2.google.com/update',
      'http://127.0.0.1:8080/',
      'http://localhost/',
      'ws://127.0.0.1:5173/',
      'wss://example.org/socket',
      'file:///etc/passwd',
      'ftp://example.org/',
      'chrome-extension://abc/x.js',
      'devtools://devtools/bundled/inspector.html',
      'app://evil/index.html',
      'blob:https://example.org/0b0e',
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
    ]) {
      expect(session.cancels(url), url).toBe(true)
    }
    for (const url of ['app://panorama/index.html', 'app://panorama/assets/index-abc.js', 'data:image/png;base64,AA==', 'blob:app://panorama/5f0c']) {
      expect(session.cancels(url), url).toBe(false)
    }
  })

  it('checks spelling only with the OS’s own dictionaries: on Linux (this machine) spelling is off and no download address leaves the app', async () => {
    const { electron, windows } = await startMain()
    const session = electron.session.defaultSession
    expect(process.platform).toBe('linux')
    expect(session.spellCheckerEnabled).toBe(false)
    expect(windows[0]!.options.webPreferences!.spellcheck).toBe(false)
    expect(session.dictionaryDownloadUrl).toMatch(/^app:\/\/panorama\//)
  })

  it('stops sub-frame navigation of any kind, and main-frame navigation away from the app (will-frame-navigate)', async () => {
    const { appEvents } = await startMain()
    const contents = new FakeWebContents()
    appEvents.emit('web-contents-created', {}, contents)
    expect(contents.fireDetails('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: false })).toBe(true)
    expect(contents.fireDetails('will-frame-navigate', { url: 'app://panorama/index.html', isMainFrame: false })).toBe(true)
    expect(contents.fireDetails('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: true })).toBe(true)
    expect(contents.fireDetails('will-frame-navigate', { url: 'app://panorama/index.html', isMainFrame: true })).toBe(false)
  })

  it('keeps every web contents in the app: no outside navigation, no new windows, web links to the browser only', async () => {
    const { electron, appEvents } = await startMain()
    const contents = new FakeWebContents()
    appEvents.emit('web-contents-created', {}, contents)

    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true)
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true)
    expect(contents.fire('will-navigate', 'app://panorama/index.html')).toBe(false)
    expect(contents.fire('will-attach-webview')).toBe(true)

    for (const url of ['https://efqm.org/', 'javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' })
    }
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://efqm.org/']])
  })

  it('takes the single-instance lock and focuses the existing window for a second launch', async () => {
    const { electron, windows, appEvents } = await startMain()
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled()
    appEvents.emit('second-instance', {}, ['panorama', '--flag'], '/home/ana')
    expect(windows[0]!.focus).toHaveBeenCalled()
    expect(windows).toHaveLength(1)
    expect(windows[0]!.webContents.send).not.toHaveBeenCalled()
  })

  it('opens a .panorama.json passed to a second launch in the running window, through Open file…', async () => {
    const { windows, appEvents } = await startMain()
    appEvents.emit('second-instance', {}, ['panorama', 'Board review.panorama.json'], '/home/ana')
    expect(windows[0]!.focus).toHaveBeenCalled()
    expect(windows[0]!.webContents.send).toHaveBeenCalledWith('menu:command', 'open-file')
  })

  it('quits at once, opening no window, when another instance holds the lock', async () => {
    const { electron, windows } = await startMain({ gotLock: false })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(electron.app.quit).toHaveBeenCalled()
    expect(windows).toHaveLength(0)
  })

  it('installs the menu: File (new, open, quit), Edit, View (zoom, full screen) and Help (about)', async () => {
    const { electron } = await startMain()
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
    const template = electron.Menu.buildFromTemplate.mock.calls[0]![0] as Array<{ label: string; submenu: Array<Record<string, unknown>> }>
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help'])
  })
})

describe('spelling without a download', () => {
  it('turns spelling on only where the OS checks it (macOS), and points the dictionary address into the app everywhere', async () => {
    const { keepSpellingOffline } = await import('../../electron/security/guards')
    const { secureWebPreferences } = await import('../../electron/window')
    for (const [platform, on] of [['darwin', true], ['win32', false], ['linux', false]] as const) {
      const calls: string[] = []
      keepSpellingOffline(
        {
          setSpellCheckerEnabled: (enabled: boolean) => void calls.push(`enabled ${enabled}`),
          setSpellCheckerDictionaryDownloadURL: (url: string) => void calls.push(`download ${url}`),
        },
        platform,
      )
      expect(calls, platform).toEqual(['download app://panorama/no-spelling-downloads/', `enabled ${on}`])
      expect(secureWebPreferences('/p/preload.cjs', platform).spellcheck, platform).toBe(on)
    }
  })
})

describe('requests during development', () => {
  it('let through only the dev server and its hot-reload socket, besides the app', async () => {
    const { isAllowedRequest } = await import('../../electron/security/guards')
    const dev = 'http://localhost:5173'
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true)
    expect(isAllowedRequest('app://panorama/index.html', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5174/', dev)).toBe(false)
    expect(isAllowedRequest('wss://localhost:5173/', dev)).toBe(false)
    expect(isAllowedRequest('https://localhost:5173/', dev)).toBe(false)
    expect(isAllowedRequest('http://example.org/', dev)).toBe(false)
    expect(isAllowedRequest('ws://localhost:5173/', undefined)).toBe(false)
  })
})
