import i18next from 'i18next'
import { useEffect } from 'react'
import type { MenuCommand } from '../../../../common/contract/schemas'
import { api } from '../../api'
import { useApp } from '../../store/app-store'
import { useDocument } from '../../store/document-store'
import { useQuestionnaire } from '../../store/questionnaire-store'
import { usePortable } from '../../store/portable-store'
import { isTextEditingTarget } from './text-editing-target'

/**
 * The undo keystroke: in a text field, the field's own undo of typing (execCommand is how the
 * menu's accelerator reaches it on macOS, where Cmd+Z goes through the menu); elsewhere, the document's.
 */
function undoKeystroke(direction: 'undo' | 'redo'): void {
  if (isTextEditingTarget(document.activeElement)) {
    document.execCommand(direction)
    return
  }
  const history = useDocument.getState()
  if (direction === 'undo') history.undo()
  else history.redo()
}

/**
 * Ctrl+P prints the report view: in an assessment, the Results tab (print CSS hides the app's
 * chrome); elsewhere, what is on screen.
 */
function printReportView(): void {
  const inAssessment = useApp.getState().screen.name === 'assessment' && useDocument.getState().assessment?.setupComplete
  if (inAssessment) useQuestionnaire.getState().setTab('results')
  // Two frames: one for React to show the results, one for the charts to lay out.
  requestAnimationFrame(() => requestAnimationFrame(() => window.print()))
}

/** The window is closing: write everything, then let main close it. A failed save asks first. */
async function closeWhenSaved(): Promise<void> {
  const document = useDocument.getState()
  await document.flush()
  const failed = useDocument.getState().saveStatus === 'error'
  if (failed && !window.confirm(i18next.t('shell:closeUnsaved'))) {
    await api().cancelClose()
    return
  }
  await api().confirmClose()
}

/**
 * Commands reach the renderer two ways: from the native menu (via the preload) and from the
 * keyboard when the page has focus. Both call the same idempotent store actions.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const run = (command: MenuCommand) => {
      const app = useApp.getState()
      const document = useDocument.getState()
      switch (command) {
        case 'new-assessment':
          return app.showNewAssessment(true)
        case 'open-assessment':
          return void app.goHome()
        case 'show-method':
          return app.showMethod()
        case 'undo':
          return document.undo()
        case 'redo':
          return document.redo()
        case 'undo-key':
          return undoKeystroke('undo')
        case 'redo-key':
          return undoKeystroke('redo')
        case 'toggle-projector':
          return app.toggleProjector()
        case 'before-close':
          return void closeWhenSaved()
        case 'export-pdf':
          return app.showPdfExport(true)
        case 'export-workbook':
          return void usePortable.getState().exportFile('workbook')
        case 'print':
          return printReportView()
        case 'open-file':
          return void usePortable.getState().openFile()
      }
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
      } else if (mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'o') {
        event.preventDefault()
        run('open-file')
      } else if (mod && event.key.toLowerCase() === 'z' && !isTextEditingTarget(event.target)) {
        // Outside text fields the keystroke is the document's undo; in one, the browser's own undo of the typing.
        event.preventDefault()
        run(event.shiftKey ? 'redo' : 'undo')
      } else if (mod && !event.shiftKey && event.key.toLowerCase() === 'y' && !isTextEditingTarget(event.target)) {
        event.preventDefault()
        run('redo')
      } else if (mod && !event.shiftKey && event.key.toLowerCase() === 'p') {
        event.preventDefault()
        run('print')
      } else if (mod && !event.shiftKey && event.key.toLowerCase() === 'e') {
        event.preventDefault()
        run('export-pdf')
      } else if (mod && event.shiftKey && event.key.toLowerCase() === 'p') {
        event.preventDefault()
        run('toggle-projector')
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
