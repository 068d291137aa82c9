import i18next from 'i18next'
import type { Assessment } from '../contract/assessment-schema'
import type { CountedValue } from './counting'
import { explain, type Explanation } from './explanation'
import { formatFigure } from './figures'
import { findItem, type Framework } from './framework'
import { ratingScore } from './radar'
import type { EfqmRating } from './ratings'
import { countAssessmentItem } from './workshop-input'
import { ownValue } from './records'

/**
 * "Why this score" for one item, following the rating that counted (domain/counting.ts): the
 * team's agreed value and its rationale, or the proposed median and how many votes it stands
 * on; beneath it, the votes, and each full RADAR grid with its attribute scores.
 */
export function explainItemScore(framework: Framework, itemId: string, assessment: Assessment): Explanation {
  const { item, section } = findItem(framework, itemId)
  const { summary, count } = countAssessmentItem(framework, itemId, assessment)
  const response = ownValue(ownValue(assessment.responses, framework.id), itemId)
  const label = `${item.id} ${item.title}`
  const shown = (value: CountedValue | null) =>
    value === null ? '–' : value === 'not-applicable' ? i18next.t('scoring:why.notApplicable') : framework.scoring === 'radar' ? formatFigure('radar', value) : i18next.t('scoring:why.level', { level: value })

  const names = new Map(assessment.participants.map((p) => [p.id, p.name]))
  // A person who filled in the full RADAR grid: their part score, from the attributes.
  const grids = summary.scores.flatMap(({ participantId }) => {
    const rating = ownValue(response?.ratings, participantId)
    if (rating?.kind !== 'radar') return []
    const { explanation } = ratingScore(framework, section, item, rating as EfqmRating)
    return [explain(() => i18next.t('scoring:why.fullRadarOf', { name: names.get(participantId) ?? participantId }), explanation.value, explanation.rule, explanation.inputs)]
  })
  const votes = summary.explanation ? [{ ...summary.explanation, inputs: [...(summary.explanation.inputs ?? []), ...grids] }] : []
  const consensus = response?.consensus

  switch (true) {
    case count.state === 'open':
      return explain(label, () => i18next.t('scoring:why.notAssessed'), () => i18next.t('scoring:why.noVotes'))
    case count.state === 'in-progress':
      return explain(label, () => i18next.t('scoring:why.notCounted'), () => i18next.t('scoring:why.inProgress', { votes: count.votes, needed: count.needed }), votes)
    // A stored consensus is what makes the value agreed (counting.ts: its source is then 'agreed').
    case consensus?.kind === 'not-applicable':
      return explain(label, shown('not-applicable'), () => i18next.t('scoring:why.agreedNotApplicable', { justification: consensus.justification }), votes)
    case consensus !== undefined: {
      const rationale = consensus.rationale.trim()
      const rule = count.differsFromProposal
        ? () => i18next.t('scoring:why.agreedOver', { proposed: shown(count.proposal), rationale })
        : count.proposal === null
          ? () => (rationale ? i18next.t('scoring:why.agreedWithoutVotesRationale', { rationale }) : i18next.t('scoring:why.agreedWithoutVotes'))
          : rationale
          ? () => i18next.t('scoring:why.agreedWithRationale', { rationale })
          : () => i18next.t('scoring:why.agreed')
      return explain(label, shown(count.value), rule, votes)
    }
    case count.value === 'not-applicable':
      return explain(label, shown('not-applicable'), () => i18next.t('scoring:why.proposedNotApplicable', { count: count.votes }), votes)
    default:
      return explain(label, shown(count.value), () => i18next.t('scoring:why.proposed', { count: count.votes, needed: count.needed }), votes)
  }
}
