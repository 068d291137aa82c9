import type { BrowserWindow, Dialog } from 'electron'
import i18next from 'i18next'

/** How long the renderer gets to write pending edits before the user is asked what to do. */
export const FLUSH_TIMEOUT_MS = 8000

export interface CloseGuardDeps {
  requestFlush: () => void
  dialog: Pick<Dialog, 'showMessageBox'>
  /** Runs when the window really closes (e.g. remember its bounds); a failure here is logged, never fatal. */
  onClose: () => void
  /** True once the app is quitting (`before-quit`: Cmd+Q, Quit from the Dock, logout, File ▸ Quit). */
  isQuitting: () => boolean
  /** Resumes the quit that holding the close cancelled. */
  quit: () => void
  /** The quit is off (the user kept the window open), so a later close only closes the window. */
  cancelQuit: () => void
  log?: (message: string) => void
}

/**
 * Holds a window's close until the renderer has written every pending edit: the renderer is
 * told ('before-close'), flushes, and answers with `confirmClose`. If it never answers (a hung
 * or crashed renderer), the user decides instead of the app closing silently or never.
 *
 * Holding the close also cancels a quit in progress (Electron quits only if every window
 * closes), so when the app was quitting, the confirmed close resumes the quit rather than only
 * closing the window, which on macOS would leave the app running.
 */
export function guardClose(window: BrowserWindow, deps: CloseGuardDeps) {
  const log = deps.log ?? ((message: string) => console.error(message))
  let confirmed = false
  let waiting: ReturnType<typeof setTimeout> | undefined
  let askingUser: AbortController | undefined

  const stopWaiting = () => {
    clearTimeout(waiting)
    waiting = undefined
    askingUser?.abort()
    askingUser = undefined
  }

  const finish = () => {
    if (window.isDestroyed()) return
    confirmed = true
    stopWaiting()
    if (deps.isQuitting()) deps.quit()
    else window.close()
  }

  window.on('close', (event) => {
    const crashed = window.webContents.isCrashed()
    // First, before anything that could throw: a close let through here loses pending edits.
    if (!confirmed && !crashed) event.preventDefault()
    if (confirmed || crashed) {
      try {
        deps.onClose()
      } catch (error) {
        log(`Could not remember the window's size: ${error instanceof Error ? error.message : String(error)}`)
      }
      return
    }
    if (waiting) return
    deps.requestFlush()
    waiting = setTimeout(() => {
      const controller = new AbortController()
      askingUser = controller
      void deps.dialog
        .showMessageBox(window, {
          type: 'warning',
          buttons: [i18next.t('main:closeGuard.keepWaiting'), i18next.t('main:closeGuard.closeAnyway')],
          defaultId: 0,
          cancelId: 0,
          title: i18next.t('main:closeGuard.title'),
          message: i18next.t('main:closeGuard.message'),
          detail: i18next.t('main:closeGuard.detail'),
          // Closed for the user when the renderer answers after all.
          signal: controller.signal,
        })
        .then(({ response }) => {
          if (controller.signal.aborted || confirmed) return
          askingUser = undefined
          waiting = undefined
          // "Keep waiting" keeps a quit in progress: the renderer's answer still ends it.
          if (response === 1) finish()
        })
    }, FLUSH_TIMEOUT_MS)
  })

  return {
    /** Called when the renderer reports that everything is written. */
    confirm(): boolean {
      if (window.isDestroyed()) return false
      finish()
      return true
    },
    /** The renderer kept the window open (the user chose not to close after a failed save). */
    cancel(): void {
      stopWaiting()
      if (deps.isQuitting()) deps.cancelQuit()
    },
  }
}
