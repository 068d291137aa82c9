import { useState } from 'react'
import { useApp } from '../../store/app-store'
import { useDocument } from '../../store/document-store'
import { formatDateTime } from '../../ui/format'
import { titleProblem } from '../home/NewAssessmentDialog'

export function AssessmentScreen() {
  const assessment = useDocument((s) => s.assessment)
  const edit = useDocument((s) => s.edit)
  const goHome = useApp((s) => s.goHome)
  // The field keeps what the user typed even while it is not a valid title; only valid titles are saved.
  const [draftTitle, setDraftTitle] = useState(assessment?.title ?? '')
  const problem = titleProblem(draftTitle)

  if (!assessment) return null

  return (
    <main className="assessment" aria-labelledby="assessment-heading">
      <header className="screen-header">
        <button type="button" className="quiet" onClick={() => void goHome()} aria-keyshortcuts="Alt+ArrowLeft">
          ← All assessments
        </button>
        <h1 id="assessment-heading">{assessment.title}</h1>
      </header>

      <section className="card" aria-label="Assessment details">
        <label htmlFor="assessment-title">Title</label>
        <input
          id="assessment-title"
          value={draftTitle}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'assessment-title-problem' : undefined}
          onChange={(event) => {
            const value = event.target.value
            setDraftTitle(value)
            if (!titleProblem(value)) edit((a) => ({ ...a, title: value.trim() }))
          }}
        />
        {problem && (
          <p id="assessment-title-problem" className="field-error" role="alert">
            {problem} The last valid title is kept until then.
          </p>
        )}
        <dl className="facts">
          <dt>Created</dt>
          <dd>{formatDateTime(assessment.createdAt)}</dd>
          <dt>Last saved</dt>
          <dd>{formatDateTime(assessment.updatedAt)}</dd>
        </dl>
      </section>
    </main>
  )
}
