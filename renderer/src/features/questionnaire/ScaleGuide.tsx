import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Framework } from '../../../../common/domain/framework'
import { CONFORMING_LEVEL } from '../../../../common/domain/iso-scoring'
import { band, bandName, bandRanges } from '../../../../common/domain/radar'
import { FoldingHeading, usePanelOpen } from './FoldingHeading'

/**
 * The scale people vote on, beside the vote grid: ISO's maturity levels 0–5 or EFQM's RADAR
 * bands, with the texts of the Method page (the framework file and the catalogue). The step the
 * team's proposed value falls in is marked.
 */
export function ScaleGuide({ framework, proposed }: { framework: Framework; proposed: number | null }) {
  const { t } = useTranslation(['method', 'questionnaire'])
  const [open, toggle] = usePanelOpen('scale')
  const headingId = useId()
  const bodyId = useId()
  const radar = framework.scoring === 'radar'
  // Each band runs up to where the next one starts; lowest first, as on the Method page.
  const bands = bandRanges()
  const proposedBand = proposed === null ? null : band(proposed)

  return (
    <aside className={`scale-guide scale-${framework.scoring}`} aria-labelledby={headingId}>
      <FoldingHeading id={headingId} open={open} onToggle={toggle} controls={bodyId}>
        {radar ? t('method:radar.bandsCaption') : t('method:iso.levelsCaption')}
      </FoldingHeading>
      <div id={bodyId} hidden={!open}>
        {radar ? (
          <>
            <ol className="scale-list">
              {bands.map((b) => (
                <li key={b.label} aria-current={b.label === proposedBand ? 'true' : undefined}>
                  <span className="scale-value">
                    {b.from}–{b.to}
                  </span>
                  <span className="scale-label">{bandName(b.label)}</span>
                </li>
              ))}
            </ol>
            <p className="scale-note">{t('method:radar.between')}</p>
          </>
        ) : (
          <>
            <ol className="scale-list">
              {framework.maturityLevels?.map((level) => (
                <li key={level.level} aria-current={level.level === proposed ? 'true' : undefined}>
                  <span className="scale-value">{level.level}</span>
                  <span>
                    <span className="scale-label">{level.label}</span> <span className="scale-description">{level.description}</span>
                  </span>
                </li>
              ))}
            </ol>
            <p className="scale-note">{t('method:iso.conforms', { level: CONFORMING_LEVEL })}</p>
          </>
        )}
      </div>
    </aside>
  )
}
