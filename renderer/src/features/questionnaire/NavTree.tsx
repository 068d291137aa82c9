import { useTranslation } from 'react-i18next'
import type { Framework } from '../../../../common/domain/framework'
import { useQuestionnaire, type ItemFilter } from '../../store/questionnaire-store'
import { matchesFilters, sectionProgress, type ItemStatus } from './item-status'

const FILTERS: readonly ItemFilter[] = ['not-counted', 'disagreement', 'flagged']
const FILTER_KEYS = { 'not-counted': 'notCounted', disagreement: 'disagreement', flagged: 'flagged' } as const satisfies Record<ItemFilter, string>

/** Criteria and parts, or clauses and units, with progress on every node and three filters. */
export function NavTree(props: { framework: Framework; statuses: Map<string, ItemStatus>; currentItemId: string | null; onSelect: (itemId: string) => void }) {
  const { framework, statuses } = props
  const filters = useQuestionnaire((s) => s.filters)
  const toggleFilter = useQuestionnaire((s) => s.toggleFilter)
  const { t } = useTranslation(['questionnaire', 'common'])
  const total = [...statuses.values()]
  const done = total.filter((s) => s.complete).length
  const inProgress = total.filter((s) => s.state === 'in-progress').length

  return (
    <nav className="nav-tree" aria-label={t('nav.label', { framework: framework.name })}>
      <p className="nav-progress">
        <progress max={total.length} value={done} aria-label={t('nav.progressLabel', { framework: framework.name })} />{' '}
        {t('nav.complete', { done, total: total.length })}
        {inProgress > 0 && <span className="nav-in-progress"> · {t('nav.inProgress', { count: inProgress })}</span>}
      </p>
      <div role="group" aria-label={t('nav.filtersLabel')} className="filters">
        {FILTERS.map((filter) => (
          <button key={filter} type="button" className="chip" aria-pressed={filters.includes(filter)} onClick={() => toggleFilter(filter)}>
            {t(`nav.filters.${FILTER_KEYS[filter]}`)}
          </button>
        ))}
      </div>
      <ul className="tree">
        {framework.sections.map((section) => {
          const items = section.items.filter((item) => matchesFilters(statuses.get(item.id), filters))
          if (items.length === 0) return null
          const progress = sectionProgress(section, statuses)
          return (
            <li key={section.id}>
              <span className="tree-section">
                {section.id} {section.title}
                <span className="tree-count" aria-label={t('nav.complete', { done: progress.done, total: progress.total })}>
                  {progress.done}/{progress.total}
                </span>
              </span>
              <ul>
                {items.map((item) => {
                  const status = statuses.get(item.id)
                  const badges = [status?.state === 'counted' ? '✓' : status?.state === 'in-progress' ? '◐' : '', status?.disagreement ? '⚠' : '', status?.flagged ? '⚑' : ''].join('')
                  const spoken = [
                    status?.state === 'counted'
                      ? t('nav.status.counted')
                      : status?.state === 'in-progress'
                        ? t('nav.status.inProgress', { votes: status.count.votes, needed: status.count.needed })
                        : t('nav.status.notStarted'),
                    status?.disagreement ? t('nav.status.disagreement') : '',
                    status?.flagged ? t('nav.status.flagged') : '',
                  ]
                    .filter(Boolean)
                    .join(', ')
                  return (
                    <li key={item.id}>
                      <button
                        type="button"
                        className="tree-item"
                        aria-current={item.id === props.currentItemId ? 'true' : undefined}
                        aria-label={t('nav.itemLabel', { id: item.id, title: item.title, status: spoken })}
                        onClick={() => props.onSelect(item.id)}
                      >
                        <span className="tree-id">{item.id}</span> <span className="tree-title">{item.title}</span>
                        <span className="tree-badges" aria-hidden="true">
                          {badges}
                        </span>
                      </button>
                    </li>
                  )
                })}
              </ul>
            </li>
          )
        })}
      </ul>
      {filters.length > 0 && !framework.sections.some((s) => s.items.some((i) => matchesFilters(statuses.get(i.id), filters))) && (
        <p className="field-hint">{t('nav.noMatch')}</p>
      )}
    </nav>
  )
}
