import { useDocument } from '../../store/document-store'
import { useLibrary } from '../../store/library-store'
import { formatTime } from '../../ui/format'

/** The save state, always visible: users must be able to trust that what they typed is on disk. */
export function StatusBar() {
  const { assessment, saveStatus, savedAt, saveError, flush } = useDocument()
  const count = useLibrary((s) => s.assessments.length)

  return (
    <footer className="status-bar">
      <div role="status" aria-live="polite" className={`save-state ${saveStatus}`}>
        {!assessment && `${count} ${count === 1 ? 'assessment' : 'assessments'} stored`}
        {assessment && saveStatus === 'pending' && 'Unsaved changes'}
        {assessment && saveStatus === 'saving' && 'Saving…'}
        {assessment && saveStatus === 'saved' && savedAt && `Saved ${formatTime(savedAt)}`}
        {assessment && saveStatus === 'error' && `Not saved: ${saveError ?? 'unknown error'}`}
      </div>
      {assessment && saveStatus === 'error' && (
        <button type="button" className="quiet" onClick={() => void flush()}>
          Retry
        </button>
      )}
    </footer>
  )
}
