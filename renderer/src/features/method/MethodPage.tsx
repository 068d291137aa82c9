import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useCatalogue } from '../../store/catalogue-store'
import { CoverageMethod } from './CoverageMethod'
import { IsoMethod } from './IsoMethod'
import { RadarMethod } from './RadarMethod'
import { SourcesList } from './SourcesList'
import { TeamMethod } from './TeamMethod'

/** How every number in Panorama is computed, shown from the same data and code that compute it. */
export function MethodPage() {
  const { status, catalogue, error, load } = useCatalogue()
  const { t } = useTranslation('method')
  useEffect(() => {
    void load()
  }, [load])

  const efqm = catalogue?.frameworks.find((f) => f.scoring === 'radar')
  const iso = catalogue?.frameworks.find((f) => f.scoring === 'maturity')

  return (
    <main className="method" aria-labelledby="method-heading">
      <header className="screen-header">
        <h1 id="method-heading">{t('heading')}</h1>
      </header>
      <p className="lead">{t('lead')}</p>
      {status === 'loading' && <p role="status">{t('loading')}</p>}
      {status === 'error' && (
        <div className="banner error" role="alert">
          <p>{t('loadFailed', { error })}</p>
        </div>
      )}
      {catalogue && (
        <>
          <nav aria-label={t('toc.label')} className="toc">
            <a href="#method-radar">{t('toc.radar')}</a>
            <a href="#method-iso">{t('toc.iso')}</a>
            <a href="#method-team">{t('toc.team')}</a>
            <a href="#method-coverage">{t('toc.coverage')}</a>
            <a href="#method-sources">{t('toc.sources')}</a>
          </nav>
          {efqm && <RadarMethod framework={efqm} />}
          {iso && <IsoMethod framework={iso} />}
          {efqm && <TeamMethod framework={efqm} />}
          <CoverageMethod frameworks={catalogue.frameworks} stakeholders={catalogue.stakeholders} />
          <SourcesList frameworks={catalogue.frameworks} unresolved={catalogue.unresolved} />
        </>
      )}
    </main>
  )
}
