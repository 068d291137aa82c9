import { create } from 'zustand'

export type ItemFilter = 'unanswered' | 'disagreement' | 'flagged'

interface QuestionnaireState {
  frameworkId: string | null
  itemId: string | null
  /** The participant row that keyboard entry goes to. */
  participantIndex: number
  filters: ItemFilter[]
  select(frameworkId: string, itemId: string): void
  setParticipantIndex(index: number): void
  toggleFilter(filter: ItemFilter): void
}

/** Where the facilitator is in the questionnaire: screen state, not part of the document. */
export const useQuestionnaire = create<QuestionnaireState>()((set, get) => ({
  frameworkId: null,
  itemId: null,
  participantIndex: 0,
  filters: [],
  select(frameworkId, itemId) {
    const changed = get().frameworkId !== frameworkId || get().itemId !== itemId
    set({ frameworkId, itemId, ...(changed ? { participantIndex: 0 } : {}) })
  },
  setParticipantIndex(participantIndex) {
    set({ participantIndex })
  },
  toggleFilter(filter) {
    const filters = get().filters
    set({ filters: filters.includes(filter) ? filters.filter((f) => f !== filter) : [...filters, filter] })
  },
}))
