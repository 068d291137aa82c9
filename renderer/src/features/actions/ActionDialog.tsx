import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Action, Assessment } from '../../../../common/contract/assessment-schema'
import {
  ACTION_OWNER_MAX,
  ACTION_STATUSES,
  ACTION_TITLE_MAX,
  ACTIONS_MAX,
  LEVELS,
  applyDraft,
  draftOf,
  itemLabel,
  sourceKey,
  sourceText,
  validateAction,
  type ActionDraft,
  type ActionField,
  type ActionProblems,
  type ActionSource,
} from '../../../../common/domain/action-plan'
import type { Framework } from '../../../../common/domain/framework'
import { useDocument } from '../../store/document-store'
import { Dialog } from '../../ui/Dialog'
import { withActionAdded, withActionReplaced } from './action-edits'
import { levelText, statusLabel } from './labels'

// A date field the browser holds half-typed reports no value; this stands in for it so the
// check says "enter a real date" instead of quietly saving no date.
const INCOMPLETE_DATE = 'incomplete'

const FIELD_ORDER: ActionField[] = ['title', 'owner', 'due', 'impact', 'effort', 'status']

/**
 * Creates an action (from an AFI, not yet in the document) or edits one. The form is a draft:
 * nothing reaches the document until it is valid and submitted, so Cancel really cancels and
 * the whole change is one undo step.
 */
export function ActionDialog(props: {
  action: Action
  isNew: boolean
  assessment: Assessment
  frameworks: readonly Framework[]
  onClose: () => void
  /** After the document holds the action. */
  onSaved: (action: Action) => void
}) {
  const { action, isNew, assessment, frameworks, onClose } = props
  const { t } = useTranslation(['actions', 'common'])
  const edit = useDocument((s) => s.edit)
  const [draft, setDraft] = useState<ActionDraft>(() => draftOf(action))
  const [sources, setSources] = useState<ActionSource[]>(action.sources)
  const [dueIncomplete, setDueIncomplete] = useState(false)
  const [tried, setTried] = useState(false)
  const [formProblem, setFormProblem] = useState<string | null>(null)
  // Focus moves to the first field in trouble after its message is in the page, so a screen
  // reader reads the message with the field. The counter repeats the move on every failed submit.
  const [focusRequest, setFocusRequest] = useState<{ field: ActionField; attempt: number } | null>(null)
  const dueRef = useRef<HTMLInputElement>(null)
  const prefix = useId()
  const id = (field: string) => `${prefix}-${field}`

  useEffect(() => {
    if (focusRequest) document.getElementById(`${prefix}-${focusRequest.field}`)?.focus()
  }, [focusRequest, prefix])

  const checked = (values: ActionDraft, incomplete: boolean): ActionProblems =>
    validateAction(incomplete ? { ...values, due: INCOMPLETE_DATE } : values)
  const problems = tried ? checked(draft, dueIncomplete) : {}

  const set = <K extends ActionField>(field: K, value: ActionDraft[K]) => setDraft((d) => ({ ...d, [field]: value }))

  function submit(event: FormEvent) {
    event.preventDefault()
    setTried(true)
    const incomplete = dueRef.current?.validity.badInput ?? false
    setDueIncomplete(incomplete)
    const found = checked(draft, incomplete)
    const first = FIELD_ORDER.find((field) => found[field])
    if (first) {
      setFocusRequest((previous) => ({ field: first, attempt: (previous?.attempt ?? 0) + 1 }))
      return
    }
    if (isNew && assessment.actions.length >= ACTIONS_MAX) {
      setFormProblem(t('dialog.planFull', { max: ACTIONS_MAX }))
      return
    }
    const saved = { ...applyDraft(action, draft), sources }
    // Saving an untouched form is not a change, so it leaves no undo step.
    if (isNew) edit((a) => withActionAdded(a, saved))
    else if (JSON.stringify(saved) !== JSON.stringify(action)) edit((a) => withActionReplaced(a, saved))
    props.onSaved(saved)
  }

  const aria = (field: ActionField, hint?: string) => {
    const described = [problems[field] ? id(`${field}-problem`) : undefined, hint].filter(Boolean).join(' ')
    return {
      id: id(field),
      'aria-invalid': problems[field] ? (true as const) : undefined,
      'aria-describedby': described || undefined,
    }
  }
  const problem = (field: ActionField) =>
    problems[field] ? (
      <p id={id(`${field}-problem`)} className="field-error">
        {problems[field]}
      </p>
    ) : null

  return (
    <Dialog title={isNew ? t('dialog.newTitle') : t('dialog.editTitle')} onClose={onClose}>
      <form className="action-form" onSubmit={submit} noValidate>
        <div className="action-field">
          <label htmlFor={id('title')}>{t('dialog.title')}</label>
          <input
            {...aria('title', id('title-hint'))}
            data-autofocus
            value={draft.title}
            maxLength={ACTION_TITLE_MAX}
            onChange={(event) => set('title', event.target.value)}
          />
          <p id={id('title-hint')} className="field-hint">
            {t('dialog.titleHint')}
          </p>
          {problem('title')}
        </div>

        <div className="action-field">
          <label htmlFor={id('owner')}>{t('dialog.owner')}</label>
          <input
            {...aria('owner', id('owner-hint'))}
            value={draft.owner}
            maxLength={ACTION_OWNER_MAX}
            list={id('people')}
            autoComplete="off"
            onChange={(event) => set('owner', event.target.value)}
          />
          <datalist id={id('people')}>
            {assessment.participants.map((participant) => (
              <option key={participant.id} value={participant.name} />
            ))}
          </datalist>
          <p id={id('owner-hint')} className="field-hint">
            {t('dialog.ownerHint')}
          </p>
          {problem('owner')}
        </div>

        <div className="action-field action-field-narrow">
          <label htmlFor={id('due')}>{t('dialog.due')}</label>
          <input
            ref={dueRef}
            type="date"
            {...aria('due')}
            value={draft.due}
            onChange={(event) => {
              set('due', event.target.value)
              setDueIncomplete(event.target.validity.badInput)
            }}
            onBlur={(event) => setDueIncomplete(event.target.validity.badInput)}
          />
          {problem('due')}
        </div>

        <div className="action-levels">
          <div className="action-field">
            <label htmlFor={id('impact')}>{t('dialog.impact')}</label>
            <select {...aria('impact', id('impact-hint'))} value={draft.impact} onChange={(event) => set('impact', Number(event.target.value))}>
              {[...LEVELS].reverse().map((level) => (
                <option key={level} value={level}>
                  {levelText(level)}
                </option>
              ))}
            </select>
            <p id={id('impact-hint')} className="field-hint">
              {t('dialog.impactHint')}
            </p>
            {problem('impact')}
          </div>
          <div className="action-field">
            <label htmlFor={id('effort')}>{t('dialog.effort')}</label>
            <select {...aria('effort', id('effort-hint'))} value={draft.effort} onChange={(event) => set('effort', Number(event.target.value))}>
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {levelText(level)}
                </option>
              ))}
            </select>
            <p id={id('effort-hint')} className="field-hint">
              {t('dialog.effortHint')}
            </p>
            {problem('effort')}
          </div>
          <div className="action-field">
            <label htmlFor={id('status')}>{t('dialog.status')}</label>
            <select {...aria('status')} value={draft.status} onChange={(event) => set('status', event.target.value)}>
              {ACTION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {statusLabel(status)}
                </option>
              ))}
            </select>
            {problem('status')}
          </div>
        </div>

        <SourceList
          assessment={assessment}
          frameworks={frameworks}
          sources={sources}
          onDetach={(source) => setSources((list) => list.filter((s) => sourceKey(s) !== sourceKey(source)))}
        />

        {formProblem && (
          <p className="field-error" role="alert">
            {formProblem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="primary">
            {isNew ? t('dialog.create') : t('dialog.save')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

/** The AFIs the action answers; one can be detached as long as another remains. */
function SourceList(props: { assessment: Assessment; frameworks: readonly Framework[]; sources: ActionSource[]; onDetach: (source: ActionSource) => void }) {
  const { sources } = props
  const { t } = useTranslation('actions')
  if (sources.length === 0) return null
  return (
    <div className="action-sources">
      <h3>{t('dialog.sources.heading', { count: sources.length })}</h3>
      <ul>
        {sources.map((source) => {
          const text = sourceText(props.assessment, source)
          return (
            <li key={sourceKey(source)}>
              <span className="action-source-item">{itemLabel(props.frameworks, source.frameworkId, source.itemId)}</span>
              <span className="action-source-text">{text === null ? t('dialog.sources.removed') : t('dialog.sources.text', { text })}</span>
              {sources.length > 1 && (
                <button
                  type="button"
                  className="quiet"
                  aria-label={text === null ? t('dialog.sources.detachRemovedLabel', { item: source.itemId }) : t('dialog.sources.detachLabel', { text })}
                  onClick={() => props.onDetach(source)}
                >
                  {t('dialog.sources.detach')}
                </button>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
