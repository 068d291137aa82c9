import { create } from 'zustand'

/** `not-counted`: items that feed no score yet (open or in progress, see domain/counting.ts). */
export type ItemFilter = 'not-counted' | 'disagreement' | 'flagged'

/** The workspace tabs: setup, results, or a framework's questionnaire (by framework id). */
export type WorkspaceTab = 'setup' | 'results' | string

interface QuestionnaireState {
  tab: WorkspaceTab | null
  frameworkId: string | null
  itemId: string | null
  /** The participant row that keyboard entry goes to. */
  participantIndex: number
  filters: ItemFilter[]
  /** Bumped when the facilitator moves to an item: its vote grid takes the focus as it mounts. */
  gridFocusRequest: number
  requestGridFocus(): void
  select(frameworkId: string, itemId: string): void
  setTab(tab: WorkspaceTab): void
  /** Opens an item in its framework's questionnaire, e.g. from a chart or the action plan. */
  goToItem(frameworkId: string, itemId: string): void
  setParticipantIndex(index: number): void
  toggleFilter(filter: ItemFilter): void
  /** The navigation lists only the items that feed no score yet. */
  showNotCounted(): void
}

/** Where the facilitator is in the questionnaire: screen state, not part of the document. */
export const useQuestionnaire = create<QuestionnaireState>()((set, get) => ({
  tab: null,
  frameworkId: null,
  itemId: null,
  participantIndex: 0,
  filters: [],
  gridFocusRequest: 0,
  requestGridFocus() {
    set({ gridFocusRequest: get().gridFocusRequest + 1 })
  },
  select(frameworkId, itemId) {
    const changed = get().frameworkId !== frameworkId || get().itemId !== itemId
    set({ frameworkId, itemId, ...(changed ? { participantIndex: 0 } : {}) })
  },
  setTab(tab) {
    set({ tab })
  },
  goToItem(frameworkId, itemId) {
    get().select(frameworkId, itemId)
    set({ tab: frameworkId })
  },
  setParticipantIndex(participantIndex) {
    set({ participantIndex })
  },
  showNotCounted() {
    set({ filters: ['not-counted'] })
  },
  toggleFilter(filter) {
    const filters = get().filters
    set({ filters: filters.includes(filter) ? filters.filter((f) => f !== filter) : [...filters, filter] })
  },
}))
