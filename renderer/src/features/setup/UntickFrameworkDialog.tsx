import { useTranslation } from 'react-i18next'
import { Dialog } from '../../ui/Dialog'

/** Asked before a framework with answers leaves the assessment: the answers stay in the file. */
export function UntickFrameworkDialog(props: { frameworkName: string; answeredItems: number; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('setup')
  return (
    <Dialog title={t('frameworks.untick.title', { framework: props.frameworkName })} onClose={props.onCancel} describedBy="untick-framework-detail">
      <p id="untick-framework-detail">{t('frameworks.untick.detail', { count: props.answeredItems, framework: props.frameworkName })}</p>
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={props.onCancel}>
          {t('frameworks.untick.keep')}
        </button>
        <button type="button" className="danger" onClick={props.onConfirm}>
          {t('frameworks.untick.leaveOut')}
        </button>
      </div>
    </Dialog>
  )
}
