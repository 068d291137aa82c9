import i18next from 'i18next'
import { create } from 'zustand'
import type { ItemPanel, Theme } from '../../../common/contract/schemas'
import { api, messageOf, unwrap } from '../api'
import { useDocument } from './document-store'
import { useQuestionnaire } from './questionnaire-store'

export type Screen = { name: 'home' } | { name: 'assessment'; id: string } | { name: 'method'; back: Screen }

interface AppState {
  screen: Screen
  theme: Theme
  lastAssessmentId: string | null
  /** Assessment files opened or exported lately (main keeps the list), newest first. */
  recentFiles: string[]
  /** Questionnaire panels folded away (kept in the settings, so the choice holds for every item and next time). */
  collapsedPanels: ItemPanel[]
  newAssessmentOpen: boolean
  /** Large type and high contrast for a room; `anonymous` hides names behind numbers. */
  projector: boolean
  anonymous: boolean
  /** In projector mode: only the item's title, questions, votes and spread, for the room to read. */
  roomView: boolean
  pdfExportOpen: boolean
  /** The live room's panel; `roomLive` mirrors whether a room is open (room-store.ts, loaded with the workspace). */
  roomPanelOpen: boolean
  roomLive: boolean
  /** A message for the whole window (e.g. an assessment that could not be opened). */
  notice: string | null
  openAssessment(id: string): Promise<void>
  goHome(): Promise<void>
  /** Shows the Method page; `leaveMethod` returns to wherever the user was, document still open. */
  showMethod(): void
  leaveMethod(): void
  setTheme(theme: Theme): Promise<void>
  togglePanel(panel: ItemPanel): void
  showNewAssessment(open: boolean): void
  dismissNotice(): void
  /** Shows a message for the whole window. */
  reportProblem(message: string): void
  /** Opens the PDF export for the open assessment, or says why it cannot. */
  showPdfExport(open: boolean): void
  showRoomPanel(open: boolean): void
  toggleProjector(): void
  toggleAnonymous(): void
  toggleRoomView(): void
}

export const useApp = create<AppState>()((set, get) => ({
  screen: { name: 'home' },
  theme: 'system',
  lastAssessmentId: null,
  recentFiles: [],
  collapsedPanels: [],
  newAssessmentOpen: false,
  notice: null,
  projector: false,
  anonymous: false,
  roomView: false,
  pdfExportOpen: false,
  roomPanelOpen: false,
  roomLive: false,

  async openAssessment(id) {
    const document = useDocument.getState()
    if (!(await document.open(id))) {
      set({ notice: useDocument.getState().loadError ?? useDocument.getState().saveError })
      return
    }
    // A file repaired on the way in (damaged, replaced by its newest good backup) is reported here.
    const notices = await unwrap(api().takeNotices()).catch((): string[] => [])
    useQuestionnaire.setState(useQuestionnaire.getInitialState(), true)
    set({ screen: { name: 'assessment', id }, lastAssessmentId: id, newAssessmentOpen: false, roomPanelOpen: false, notice: notices.length > 0 ? notices.join(' ') : null })
    void unwrap(api().updateSettings({ lastAssessmentId: id })).catch(() => undefined)
    void unwrap(api().setOpenAssessment({ id })).catch(() => undefined)
  },

  async goHome() {
    if (get().screen.name === 'home') return
    if (!(await useDocument.getState().close())) {
      set({ notice: i18next.t('shell:notices.stillOpen') })
      return
    }
    set({ screen: { name: 'home' }, roomPanelOpen: false })
    void unwrap(api().setOpenAssessment({ id: null })).catch(() => undefined)
  },

  showMethod() {
    const { screen } = get()
    if (screen.name !== 'method') set({ screen: { name: 'method', back: screen }, newAssessmentOpen: false })
  },

  leaveMethod() {
    const { screen } = get()
    if (screen.name === 'method') set({ screen: screen.back })
  },

  async setTheme(theme) {
    const previous = get().theme
    set({ theme })
    try {
      await unwrap(api().updateSettings({ theme }))
    } catch (error) {
      set({ theme: previous, notice: messageOf(error) })
    }
  },

  togglePanel(panel) {
    const collapsed = get().collapsedPanels
    const collapsedPanels = collapsed.includes(panel) ? collapsed.filter((p) => p !== panel) : [...collapsed, panel]
    set({ collapsedPanels })
    // A preference, not work: if it cannot be stored, it still holds for this session.
    void unwrap(api().updateSettings({ collapsedPanels })).catch(() => undefined)
  },

  showNewAssessment(open) {
    set({ newAssessmentOpen: open })
  },

  dismissNotice() {
    set({ notice: null })
  },

  reportProblem(message) {
    set({ notice: message })
  },

  showPdfExport(open) {
    const assessment = useDocument.getState().assessment
    if (open && (get().screen.name !== 'assessment' || !assessment?.setupComplete)) {
      set({ notice: i18next.t('shell:notices.pdfNeedsSetup') })
      return
    }
    set({ pdfExportOpen: open })
  },

  showRoomPanel(open) {
    set({ roomPanelOpen: open && get().screen.name === 'assessment' })
  },

  toggleProjector() {
    set({ projector: !get().projector })
  },

  toggleAnonymous() {
    set({ anonymous: !get().anonymous })
  },

  toggleRoomView() {
    set({ roomView: !get().roomView })
  },
}))
