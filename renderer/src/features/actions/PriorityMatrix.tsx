import i18next from 'i18next'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Action } from '../../../../common/contract/assessment-schema'
import { LEVELS, priorityMatrix, priorityName, type MatrixCell } from '../../../../common/domain/action-plan'
import { statusLabel } from './labels'

// The cell's row and column headers already say "High impact" and "Low effort"; repeating the
// words in its name would also make the dialog's "Impact" and "Effort" fields ambiguous to
// anything that finds fields by label.
const cellName = (cell: MatrixCell) => i18next.t('actions:matrix.cellName', { label: priorityName(cell.priority), count: cell.actions.length })

// One class per named corner, so each can have its own tint; the middle cells share one.
const cellClass = (cell: MatrixCell) => `matrix-cell matrix-${cell.priority}`

/**
 * Impact against effort. A table, so a screen reader announces each cell's row and column
 * headers; every cell is also a group named by its label, with its actions as buttons in
 * priority order.
 */
export function PriorityMatrix(props: { actions: readonly Action[]; onOpenAction: (actionId: string) => void }) {
  const { t } = useTranslation('actions')
  const headingId = useId()
  const rows = priorityMatrix(props.actions)
  return (
    <section className="priority-matrix card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matrix.heading')}</h2>
      <p className="field-hint">{t('matrix.hint')}</p>
      <table className="matrix-table">
        <caption className="visually-hidden">{t('matrix.heading')}</caption>
        <thead>
          <tr>
            <td />
            {LEVELS.map((effort) => (
              <th key={effort} scope="col">
                {t(`matrix.effortColumn.${effort}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row[0]!.impact}>
              <th scope="row">{t(`matrix.impactRow.${row[0]!.impact}`)}</th>
              {row.map((cell) => (
                <td key={cell.effort} className={cellClass(cell)}>
                  <div role="group" aria-label={cellName(cell)}>
                    <p className="matrix-label" aria-hidden="true">
                      {priorityName(cell.priority)} <span className="matrix-count">{cell.actions.length}</span>
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
                              {action.status !== 'open' && <span className="tag">{statusLabel(action.status)}</span>}
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
