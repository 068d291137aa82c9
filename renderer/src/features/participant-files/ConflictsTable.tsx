import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import type { Framework } from '../../../../common/domain/framework'
import { changeKey, type Decision, type MergeChange } from '../../../../common/domain/response-merge'
import { itemLabel, participantName, ratingDetail, ratingText } from './labels'
import { ownValue } from '../../../../common/domain/records'

function Value(props: { change: MergeChange; side: 'existing' | 'incoming' }) {
  const { change, side } = props
  if (change.field === 'note') return <span className="pf-note">{change[side] ?? ''}</span>
  const rating = change[side]
  if (!rating) return null
  const detail = ratingDetail(rating)
  return (
    <>
      {ratingText(rating)}
      {detail && <span className="pf-value-detail">{detail}</span>}
    </>
  )
}

/**
 * Every place where the workshop file already holds a different value from the same person.
 * Each row is its own radio group, named by item and participant, so a screen reader says
 * which decision it is about; undecided rows keep the workshop's value.
 */
export function ConflictsTable(props: {
  assessment: Assessment
  frameworks: readonly Framework[] | undefined
  conflicts: MergeChange[]
  decisions: Record<string, Decision>
  onDecide: (keys: string[], decision: Decision) => void
}) {
  const { assessment, frameworks, conflicts, decisions, onDecide } = props
  const prefix = useId()
  const { t } = useTranslation(['participants', 'common'])
  const keys = conflicts.map(changeKey)

  return (
    <section aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`}>{t('conflicts.heading', { count: conflicts.length })}</h3>
      <p className="field-hint">{t('conflicts.hint')}</p>
      <div className="pf-bulk">
        <button type="button" onClick={() => onDecide(keys, 'keep')}>
          {t('conflicts.keepAll')}
        </button>
        <button type="button" onClick={() => onDecide(keys, 'take')}>
          {t('conflicts.takeAll')}
        </button>
      </div>
      <table className="data-table" aria-labelledby={`${prefix}-heading`}>
        <thead>
          <tr>
            <th scope="col">{t('conflicts.item')}</th>
            <th scope="col">{t('conflicts.participant')}</th>
            <th scope="col">{t('conflicts.workshopFile')}</th>
            <th scope="col">{t('conflicts.responseFile')}</th>
            <th scope="col">{t('conflicts.use')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((change, index) => {
            const key = keys[index]!
            const item = itemLabel(assessment, frameworks, change.frameworkId, change.itemId)
            const person = participantName(assessment, change.participantId)
            const decision = ownValue(decisions, key) ?? 'keep'
            const name = `${prefix}-choice-${index}`
            return (
              <tr key={key}>
                <th scope="row">
                  {item}
                  {change.field === 'note' && <span className="pf-value-detail">{t('conflicts.note')}</span>}
                </th>
                <td>{person}</td>
                <td>
                  <Value change={change} side="existing" />
                </td>
                <td>
                  <Value change={change} side="incoming" />
                </td>
                <td>
                  <fieldset className="pf-choice">
                    <legend className="visually-hidden">
                      {t(change.field === 'note' ? 'conflicts.noteChoice' : 'conflicts.ratingChoice', { item, person })}
                    </legend>
                    <label>
                      <input type="radio" name={name} checked={decision === 'keep'} onChange={() => onDecide([key], 'keep')} />
                      {t('conflicts.keep')}
                    </label>
                    <label>
                      <input type="radio" name={name} checked={decision === 'take'} onChange={() => onDecide([key], 'take')} />
                      {t('conflicts.take')}
                    </label>
                  </fieldset>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
