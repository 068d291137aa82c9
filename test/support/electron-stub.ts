import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

/** A fake web contents that records its handlers, so tests can fire navigation and window.open. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  send = vi.fn()
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
}

/**
 * Just enough of Electron's main-process API for `electron/main.ts` to run in plain Node.
 * Everything it is asked to do is recorded for the test to inspect.
 */
export function createElectronStub(options: { userData: string; gotLock?: boolean }) {
  const appEvents = new EventEmitter()
  const windows: FakeBrowserWindow[] = []
  let resolveReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => (resolveReady = resolve))

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows
    readonly webContents = new FakeWebContents()
    loadedUrl: string | undefined
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
    isDestroyed = () => false
    getBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 })
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 })
  }

  const app = Object.assign(appEvents, {
    isPackaged: true,
    getPath: vi.fn(() => options.userData),
    addRecentDocument: vi.fn(),
    getVersion: () => '0.1.0-test',
    getLocale: () => 'en-US',
    requestSingleInstanceLock: vi.fn(() => options.gotLock ?? true),
    quit: vi.fn(),
    exit: vi.fn(),
    isReady: () => true,
    whenReady: () => ready,
  })
  const ipcMain = { handle: vi.fn(), on: vi.fn() }
  const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
  const session = { defaultSession: new FakeSession() }
  const menu = { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => ({ template })) }
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
  return { electron, windows, fireReady: resolveReady, appEvents }
}
