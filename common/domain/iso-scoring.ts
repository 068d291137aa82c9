import i18next from 'i18next'
import { DomainError } from './errors'
import { explain, type Explanation, type Text } from './explanation'
import { allItems, findItem, type Framework, type Item, type Section } from './framework'
import { formatFigure } from './figures'
import { mean } from './numbers'
import { checkIsoRating, ISO_MAX_LEVEL, type IsoRating } from './ratings'
import { ownValue } from './records'

export const CONFORMING_LEVEL = 3

export const FINDING_TYPES = ['major-nonconformity', 'minor-nonconformity', 'observation', 'opportunity'] as const
export type FindingType = (typeof FINDING_TYPES)[number]
const FINDING_KEYS = {
  'major-nonconformity': 'majorNonconformity',
  'minor-nonconformity': 'minorNonconformity',
  observation: 'observation',
  opportunity: 'opportunity',
} as const satisfies Record<FindingType, string>

/** "Major nonconformity": a finding type's name, in the user's language. */
export const findingLabel = (type: FindingType) => i18next.t(`scoring:findingTypes.${FINDING_KEYS[type]}`)

export interface IsoConsensus {
  rating?: IsoRating
  finding?: FindingType
}

export interface UnitScore {
  level: number | null
  notApplicable: boolean
  conforms: boolean | null
}

export interface ConformitySummary {
  /** Units with a level (not applicable ones excluded). */
  assessed: number
  conforming: number
  notApplicable: number
  unanswered: number
  /** Share of applicable assessed units at level 3 or more; null if none is assessed. */
  readiness: number | null
  /** Mean level ÷ 5 × 100 over applicable assessed units; null if none is assessed. */
  maturityIndex: number | null
  explanation: Explanation
}

export interface IsoScore {
  units: Record<string, UnitScore>
  clauses: Array<ConformitySummary & { id: string; title: string }>
  overall: ConformitySummary
  findings: Record<FindingType, number>
  /** The finding recorded on each unit, where there is one. */
  unitFindings: Record<string, FindingType>
}

export const conforms = (level: number) => level >= CONFORMING_LEVEL

export const isNonconformity = (finding: FindingType | undefined) => finding === 'major-nonconformity' || finding === 'minor-nonconformity'

export interface FindingUnit {
  item: Item
  unit: UnitScore | undefined
  finding: FindingType | undefined
}

/**
 * THE rule for which units a findings list shows (the PDF's and the results workbook's): those
 * with a recorded finding, and those assessed below conforming, in the framework's order. The
 * finding is read from the team's record of each unit, counted or not.
 */
export function findingUnits(framework: Framework, score: IsoScore, findingOf: (itemId: string) => FindingType | undefined): FindingUnit[] {
  return allItems(framework).flatMap((item) => {
    const unit = ownValue(score.units, item.id)
    const finding = findingOf(item.id)
    const belowConforming = unit !== undefined && unit.level !== null && unit.conforms === false
    return finding || belowConforming ? [{ item, unit, finding }] : []
  })
}

export function scoreIso(framework: Framework, consensus: Record<string, IsoConsensus>): IsoScore {
  if (framework.scoring !== 'maturity') throw new DomainError(i18next.t('scoring:errors.notMaturity', { framework: framework.name }))
  const units: Record<string, UnitScore> = {}
  const findings = Object.fromEntries(FINDING_TYPES.map((type) => [type, 0])) as Record<FindingType, number>
  const unitFindings: Record<string, FindingType> = {}
  for (const itemId of Object.keys(consensus)) {
    const entry = ownValue(consensus, itemId)!
    findItem(framework, itemId)
    if (entry.rating) {
      const rating = checkIsoRating(entry.rating)
      units[itemId] =
        rating.kind === 'level'
          ? { level: rating.level, notApplicable: false, conforms: conforms(rating.level) }
          : { level: null, notApplicable: true, conforms: null }
    }
    if (entry.finding !== undefined) {
      if (!FINDING_TYPES.includes(entry.finding)) throw new DomainError(i18next.t('scoring:errors.unknownFinding', { finding: String(entry.finding) }))
      findings[entry.finding]++
      unitFindings[itemId] = entry.finding
    }
  }
  const clauses = framework.sections.map((section) => ({
    id: section.id,
    title: section.title,
    ...summarise(() => i18next.t('scoring:iso.clauseLabel', { id: section.id, title: section.title }), [section], units),
  }))
  return { units, clauses, overall: summarise(framework.name, framework.sections, units), findings, unitFindings }
}

function summarise(label: Text, sections: Section[], units: Record<string, UnitScore>): ConformitySummary {
  const items = sections.flatMap((section) => section.items)
  const levels = items.flatMap((item) => {
    const level = ownValue(units, item.id)?.level
    return level === null || level === undefined ? [] : [{ id: item.id, level }]
  })
  const notApplicable = items.filter((item) => ownValue(units, item.id)?.notApplicable).length
  const unanswered = items.length - levels.length - notApplicable
  const conforming = levels.filter((entry) => conforms(entry.level)).length
  if (levels.length === 0) {
    return { assessed: 0, conforming: 0, notApplicable, unanswered, readiness: null, maturityIndex: null, explanation: explain(label, () => i18next.t('scoring:iso.notAssessed')) }
  }
  const readiness = conforming / levels.length
  const meanLevel = mean(levels.map((entry) => entry.level))
  const maturityIndex = (meanLevel / ISO_MAX_LEVEL) * 100
  // Worded when read, as every explanation: scoring runs on each edit, a user opens a few.
  const skipped = () =>
    [
      notApplicable ? i18next.t('scoring:iso.skipped.notApplicable', { units: notApplicable }) : '',
      unanswered ? i18next.t('scoring:iso.skipped.unanswered', { units: unanswered }) : '',
    ].filter(Boolean)
  return {
    assessed: levels.length,
    conforming,
    notApplicable,
    unanswered,
    readiness,
    maturityIndex,
    explanation: explain(
      label,
      () => i18next.t('scoring:iso.summary.value', { readiness: formatFigure('percent', readiness), maturity: formatFigure('maturity', maturityIndex) }),
      notApplicable || unanswered ? () => i18next.t('scoring:iso.summary.rule', { skipped: skipped().join(', ') }) : undefined,
      [
        explain(
          () => i18next.t('scoring:iso.readiness.label'),
          () => formatFigure('percent', readiness),
          () => i18next.t('scoring:iso.readiness.rule', { conforming, assessed: levels.length, level: CONFORMING_LEVEL }),
        ),
        explain(
          () => i18next.t('scoring:iso.maturity.label'),
          () => formatFigure('maturity', maturityIndex),
          () => i18next.t('scoring:iso.maturity.rule', { levels: levels.map((entry) => entry.level).join(' + '), assessed: levels.length, mean: formatFigure('level', meanLevel), max: ISO_MAX_LEVEL }),
        ),
      ],
    ),
  }
}
