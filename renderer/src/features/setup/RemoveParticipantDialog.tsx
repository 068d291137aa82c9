import { Dialog } from '../../ui/Dialog'

/** Asked before someone who has rated items leaves the list: their ratings stay in the file. */
export function RemoveParticipantDialog(props: { name: string; ratings: number; onConfirm: () => void; onCancel: () => void }) {
  const ratings = props.ratings === 1 ? '1 rating' : `${props.ratings} ratings`
  return (
    <Dialog title={`Remove ${props.name} from the list?`} onClose={props.onCancel} describedBy="remove-participant-detail">
      <p id="remove-participant-detail">
        {props.name} has given {ratings}. They stay in the assessment file, but do not count in the team’s results while{' '}
        {props.name} is not on the list.
      </p>
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={props.onCancel}>
          Keep on the list
        </button>
        <button type="button" className="danger" onClick={props.onConfirm}>
          Remove from the list
        </button>
      </div>
    </Dialog>
  )
}
