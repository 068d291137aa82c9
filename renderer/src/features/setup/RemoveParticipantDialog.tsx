import { useTranslation } from 'react-i18next'
import { Dialog } from '../../ui/Dialog'

/** Asked before someone who has rated items leaves the list: their ratings stay in the file. */
export function RemoveParticipantDialog(props: { name: string; ratings: number; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('setup')
  return (
    <Dialog title={t('participants.remove.title', { name: props.name })} onClose={props.onCancel} describedBy="remove-participant-detail">
      <p id="remove-participant-detail">{t('participants.remove.detail', { count: props.ratings, name: props.name })}</p>
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
