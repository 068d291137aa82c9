import { useEffect } from 'react'
import { useCatalogue } from '../../store/catalogue-store'
import { CoverageMethod } from './CoverageMethod'
import { IsoMethod } from './IsoMethod'
import { RadarMethod } from './RadarMethod'
import { SourcesList } from './SourcesList'
import { TeamMethod } from './TeamMethod'

/** How every number in Panorama is computed, shown from the same data and code that compute it. */
export function MethodPage() {
  const { status, catalogue, error, load } = useCatalogue()
  useEffect(() => {
    void load()
  }, [load])

  const efqm = catalogue?.frameworks.find((f) => f.scoring === 'radar')
  const iso = catalogue?.frameworks.find((f) => f.scoring === 'maturity')

  return (
    <main className="method" aria-labelledby="method-heading">
      <header className="screen-header">
        <h1 id="method-heading">Method and sources</h1>
      </header>
      <p className="lead">
        Every score in Panorama comes from the rules below. The examples are not illustrations: they are sample answers run
        through the same code that scores your assessment.
      </p>
      {status === 'loading' && <p role="status">Loading the frameworks…</p>}
      {status === 'error' && (
        <div className="banner error" role="alert">
          <p>The framework library could not be loaded: {error}</p>
        </div>
      )}
      {catalogue && (
        <>
          <nav aria-label="On this page" className="toc">
            <a href="#method-radar">EFQM scoring</a>
            <a href="#method-iso">ISO 9001 scoring</a>
            <a href="#method-team">Team figures</a>
            <a href="#method-coverage">Stakeholder coverage</a>
            <a href="#method-sources">Sources</a>
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
