import type { Action } from '../../../../electron/ipc/assessment-schema'
import { Dialog } from '../../ui/Dialog'
import { quoted } from './labels'

/** Asked before an action leaves the plan; its AFIs stay on their items and can become actions again. */
export function DeleteActionDialog(props: { action: Action; onConfirm: () => void; onCancel: () => void }) {
  const count = props.action.sources.length
  const afis = count === 0 ? '' : count === 1 ? ' Its area for improvement stays on its item and can be made into an action again.' : ' Its areas for improvement stay on their items and can be made into actions again.'
  return (
    <Dialog title="Delete this action?" onClose={props.onCancel} describedBy="delete-action-detail">
      <p id="delete-action-detail">
        {quoted(props.action.title)} leaves the action plan.{afis} Undo (Ctrl+Z) brings the action back.
      </p>
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={props.onCancel}>
          Keep the action
        </button>
        <button type="button" className="danger" onClick={props.onConfirm}>
          Delete action
        </button>
      </div>
    </Dialog>
  )
}
