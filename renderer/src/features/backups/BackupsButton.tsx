import { useTranslation } from 'react-i18next'
import { useDocument } from '../../store/document-store'
import { BackupsDialog } from './BackupsDialog'
import { useBackupsDialog } from './backups-dialog-state'

/** Opens the list of the open assessment's backups, from which any one can be restored. */
export function BackupsButton() {
  const id = useDocument((s) => s.assessment?.id ?? null)
  const openFor = useBackupsDialog((s) => s.openFor)
  const show = useBackupsDialog((s) => s.show)
  const hide = useBackupsDialog((s) => s.hide)
  const { t } = useTranslation(['files', 'common'])
  if (!id) return null

  return (
    <>
      <button type="button" onClick={() => show(id)}>
        {t('backups.button')}
      </button>
      {openFor === id && <BackupsDialog id={id} onClose={hide} />}
    </>
  )
}
