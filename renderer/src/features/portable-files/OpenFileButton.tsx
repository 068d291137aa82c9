import { usePortable } from '../../store/portable-store'
import { Dialog } from '../../ui/Dialog'
import './portable-files.css'

/**
 * "Open file…": brings in an assessment someone exported with "Export assessment…". Main checks
 * the whole file first; a refusal is shown here, and a file whose assessment is already in the
 * library waits for the user to choose what happens (nothing is written until then).
 */
export function OpenFileButton() {
  const opening = usePortable((s) => s.opening)
  const question = usePortable((s) => s.question)
  const problem = usePortable((s) => s.problem)
  const openFile = usePortable((s) => s.openFile)
  const answer = usePortable((s) => s.answer)
  const dismissProblem = usePortable((s) => s.dismissProblem)

  return (
    <div className="open-file">
      <button type="button" disabled={opening} onClick={() => void openFile()} aria-keyshortcuts="Control+Shift+O">
        Open file…
      </button>
      {problem && !question && (
        <div className="open-file-problem" role="alert">
          <p>{problem}</p>
          <button type="button" className="quiet" onClick={dismissProblem}>
            Dismiss
          </button>
        </div>
      )}
      {question && (
        <Dialog
          title={`An assessment with this id is already here: “${question.existingTitle}”`}
          onClose={() => void answer('cancel')}
          describedBy="open-file-exists-detail"
        >
          <p id="open-file-exists-detail">
            The file holds “{question.title}”. <strong>Replace it</strong> puts the file’s version in place of the one here (which is
            moved to the “deleted” folder in Panorama’s data folder, not erased). <strong>Keep both</strong> adds the file’s version
            as a separate assessment, “{question.title} (imported)”.
          </p>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" disabled={opening} onClick={() => void answer('replace')}>
              Replace it
            </button>
            <button type="button" disabled={opening} onClick={() => void answer('copy')}>
              Keep both
            </button>
            <button type="button" data-autofocus onClick={() => void answer('cancel')}>
              Cancel
            </button>
          </div>
        </Dialog>
      )}
    </div>
  )
}
