import { useRef } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { usePortable } from '../../store/portable-store'
import { Dialog } from '../../ui/Dialog'
import { FileReadProgress } from './FileReadProgress'
import './portable-files.css'

/**
 * "Open file…": brings in an assessment someone exported with "Export assessment…". Main checks
 * the whole file first; a refusal is shown here, and a file whose assessment is already in the
 * library waits for the user to choose what happens (nothing is written until then). A large
 * file shows how far main has got, with Cancel.
 */
export function OpenFileButton() {
  const opening = usePortable((s) => s.opening)
  const question = usePortable((s) => s.question)
  const problem = usePortable((s) => s.problem)
  const openFile = usePortable((s) => s.openFile)
  const answer = usePortable((s) => s.answer)
  const dismissProblem = usePortable((s) => s.dismissProblem)
  const { t } = useTranslation(['files', 'common'])
  const button = useRef<HTMLButtonElement>(null)

  return (
    <div className="open-file">
      <button type="button" ref={button} disabled={opening} onClick={() => void openFile()} aria-keyshortcuts="Control+Shift+O">
        {t('open.button')}
      </button>
      <FileReadProgress returnFocus={button} />
      {problem && !question && (
        <div className="open-file-problem" role="alert">
          <p>{problem}</p>
          <button type="button" className="quiet" onClick={dismissProblem}>
            {t('common:dismiss')}
          </button>
        </div>
      )}
      {question && (
        <Dialog
          title={t('open.exists.title', { title: question.existingTitle })}
          onClose={() => void answer('cancel')}
          describedBy="open-file-exists-detail"
        >
          <p id="open-file-exists-detail">
            {/* The title is data: as a component it is never parsed or interpolated as part of the message. */}
            <Trans t={t} i18nKey="open.exists.detail" components={{ title: <>{question.title}</>, strong: <strong /> }} />
          </p>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" disabled={opening} onClick={() => void answer('replace')}>
              {t('open.exists.replace')}
            </button>
            <button type="button" disabled={opening} onClick={() => void answer('copy')}>
              {t('open.exists.keepBoth')}
            </button>
            <button type="button" data-autofocus onClick={() => void answer('cancel')}>
              {t('common:cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  )
}
