import fs from 'node:fs'
import path from 'node:path'
import i18next from 'i18next'
import type { AssessmentRepository } from '../storage/assessment-repository'
import type { SettingsStore } from '../storage/settings-store'
import type { FileAccess } from '../files/file-access'
import type { FileChecker } from '../files/file-checker'
import { createIncomingFiles } from './incoming-files'
import { exportResponseFile, openResponseFiles } from './response-files'
import { savePdfFile } from './pdf-file'
import { createPortableFiles } from './portable-file'
import { AppError } from './app-error'
import { writePreworkPacks } from '../exports/prework-files'
import { bundledFrameworks } from './known-frameworks'
import type { RoomHost } from '../room/room-host'
import type { Contract, Method, Response } from '../../common/contract/contract'
import type { FileProgress, Theme } from '../../common/contract/schemas'
import type { z } from 'zod'

export interface HandlerDeps {
  repository: AssessmentRepository
  settings: SettingsStore
  files: FileAccess
  /** Parses and validates opened files in a worker thread, under a time and a memory limit. */
  fileChecker: FileChecker
  /** Sends a file's reading and checking progress to the window. */
  onFileProgress?: (progress: FileProgress) => void
  /** Lets the window close once the renderer has flushed its edits; false if there is no window to close. */
  confirmClose: () => boolean
  cancelClose?: () => void
  /** Applies a newly chosen theme in main at once (nativeTheme.themeSource); called only when it changes. */
  onThemeChange?: (theme: Theme) => void
  /** Called with each assessment file opened or exported (recent documents in the app and the OS). */
  onRecentFile?: (file: string) => void
  /** Whether the OS has asked Panorama to open a file that the page has not yet asked for. */
  launchFileWaiting?: () => boolean
  onOpenAssessment?: (id: string | null) => void
  takeReopenAfterCrash?: () => string | null
  /** The live room (one at a time, for the assessment on screen). */
  room: RoomHost
}

/** Each handler receives a request that has already been validated against the contract. */
export type Handlers = {
  [M in Method]: (request: z.output<Contract[M]['request']>) => Response<M> | Promise<Response<M>>
}

/**
 * Plain functions with their dependencies passed in: tests and the e2e harness call them
 * without Electron. Sender checks and validation happen in `dispatch`, in front of these.
 */
export function createHandlers({ repository, settings, files, fileChecker, onFileProgress, confirmClose, cancelClose, onThemeChange, onRecentFile, launchFileWaiting, onOpenAssessment, takeReopenAfterCrash, room }: HandlerDeps): Handlers {
  const incoming = createIncomingFiles({ files, checker: fileChecker, ...(onFileProgress ? { onProgress: onFileProgress } : {}) })
  const portable = createPortableFiles({
    repository,
    files,
    incoming,
    onRecentFile: (file) => {
      settings.addRecentFile(file)
      onRecentFile?.(file)
    },
  })
  return {
    // The list first: rebuilding the library index is what finds damaged files at start-up.
    getStartupState: () => ({
      settings: settings.rendererView(),
      assessments: repository.list(),
      notices: repository.takeNotices(),
      openFileWaiting: launchFileWaiting?.() ?? false,
      reopenAssessmentId: takeReopenAfterCrash?.() ?? null,
    }),
    setOpenAssessment: async ({ id }) => {
      onOpenAssessment?.(id)
      // A room belongs to the assessment it was opened for: showing another one (or none) closes it.
      await room.assessmentShown(id)
    },
    takeNotices: () => repository.takeNotices(),
    listBackups: ({ id }) => repository.listBackups(id),
    restoreBackup: ({ id, name }) => repository.restoreBackup(id, name),
    listAssessments: () => repository.list(),
    createAssessment: ({ title }) => repository.create(title),
    getAssessment: ({ id }) => repository.get(id),
    saveAssessment: ({ assessment }) => repository.save(assessment),
    duplicateAssessment: ({ id }) => repository.duplicate(id),
    exportResponses: ({ file, suggestedName }) => exportResponseFile(files, file, suggestedName),
    openResponseFiles: () => openResponseFiles(files, incoming),
    cancelFileRead: ({ id }) => ({ cancelled: incoming.cancel(id) }),
    confirmClose: () => ({ closing: confirmClose() }),
    cancelClose: () => {
      cancelClose?.()
    },
    savePdf: ({ base64, suggestedName }) => savePdfFile(files, base64, suggestedName),
    exportAssessmentFile: ({ id }) => portable.exportAssessmentFile(id),
    openAssessmentFile: () => portable.openAssessmentFile(),
    openRecentFile: ({ file }) => {
      // Only a path main itself put on the list: the page cannot make main read an arbitrary file.
      if (!settings.read().recentFiles.includes(file)) {
        return { status: 'refused', message: i18next.t('main:recent.notListed') }
      }
      if (!fs.existsSync(file)) {
        settings.removeRecentFile(file)
        return { status: 'refused', message: i18next.t('main:recent.moved', { name: path.basename(file) }) }
      }
      return portable.openFromPath(file)
    },
    resolveOpenedFile: ({ token, choice }) => portable.resolveOpenedFile(token, choice),
    exportCsv: ({ id }) => portable.exportCsv(id),
    // Filled in by the workbook and pre-work modules (issue 16).
    exportWorkbook: () => {
      throw new AppError('internal', 'not built yet')
    },
    writePreworkPacks: (request) => writePreworkPacks({ repository, files, frameworks: bundledFrameworks }, request),
    deleteAssessment: ({ id }) => {
      repository.delete(id)
      if (settings.read().lastAssessmentId === id) settings.update({ lastAssessmentId: null })
      return { id }
    },
    listRoomInterfaces: () => room.interfaces(),
    openRoom: (request) => room.open(request),
    getRoomStatus: () => room.status(),
    closeRoom: async () => {
      await room.close()
    },
    roomPutItems: ({ items }) => {
      room.putItems(items)
    },
    roomCloseItem: ({ frameworkId, itemId }) => {
      room.closeItem(frameworkId, itemId)
    },
    roomReveal: ({ frameworkId, itemId }) => {
      room.reveal(frameworkId, itemId)
    },
    roomLock: ({ locked }) => {
      room.lock(locked)
    },
    roomReleaseSeat: ({ seatId }) => {
      room.releaseSeat(seatId)
    },
    roomRenewJoinCode: () => room.renewJoinCode(),
    getSettings: () => settings.rendererView(),
    updateSettings: (patch) => {
      const next: Record<string, unknown> = {}
      if (patch.theme !== undefined) next.theme = patch.theme
      if (patch.lastAssessmentId !== undefined) next.lastAssessmentId = patch.lastAssessmentId
      if (patch.collapsedPanels !== undefined) next.collapsedPanels = [...new Set(patch.collapsedPanels)]
      const previousTheme = settings.read().theme
      settings.update(next)
      const view = settings.rendererView()
      // After the write, so main's theme never runs ahead of what is stored.
      if (view.theme !== previousTheme) onThemeChange?.(view.theme)
      return view
    },
  }
}
