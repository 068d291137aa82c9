import { useState } from 'react'
import type { AssessmentSummary } from '../../../../electron/ipc/schemas'
import { messageOf } from '../../api'
import { useApp } from '../../store/app-store'
import { useLibrary } from '../../store/library-store'
import { AssessmentList } from './AssessmentList'
import { DeleteAssessmentDialog } from './DeleteAssessmentDialog'
import { OpenFileButton } from '../portable-files/OpenFileButton'
import { RecentFiles } from '../portable-files/RecentFiles'

export function HomeScreen() {
  const { status, assessments, error, load, remove, duplicate } = useLibrary()
  const { showNewAssessment, openAssessment, lastAssessmentId } = useApp()
  const [toDelete, setToDelete] = useState<AssessmentSummary | null>(null)
  const last = assessments.find((a) => a.id === lastAssessmentId)

  return (
    <main className="home" aria-labelledby="home-heading">
      <header className="screen-header">
        <h1 id="home-heading">Assessments</h1>
        <OpenFileButton />
        <button type="button" className="primary" onClick={() => showNewAssessment(true)} aria-keyshortcuts="Control+N">
          New assessment <kbd>Ctrl+N</kbd>
        </button>
      </header>

      {last && (
        <section className="continue" aria-label="Continue where you left off">
          <button type="button" onClick={() => void openAssessment(last.id)}>
            Continue “{last.title}”
          </button>
        </section>
      )}

      {status === 'loading' && <p role="status">Loading assessments…</p>}
      {status === 'error' && (
        <div className="banner error" role="alert">
          <p>{error}</p>
          <button type="button" onClick={() => void load()}>
            Try again
          </button>
        </div>
      )}
      {status === 'ready' && assessments.length === 0 && (
        <div className="empty">
          <p>No assessments yet.</p>
          <p>Start one for your team’s EFQM or ISO 9001 self-assessment with “New assessment”.</p>
        </div>
      )}
      {assessments.length > 0 && (
        <AssessmentList
          assessments={assessments}
          onOpen={(id) => void openAssessment(id)}
          onDelete={setToDelete}
          onDuplicate={(assessment) =>
            void duplicate(assessment.id).catch((error: unknown) => useApp.getState().reportProblem(messageOf(error)))
          }
        />
      )}
      <RecentFiles />

      {toDelete && (
        <DeleteAssessmentDialog
          assessment={toDelete}
          onCancel={() => setToDelete(null)}
          onConfirm={async () => {
            await remove(toDelete.id)
            setToDelete(null)
          }}
        />
      )}
    </main>
  )
}
