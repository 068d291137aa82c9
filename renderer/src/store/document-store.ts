import { create } from 'zustand'
import type { Assessment } from '../../../electron/ipc/schemas'
import { api, messageOf, unwrap } from '../api'
import { useLibrary } from './library-store'

/** Edits are written this long after the last keystroke: well inside the 1 s promise to the user. */
export const AUTOSAVE_DELAY_MS = 400

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error'

interface DocumentState {
  assessment: Assessment | null
  loading: boolean
  loadError: string | null
  saveStatus: SaveStatus
  savedAt: string | null
  saveError: string | null
  open(id: string): Promise<boolean>
  /** Writes pending edits and forgets the document; false (and the document kept) if they could not be written. */
  close(): Promise<boolean>
  edit(change: (assessment: Assessment) => Assessment): void
  /** Writes pending edits now; resolves when the file on disk holds them (or the save failed). */
  flush(): Promise<void>
}

let timer: ReturnType<typeof setTimeout> | undefined
let dirty = false
let inFlight: Promise<void> | null = null

export const useDocument = create<DocumentState>()((set, get) => {
  async function writeLoop(): Promise<void> {
    while (dirty && get().assessment) {
      dirty = false
      const snapshot = get().assessment as Assessment
      set({ saveStatus: 'saving' })
      try {
        const saved = await unwrap(api().saveAssessment({ assessment: snapshot }))
        const current = get().assessment
        // Later edits stay; only main's bookkeeping is taken from the answer.
        if (current?.id === saved.id) set({ assessment: { ...current, updatedAt: saved.updatedAt } })
        useLibrary.getState().noteSaved(saved)
        set({ savedAt: saved.updatedAt, saveError: null, saveStatus: dirty ? 'pending' : 'saved' })
      } catch (error) {
        dirty = true
        set({ saveStatus: 'error', saveError: messageOf(error) })
        return
      }
    }
  }

  function flush(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    if (!inFlight) {
      inFlight = writeLoop().finally(() => {
        inFlight = null
      })
      return inFlight
    }
    // A save is under way; chain so edits made meanwhile are written after it.
    return inFlight.then(() => (dirty ? flush() : undefined))
  }

  return {
    assessment: null,
    loading: false,
    loadError: null,
    saveStatus: 'idle',
    savedAt: null,
    saveError: null,

    async open(id) {
      if (!(await get().close())) return false
      set({ loading: true, loadError: null })
      try {
        const assessment = await unwrap(api().getAssessment({ id }))
        set({ assessment, loading: false, saveStatus: 'saved', savedAt: assessment.updatedAt, saveError: null })
        return true
      } catch (error) {
        set({ loading: false, loadError: messageOf(error) })
        return false
      }
    },

    async close() {
      if (dirty || timer) await flush()
      if (get().saveStatus === 'error') return false
      set({ assessment: null, saveStatus: 'idle', savedAt: null, saveError: null })
      return true
    },

    edit(change) {
      const current = get().assessment
      if (!current) return
      set({ assessment: change(current), saveStatus: 'pending' })
      dirty = true
      clearTimeout(timer)
      timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
    },

    flush,
  }
})
