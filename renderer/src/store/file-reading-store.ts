import { create } from 'zustand'
import type { FileProgress } from '../../../common/contract/schemas'
import { api } from '../api'

/**
 * A file main is reading and checking for the page (Open file…, a recent file, a file from the
 * OS, response files). Small files come and go unseen; a large or slow one shows its progress,
 * with a Cancel button, once it is over LARGE_BYTES or has taken SHOW_AFTER_MS.
 */
interface FileReadingState {
  /** The progress on show, or null while nothing is shown. */
  progress: FileProgress | null
  cancelling: boolean
  /** Asks main to stop the read on show; the open then ends as cancelled and nothing changes. */
  cancel(): void
}

export const LARGE_BYTES = 1024 * 1024
export const SHOW_AFTER_MS = 300

export const useFileReading = create<FileReadingState>()((set, get) => ({
  progress: null,
  cancelling: false,
  cancel() {
    const progress = get().progress
    if (!progress || get().cancelling) return
    set({ cancelling: true })
    // The open call itself resolves as cancelled; this answer only says whether there was still something to stop.
    void api()
      .cancelFileRead({ id: progress.id })
      .catch(() => set({ cancelling: false }))
  },
}))

/**
 * Runs a call that has main read files, and shows its progress while it runs if the file is
 * large or slow. The clock starts with the first progress event, not with the call: before that
 * the user is still choosing a file in the native dialog.
 */
export async function withFileProgress<T>(run: () => Promise<T>): Promise<T> {
  let latest: FileProgress | null = null
  let shown = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const show = () => {
    shown = true
    if (latest) useFileReading.setState({ progress: latest })
  }
  const unsubscribe = api().onFileProgress((progress) => {
    latest = progress
    if (shown) useFileReading.setState({ progress })
    else if (progress.total >= LARGE_BYTES) show()
    else timer ??= setTimeout(show, SHOW_AFTER_MS)
  })
  try {
    return await run()
  } finally {
    clearTimeout(timer)
    unsubscribe()
    useFileReading.setState({ progress: null, cancelling: false })
  }
}
