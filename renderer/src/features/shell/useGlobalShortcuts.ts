import { useEffect } from 'react'
import type { MenuCommand } from '../../../../electron/ipc/schemas'
import { api } from '../../api'
import { useApp } from '../../store/app-store'
import { useDocument } from '../../store/document-store'

/**
 * Commands reach the renderer two ways: from the native menu (via the preload) and from the
 * keyboard when the page has focus. Both call the same idempotent store actions.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const run = (command: MenuCommand) => {
      const app = useApp.getState()
      if (command === 'new-assessment') app.showNewAssessment(true)
      else if (command === 'show-method') app.showMethod()
      else void app.goHome()
    }
    const unsubscribe = api().onMenuCommand(run)

    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'n') {
        event.preventDefault()
        run('new-assessment')
      } else if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'o') {
        event.preventDefault()
        run('open-assessment')
      } else if (mod && event.key.toLowerCase() === 's') {
        // Saving is automatic; Ctrl+S just writes now, for people whose fingers expect it.
        event.preventDefault()
        void useDocument.getState().flush()
      } else if (event.key === 'F1') {
        event.preventDefault()
        run('show-method')
      } else if (event.altKey && event.key === 'ArrowLeft') {
        event.preventDefault()
        void useApp.getState().goHome()
      }
    }
    const onBeforeUnload = () => void useDocument.getState().flush()
    window.addEventListener('keydown', onKeyDown)
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      unsubscribe()
      window.removeEventListener('keydown', onKeyDown)
      window.removeEventListener('beforeunload', onBeforeUnload)
    }
  }, [])
}
