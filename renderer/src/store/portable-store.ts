import i18next from 'i18next'
import { create } from 'zustand'
import type { OpenChoice, OpenFileResult } from '../../../common/contract/portable-file-schema'
import { api, messageOf, unwrap } from '../api'
import { useApp } from './app-store'
import { withFileProgress } from './file-reading-store'
import { useDocument } from './document-store'
import { useLibrary } from './library-store'

/** Main holds an opened file whose id is already here, and asks what to do with it. */
export interface OpenQuestion {
  token: string
  /** The title in the file. */
  title: string
  /** The title of the assessment already stored under that id. */
  existingTitle: string
}

export type ExportKind = 'assessment' | 'csv' | 'workbook'

export interface ExportOutcome {
  kind: ExportKind
  ok: boolean
  message: string
}

interface PortableState {
  /** A dialog or a write is under way; further requests wait for it. */
  opening: boolean
  question: OpenQuestion | null
  /** Why the last file was refused or could not be stored, as main worded it. */
  problem: string | null
  exporting: ExportKind | null
  exported: ExportOutcome | null
  /** "Open file…" (button, File menu and Ctrl+Shift+O): leaves the open assessment, then asks main for a file. */
  openFile(): Promise<void>
  /** Opens a file from the recent list, with the same checks and questions as Open file…. */
  openRecent(file: string): Promise<void>
  /** Answers the "already here" question. */
  answer(choice: OpenChoice): Promise<void>
  dismissProblem(): void
  /** Writes the open assessment (its latest edits first) as a .panorama file, a results workbook or zipped CSV tables. */
  exportFile(kind: ExportKind): Promise<void>
}

/** Main updates the recent list when a file is opened or exported; the home screen shows the new one. */
async function refreshRecentFiles() {
  try {
    const settings = await unwrap(api().getSettings())
    useApp.setState({ recentFiles: settings.recentFiles })
  } catch {
    // Only the recent list is stale; everything else went through.
  }
}

export const usePortable = create<PortableState>()((set, get) => {
  async function settle(result: OpenFileResult) {
    switch (result.status) {
      case 'cancelled':
        set({ question: null, problem: null })
        return
      case 'refused':
        set({ question: null, problem: result.message })
        return
      case 'exists':
        set({ question: { token: result.token, title: result.title, existingTitle: result.existingTitle }, problem: null })
        return
      case 'opened':
        set({ question: null, problem: null })
        void refreshRecentFiles()
        await useLibrary.getState().load()
        await useApp.getState().openAssessment(result.assessment.id)
    }
  }

  return {
    opening: false,
    question: null,
    problem: null,
    exporting: null,
    exported: null,

    async openFile() {
      if (get().opening || get().question) return
      set({ opening: true, problem: null })
      try {
        // The file may replace the assessment that is open, so that one is saved and closed first.
        const app = useApp.getState()
        if (app.screen.name !== 'home') await app.goHome()
        if (useApp.getState().screen.name !== 'home') return
        await settle(await withFileProgress(() => unwrap(api().openAssessmentFile())))
      } catch (error) {
        set({ problem: messageOf(error) })
      } finally {
        set({ opening: false })
      }
    },

    async openRecent(file) {
      if (get().opening || get().question) return
      set({ opening: true, problem: null })
      try {
        const app = useApp.getState()
        if (app.screen.name !== 'home') await app.goHome()
        if (useApp.getState().screen.name !== 'home') return
        const result = await withFileProgress(() => unwrap(api().openRecentFile({ file })))
        if (result.status === 'refused') void refreshRecentFiles()
        await settle(result)
      } catch (error) {
        set({ problem: messageOf(error) })
      } finally {
        set({ opening: false })
      }
    },

    async answer(choice) {
      const question = get().question
      if (!question || get().opening) return
      set({ opening: true, problem: null })
      try {
        await settle(await unwrap(api().resolveOpenedFile({ token: question.token, choice })))
      } catch (error) {
        // The question stays, so the user can try again or cancel.
        set({ problem: messageOf(error) })
      } finally {
        set({ opening: false })
      }
    },

    dismissProblem() {
      set({ problem: null })
    },

    async exportFile(kind) {
      const id = useDocument.getState().assessment?.id
      if (!id || get().exporting) return
      set({ exporting: kind, exported: null })
      try {
        await useDocument.getState().flush()
        if (useDocument.getState().saveStatus === 'error') {
          set({ exported: { kind, ok: false, message: i18next.t('files:export.notSaved') } })
          return
        }
        const call = kind === 'csv' ? api().exportCsv({ id }) : kind === 'workbook' ? api().exportWorkbook({ id }) : api().exportAssessmentFile({ id })
        const result = await unwrap(call)
        set({ exported: result.saved && result.path ? { kind, ok: true, message: i18next.t('files:export.savedTo', { path: result.path }) } : null })
        if (result.saved && kind === 'assessment') void refreshRecentFiles()
      } catch (error) {
        set({ exported: { kind, ok: false, message: messageOf(error) } })
      } finally {
        set({ exporting: null })
      }
    },
  }
})
