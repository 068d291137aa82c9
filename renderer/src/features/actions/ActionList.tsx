import { useId, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { Action } from '../../../../common/contract/assessment-schema'
import { itemLabel, priorityLabel, priorityRule, sourceItems, type ActionStatus } from '../../../../common/domain/action-plan'
import type { Framework } from '../../../../common/domain/framework'
import { formatDay } from '../setup/format-day'
import { levelText, statusLabel } from './labels'

interface RowHandlers {
  frameworks: readonly Framework[]
  onEdit: (actionId: string) => void
  onDelete: (actionId: string) => void
  onStatus: (actionId: string, status: ActionStatus) => void
  onOpenItem: (frameworkId: string, itemId: string) => void
}

/**
 * The plan as a table in priority order. The heading takes focus (through headingRef) when
 * the row someone was on is deleted, so keyboard users stay in the list.
 */
export function ActionList(props: RowHandlers & { actions: readonly Action[]; headingRef?: Ref<HTMLHeadingElement> }) {
  const { actions, headingRef, ...handlers } = props
  const { t } = useTranslation('actions')
  const headingId = useId()
  const ruleId = useId()
  return (
    <section className="action-list card" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('list.heading')}
      </h2>
      <p id={ruleId} className="field-hint">
        {priorityRule()}
      </p>
      {actions.length === 0 ? (
        <p className="empty">{t('list.empty')}</p>
      ) : (
        <div className="action-table-wrap">
          <table className="data-table action-table" aria-describedby={ruleId}>
            <caption className="visually-hidden">{t('list.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.columns.priority')}</th>
                <th scope="col">{t('list.columns.action')}</th>
                <th scope="col">{t('list.columns.owner')}</th>
                <th scope="col">{t('list.columns.due')}</th>
                <th scope="col">{t('list.columns.impact')}</th>
                <th scope="col">{t('list.columns.effort')}</th>
                <th scope="col">{t('list.columns.status')}</th>
                <th scope="col">{t('list.columns.from')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((action, index) => (
                <ActionRow key={action.id} action={action} rank={index + 1} {...handlers} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function ActionRow(props: RowHandlers & { action: Action; rank: number }) {
  const { action } = props
  const { t } = useTranslation(['actions', 'common'])
  const done = action.status === 'done'
  const rowId = useId()
  const items = sourceItems(action)
  const afiCount = (frameworkId: string, itemId: string) => action.sources.filter((s) => s.frameworkId === frameworkId && s.itemId === itemId).length
  return (
    <tr className={done ? 'done' : undefined}>
      <td>
        <span className="action-rank">{props.rank}</span>
        <span className="tag">{priorityLabel(action)}</span>
      </td>
      <td>
        <span className="action-title">{action.title}</span>
        <span className="action-row-buttons">
          <button type="button" className="quiet" data-action={action.id} aria-label={t('list.editLabel', { title: action.title })} onClick={() => props.onEdit(action.id)}>
            {t('common:edit')}
          </button>
          <button type="button" className="quiet danger" aria-label={t('list.deleteLabel', { title: action.title })} onClick={() => props.onDelete(action.id)}>
            {t('common:delete')}
          </button>
        </span>
      </td>
      <td>{action.owner || <span className="muted">{t('list.nobody')}</span>}</td>
      <td>{action.due ? <time dateTime={action.due}>{formatDay(action.due) ?? action.due}</time> : <span className="muted">{t('list.noDate')}</span>}</td>
      <td className="action-level">{levelText(action.impact)}</td>
      <td className="action-level">{levelText(action.effort)}</td>
      <td>
        <span className="action-status">{statusLabel(action.status)}</span>
        {/* The commonest change during a follow-up meeting, one press away. One button whose
            words change, so focus stays on it; no label here says "status", so the dialog's
            Status field is the only one on the page. */}
        <button
          type="button"
          className="quiet"
          aria-label={done ? t('list.reopenLabel', { title: action.title }) : t('list.markDoneLabel', { title: action.title })}
          onClick={() => props.onStatus(action.id, done ? 'open' : 'done')}
        >
          {done ? t('list.reopen') : t('list.markDone')}
        </button>
      </td>
      <td>
        <ul className="action-from">
          {items.map(({ frameworkId, itemId }) => {
            const labelId = `${rowId}-${frameworkId}-${itemId}`
            const count = afiCount(frameworkId, itemId)
            return (
              <li key={`${frameworkId}:${itemId}`}>
                <span id={labelId}>
                  {itemLabel(props.frameworks, frameworkId, itemId)}
                  {count > 1 && <span className="muted"> {t('list.afiCount', { count })}</span>}
                </span>
                <button type="button" className="quiet" aria-describedby={labelId} onClick={() => props.onOpenItem(frameworkId, itemId)}>
                  {t('list.openItem', { item: itemId })}
                </button>
              </li>
            )
          })}
        </ul>
      </td>
    </tr>
  )
}
