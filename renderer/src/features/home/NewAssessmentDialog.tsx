import i18next from 'i18next'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { messageOf } from '../../api'
import { Dialog } from '../../ui/Dialog'

export const TITLE_MAX_LENGTH = 200

/** Checks the title before it goes to main, which checks it again. */
export function titleProblem(title: string): string | null {
  const trimmed = title.trim()
  if (!trimmed) return i18next.t('home:new.titleMissing')
  if (trimmed.length > TITLE_MAX_LENGTH) return i18next.t('home:new.titleTooLong', { max: TITLE_MAX_LENGTH })
  return null
}

export function NewAssessmentDialog(props: { onCreate: (title: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation(['home', 'common'])
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
    <Dialog title={t('new.title')} onClose={props.onCancel}>
      <form onSubmit={submit} noValidate>
        <label htmlFor="new-assessment-title">{t('new.titleLabel')}</label>
        <input
          id="new-assessment-title"
          data-autofocus
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
            {t('new.titleHint')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('new.creating') : t('new.create')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
