import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentSummary } from '../../../../common/contract/schemas'
import { messageOf } from '../../api'
import { Dialog } from '../../ui/Dialog'

export function DeleteAssessmentDialog(props: {
  assessment: AssessmentSummary
  onConfirm: () => Promise<void>
  onCancel: () => void
}) {
  const { t } = useTranslation(['home', 'common'])
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function confirm() {
    setBusy(true)
    try {
      await props.onConfirm()
    } catch (error) {
      setProblem(messageOf(error))
      setBusy(false)
    }
  }

  return (
    <Dialog title={t('delete.title')} onClose={props.onCancel} describedBy="delete-assessment-detail">
      <p id="delete-assessment-detail">
        {t('delete.detail', { title: props.assessment.title })}
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={props.onCancel}>
          {t('delete.keep')}
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
          {t('common:delete')}
        </button>
      </div>
    </Dialog>
  )
}
