import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Action } from '../../../../common/contract/assessment-schema'
import { ACTION_SOURCES_MAX, prioritise, type AfiEntry } from '../../../../common/domain/action-plan'
import { useDocument } from '../../store/document-store'
import { Dialog } from '../../ui/Dialog'
import { withSourceAdded } from './action-edits'

/** Several AFIs often call for the same piece of work: this adds one to an action that exists. */
export function AddToActionDialog(props: { afi: AfiEntry; actions: readonly Action[]; onClose: () => void; onSaved: (action: Action) => void }) {
  const { afi, onClose } = props
  const { t } = useTranslation(['actions', 'common'])
  const edit = useDocument((s) => s.edit)
  // An action at the file's limit of sources cannot take one more.
  const choices = prioritise(props.actions.filter((action) => action.sources.length < ACTION_SOURCES_MAX))
  const [actionId, setActionId] = useState(choices[0]?.id ?? '')
  const chosen = choices.find((action) => action.id === actionId)
  const selectId = useId()
  const detailId = useId()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!chosen) return
    const source = { frameworkId: afi.frameworkId, itemId: afi.itemId, entryId: afi.entryId }
    edit((a) => withSourceAdded(a, chosen.id, source))
    props.onSaved(chosen)
  }

  return (
    <Dialog title={t('addTo.title')} onClose={onClose} describedBy={detailId}>
      <form onSubmit={submit} noValidate className="action-form">
        <p id={detailId}>
          {t('addTo.detail', { item: afi.itemLabel, text: afi.text })}
        </p>
        {choices.length === 0 ? (
          <p className="field-hint">
            {t('addTo.full', { max: ACTION_SOURCES_MAX })}
          </p>
        ) : (
          <div className="action-field">
            <label htmlFor={selectId}>{t('addTo.action')}</label>
            <select id={selectId} data-autofocus value={chosen?.id ?? ''} onChange={(event) => setActionId(event.target.value)}>
              {choices.map((action) => (
                <option key={action.id} value={action.id}>
                  {action.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="primary" disabled={!chosen}>
            {t('addTo.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
