import { useId } from 'react'
import type { Action } from '../../../../electron/ipc/assessment-schema'
import { LEVELS, priorityMatrix, type MatrixCell } from '../../domain/action-plan'
import { LEVEL_NAMES, STATUS_LABELS } from './labels'

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

// The cell's row and column headers already say "High impact" and "Low effort"; repeating the
// words in its name would also make the dialog's "Impact" and "Effort" fields ambiguous to
// anything that finds fields by label.
function cellName(cell: MatrixCell): string {
  const count = cell.actions.length === 0 ? 'no actions' : cell.actions.length === 1 ? '1 action' : `${cell.actions.length} actions`
  return `${cell.label}, ${count}`
}

// One class per named corner, so each can have its own tint; the middle cells share one.
const cellClass = (cell: MatrixCell) => `matrix-cell matrix-${cell.label.toLowerCase().replace(/[^a-z]+/g, '-')}`

/**
 * Impact against effort. A table, so a screen reader announces each cell's row and column
 * headers; every cell is also a group named by its label, with its actions as buttons in
 * priority order.
 */
export function PriorityMatrix(props: { actions: readonly Action[]; onOpenAction: (actionId: string) => void }) {
  const headingId = useId()
  const rows = priorityMatrix(props.actions)
  return (
    <section className="priority-matrix card" aria-labelledby={headingId}>
      <h2 id={headingId}>Priority matrix</h2>
      <p className="field-hint">
        Impact by row, effort by column. Quick wins (high impact, low effort) sit top left; thankless tasks (low impact, high
        effort) bottom right.
      </p>
      <table className="matrix-table">
        <caption className="visually-hidden">Priority matrix</caption>
        <thead>
          <tr>
            <td />
            {LEVELS.map((effort) => (
              <th key={effort} scope="col">
                {capitalised(LEVEL_NAMES[effort])} effort
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0]!.impact}>
              <th scope="row">{capitalised(LEVEL_NAMES[row[0]!.impact])} impact</th>
              {row.map((cell) => (
                <td key={cell.effort} className={cellClass(cell)}>
                  <div role="group" aria-label={cellName(cell)}>
                    <p className="matrix-label" aria-hidden="true">
                      {cell.label} <span className="matrix-count">{cell.actions.length}</span>
                    </p>
                    {cell.actions.length > 0 && (
                      <ul>
                        {cell.actions.map((action) => (
                          <li key={action.id}>
                            <button
                              type="button"
                              className={action.status === 'done' ? 'matrix-action done' : 'matrix-action'}
                              onClick={() => props.onOpenAction(action.id)}
                            >
                              {action.title}
                              {action.status !== 'open' && <span className="tag">{STATUS_LABELS[action.status]}</span>}
                            </button>
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
