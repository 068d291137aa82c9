import { useId, type Ref } from 'react'
import type { Action } from '../../../../electron/ipc/assessment-schema'
import { PRIORITY_RULE, itemLabel, priorityLabel, sourceItems, type ActionStatus } from '../../domain/action-plan'
import type { Framework } from '../../domain/framework'
import { formatDay } from '../setup/format-day'
import { levelText, quoted, STATUS_LABELS } from './labels'

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
  const headingId = useId()
  const ruleId = useId()
  return (
    <section className="action-list card" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Actions by priority
      </h2>
      <p id={ruleId} className="field-hint">
        {PRIORITY_RULE}
      </p>
      {actions.length === 0 ? (
        <p className="empty">No actions yet. Use “Make an action” on an area for improvement.</p>
      ) : (
        <div className="action-table-wrap">
          <table className="data-table action-table" aria-describedby={ruleId}>
            <caption className="visually-hidden">Actions by priority</caption>
            <thead>
              <tr>
                <th scope="col">Priority</th>
                <th scope="col">Action</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Impact</th>
                <th scope="col">Effort</th>
                <th scope="col">Status</th>
                <th scope="col">From</th>
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
          <button type="button" className="quiet" data-action={action.id} aria-label={`Edit ${quoted(action.title)}`} onClick={() => props.onEdit(action.id)}>
            Edit
          </button>
          <button type="button" className="quiet danger" aria-label={`Delete ${quoted(action.title)}`} onClick={() => props.onDelete(action.id)}>
            Delete
          </button>
        </span>
      </td>
      <td>{action.owner || <span className="muted">Nobody yet</span>}</td>
      <td>{action.due ? <time dateTime={action.due}>{formatDay(action.due) ?? action.due}</time> : <span className="muted">No date</span>}</td>
      <td className="action-level">{levelText(action.impact)}</td>
      <td className="action-level">{levelText(action.effort)}</td>
      <td>
        <span className="action-status">{STATUS_LABELS[action.status]}</span>
        {/* The commonest change during a follow-up meeting, one press away. One button whose
            words change, so focus stays on it; no label here says "status", so the dialog's
            Status field is the only one on the page. */}
        <button
          type="button"
          className="quiet"
          aria-label={done ? `Reopen ${quoted(action.title)}` : `Mark ${quoted(action.title)} as done`}
          onClick={() => props.onStatus(action.id, done ? 'open' : 'done')}
        >
          {done ? 'Reopen' : 'Mark done'}
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
                  {count > 1 && <span className="muted"> ({count} areas for improvement)</span>}
                </span>
                <button type="button" className="quiet" aria-describedby={labelId} onClick={() => props.onOpenItem(frameworkId, itemId)}>
                  Open {itemId}
                </button>
              </li>
            )
          })}
        </ul>
      </td>
    </tr>
  )
}
