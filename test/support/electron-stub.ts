import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

/** A fake web contents that records its handlers, so tests can fire navigation and window.open. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  send = vi.fn()
  reload = vi.fn()
  crashed = false
  isCrashed = () => this.crashed
  isLoading = () => false
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  /** Emits a cancellable event the way Electron does and says whether it was prevented. */
  fire(name: string, ...args: unknown[]): boolean {
    let prevented = false
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args)
    return prevented
  }
  /** As fire, for Electron's newer events that carry their details on the event itself. */
  fireDetails(name: string, details: Record<string, unknown>): boolean {
    let prevented = false
    this.emit(name, { ...details, preventDefault: () => (prevented = true) })
    return prevented
  }
}

export class FakeSession {
  permissionRequestHandler: ((...args: unknown[]) => void) | undefined
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined
  devicePermissionHandler: ((...args: unknown[]) => boolean) | undefined
  setPermissionRequestHandler(handler: (...args: unknown[]) => void) {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
    this.permissionCheckHandler = handler
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
    this.devicePermissionHandler = handler
  }
  beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined
  readonly webRequest = {
    onBeforeRequest: (listener: NonNullable<FakeSession['beforeRequest']>) => {
      this.beforeRequest = listener
    },
  }
  /** What a request to `url` would meet: true when the session cancels it. */
  cancels(url: string): boolean {
    let cancel: boolean | undefined
    this.beforeRequest?.({ url }, (response) => (cancel = response.cancel))
    if (cancel === undefined) throw new Error(`no request guard answered for ${url}`)
    return cancel
  }
  spellCheckerEnabled = true
  dictionaryDownloadUrl: string | undefined
  setSpellCheckerEnabled(enabled: boolean) {
    this.spellCheckerEnabled = enabled
  }
  setSpellCheckerDictionaryDownloadURL(url: string) {
    this.dictionaryDownloadUrl = url
  }
}

/**
 * Just enough of Electron's main-process API for `electron/main.ts` to run in plain Node.
 * Everything it is asked to do is recorded for the test to inspect.
 */
export function createElectronStub(options: { userData: string; gotLock?: boolean; isPackaged?: boolean; ready?: boolean }) {
  const appEvents = new EventEmitter()
  const windows: FakeBrowserWindow[] = []
  const paths: Record<string, string> = { userData: options.userData, appData: options.userData, documents: options.userData }
  let isReady = options.ready ?? true
  let quitting = false
  /** What the app did in order: quit attempts, and whether they ended in 'quit'. */
  const lifecycle: string[] = []
  const fire = (name: string, ...args: unknown[]): boolean => {
    let prevented = false
    appEvents.emit(name, { preventDefault: () => (prevented = true) }, ...args)
    return prevented
  }
  let resolveReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => (resolveReady = resolve))

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows.filter((w) => !w.destroyed)
    static fromWebContents = (contents: unknown) => windows.find((w) => w.webContents === contents) ?? null
    readonly webContents = new FakeWebContents()
    loadedUrl: string | undefined
    destroyed = false
    constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
      super()
      windows.push(this)
    }
    loadURL = vi.fn(async (url: string) => {
      this.loadedUrl = url
    })
    show = vi.fn()
    focus = vi.fn()
    restore = vi.fn()
    maximize = vi.fn()
    isMinimized = () => false
    isMaximized = () => false
    isDestroyed = () => this.destroyed
    /** Electron's order: a cancellable 'close'; if not prevented, 'closed', then 'window-all-closed' unless quitting. */
    close = vi.fn(() => {
      if (this.destroyed) return
      let prevented = false
      this.emit('close', { preventDefault: () => (prevented = true) })
      if (prevented) return
      this.destroyed = true
      this.emit('closed')
      if (!quitting && FakeBrowserWindow.getAllWindows().length === 0) appEvents.emit('window-all-closed')
    })
    getBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 })
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 })
  }

  const app = Object.assign(appEvents, {
    isPackaged: options.isPackaged ?? true,
    getPath: vi.fn((name: string) => paths[name] ?? options.userData),
    setPath: vi.fn((name: string, value: string) => {
      paths[name] = value
    }),
    addRecentDocument: vi.fn(),
    getVersion: () => '0.1.0-test',
    getLocale: () => 'en-US',
    requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
    /**
     * app.quit() as Electron documents it: 'before-quit' (cancellable), then every window is asked
     * to close; if one refuses, the quit is cancelled. Otherwise 'will-quit', then 'quit'.
     */
    quit: vi.fn(() => {
      lifecycle.push('quit requested')
      if (fire('before-quit')) return lifecycle.push('quit cancelled by before-quit')
      quitting = true
      for (const window of FakeBrowserWindow.getAllWindows()) window.close()
      quitting = false
      if (FakeBrowserWindow.getAllWindows().length > 0) return lifecycle.push('quit cancelled by a window')
      if (fire('will-quit')) return lifecycle.push('quit cancelled by will-quit')
      appEvents.emit('quit')
      return lifecycle.push('quit')
    }),
    exit: vi.fn(),
    isReady: () => isReady,
    whenReady: () => ready,
  })
  const ipcMain = { handle: vi.fn(), on: vi.fn() }
  const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
  const session = { defaultSession: new FakeSession() }
  const menu = {
    setApplicationMenu: vi.fn(),
    buildFromTemplate: vi.fn((template: unknown) => ({ template, on: vi.fn(), popup: vi.fn() })),
  }
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    protocol,
    session,
    Menu: menu,
    dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })), showErrorBox: vi.fn() },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openExternal: vi.fn(async () => undefined) },
  }
  const fireReady = () => {
    isReady = true
    resolveReady()
  }
  return { electron, windows, fireReady, appEvents, lifecycle, paths }
}
