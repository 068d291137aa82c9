import type { BrowserWindow, Dialog } from 'electron'
import i18next from 'i18next'

/** How long the renderer gets to write pending edits before the user is asked what to do. */
export const FLUSH_TIMEOUT_MS = 8000

/**
 * Holds a window's close until the renderer has written every pending edit: the renderer is
 * told ('before-close'), flushes, and answers with `confirmClose`. If it never answers (a hung
 * or crashed renderer), the user decides instead of the app closing silently or never.
 */
export function guardClose(window: BrowserWindow, deps: { requestFlush: () => void; dialog: Pick<Dialog, 'showMessageBox'>; onClose: () => void }) {
  let confirmed = false
  let waiting: ReturnType<typeof setTimeout> | undefined

  window.on('close', (event) => {
    deps.onClose()
    if (confirmed) return
    event.preventDefault()
    if (waiting) return
    if (window.webContents.isCrashed()) {
      confirmed = true
      window.close()
      return
    }
    deps.requestFlush()
    waiting = setTimeout(() => {
      void deps.dialog
        .showMessageBox(window, {
          type: 'warning',
          buttons: [i18next.t('main:closeGuard.keepWaiting'), i18next.t('main:closeGuard.closeAnyway')],
          defaultId: 0,
          cancelId: 0,
          title: i18next.t('main:closeGuard.title'),
          message: i18next.t('main:closeGuard.message'),
          detail: i18next.t('main:closeGuard.detail'),
        })
        .then(({ response }) => {
          waiting = undefined
          if (response === 1) {
            confirmed = true
            window.close()
          }
        })
    }, FLUSH_TIMEOUT_MS)
  })

  return {
    /** Called when the renderer reports that everything is written. */
    confirm(): boolean {
      if (window.isDestroyed()) return false
      clearTimeout(waiting)
      waiting = undefined
      confirmed = true
      window.close()
      return true
    },
  }
}
