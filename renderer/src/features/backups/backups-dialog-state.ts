import { create } from 'zustand'

/**
 * Whether the backups dialog is open, and the outcome of a restore. Kept outside the dialog
 * because restoring reopens the document, which briefly unmounts the assessment screen (and
 * the dialog with it); the dialog comes back with its message instead of vanishing.
 */
interface BackupsDialogState {
  /** The assessment the dialog is open for, or null when it is closed. */
  openFor: string | null
  /** What the last restore did, for the user. */
  done: string | null
  show(id: string): void
  hide(): void
  reportDone(message: string): void
}

export const useBackupsDialog = create<BackupsDialogState>()((set) => ({
  openFor: null,
  done: null,
  show: (id) => set({ openFor: id, done: null }),
  hide: () => set({ openFor: null, done: null }),
  reportDone: (message) => set({ done: message }),
}))
