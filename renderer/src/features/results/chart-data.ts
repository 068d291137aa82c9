import i18next from 'i18next'
import type { Explanation } from '../../../../common/domain/explanation'
import type { DesignCoverage } from '../../../../common/domain/coverage'
import type { CriterionScore, EfqmScore } from '../../../../common/domain/efqm-scoring'
import { allItems, type Framework } from '../../../../common/domain/framework'
import type { IsoScore } from '../../../../common/domain/iso-scoring'
import { formatFigure } from '../../../../common/domain/figures'
import { band, bandName } from '../../../../common/domain/radar'
import { GROUP_IDS, type GroupId, type StakeholderCatalogue } from '../../../../common/domain/stakeholders'
import type { StakeholderResults } from '../../../../common/domain/workshop-results'
import type { DrillItem } from './DrillDown'
import { ownValue } from '../../../../common/domain/records'

/** One bar: a value on [0, max], or null for "not assessed" (never drawn as zero). */
export interface Bar {
  id: string
  label: string
  value: number | null
  text: string
}

export function criterionBars(score: EfqmScore): Bar[] {
  return score.criteria.map((criterion) => ({
    id: criterion.id,
    label: `${criterion.id} ${criterion.title}`,
    value: criterion.percent,
    text: criterion.percent === null ? i18next.t('results:ui.notAssessed') : criterionText(criterion),
  }))
}

function criterionText(criterion: CriterionScore): string {
  const values = { percent: formatFigure('radar', criterion.percent!), earned: formatFigure('points', criterion.earned!), points: formatFigure('points', criterion.points) }
  return criterion.answeredParts < criterion.totalParts
    ? i18next.t('results:values.criterionPartial', { ...values, answered: criterion.answeredParts, total: criterion.totalParts })
    : i18next.t('results:values.criterion', values)
}

export interface HeatCell {
  id: string
  title: string
  level: number | null
  notApplicable: boolean
}

export function heatCells(framework: Framework, score: IsoScore): HeatCell[] {
  return allItems(framework).map((item) => {
    const unit = ownValue(score.units, item.id)
    return { id: item.id, title: item.title, level: unit?.level ?? null, notApplicable: unit?.notApplicable ?? false }
  })
}

export interface ComparisonRow {
  group: GroupId
  name: string
  colour: string
  efqm: number | null
  iso: number | null
  target: number
}

/** The three overlays of the stakeholder comparison: each framework's design focus and the target. */
export function comparisonRows(stakeholders: StakeholderCatalogue, target: Record<GroupId, number>, efqm?: DesignCoverage, iso?: DesignCoverage): ComparisonRow[] {
  return GROUP_IDS.map((group) => {
    const meta = stakeholders.groups.find((g) => g.id === group)!
    return { group, name: meta.name, colour: meta.colour, efqm: efqm ? efqm.focus[group] : null, iso: iso ? iso.focus[group] : null, target: target[group] }
  })
}

export interface AchievedRow {
  group: GroupId
  name: string
  efqm: { score: number | null; answeredShare: number } | null
  iso: { score: number | null; answeredShare: number } | null
}

export function achievedRows(stakeholders: StakeholderCatalogue, efqm?: StakeholderResults, iso?: StakeholderResults): AchievedRow[] {
  return GROUP_IDS.map((group) => ({
    group,
    name: stakeholders.groups.find((g) => g.id === group)!.name,
    efqm: efqm ? efqm.achieved[group] : null,
    iso: iso ? iso.achieved[group] : null,
  }))
}

/** How an item's consensus reads in a list: "55 (ability)", "Level 2", "not applicable" or "not assessed". */
export function itemValueText(framework: Framework, itemId: string, efqm?: EfqmScore, iso?: IsoScore): string {
  if (framework.scoring === 'radar') {
    const part = ownValue(efqm?.parts, itemId)
    return part ? i18next.t('results:values.scoreBand', { score: formatFigure('radar', part.score), band: bandName(band(part.score)) }) : i18next.t('results:ui.notAssessed')
  }
  const unit = ownValue(iso?.units, itemId)
  if (!unit) return i18next.t('results:ui.notAssessed')
  if (unit.notApplicable) return i18next.t('results:ui.notApplicable')
  return i18next.t(unit.conforms ? 'results:values.levelConforms' : 'results:values.level', { level: unit.level })
}

/** The items behind a group's figure, the most relevant first (weight share of the group's attention). */
export function itemsForGroup(framework: Framework, group: GroupId, efqm?: EfqmScore, iso?: IsoScore, why?: (itemId: string) => Explanation): DrillItem[] {
  return allItems(framework)
    .filter((item) => item.relevance[group] > 0)
    .sort((a, b) => b.relevance[group] - a.relevance[group])
    .map((item) => ({
      frameworkId: framework.id,
      itemId: item.id,
      label: i18next.t('results:values.groupItem', { id: item.id, title: item.title, share: formatFigure('percent', item.relevance[group]) }),
      value: itemValueText(framework, item.id, efqm, iso),
      explanation: why ? why(item.id) : framework.scoring === 'radar' ? (ownValue(efqm?.parts, item.id)?.explanation ?? null) : null,
    }))
}
