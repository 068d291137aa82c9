import { create } from 'zustand'
import type { Assessment } from '../../../common/contract/assessment-schema'
import { api, messageOf, unwrap } from '../api'
import { useLibrary } from './library-store'

/** Edits are written this long after the last keystroke: well inside the 1 s promise to the user. */
export const AUTOSAVE_DELAY_MS = 400

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error'

/** Undo keeps this many steps. */
export const HISTORY_LIMIT = 200
/** Edits with the same coalesce key this close together undo as one step (a burst of typing). */
export const COALESCE_MS = 1500

export interface EditOptions {
  /** Edits sharing a key in quick succession become one undo step, e.g. `title` or `evidence:4.1:e3`. */
  coalesce?: string
}

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
  /** Undo history: earlier versions of the document, newest last; `future` holds undone ones. */
  past: Assessment[]
  future: Assessment[]
  edit(change: (assessment: Assessment) => Assessment, options?: EditOptions): void
  undo(): void
  redo(): void
  /** Writes pending edits now; resolves when the file on disk holds them (or the save failed). */
  flush(): Promise<void>
}

let timer: ReturnType<typeof setTimeout> | undefined
let dirty = false
let inFlight: Promise<void> | null = null
let lastCoalesce: { key: string; at: number } | null = null

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

  function scheduleSave() {
    dirty = true
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
  }

  /** Moves to another version of the document; main's save stamp is not part of the history. */
  function restore(next: Assessment, past: Assessment[], future: Assessment[]) {
    const current = get().assessment
    lastCoalesce = null
    set({ assessment: { ...next, updatedAt: current?.updatedAt ?? next.updatedAt }, past, future, saveStatus: 'pending' })
    scheduleSave()
  }

  return {
    assessment: null,
    past: [],
    future: [],
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
        lastCoalesce = null
        set({ assessment, past: [], future: [], loading: false, saveStatus: 'saved', savedAt: assessment.updatedAt, saveError: null })
        return true
      } catch (error) {
        set({ loading: false, loadError: messageOf(error) })
        return false
      }
    },

    async close() {
      if (dirty || timer) await flush()
      if (get().saveStatus === 'error') return false
      set({ assessment: null, past: [], future: [], saveStatus: 'idle', savedAt: null, saveError: null })
      return true
    },

    edit(change, options = {}) {
      const current = get().assessment
      if (!current) return
      const next = change(current)
      if (next === current) return
      const now = Date.now()
      const joins = options.coalesce !== undefined && lastCoalesce?.key === options.coalesce && now - lastCoalesce.at < COALESCE_MS
      lastCoalesce = options.coalesce === undefined ? null : { key: options.coalesce, at: now }
      const past = joins ? get().past : [...get().past, current].slice(-HISTORY_LIMIT)
      set({ assessment: next, past, future: [], saveStatus: 'pending' })
      scheduleSave()
    },

    undo() {
      const { assessment, past, future } = get()
      const previous = past[past.length - 1]
      if (!assessment || !previous) return
      restore(previous, past.slice(0, -1), [assessment, ...future])
    },

    redo() {
      const { assessment, past, future } = get()
      const [next, ...rest] = future
      if (!assessment || !next) return
      restore(next, [...past, assessment], rest)
    },

    flush,
  }
})
