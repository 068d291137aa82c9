import i18next from 'i18next'
import { DomainError } from './errors'
import { explain, type Explanation } from './explanation'
import { findItem, type Framework, type Section } from './framework'
import { formatFigure } from './figures'
import { cleanFloat, sum } from './numbers'
import { partScore, band, type BandLabel, type PartScore } from './radar'
import { checkRadarScore, checkRationale, type EfqmRating, type Override } from './ratings'
import { equalGroupWeights, validateGroupWeights, type GroupVector } from './stakeholders'
import { ownValue } from './records'

export interface EfqmConsensus {
  rating?: EfqmRating
  override?: Override
}

export interface EfqmOptions {
  /** How much each stakeholder group matters, for sections with stakeholder weighting (criteria 3 and 6). Default equal. */
  stakeholderWeights?: Partial<Record<string, GroupVector>>
  /** A team may score a whole criterion at once (EFQM scores 6 and 7 as wholes); needs a rationale. */
  criterionOverrides?: Partial<Record<string, Override>>
}

export interface CriterionScore {
  id: string
  title: string
  points: number
  /** Mean (or stakeholder-weighted mean) of the answered parts; null if none is answered. */
  percent: number | null
  earned: number | null
  answeredParts: number
  totalParts: number
  overridden: boolean
  explanation: Explanation | null
}

export interface EfqmScore {
  parts: Record<string, PartScore>
  criteria: CriterionScore[]
  /** Points earned in the answered criteria, out of 1000 when every criterion is answered. */
  total: number
  /** Points of the criteria that have an answer; 1000 when complete. */
  assessedPoints: number
  complete: boolean
  band: BandLabel | null
  explanation: Explanation
}

export function scoreEfqm(framework: Framework, consensus: Record<string, EfqmConsensus>, options: EfqmOptions = {}): EfqmScore {
  if (framework.scoring !== 'radar') throw new DomainError(i18next.t('scoring:errors.notRadar', { framework: framework.name }))
  const parts: Record<string, PartScore> = {}
  for (const itemId of Object.keys(consensus)) {
    const entry = ownValue(consensus, itemId)!
    const { item, section } = findItem(framework, itemId)
    if (entry.rating) parts[itemId] = partScore(framework, section, item, entry.rating, entry.override)
    else if (entry.override) throw new DomainError(i18next.t('scoring:errors.overrideWithoutRating', { id: itemId }))
  }
  for (const sectionId of Object.keys(options.criterionOverrides ?? {})) {
    if (!framework.sections.some((section) => section.id === sectionId)) {
      throw new DomainError(i18next.t('scoring:errors.noCriterion', { id: sectionId, framework: framework.name, edition: framework.edition }))
    }
  }

  const criteria = framework.sections.map((section) => scoreCriterion(section, parts, options))
  const answered = criteria.filter((criterion) => criterion.percent !== null)
  const total = sum(answered.map((criterion) => criterion.earned!))
  const assessedPoints = sum(answered.map((criterion) => criterion.points))
  const maximum = framework.totalPoints ?? sum(criteria.map((c) => c.points))
  const complete = answered.length === criteria.length
  // Worded when read, as every explanation: scoring runs on each edit, a user opens a few.
  const rule = () =>
    i18next.t('scoring:efqm.total.rule', { terms: answered.map((c) => `${formatFigure('points', c.points)} × ${formatFigure('radar', c.percent!)} %`).join(' + ') || i18next.t('scoring:efqm.total.nothingAnswered') })
  return {
    parts,
    criteria,
    total,
    assessedPoints,
    complete,
    band: complete ? band((total / maximum) * 100) : null,
    explanation: explain(
      () => i18next.t('scoring:efqm.total.label'),
      () => i18next.t('scoring:efqm.total.value', { total: formatFigure('points', total), maximum }),
      () => complete ? rule() : i18next.t('scoring:efqm.total.ruleIncomplete', { rule: rule(), missing: maximum - assessedPoints }),
      answered.map((c) => c.explanation!),
    ),
  }
}

function scoreCriterion(section: Section, parts: Record<string, PartScore>, options: EfqmOptions): CriterionScore {
  const points = section.points ?? 0
  const base = { id: section.id, title: section.title, points, totalParts: section.items.length }
  const override = ownValue(options.criterionOverrides, section.id)
  const label = () => i18next.t('scoring:efqm.criterion.label', { id: section.id, title: section.title })
  if (override) {
    const percent = checkRadarScore(override.score, () => i18next.t('scoring:subjects.criterionScore', { id: section.id }))
    const rationale = checkRationale(override.rationale, () => i18next.t('scoring:subjects.criterionAsWhole', { id: section.id }))
    return {
      ...base,
      percent,
      earned: (points * percent) / 100,
      answeredParts: section.items.filter((item) => ownValue(parts, item.id)).length,
      overridden: true,
      explanation: explain(
        label,
        () => i18next.t('scoring:efqm.criterion.overrideValue', { percent: formatFigure('radar', percent), points: formatFigure('points', (points * percent) / 100) }),
        () => i18next.t('scoring:efqm.criterion.overrideRule', { rationale }),
      ),
    }
  }

  const answered = section.items.filter((item) => ownValue(parts, item.id))
  if (answered.length === 0) return { ...base, percent: null, earned: null, answeredParts: 0, overridden: false, explanation: null }

  const weights = section.stakeholderWeighting ? validateGroupWeights(ownValue(options.stakeholderWeights, section.id) ?? equalGroupWeights(), () => i18next.t('scoring:subjects.criterionWeights', { id: section.id })) : undefined
  const weighted = answered.map((item) => ({
    item,
    score: ownValue(parts, item.id)!.score,
    weight: weights && item.stakeholderGroup ? weights[item.stakeholderGroup] : 1,
  }))
  const weightTotal = sum(weighted.map((w) => w.weight))
  // All the weight may sit on groups whose parts are unanswered; then fall back to a plain mean.
  // Rounded to nine decimals so equal weights of 1/6 give 50, not 49.99999999999999.
  const percent = cleanFloat(
    weightTotal > 0 ? sum(weighted.map((w) => w.score * w.weight)) / weightTotal : sum(weighted.map((w) => w.score)) / weighted.length,
  )
  const meanTerms = () => ({ terms: weighted.map((w) => w.score).join(' + '), parts: weighted.length })
  const rule = () =>
    !weights
      ? i18next.t('scoring:efqm.criterion.meanRule', meanTerms())
      : weightTotal > 0
        ? i18next.t('scoring:efqm.criterion.weightedRule', { terms: weighted.map((w) => `${formatFigure('radar', w.score)} × ${formatFigure('weight', w.weight)}`).join(' + '), total: formatFigure('weight', weightTotal) })
        : i18next.t('scoring:efqm.criterion.unweightedRule', meanTerms())
  const earned = (points * percent) / 100
  return {
    ...base,
    percent,
    earned,
    answeredParts: answered.length,
    overridden: false,
    explanation: explain(
      label,
      () => i18next.t('scoring:efqm.criterion.value', { percent: formatFigure('radar', percent), earned: formatFigure('points', earned), points: formatFigure('points', points) }),
      () => answered.length < section.items.length
        ? i18next.t('scoring:efqm.criterion.ruleIncomplete', { rule: rule(), missing: section.items.length - answered.length, parts: section.items.length })
        : rule(),
      answered.map((item) => ownValue(parts, item.id)!.explanation),
    ),
  }
}

