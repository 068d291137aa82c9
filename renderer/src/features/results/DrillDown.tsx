import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Explanation } from '../../../../common/domain/explanation'
import { useQuestionnaire } from '../../store/questionnaire-store'
import { ExplanationTree } from '../../ui/ExplanationTree'

export interface DrillItem {
  frameworkId: string
  itemId: string
  label: string
  /** The item's number as the chart shows it, e.g. "55" or "Level 2" or "not assessed". */
  value: string
  explanation?: Explanation | null
}

export interface Drill {
  title: string
  items: DrillItem[]
  /** The arithmetic of the figure that was clicked, if it has one. */
  explanation?: Explanation | null
}

/** The items behind a bar, point or cell, each with "why this score" and a way to open it. */
export function DrillDown({ drill, onClose }: { drill: Drill; onClose: () => void }) {
  const goToItem = useQuestionnaire((s) => s.goToItem)
  const [open, setOpen] = useState<string | null>(null)
  const { t } = useTranslation('results')
  return (
    <aside className="drill card" aria-label={t('drill.label', { title: drill.title })}>
      <header className="drill-header">
        <h3>{drill.title}</h3>
        <button type="button" className="quiet" onClick={onClose}>
          {t('drill.close')}
        </button>
      </header>
      {drill.explanation && (
        <details open>
          <summary>{t('drill.whyFigure')}</summary>
          <ExplanationTree explanation={drill.explanation} />
        </details>
      )}
      {drill.items.length === 0 ? (
        <p className="field-hint">{t('drill.noItems')}</p>
      ) : (
        <ul className="drill-items">
          {drill.items.map((item) => {
            const key = `${item.frameworkId}:${item.itemId}`
            return (
              <li key={key}>
                <span className="drill-label">{item.label}</span>
                <span className="drill-value">{item.value}</span>
                {item.explanation && (
                  <button type="button" className="quiet" aria-expanded={open === key} onClick={() => setOpen(open === key ? null : key)}>
                    {t('drill.whyScore')}
                  </button>
                )}
                <button type="button" className="quiet" onClick={() => goToItem(item.frameworkId, item.itemId)}>
                  {t('drill.openItem')}
                </button>
                {open === key && item.explanation && <ExplanationTree explanation={item.explanation} />}
              </li>
            )
          })}
        </ul>
      )}
    </aside>
  )
}
