import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import type { Catalogue } from '../../frameworks/catalogue'
import { ActionPlanView } from '../actions/ActionPlanView'
import { CountingNotice } from './CountingNotice'
import { DrillDown, type Drill } from './DrillDown'
import { ScoresView } from './ScoresView'
import { StakeholderView } from './StakeholderView'
import { SummaryCard } from './SummaryCard'
import { TeamView } from '../team/TeamView'
import { useResults } from './use-results'
import './results.css'

const views = ['scores', 'stakeholders', 'team', 'actions'] as const
type ViewId = (typeof views)[number]

/** Results of the open assessment: scores, the stakeholder comparison, team views and the action plan. */
export function ResultsScreen({ assessment, catalogue }: { assessment: Assessment; catalogue: Catalogue }) {
  const context = useResults(assessment, catalogue)
  const [view, setView] = useState<ViewId>('scores')
  const [drill, setDrill] = useState<Drill | null>(null)
  const { t } = useTranslation('results')

  return (
    <div className="results">
      <nav className="results-nav" aria-label={t('views.label')}>
        {views.map((id) => (
          <button
            key={id}
            type="button"
            aria-current={view === id ? 'page' : undefined}
            onClick={() => {
              setView(id)
              setDrill(null)
            }}
          >
            {t(`views.${id}`)}
          </button>
        ))}
      </nav>
      <div className="results-body">
        <div className="results-main">
          {view !== 'actions' && <CountingNotice context={context} />}
          {view === 'scores' && <SummaryCard context={context} />}
          {view === 'scores' && <ScoresView context={context} onDrill={setDrill} />}
          {view === 'stakeholders' && <StakeholderView context={context} onDrill={setDrill} />}
          {view === 'team' && <TeamView context={context} onDrill={setDrill} />}
          {view === 'actions' && <ActionPlanView context={context} />}
        </div>
        {drill && <DrillDown drill={drill} onClose={() => setDrill(null)} />}
      </div>
    </div>
  )
}
