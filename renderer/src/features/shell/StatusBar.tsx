import { useTranslation } from 'react-i18next'
import { useDocument } from '../../store/document-store'
import { useLibrary } from '../../store/library-store'
import { formatTime } from '../../ui/format'
import { ExportFileStatus } from '../portable-files/ExportFileButtons'

/** The save state, always visible: users must be able to trust that what they typed is on disk. */
export function StatusBar() {
  const { assessment, saveStatus, savedAt, saveError, flush } = useDocument()
  const count = useLibrary((s) => s.assessments.length)
  const { t } = useTranslation(['shell', 'common'])

  return (
    <footer className="status-bar">
      <div role="status" aria-live="polite" className={`save-state ${saveStatus}`}>
        {!assessment && t('saveState.stored', { count })}
        {assessment && saveStatus === 'pending' && t('saveState.pending')}
        {assessment && saveStatus === 'saving' && t('saveState.saving')}
        {assessment && saveStatus === 'saved' && savedAt && t('saveState.saved', { time: formatTime(savedAt) })}
        {assessment && saveStatus === 'error' && t('saveState.failed', { reason: saveError ?? t('saveState.unknownError') })}
      </div>
      {assessment && saveStatus === 'error' && (
        <button type="button" className="quiet" onClick={() => void flush()}>
          {t('saveState.retry')}
        </button>
      )}
      <ExportFileStatus />
    </footer>
  )
}
