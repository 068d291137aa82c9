import { create } from 'zustand'
import { messageOf } from '../api'
import { loadCatalogue, type Catalogue } from '../frameworks/catalogue'

interface CatalogueState {
  status: 'idle' | 'loading' | 'ready' | 'error'
  catalogue: Catalogue | null
  error: string | null
  load(): Promise<void>
}

/** The framework library, loaded (and validated) on first use rather than at start-up. */
export const useCatalogue = create<CatalogueState>()((set, get) => ({
  status: 'idle',
  catalogue: null,
  error: null,
  async load() {
    if (get().status === 'ready' || get().status === 'loading') return
    set({ status: 'loading', error: null })
    try {
      set({ status: 'ready', catalogue: await loadCatalogue() })
    } catch (error) {
      set({ status: 'error', error: messageOf(error) })
    }
  },
}))
