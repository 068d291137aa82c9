import { useState } from 'react'
import type { AssessmentSummary } from '../../../../electron/ipc/schemas'
import { messageOf } from '../../api'
import { Dialog } from '../../ui/Dialog'

export function DeleteAssessmentDialog(props: {
  assessment: AssessmentSummary
  onConfirm: () => Promise<void>
  onCancel: () => void
}) {
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
    <Dialog title="Delete assessment?" onClose={props.onCancel} describedBy="delete-assessment-detail">
      <p id="delete-assessment-detail">
        “{props.assessment.title}” will be removed from the list. Its file is moved to the “deleted” folder in
        Panorama’s data folder, not erased.
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={props.onCancel}>
          Keep it
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
          Delete
        </button>
      </div>
    </Dialog>
  )
}
