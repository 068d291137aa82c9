import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell, type BrowserWindow as Win } from 'electron'
import ElectronStore from 'electron-store'
import i18next from 'i18next'
import { initCatalogue } from '../common/i18n/full-catalogue'
import { events } from '../common/contract/contract'
import { createDispatch, createSenderCheck } from './ipc/dispatch'
import { createHandlers } from './ipc/handlers'
import { registerIpc } from './ipc/register'
import type { MenuCommand } from '../common/contract/schemas'
import { guardClose } from './close-guard'
import { attachContextMenu } from './context-menu'
import { createLaunchFiles, fileFromArgv } from './launch-files'
import { readFileBytes, writeBytesAtomically, writeTextAtomically, type FileAccess } from './files/file-access'
import { createFileChecker } from './files/file-checker'
import { buildMenuTemplate } from './menu'
import { registerAppScheme, serveAppProtocol } from './protocol'
import { createRoomHost, type RoomHost } from './room/room-host'
import { openRoom } from './room/room-server'
import { APP_ENTRY_URL, APP_ORIGIN, isSafeExternalUrl } from './security/app-url'
import { denyAllPermissions, guardWebContents, keepSpellingOffline, refuseOutsideRequests } from './security/guards'
import { createAssessmentRepository } from './storage/assessment-repository'
import { safeStoreOptions, type JsonFileStore, type OpenStore } from './storage/json-file-store'
import { openSettingsStore, type SettingsStore } from './storage/settings-store'
import { createMainWindow, restorableBounds } from './window'

// A run from a checkout (`npm start`, `npm run dev`) keeps its own data folder, and so its own
// single-instance lock (Electron keys the lock on userData): it never writes into, or hands files
// to, an installed Panorama. Must happen before anything reads userData.
if (!app.isPackaged) app.setPath('userData', path.join(app.getPath('appData'), 'Panorama (development)'))

// Set by `electron-vite dev` only; a packaged app always loads from app://.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const preloadPath = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url))
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url))
// Its own entry in the main build (electron.vite.config.ts), next to main.js.
const fileWorkerUrl = new URL('./file-worker.js', import.meta.url)
/** The participant page the live room serves to phones (its own small build). */
const roomPageDir = fileURLToPath(new URL('../room-page', import.meta.url))

// English until Electron knows the system's language (app.getLocale() is only valid once ready),
// so a message shown before then, such as a failed start, still has words.
initCatalogue('en')

registerAppScheme(protocol)

const openStore: OpenStore = <T extends Record<string, unknown>>(options: {
  cwd: string
  name: string
  schema?: Record<string, unknown>
}) =>
  new ElectronStore<T>({
    ...safeStoreOptions,
    cwd: options.cwd,
    name: options.name,
    ...(options.schema ? { schema: options.schema as never } : {}),
  }) as unknown as JsonFileStore<T>

let mainWindow: Win | null = null
/** Set in `before-quit` (Cmd+Q, Quit from the Dock, logout, File ▸ Quit): a confirmed close then resumes the quit. */
let quitting = false
/** The assessment on screen, as the renderer reports it, so a crashed window can come back to it. */
let openAssessmentId: string | null = null
let reopenAfterCrash: string | null = null
const recentCrashes: number[] = []

function focusMainWindow() {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

function sendMenuCommand(command: MenuCommand) {
  mainWindow?.webContents.send(events.onMenuCommand.channel, command)
}

let settings: SettingsStore
const launchFiles = createLaunchFiles()
// A file named on the first launch's command line waits until the page asks for it at start-up.
const commandLineFile = fileFromArgv(process.argv, process.cwd())
if (commandLineFile) launchFiles.offer(commandLineFile)

/** A file from the OS (command line, second launch, macOS open-file) goes through Open file… in the window. */
function openLaunchedFile(file: string | null) {
  if (!file) return
  launchFiles.offer(file)
  if (mainWindow && !mainWindow.webContents.isLoading()) sendMenuCommand('open-file')
  // macOS keeps the app running with no window; a new window asks for the waiting file as it starts.
  else if (!mainWindow && app.isReady()) void openMainWindow()
}
let closeGuard: ReturnType<typeof guardClose> | null = null
let roomHost: RoomHost | undefined
/** Opened files are parsed and validated here, in a worker thread, never on this event loop. */
const fileChecker = createFileChecker({ workerUrl: fileWorkerUrl })

const electronFileAccess: FileAccess = {
  async chooseSavePath({ title, defaultName, filters }) {
    const options = { title, defaultPath: path.join(app.getPath('documents'), defaultName), filters }
    const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  },
  async chooseOpenPaths({ title, filters, multiple, purpose }) {
    const launched = purpose === 'assessment' ? launchFiles.take() : null
    if (launched) return [launched]
    const options = { title, filters, properties: multiple ? (['openFile', 'multiSelections'] as const) : (['openFile'] as const) }
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, { ...options, properties: [...options.properties] }) : await dialog.showOpenDialog({ ...options, properties: [...options.properties] })
    return result.canceled ? [] : result.filePaths
  },
  async chooseFolder({ title }) {
    const options = { title, defaultPath: app.getPath('documents'), properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> }
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
    return result.canceled || !result.filePaths[0] ? null : result.filePaths[0]
  },
  readBytes: readFileBytes,
  writeText: writeTextAtomically,
  writeBytes: writeBytesAtomically,
}

/** Once per run: storage, IPC, the app:// protocol, permissions and the menu. */
function setUp() {
  const dataDir = app.getPath('userData')
  const now = () => new Date()
  settings = openSettingsStore({ dataDir, openStore, now })
  const repository = createAssessmentRepository({ dataDir, openStore, now, newId: randomUUID })

  const room = createRoomHost({ pageDir: roomPageDir, openRoom, onEvent: (event) => mainWindow?.webContents.send(events.onRoomEvent.channel, event) })
  roomHost = room
  const trustedOrigins = devServerUrl ? [APP_ORIGIN, devServerUrl] : [APP_ORIGIN]
  registerIpc(
    ipcMain,
    createDispatch({
      handlers: createHandlers({
        repository,
        settings,
        files: electronFileAccess,
        fileChecker,
        onFileProgress: (progress) => mainWindow?.webContents.send(events.onFileProgress.channel, progress),
        confirmClose: () => closeGuard?.confirm() ?? false,
        cancelClose: () => closeGuard?.cancel(),
        onOpenAssessment: (id) => {
          openAssessmentId = id
        },
        takeReopenAfterCrash: () => {
          const id = reopenAfterCrash
          reopenAfterCrash = null
          return id
        },
        onThemeChange: (theme) => {
          nativeTheme.themeSource = theme
        },
        onRecentFile: (file) => app.addRecentDocument(file),
        launchFileWaiting: () => launchFiles.waiting(),
        room,
      }),
      isTrustedSender: createSenderCheck(trustedOrigins),
    }),
  )
  serveAppProtocol(protocol, rendererDir)
  denyAllPermissions(session.defaultSession)
  refuseOutsideRequests(session.defaultSession, devServerUrl)
  keepSpellingOffline(session.defaultSession, process.platform)
  nativeTheme.themeSource = settings.read().theme

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        {
          send: sendMenuCommand,
          quit: () => app.quit(),
          about: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: i18next.t('main:about.title'),
              message: i18next.t('main:about.message', { version: app.getVersion() }),
              detail: i18next.t('main:about.detail', { electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node }),
            }),
        },
        process.platform,
      ),
    ),
  )
  if (settings.damagedCopy) {
    void dialog.showMessageBox({
      type: 'warning',
      title: i18next.t('main:settingsReset.title'),
      message: i18next.t('main:settingsReset.message'),
      detail: i18next.t('main:settingsReset.detail', { file: settings.damagedCopy }),
    })
  }
}

async function openMainWindow() {
  const saved = settings.read()
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const window = createMainWindow({
    BrowserWindow,
    preloadPath,
    bounds: restorableBounds(saved.windowBounds, workAreas),
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15181d' : '#f6f7f9',
  })
  mainWindow = window
  if (saved.windowBounds?.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  closeGuard = guardClose(window, {
    dialog,
    requestFlush: () => window.webContents.send(events.onMenuCommand.channel, 'before-close'),
    isQuitting: () => quitting,
    quit: () => app.quit(),
    cancelQuit: () => {
      quitting = false
    },
    onClose: () => {
      const maximized = window.isMaximized()
      const bounds = maximized ? window.getNormalBounds() : window.getBounds()
      settings.update({ windowBounds: { ...bounds, maximized } })
    },
  })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  attachContextMenu(window.webContents, { inspect: !app.isPackaged })
  window.webContents.on('render-process-gone', (_event, details) => recoverFromCrash(window, details.reason))
  await window.loadURL(devServerUrl ?? APP_ENTRY_URL)
}

/**
 * A renderer that crashed or was killed would leave a blank window: reload it and reopen the
 * assessment that was on screen (autosave has written it within a second). A renderer that keeps
 * crashing is not reloaded in a loop; the user chooses.
 */
function recoverFromCrash(window: Win, reason: string): void {
  if (reason === 'clean-exit' || quitting || window.isDestroyed()) return
  reopenAfterCrash = openAssessmentId
  const now = Date.now()
  recentCrashes.push(now)
  while (recentCrashes.length > 0 && now - recentCrashes[0]! > 60_000) recentCrashes.shift()
  if (recentCrashes.length < 3) {
    window.webContents.reload()
    return
  }
  void dialog
    .showMessageBox(window, {
      type: 'error',
      buttons: [i18next.t('main:crash.reload'), i18next.t('main:crash.quit')],
      defaultId: 0,
      cancelId: 1,
      title: i18next.t('main:crash.title'),
      message: i18next.t('main:crash.message'),
      detail: i18next.t('main:crash.detail'),
    })
    .then(({ response }) => {
      recentCrashes.length = 0
      if (response === 0 && !window.isDestroyed()) window.webContents.reload()
      else app.quit()
    })
}

/** The only call of shell.openExternal: web links only, checked here as well as in the guard that calls it. */
function openInSystemBrowser(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow()
    openLaunchedFile(fileFromArgv(argv, workingDirectory))
  })
  app.on('open-file', (event, file) => {
    event.preventDefault()
    openLaunchedFile(file)
  })
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { ...(devServerUrl ? { devServerUrl } : {}), openExternal: openInSystemBrowser })
  })
  app.on('before-quit', () => {
    quitting = true
  })
  app.on('will-quit', () => {
    void fileChecker.close()
    // The room's server must not outlive the app: phones see it close, and the port is freed.
    void roomHost?.close()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) void openMainWindow()
  })
  app
    .whenReady()
    .then(() => {
      // The system's language (or the one given with --lang), before the menu and any dialog are built.
      initCatalogue(app.getLocale())
      setUp()
      return openMainWindow()
    })
    .catch((error: unknown) => {
    dialog.showErrorBox(i18next.t('main:startFailed'), error instanceof Error ? error.message : String(error))
    app.exit(1)
  })
}
