import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import { useDocument } from '../../store/document-store'
import { roleLabel } from '../../i18n/vocabulary'
import { fieldId, hintId, problemId } from './field-ids'
import { fieldAria, FieldProblem } from './FieldProblem'
import { CountingRuleField } from './CountingRuleField'
import { RemoveParticipantDialog } from './RemoveParticipantDialog'
import { ratingCount } from './response-usage'
import { participantRows, type ParticipantView, type Role, type SetupDrafts } from './setup-drafts'
import { PARTICIPANT_NAME_MAX, PARTICIPANTS_MAX } from './setup-validation'
import type { Problems } from './step-problems'
import { ownValue } from '../../../../common/domain/records'

const ROLES: readonly Role[] = ['leadership', 'staff', 'external']

const nameField = (id: string) => `participant:${id}`
/** A focus request for no row: the "Add participant" button takes focus instead. */
const ADD_BUTTON = ''

export function ParticipantsStep(props: {
  assessment: Assessment
  drafts: SetupDrafts
  setDrafts: (change: (drafts: SetupDrafts) => SetupDrafts) => void
  problems: Problems
}) {
  const edit = useDocument((s) => s.edit)
  const { t } = useTranslation(['setup', 'common'])
  const { assessment, setDrafts, problems } = props
  const rows = participantRows(assessment, props.drafts)
  const [removing, setRemoving] = useState<ParticipantView | null>(null)
  // Set when a row is added or removed; the effect moves focus once the row is on screen.
  const [focusId, setFocusId] = useState<string | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (focusId === null) return
    ;(document.getElementById(fieldId(nameField(focusId))) ?? addButton.current)?.focus()
    setFocusId(null)
  }, [focusId])

  function rename(row: ParticipantView, text: string) {
    const coalesce = `setup:participant-name:${row.id}`
    if (!row.listed) {
      // The new row joins the document with its first real character; until then it is only a draft.
      if (!text.trim()) return setDrafts((d) => ({ ...d, newParticipant: d.newParticipant && { ...d.newParticipant, name: text } }))
      edit((a) => ({ ...a, participants: [...a.participants, { id: row.id, name: text, role: row.role }] }), { coalesce })
      return setDrafts((d) => ({ ...d, newParticipant: null }))
    }
    if (!text.trim()) return setDrafts((d) => ({ ...d, names: { ...d.names, [row.id]: text } }))
    edit((a) => ({ ...a, participants: a.participants.map((p) => (p.id === row.id ? { ...p, name: text } : p)) }), { coalesce })
    setDrafts((d) => {
      const { [row.id]: _cleared, ...names } = d.names
      return { ...d, names }
    })
  }

  function tidy(row: ParticipantView) {
    const trimmed = row.name.trim()
    if (row.listed && trimmed && trimmed !== row.name) rename(row, trimmed)
  }

  function changeRole(row: ParticipantView, role: Role) {
    if (!row.listed) return setDrafts((d) => ({ ...d, newParticipant: d.newParticipant && { ...d.newParticipant, role } }))
    edit((a) => ({ ...a, participants: a.participants.map((p) => (p.id === row.id ? { ...p, role } : p)) }))
  }

  /** Adds a blank row, or goes to the blank row there already is. */
  function addRow() {
    const blank = rows.find((row) => !row.listed)
    if (blank) return setFocusId(blank.id)
    if (rows.length >= PARTICIPANTS_MAX) return
    const id = crypto.randomUUID()
    setDrafts((d) => ({ ...d, newParticipant: { id, name: '', role: 'staff' } }))
    setFocusId(id)
  }

  function onNameKeyDown(event: KeyboardEvent<HTMLInputElement>, row: ParticipantView) {
    if (event.key !== 'Enter') return
    // Enter adds the next person instead of submitting the step: names go in one after another.
    event.preventDefault()
    if (row.name.trim()) {
      tidy(row)
      addRow()
    }
  }

  function remove(row: ParticipantView) {
    const index = rows.findIndex((other) => other.id === row.id)
    const neighbour = rows[index + 1] ?? rows[index - 1]
    if (!row.listed) setDrafts((d) => ({ ...d, newParticipant: null }))
    else {
      edit((a) => ({ ...a, participants: a.participants.filter((p) => p.id !== row.id) }))
      setDrafts((d) => {
        const { [row.id]: _cleared, ...names } = d.names
        return { ...d, names }
      })
    }
    setFocusId(neighbour?.id ?? ADD_BUTTON)
  }

  function askRemove(row: ParticipantView) {
    if (row.listed && ratingCount(assessment, row.id) > 0) setRemoving(row)
    else remove(row)
  }

  return (
    <>
      <p id={hintId('participants')} className="field-hint">
        {t('participants.hint')}
      </p>
      {rows.length > 0 && (
        <ol className="setup-participants" aria-label={t('participants.listLabel')}>
          {rows.map((row, index) => {
            const key = nameField(row.id)
            const problem = ownValue(problems, key)
            const number = index + 1
            return (
              <li key={row.id} className="setup-participant">
                <div className="setup-field">
                  <label htmlFor={fieldId(key)}>
                    <Trans t={t} i18nKey="participants.nameLabel" values={{ number }} components={{ hidden: <span className="visually-hidden" /> }} />
                  </label>
                  <input
                    {...fieldAria(key, problem)}
                    value={row.name}
                    maxLength={PARTICIPANT_NAME_MAX}
                    autoComplete="off"
                    onChange={(event) => rename(row, event.target.value)}
                    onBlur={() => tidy(row)}
                    onKeyDown={(event) => onNameKeyDown(event, row)}
                  />
                  <FieldProblem field={key} problem={problem} />
                </div>
                <div className="setup-field">
                  <label htmlFor={fieldId(`role:${row.id}`)}>
                    <Trans t={t} i18nKey="participants.roleLabel" values={{ number }} components={{ hidden: <span className="visually-hidden" /> }} />
                  </label>
                  <select id={fieldId(`role:${row.id}`)} value={row.role} onChange={(event) => changeRole(row, event.target.value as Role)}>
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {roleLabel(role)}
                      </option>
                    ))}
                  </select>
                </div>
                <button
                  type="button"
                  className="quiet danger setup-remove"
                  aria-label={row.name.trim() ? t('participants.removeNamed', { name: row.name.trim() }) : t('participants.removeNumbered', { number })}
                  onClick={() => askRemove(row)}
                >
                  {t('common:remove')}
                </button>
              </li>
            )
          })}
        </ol>
      )}
      <button
        ref={addButton}
        type="button"
        className="setup-add"
        disabled={rows.length >= PARTICIPANTS_MAX}
        aria-describedby={problems.participants ? problemId('participants') : undefined}
        onClick={addRow}
      >
        {t('participants.add')}
      </button>
      <FieldProblem field="participants" problem={problems.participants} />
      <p className="field-hint">{t('participants.rolesHint')}</p>
      <CountingRuleField assessment={assessment} />

      {removing && (
        <RemoveParticipantDialog
          name={removing.name.trim()}
          ratings={ratingCount(assessment, removing.id)}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            setRemoving(null)
            remove(removing)
          }}
        />
      )}
    </>
  )
}
