import { useMemo } from 'react'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import type { Framework } from '../../../../common/domain/framework'
import { toWorkshopInput } from '../../../../common/domain/workshop-input'
import { computeWorkshopResults, type WorkshopResults } from '../../../../common/domain/workshop-results'
import type { Catalogue } from '../../frameworks/catalogue'

export interface ResultsContext {
  assessment: Assessment
  catalogue: Catalogue
  results: WorkshopResults
  efqm: Framework | undefined
  iso: Framework | undefined
}

/** Every figure of the assessment, recomputed (in a few milliseconds) whenever the document changes. */
export function useResults(assessment: Assessment, catalogue: Catalogue): ResultsContext {
  return useMemo(() => {
    const chosen = catalogue.frameworks.filter((framework) => assessment.frameworks.includes(framework.id))
    return {
      assessment,
      catalogue,
      results: computeWorkshopResults(toWorkshopInput(assessment, chosen)),
      efqm: chosen.find((framework) => framework.scoring === 'radar'),
      iso: chosen.find((framework) => framework.scoring === 'maturity'),
    }
  }, [assessment, catalogue])
}
