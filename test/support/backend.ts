import { createDispatch, createSenderCheck } from '../../electron/ipc/dispatch'
import { createHandlers } from '../../electron/ipc/handlers'
import { createAssessmentRepository } from '../../electron/storage/assessment-repository'
import { openConfStore } from '../../electron/storage/open-conf-store'
import { openSettingsStore } from '../../electron/storage/settings-store'
import { APP_ORIGIN } from '../../electron/security/app-url'
import { createFakeFileAccess } from './fake-file-access'

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
}) {
  const now = options.now ?? (() => new Date())
  let counter = 0
  const newId =
    options.newId ?? (() => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`)
  const settings = openSettingsStore({ dataDir: options.dataDir, openStore: openConfStore, now })
  const repository = createAssessmentRepository({ dataDir: options.dataDir, openStore: openConfStore, now, newId })
  const files = createFakeFileAccess(options.filesDir ?? options.dataDir)
  let closeConfirmations = 0
  const handlers = createHandlers({ repository, settings, files, confirmClose: () => (++closeConfirmations, true) })
  const logs: string[] = []
  const dispatch = createDispatch({
    handlers,
    isTrustedSender: createSenderCheck(options.trustedOrigins ?? [APP_ORIGIN]),
    log: (message) => logs.push(message),
  })
  return { settings, repository, handlers, dispatch, logs, files, closeConfirmations: () => closeConfirmations }
}
