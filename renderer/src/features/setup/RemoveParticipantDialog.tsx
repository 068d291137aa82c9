import { useTranslation } from 'react-i18next'
import { Dialog } from '../../ui/Dialog'

/**
 * Asked before someone who has rated items leaves the list: their ratings stay in the file.
 * `name` is empty for a participant not yet named, who gets sentences of their own.
 */
export function RemoveParticipantDialog(props: { name: string; ratings: number; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('setup')
  const named = props.name !== ''
  return (
    <Dialog
      title={named ? t('participants.remove.title', { name: props.name }) : t('participants.remove.titleUnnamed')}
      onClose={props.onCancel}
      describedBy="remove-participant-detail"
    >
      <p id="remove-participant-detail">
        {named ? t('participants.remove.detail', { count: props.ratings, name: props.name }) : t('participants.remove.detailUnnamed', { count: props.ratings })}
      </p>
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={props.onCancel}>
          {t('participants.remove.keep')}
        </button>
        <button type="button" className="danger" onClick={props.onConfirm}>
          {t('participants.remove.confirm')}
        </button>
      </div>
    </Dialog>
  )
}
