import { create } from 'zustand'
import type { AssessmentSummary } from '../../../common/contract/schemas'
import type { Assessment } from '../../../common/contract/assessment-schema'
import { api, messageOf, unwrap } from '../api'

interface LibraryState {
  status: 'loading' | 'ready' | 'error'
  assessments: AssessmentSummary[]
  error: string | null
  load(): Promise<void>
  /** Rejects with an ApiError whose message the caller shows next to the form. */
  create(title: string): Promise<Assessment>
  remove(id: string): Promise<void>
  /** A copy that keeps the original's origin, e.g. for a participant to fill in on their own. */
  duplicate(id: string): Promise<Assessment>
  /** Keeps the list in step with a save made elsewhere, without another round trip. */
  noteSaved(summary: AssessmentSummary): void
}

const byUpdatedDesc = (a: AssessmentSummary, b: AssessmentSummary) => b.updatedAt.localeCompare(a.updatedAt)

export const useLibrary = create<LibraryState>()((set, get) => ({
  status: 'loading',
  assessments: [],
  error: null,

  async load() {
    set({ status: get().assessments.length ? 'ready' : 'loading', error: null })
    try {
      set({ status: 'ready', assessments: await unwrap(api().listAssessments()) })
    } catch (error) {
      set({ status: 'error', error: messageOf(error) })
    }
  },

  async create(title) {
    const assessment = await unwrap(api().createAssessment({ title }))
    get().noteSaved(assessment)
    return assessment
  },

  async remove(id) {
    await unwrap(api().deleteAssessment({ id }))
    set({ assessments: get().assessments.filter((a) => a.id !== id) })
  },

  async duplicate(id) {
    const copy = await unwrap(api().duplicateAssessment({ id }))
    get().noteSaved(copy)
    return copy
  },

  noteSaved({ id, title, createdAt, updatedAt }) {
    const others = get().assessments.filter((a) => a.id !== id)
    set({ assessments: [...others, { id, title, createdAt, updatedAt }].sort(byUpdatedDesc) })
  },
}))
