import { useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentSummary } from '../../../../common/contract/schemas'
import { formatDateTime } from '../../ui/format'

/**
 * The stored assessments. Up/Down (and Home/End) move between rows, Enter opens,
 * Delete asks to delete: a long list is quick to work through without a mouse.
 */
export function AssessmentList(props: {
  assessments: AssessmentSummary[]
  onOpen: (id: string) => void
  onDelete: (assessment: AssessmentSummary) => void
  onDuplicate: (assessment: AssessmentSummary) => void
}) {
  const { t } = useTranslation(['home', 'common'])
  const list = useRef<HTMLUListElement>(null)

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const rows = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('button.open-assessment') ?? [])
    const index = rows.findIndex((row) => row === document.activeElement)
    if (index < 0) return
    const target =
      event.key === 'ArrowDown' ? rows[Math.min(index + 1, rows.length - 1)]
      : event.key === 'ArrowUp' ? rows[Math.max(index - 1, 0)]
      : event.key === 'Home' ? rows[0]
      : event.key === 'End' ? rows[rows.length - 1]
      : undefined
    if (target) {
      event.preventDefault()
      target.focus()
    } else if (event.key === 'Delete') {
      const assessment = props.assessments[index]
      if (assessment) {
        event.preventDefault()
        props.onDelete(assessment)
      }
    }
  }

  return (
    <ul ref={list} className="assessment-list" aria-label={t('list.label')} onKeyDown={onKeyDown}>
      {props.assessments.map((assessment) => (
        <li key={assessment.id}>
          <button type="button" className="open-assessment" onClick={() => props.onOpen(assessment.id)}>
            <span className="assessment-title">{assessment.title}</span>
            <span className="assessment-meta">{t('list.lastChanged', { when: formatDateTime(assessment.updatedAt) })}</span>
          </button>
          <button type="button" className="quiet" aria-label={t('list.copyLabel', { title: assessment.title })} onClick={() => props.onDuplicate(assessment)}>
            {t('list.copy')}
          </button>
          <button
            type="button"
            className="quiet danger"
            aria-label={t('list.deleteLabel', { title: assessment.title })}
            title={t('list.deleteTitle')}
            onClick={() => props.onDelete(assessment)}
          >
            {t('common:delete')}
          </button>
        </li>
      ))}
    </ul>
  )
}
