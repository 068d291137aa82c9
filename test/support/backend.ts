import { createDispatch, createSenderCheck } from '../../electron/ipc/dispatch'
import { createHandlers } from '../../electron/ipc/handlers'
import { createAssessmentRepository } from '../../electron/storage/assessment-repository'
import { openConfStore } from '../../electron/storage/open-conf-store'
import { openSettingsStore } from '../../electron/storage/settings-store'
import { APP_ORIGIN } from '../../electron/security/app-url'
import type { FileChecker } from '../../electron/files/file-checker'
import type { FileProgress } from '../../common/contract/schemas'
import { createFakeFileAccess } from './fake-file-access'
import { sharedFileChecker } from './file-worker'
import { loopbackRoomHost } from './room-host'
import type { RoomEvent } from '../../common/contract/room-protocol'

/**
 * The real main-process stack (handlers, dispatch, storage on disk) without Electron:
 * `conf` stands in for electron-store, which is the same code with Electron's paths.
 */
export function createTestBackend(options: {
  dataDir: string
  trustedOrigins?: string[]
  now?: () => Date
  newId?: () => string
  /** Where the stand-in save dialog puts files (default: the data folder). */
  filesDir?: string
  /** The file worker's checker (default: one shared by every backend of the test process). */
  fileChecker?: FileChecker
  /** Receives what main would send the window about a file being read. */
  onFileProgress?: (progress: FileProgress) => void
  /** Where the room serves its page from (default: the built out/room-page). */
  roomPageDir?: string
  /** Receives what main would send the window about the room. */
  onRoomEvent?: (event: RoomEvent) => void
}) {
  const now = options.now ?? (() => new Date())
  let counter = 0
  const newId =
    options.newId ?? (() => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`)
  const settings = openSettingsStore({ dataDir: options.dataDir, openStore: openConfStore, now })
  const repository = createAssessmentRepository({ dataDir: options.dataDir, openStore: openConfStore, now, newId })
  const files = createFakeFileAccess(options.filesDir ?? options.dataDir)
  let closeConfirmations = 0
  const progress: FileProgress[] = []
  const room = loopbackRoomHost(options.roomPageDir ?? 'out/room-page', options.onRoomEvent)
  const handlers = createHandlers({
    room: room.host,
    repository,
    settings,
    files,
    fileChecker: options.fileChecker ?? sharedFileChecker(),
    onFileProgress: (event) => {
      progress.push(event)
      options.onFileProgress?.(event)
    },
    confirmClose: () => (++closeConfirmations, true),
  })
  const logs: string[] = []
  const dispatch = createDispatch({
    handlers,
    isTrustedSender: createSenderCheck(options.trustedOrigins ?? [APP_ORIGIN]),
    log: (message) => logs.push(message),
  })
  return { settings, repository, handlers, dispatch, logs, files, progress, room, closeConfirmations: () => closeConfirmations }
}
