import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { NoteEntry } from '../../../../common/contract/assessment-schema'
import { useDocument } from '../../store/document-store'
import { updateItem, withEntryAdded, withEntryRemoved, withEntryText, type NoteListName } from '../../store/response-edits'

/** Evidence, strengths or areas for improvement: any number of entries, each editable in place. */
export function NoteList(props: { frameworkId: string; itemId: string; list: NoteListName; entries: NoteEntry[] }) {
  const edit = useDocument((s) => s.edit)
  const { t } = useTranslation(['questionnaire', 'common'])
  const [draft, setDraft] = useState('')
  // Right after an entry is added the field is empty and has no typing of its own to undo:
  // until the next keystroke there, Ctrl+Z is the document's and takes the entry back.
  const [justAdded, setJustAdded] = useState(false)
  const inputId = useId()
  const { frameworkId, itemId, list } = props
  const title = t(`notes.${list}.title`)

  function add(event: FormEvent) {
    event.preventDefault()
    const text = draft.trim()
    if (!text) return
    edit((a) => updateItem(a, frameworkId, itemId, (r) => withEntryAdded(r, list, { id: crypto.randomUUID(), text })))
    setDraft('')
    setJustAdded(true)
  }

  return (
    <section className="note-list" aria-label={title}>
      <h3>
        {title} <span className="count">{props.entries.length}</span>
      </h3>
      <ul>
        {props.entries.map((entry, index) => (
          <li key={entry.id}>
            <textarea
              aria-label={t(`notes.${list}.entryLabel`, { number: index + 1 })}
              value={entry.text}
              rows={1}
              onChange={(event) => {
                const text = event.target.value
                edit((a) => updateItem(a, frameworkId, itemId, (r) => withEntryText(r, list, entry.id, text)), { coalesce: `${list}:${itemId}:${entry.id}` })
              }}
            />
            <button
              type="button"
              className="quiet danger"
              aria-label={t(`notes.${list}.removeLabel`, { number: index + 1 })}
              onClick={() => edit((a) => updateItem(a, frameworkId, itemId, (r) => withEntryRemoved(r, list, entry.id)))}
            >
              {t('common:remove')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="note-add">
        <label htmlFor={inputId} className="visually-hidden">
          {t(`notes.${list}.addLabel`)}
        </label>
        <input
          id={inputId}
          value={draft}
          placeholder={t(`notes.${list}.placeholder`)}
          data-undo={justAdded ? 'document' : undefined}
          onChange={(event) => {
            setDraft(event.target.value)
            setJustAdded(false)
          }}
          onBlur={() => setJustAdded(false)}
        />
        <button type="submit" disabled={!draft.trim()}>
          {t('notes.add')}
        </button>
      </form>
    </section>
  )
}
