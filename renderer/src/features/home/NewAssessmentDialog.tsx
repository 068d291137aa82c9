import { useState, type FormEvent } from 'react'
import { messageOf } from '../../api'
import { Dialog } from '../../ui/Dialog'

export const TITLE_MAX_LENGTH = 200

/** Checks the title before it goes to main, which checks it again. */
export function titleProblem(title: string): string | null {
  const trimmed = title.trim()
  if (!trimmed) return 'Give the assessment a title, for example "Annual self-assessment 2026".'
  if (trimmed.length > TITLE_MAX_LENGTH) return `Keep the title to ${TITLE_MAX_LENGTH} characters or fewer.`
  return null
}

export function NewAssessmentDialog(props: { onCreate: (title: string) => Promise<void>; onCancel: () => void }) {
  const [title, setTitle] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found = titleProblem(title)
    setProblem(found)
    if (found) return
    setBusy(true)
    try {
      await props.onCreate(title.trim())
    } catch (error) {
      setProblem(messageOf(error))
      setBusy(false)
    }
  }

  return (
    <Dialog title="New assessment" onClose={props.onCancel}>
      <form onSubmit={submit} noValidate>
        <label htmlFor="new-assessment-title">Title</label>
        <input
          id="new-assessment-title"
          data-autofocus
          data-native-undo
          value={title}
          maxLength={TITLE_MAX_LENGTH + 50}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'new-assessment-problem' : 'new-assessment-hint'}
          onChange={(event) => {
            setTitle(event.target.value)
            if (problem) setProblem(null)
          }}
        />
        {problem ? (
          <p id="new-assessment-problem" className="field-error" role="alert">
            {problem}
          </p>
        ) : (
          <p id="new-assessment-hint" className="field-hint">
            You can change it later.
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create assessment'}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
