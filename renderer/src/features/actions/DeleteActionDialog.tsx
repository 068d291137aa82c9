import { useTranslation } from 'react-i18next'
import type { Action } from '../../../../common/contract/assessment-schema'
import { Dialog } from '../../ui/Dialog'

/** Asked before an action leaves the plan; its AFIs stay on their items and can become actions again. */
export function DeleteActionDialog(props: { action: Action; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('actions')
  return (
    <Dialog title={t('delete.title')} onClose={props.onCancel} describedBy="delete-action-detail">
      <p id="delete-action-detail">{t('delete.detail', { count: props.action.sources.length, title: props.action.title })}</p>
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={props.onCancel}>
          {t('delete.keep')}
        </button>
        <button type="button" className="danger" onClick={props.onConfirm}>
          {t('delete.confirm')}
        </button>
      </div>
    </Dialog>
  )
}
