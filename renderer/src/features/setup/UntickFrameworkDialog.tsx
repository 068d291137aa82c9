import { Dialog } from '../../ui/Dialog'

/** Asked before a framework with answers leaves the assessment: the answers stay in the file. */
export function UntickFrameworkDialog(props: { frameworkName: string; answeredItems: number; onConfirm: () => void; onCancel: () => void }) {
  const items = props.answeredItems === 1 ? '1 item' : `${props.answeredItems} items`
  return (
    <Dialog title={`Leave out ${props.frameworkName}?`} onClose={props.onCancel} describedBy="untick-framework-detail">
      <p id="untick-framework-detail">
        {items} of {props.frameworkName} already {props.answeredItems === 1 ? 'has' : 'have'} answers. They are kept in the
        assessment file but hidden while the framework is not ticked. Tick it again and they come back as they were.
      </p>
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={props.onCancel}>
          Keep it ticked
        </button>
        <button type="button" className="danger" onClick={props.onConfirm}>
          Leave it out
        </button>
      </div>
    </Dialog>
  )
}
