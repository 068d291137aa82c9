import type { Assessment, StoredParticipant } from '../../../electron/ipc/assessment-schema'
import { collectAfis, itemLabel, prioritise, priorityLabel, PRIORITY_RULE, titleFromAfi } from '../domain/action-plan'
import { allItems, type Framework, type Item } from '../domain/framework'
import { FINDING_LABELS, FINDING_TYPES } from '../domain/iso-scoring'
import { formatNumber, formatPercent } from '../domain/numbers'
import { stakeholderFindings, type FrameworkFigures } from '../domain/stakeholder-findings'
import type { GroupId, StakeholderCatalogue } from '../domain/stakeholders'
import { describeGap, hotSpots, inUnits, perceptionGaps, type TeamFrameworks } from '../domain/team-views'
import type { Participant } from '../domain/team'
import { effectiveConsensus } from '../domain/workshop-input'
import type { WorkshopResults } from '../domain/workshop-results'
import { achievedRows, comparisonRows, criterionBars, heatCells, itemValueText } from '../features/results/chart-data'
import { levelText, STATUS_LABELS } from '../features/actions/labels'

/**
 * Everything the PDF report prints, collected from the assessment and its results by the same
 * pure functions the screens use. The PDF builder only lays this model out: it computes nothing.
 */

export interface ReportOptions {
  paper: 'a4' | 'letter'
  appendix: boolean
  anonymise: boolean
  createdAt: Date
}

export interface ReportInput {
  assessment: Assessment
  frameworks: Framework[]
  stakeholders: StakeholderCatalogue
  results: WorkshopResults
}

export const REPORT_TITLE = 'Self-assessment report'

/** Every section heading, in the order the report prints them. */
export const SECTION_HEADINGS = {
  contents: 'Contents',
  summary: 'Executive summary',
  efqm: 'EFQM scores',
  iso: 'ISO 9001 conformity',
  stakeholders: 'Stakeholder comparison',
  achieved: 'Achieved scores per group',
  team: 'Disagreement and leader–staff gaps',
  actions: 'Action plan',
  appendix: 'Appendix: every item',
} as const

export const NOT_ASSESSED = 'not assessed'

export interface TeamMember {
  /** The name, or "Participant 3" when the report is anonymised. */
  label: string
  role: string
}

export interface FrameworkLine {
  name: string
  edition: string
  publisher: string
}

export interface KeyFigure {
  label: string
  value: string
  detail: string
}

export interface Highlight {
  itemId: string
  title: string
  value: string
}

export interface FrameworkHighlights {
  framework: string
  strengths: Highlight[]
  gaps: Highlight[]
  /** Said instead of the lists when the team has agreed nothing yet. */
  empty: string | null
}

export interface ExecutiveSummary {
  figures: KeyFigure[]
  highlights: FrameworkHighlights[]
  balanceVerdict: string
  actionsSummary: string
}

export interface CriterionRow {
  id: string
  title: string
  points: number
  /** 0–100, or null when no part is answered (drawn as "not assessed", never as zero). */
  percent: number | null
  percentText: string
  earnedText: string
  partsText: string
  /** The bar's caption: "50 % · 50 of 100 points". */
  barText: string
}

export interface PartRow {
  criterionId: string
  criterionTitle: string
  id: string
  title: string
  scoreText: string
  basis: string
}

export interface EfqmSection {
  name: string
  edition: string
  totalText: string
  maximum: number
  bandText: string
  intro: string
  criteria: CriterionRow[]
  parts: PartRow[]
}

export interface HeatCellModel {
  id: string
  title: string
  level: number | null
  notApplicable: boolean
}

export interface ClauseRow {
  id: string
  title: string
  units: number
  assessed: number
  conforming: number
  notApplicable: number
  unanswered: number
  readinessText: string
  maturityText: string
}

export interface IsoFindingRow {
  id: string
  title: string
  valueText: string
  finding: string
}

export interface IsoSection {
  name: string
  edition: string
  readinessText: string
  maturityText: string
  intro: string
  heat: HeatCellModel[]
  levels: { level: number; label: string }[]
  clauses: ClauseRow[]
  findingCounts: { label: string; count: number }[]
  findings: IsoFindingRow[]
}

export interface GroupFocus {
  id: GroupId
  name: string
  efqm: number | null
  iso: number | null
  target: number
  efqmText: string
  isoText: string
  targetText: string
}

export interface FrameworkBalance {
  framework: string
  balanceText: string
  breadthText: string
  beyondCustomerText: string
  misalignmentText: string
  blindSpotsText: string
}

export interface StakeholderSection {
  efqmName: string | null
  isoName: string | null
  targetName: string
  intro: string
  groups: GroupFocus[]
  balance: FrameworkBalance[]
  findings: string[]
}

export interface AchievedFigure {
  /** 0–1, or null when no answered item concerns the group. */
  score: number | null
  scoreText: string
  answeredText: string
}

export interface AchievedGroup {
  id: GroupId
  name: string
  efqm: AchievedFigure | null
  iso: AchievedFigure | null
}

export interface AchievedSection {
  efqmName: string | null
  isoName: string | null
  intro: string
  groups: AchievedGroup[]
}

export interface HotSpotRow {
  item: string
  framework: string
  rangeText: string
  shareText: string
  medianText: string
  votes: string
  disagreement: string
}

export interface GapRow {
  item: string
  framework: string
  gapText: string
  shareText: string
  leadershipText: string
  staffText: string
}

export interface TeamSection {
  hotSpotsIntro: string
  hotSpots: HotSpotRow[]
  hotSpotsEmpty: string
  gapsIntro: string
  gaps: GapRow[]
  gapsEmpty: string
}

export interface ActionRow {
  rank: string
  title: string
  priority: string
  impact: string
  effort: string
  owner: string
  due: string
  status: string
  sources: string
}

export interface OpenAfiRow {
  item: string
  text: string
}

export interface ActionSection {
  rule: string
  actions: ActionRow[]
  actionsEmpty: string
  openAfisIntro: string
  openAfis: OpenAfiRow[]
}

export interface AppendixItem {
  id: string
  title: string
  /** "50 (ability) · agreed", "Level 2 · proposed (median of the votes)" or "not assessed". */
  consensus: string
  finding: string | null
  rationale: string | null
  evidence: string[]
  strengths: string[]
  afis: string[]
}

export interface AppendixSection {
  id: string
  title: string
  items: AppendixItem[]
}

export interface AppendixFramework {
  framework: string
  sections: AppendixSection[]
}

export interface ReportModel {
  assessmentId: string
  title: string
  organisation: string
  sector: string
  size: string | null
  scope: string
  date: string
  createdText: string
  anonymised: boolean
  team: TeamMember[]
  frameworks: FrameworkLine[]
  summary: ExecutiveSummary
  efqm: EfqmSection | null
  /** Said in the EFQM section when the assessment does not use the EFQM Model. */
  efqmMissing: string
  iso: IsoSection | null
  isoMissing: string
  stakeholders: StakeholderSection
  achieved: AchievedSection
  teamViews: TeamSection
  actions: ActionSection
  /** Null when the appendix is left out. */
  appendix: AppendixFramework[] | null
}

const SECTOR_LABELS: Record<Assessment['organisation']['sector'], string> = {
  public: 'Public sector',
  commercial: 'Commercial',
  'non-profit': 'Non-profit',
  other: 'Other',
}

const SIZE_LABELS: Record<NonNullable<Assessment['organisation']['size']>, string> = {
  '1-9': '1 to 9 people',
  '10-49': '10 to 49 people',
  '50-249': '50 to 249 people',
  '250-999': '250 to 999 people',
  '1000+': '1,000 people or more',
}

const ROLE_LABELS: Record<StoredParticipant['role'], string> = { leadership: 'Leadership', staff: 'Staff', external: 'External' }

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "1 April 2026": British order, written out, the same on every machine (no locale, no time zone). */
export function longDate(year: number, month: number, day: number): string {
  return `${day} ${MONTHS[month - 1]} ${year}`
}

function dayText(date: string | null): string {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null
  return match ? longDate(Number(match[1]), Number(match[2]), Number(match[3])) : 'No date set'
}

const createdText = (date: Date) => longDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())

const listOf = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`)

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** The frameworks the assessment uses, EFQM and ISO picked out by their scoring method. */
function chosenFrameworks(assessment: Assessment, frameworks: readonly Framework[]): { chosen: Framework[]; efqm?: Framework; iso?: Framework } {
  const chosen = frameworks.filter((framework) => assessment.frameworks.includes(framework.id))
  return { chosen, efqm: chosen.find((f) => f.scoring === 'radar'), iso: chosen.find((f) => f.scoring === 'maturity') }
}

/** Participant names, or "Participant 1…" in the order of the team list when anonymised. */
function teamLabels(participants: readonly StoredParticipant[], anonymise: boolean): Map<string, string> {
  return new Map(participants.map((participant, index) => [participant.id, anonymise ? `Participant ${index + 1}` : participant.name]))
}

function basisOf(input: ReportInput, framework: Framework, item: Item): string {
  const response = input.assessment.responses[framework.id]?.[item.id]
  const team = framework.scoring === 'radar' ? input.results.efqm?.team : input.results.iso?.team
  const summary = team?.[item.id]
  if (!summary) return response?.consensus ? 'agreed' : NOT_ASSESSED
  const effective = effectiveConsensus(response?.consensus, summary)
  if (!effective) return NOT_ASSESSED
  if (effective.source === 'proposed') return 'proposed (median of the votes)'
  return effective.differsFromProposal ? `agreed (median of the votes: ${summary.proposedConsensus})` : 'agreed'
}

function consensusText(input: ReportInput, framework: Framework, item: Item): string {
  const value = itemValueText(framework, item.id, input.results.efqm?.score, input.results.iso?.score)
  if (value === NOT_ASSESSED) return NOT_ASSESSED
  const basis = basisOf(input, framework, item)
  return basis === NOT_ASSESSED ? value : `${value} · ${basis}`
}

// ---------------------------------------------------------------- executive summary

interface Scored {
  item: Item
  value: number
}

/** Items the team has agreed a value for (not applicable left out), with the value they count with, in item order. */
function agreedValues(input: ReportInput, framework: Framework): Scored[] {
  const responses = input.assessment.responses[framework.id] ?? {}
  return allItems(framework).flatMap((item) => {
    const consensus = responses[item.id]?.consensus
    if (!consensus || consensus.kind === 'not-applicable') return []
    const value = framework.scoring === 'radar' ? input.results.efqm?.score.parts[item.id]?.score : input.results.iso?.score.units[item.id]?.level
    return value === null || value === undefined ? [] : [{ item, value }]
  })
}

/** The three highest and the three lowest agreed items (ties in item order); an item is never both. */
function highlights(input: ReportInput, framework: Framework): FrameworkHighlights {
  const agreed = agreedValues(input, framework)
  const toHighlight = ({ item }: Scored): Highlight => ({
    itemId: item.id,
    title: item.title,
    value: itemValueText(framework, item.id, input.results.efqm?.score, input.results.iso?.score),
  })
  // Array.prototype.sort is stable, so equal values keep the item order.
  const strengths = [...agreed].sort((a, b) => b.value - a.value).slice(0, 3)
  const rest = agreed.filter((entry) => !strengths.includes(entry))
  const gaps = [...rest].sort((a, b) => a.value - b.value).slice(0, 3)
  return {
    framework: framework.name,
    strengths: strengths.map(toHighlight),
    gaps: gaps.map(toHighlight),
    empty: agreed.length === 0 ? `The team has not agreed a ${framework.scoring === 'radar' ? 'score' : 'level'} for any item of ${framework.name} yet.` : null,
  }
}

function evenness(index: number): string {
  if (index >= 0.9) return 'nearly even'
  if (index >= 0.75) return 'fairly even'
  if (index >= 0.5) return 'uneven'
  return 'concentrated on few groups'
}

/** One sentence from the balance indices and the misalignment with the target. */
export function balanceVerdict(figures: FrameworkFigures[]): string {
  const index = (f: FrameworkFigures) => formatNumber(f.stakeholders.design.balanceIndex, 2)
  const off = (f: FrameworkFigures) => formatPercent(f.stakeholders.misalignment, 0)
  if (figures.length === 0) return 'The assessment uses no framework yet, so there is no stakeholder balance to report.'
  if (figures.length === 1) {
    const [f] = figures as [FrameworkFigures]
    return `${f.framework.name}’s stakeholder attention is ${evenness(f.stakeholders.design.balanceIndex)} (balance index ${index(f)}, where 1 is even attention) and differs from your target profile by ${off(f)}.`
  }
  const [a, b] = [...figures].sort((x, y) => y.stakeholders.design.balanceIndex - x.stakeholders.design.balanceIndex) as [FrameworkFigures, FrameworkFigures]
  const closer = a.stakeholders.misalignment <= b.stakeholders.misalignment
  return `${a.framework.name} spreads its stakeholder attention more evenly than ${b.framework.name} (balance index ${index(a)} against ${index(b)}, where 1 is even attention)${
    closer
      ? ` and is also closer to your target profile (it differs by ${off(a)} against ${off(b)}).`
      : `, but ${b.framework.name} is closer to your target profile (it differs by ${off(b)} against ${off(a)}).`
  }`
}

function summaryOf(input: ReportInput, efqm: EfqmSection | null, iso: IsoSection | null, figures: FrameworkFigures[], frameworks: { efqm?: Framework; iso?: Framework }, actionCount: number, openAfis: number): ExecutiveSummary {
  const result: KeyFigure[] = []
  const efqmScore = input.results.efqm?.score
  if (efqm && efqmScore) {
    result.push({
      label: `${efqm.name}: total`,
      value: efqm.totalText,
      detail: `of ${efqm.maximum} points · ${efqm.bandText}`,
    })
  }
  const overall = input.results.iso?.score.overall
  if (iso && overall) {
    result.push({ label: `${iso.name}: readiness`, value: iso.readinessText, detail: overall.readiness === null ? 'no unit assessed yet' : `${overall.conforming} of ${overall.assessed} assessed units conform` })
    result.push({ label: `${iso.name}: maturity index`, value: iso.maturityText, detail: overall.maturityIndex === null ? 'no unit assessed yet' : 'mean level ÷ 5 × 100' })
  }
  return {
    figures: result,
    highlights: [frameworks.efqm, frameworks.iso].flatMap((framework) => (framework ? [highlights(input, framework)] : [])),
    balanceVerdict: balanceVerdict(figures),
    actionsSummary:
      actionCount === 0 && openAfis === 0
        ? 'No areas for improvement or actions are recorded yet.'
        : `The action plan holds ${actionCount === 0 ? 'no actions yet' : plural(actionCount, 'action', 'actions')}; ${openAfis === 0 ? 'every area for improvement feeds an action' : `${plural(openAfis, 'area for improvement has', 'areas for improvement have')} no action yet`}.`,
  }
}

// ---------------------------------------------------------------- EFQM

function efqmSection(input: ReportInput, framework: Framework): EfqmSection | null {
  const score = input.results.efqm?.score
  if (!score) return null
  const maximum = framework.totalPoints ?? score.criteria.reduce((total, c) => total + c.points, 0)
  const bars = criterionBars(score)
  const criteria = score.criteria.map((criterion, index): CriterionRow => ({
    id: criterion.id,
    title: criterion.title,
    points: criterion.points,
    percent: criterion.percent,
    percentText: criterion.percent === null ? NOT_ASSESSED : `${formatNumber(criterion.percent)} %`,
    earnedText: criterion.earned === null ? NOT_ASSESSED : formatNumber(criterion.earned),
    partsText: `${criterion.answeredParts} of ${criterion.totalParts}${criterion.overridden ? ' (scored as a whole)' : ''}`,
    barText: bars[index]!.text,
  }))
  const parts = framework.sections.flatMap((section) =>
    section.items.map((item): PartRow => ({
      criterionId: section.id,
      criterionTitle: section.title,
      id: item.id,
      title: item.title,
      scoreText: itemValueText(framework, item.id, score),
      basis: basisOf(input, framework, item),
    })),
  )
  const answered = score.criteria.filter((criterion) => criterion.percent !== null).length
  const bandText = score.band ? `band: ${score.band}` : `band given once every criterion is assessed (${answered} of ${score.criteria.length} so far)`
  const intro =
    answered === 0
      ? `No part of ${framework.name} is assessed yet.`
      : `The organisation scores ${formatNumber(score.total)} of ${maximum} points${score.complete ? '' : ` over the ${score.assessedPoints} points assessed so far`}${score.band ? `, in the “${score.band}” band` : ''}. Each criterion’s score is the mean of its parts (criteria 3 and 6 weighted by how much each stakeholder group matters to the organisation); its points are its share of the ${maximum}.`
  return { name: framework.name, edition: framework.edition, totalText: formatNumber(score.total), maximum, bandText, intro, criteria, parts }
}

// ---------------------------------------------------------------- ISO

function isoSection(input: ReportInput, framework: Framework): IsoSection | null {
  const score = input.results.iso?.score
  if (!score) return null
  const overall = score.overall
  const readinessText = overall.readiness === null ? NOT_ASSESSED : formatPercent(overall.readiness)
  const maturityText = overall.maturityIndex === null ? NOT_ASSESSED : formatNumber(overall.maturityIndex)
  const clauses = score.clauses.map((clause): ClauseRow => {
    const section = framework.sections.find((s) => s.id === clause.id)
    return {
      id: clause.id,
      title: clause.title,
      units: section?.items.length ?? 0,
      assessed: clause.assessed,
      conforming: clause.conforming,
      notApplicable: clause.notApplicable,
      unanswered: clause.unanswered,
      readinessText: clause.readiness === null ? NOT_ASSESSED : formatPercent(clause.readiness),
      maturityText: clause.maturityIndex === null ? NOT_ASSESSED : formatNumber(clause.maturityIndex),
    }
  })
  const responses = input.assessment.responses[framework.id] ?? {}
  const findings = allItems(framework).flatMap((item): IsoFindingRow[] => {
    const unit = score.units[item.id]
    const finding = responses[item.id]?.finding
    const belowConforming = unit?.level !== null && unit?.level !== undefined && !unit.conforms
    if (!finding && !belowConforming) return []
    return [
      {
        id: item.id,
        title: item.title,
        valueText: itemValueText(framework, item.id, undefined, score),
        finding: finding ? FINDING_LABELS[finding] : 'none recorded',
      },
    ]
  })
  const skipped = [overall.notApplicable ? `${overall.notApplicable} not applicable` : '', overall.unanswered ? `${overall.unanswered} not assessed` : ''].filter(Boolean)
  const intro =
    overall.readiness === null
      ? `No unit of ${framework.name} is assessed yet.`
      : `${overall.conforming} of the ${overall.assessed} assessed units conform (level 3 or above), a readiness of ${readinessText}; the mean level gives a maturity index of ${maturityText} out of 100.${skipped.length ? ` Left out of both figures: ${listOf(skipped)}.` : ''}`
  return {
    name: framework.name,
    edition: framework.edition,
    readinessText,
    maturityText,
    intro,
    heat: heatCells(framework, score),
    levels: (framework.maturityLevels ?? []).map(({ level, label }) => ({ level, label })),
    clauses,
    findingCounts: FINDING_TYPES.map((type) => ({ label: FINDING_LABELS[type], count: score.findings[type] })),
    findings,
  }
}

// ---------------------------------------------------------------- stakeholders

function stakeholderSection(input: ReportInput, figures: FrameworkFigures[], frameworks: { efqm?: Framework; iso?: Framework }): StakeholderSection {
  const { stakeholders, results, assessment } = input
  const groupName = (group: GroupId) => stakeholders.groups.find((g) => g.id === group)?.name ?? group
  const rows = comparisonRows(stakeholders, assessment.target, results.efqm?.design, results.iso?.design)
  const share = (value: number | null) => (value === null ? '–' : formatPercent(value))
  const profile = stakeholders.targets.find((target) => target.id === assessment.targetSource)
  return {
    efqmName: frameworks.efqm && results.efqm ? frameworks.efqm.name : null,
    isoName: frameworks.iso && results.iso ? frameworks.iso.name : null,
    targetName: profile ? `${profile.name} (suggested default)` : 'Set by the organisation',
    intro:
      'Each framework’s design focus is the share of its stakeholder attention that goes to each group, from how much each item concerns the group, weighted as the framework weighs its items. The target is the attention the organisation wants for each group.',
    groups: rows.map((row) => ({
      id: row.group,
      name: row.name,
      efqm: row.efqm,
      iso: row.iso,
      target: row.target,
      efqmText: share(row.efqm),
      isoText: share(row.iso),
      targetText: formatPercent(row.target),
    })),
    balance: figures.map((f) => ({
      framework: f.framework.name,
      balanceText: formatNumber(f.stakeholders.design.balanceIndex, 3),
      breadthText: `${f.stakeholders.design.breadth} of 6`,
      beyondCustomerText: formatPercent(f.stakeholders.design.beyondCustomerShare),
      misalignmentText: formatPercent(f.stakeholders.misalignment),
      blindSpotsText: f.stakeholders.blindSpots.length ? f.stakeholders.blindSpots.map(groupName).join(', ') : 'none',
    })),
    findings: stakeholderFindings(figures, groupName),
  }
}

function achievedSection(input: ReportInput, frameworks: { efqm?: Framework; iso?: Framework }): AchievedSection {
  const { stakeholders, results } = input
  const figure = (value: { score: number | null; answeredShare: number } | null): AchievedFigure | null =>
    value === null
      ? null
      : {
          score: value.score,
          scoreText: value.score === null ? NOT_ASSESSED : formatPercent(value.score, 0),
          answeredText: formatPercent(value.answeredShare, 0),
        }
  return {
    efqmName: frameworks.efqm && results.efqm ? frameworks.efqm.name : null,
    isoName: frameworks.iso && results.iso ? frameworks.iso.name : null,
    intro:
      'How well the organisation does for each group, from its own agreed results: each item’s result (RADAR % or ISO level ÷ 5) weighted by how much the item concerns the group. Unanswered items are left out; the answered share says how much of the group’s weight has an answer.',
    groups: achievedRows(stakeholders, results.efqm, results.iso).map((row) => ({ id: row.group, name: row.name, efqm: figure(row.efqm), iso: figure(row.iso) })),
  }
}

// ---------------------------------------------------------------- team views

function teamSection(input: ReportInput, frameworks: TeamFrameworks): TeamSection {
  const participants = input.assessment.participants as Participant[]
  const spots = hotSpots(input.results, frameworks)
  const gaps = perceptionGaps(input.results, frameworks, participants)
  const missing = (['leadership', 'staff'] as const).filter((role) => !participants.some((participant) => participant.role === role))
  return {
    hotSpotsIntro:
      'Up to ten items where the individual scores lie furthest apart, ranked by the range as a share of the item’s scale (points out of 100, levels out of 5). Disagreement means a range of 30 points or more (EFQM) or 2 levels or more (ISO).',
    hotSpots: spots.map((spot) => ({
      item: `${spot.itemId} ${spot.title}`,
      framework: spot.frameworkName,
      rangeText: inUnits(spot.scoring, spot.range),
      shareText: formatPercent(spot.share),
      medianText: formatNumber(spot.median),
      votes: String(spot.votes),
      disagreement: spot.disagreement ? 'Yes' : 'No',
    })),
    hotSpotsEmpty: 'No spread yet: on every item with votes, everyone gave the same score.',
    gapsIntro: 'The mean of leadership’s scores minus the mean of staff’s, per item, for up to ten items with the largest gaps. External participants are in neither group.',
    gaps: gaps.map((gap) => ({
      item: `${gap.itemId} ${gap.title}`,
      framework: gap.frameworkName,
      gapText: describeGap(gap.scoring, gap.gap),
      shareText: formatPercent(gap.share),
      leadershipText: `${formatNumber(gap.leadershipMean)} (${plural(gap.leadershipCount, 'vote', 'votes')})`,
      staffText: `${formatNumber(gap.staffMean)} (${plural(gap.staffCount, 'vote', 'votes')})`,
    })),
    gapsEmpty:
      missing.length > 0
        ? `Perception gaps need participants in both leadership and staff roles; this team has nobody in ${missing.join(' or ')}.`
        : 'No gaps: on every item scored by both leadership and staff, their means are equal.',
  }
}

// ---------------------------------------------------------------- action plan

function actionSection(input: ReportInput, chosen: Framework[], labels: Map<string, string>, options: ReportOptions): ActionSection {
  const anonymise = options.anonymise
  const { assessment } = input
  // An owner who is on the team is shown as the team list shows them, so anonymising hides them too.
  const byName = new Map(assessment.participants.map((participant) => [participant.name.trim().toLowerCase(), labels.get(participant.id)!]))
  const owner = (text: string) => {
    const trimmed = text.trim()
    if (!trimmed) return 'not assigned'
    return anonymise ? (byName.get(trimmed.toLowerCase()) ?? trimmed) : trimmed
  }
  const actions = prioritise(assessment.actions).map((action, index): ActionRow => {
    const seen = new Set<string>()
    const sources = action.sources.flatMap(({ frameworkId, itemId }) => {
      const key = `${frameworkId}:${itemId}`
      if (seen.has(key)) return []
      seen.add(key)
      const framework = chosen.find((f) => f.id === frameworkId)
      return [framework ? `${framework.name} ${itemId}` : itemLabel(chosen, frameworkId, itemId)]
    })
    return {
      rank: String(index + 1),
      title: action.title,
      priority: priorityLabel(action),
      impact: levelText(action.impact),
      effort: levelText(action.effort),
      owner: owner(action.owner),
      due: action.due ? dayText(action.due) : 'no date',
      status: STATUS_LABELS[action.status],
      sources: sources.join(', ') || '–',
    }
  })
  const open = collectAfis(assessment, chosen).filter((afi) => afi.action === null)
  return {
    rule: PRIORITY_RULE,
    actions,
    actionsEmpty: 'No actions are recorded yet.',
    openAfisIntro: open.length
      ? `${plural(open.length, 'area for improvement has', 'areas for improvement have')} no action yet. Long texts are shortened here${options.appendix ? '; the appendix holds them in full' : ''}.`
      : 'Every area for improvement feeds an action.',
    openAfis: open.map((afi) => ({ item: `${afi.frameworkName} ${afi.itemId}`, text: titleFromAfi(afi.text) })),
  }
}

// ---------------------------------------------------------------- appendix

function appendixOf(input: ReportInput, chosen: Framework[]): AppendixFramework[] {
  const texts = (entries: { text: string }[] | undefined) => (entries ?? []).map((entry) => entry.text.trim()).filter(Boolean)
  return chosen.map((framework) => ({
    framework: `${framework.name} ${framework.edition}`,
    sections: framework.sections.map((section) => ({
      id: section.id,
      title: section.title,
      items: section.items.map((item): AppendixItem => {
        const response = input.assessment.responses[framework.id]?.[item.id]
        const consensus = response?.consensus
        const rationale = consensus ? (consensus.kind === 'not-applicable' ? consensus.justification : consensus.rationale).trim() : ''
        return {
          id: item.id,
          title: item.title,
          consensus: consensusText(input, framework, item),
          finding: response?.finding ? FINDING_LABELS[response.finding] : null,
          rationale: rationale || null,
          evidence: texts(response?.evidence),
          strengths: texts(response?.strengths),
          afis: texts(response?.afis),
        }
      }),
    })),
  }))
}

// ---------------------------------------------------------------- the model

export function buildReportModel(input: ReportInput, options: ReportOptions): ReportModel {
  const { assessment, results } = input
  const { chosen, efqm, iso } = chosenFrameworks(assessment, input.frameworks)
  const labels = teamLabels(assessment.participants, options.anonymise)
  const figures: FrameworkFigures[] = [
    ...(efqm && results.efqm ? [{ framework: efqm, stakeholders: results.efqm }] : []),
    ...(iso && results.iso ? [{ framework: iso, stakeholders: results.iso }] : []),
  ]
  const efqmModel = efqm ? efqmSection(input, efqm) : null
  const isoModel = iso ? isoSection(input, iso) : null
  const actions = actionSection(input, chosen, labels, options)
  const organisation = assessment.organisation
  return {
    assessmentId: assessment.id,
    title: assessment.title,
    organisation: organisation.name.trim() || 'Organisation not named',
    sector: SECTOR_LABELS[organisation.sector],
    size: organisation.size ? SIZE_LABELS[organisation.size] : null,
    scope: organisation.scope.trim() || 'No scope described.',
    date: dayText(organisation.date),
    createdText: createdText(options.createdAt),
    anonymised: options.anonymise,
    team: assessment.participants.map((participant) => ({ label: labels.get(participant.id)!, role: ROLE_LABELS[participant.role] })),
    frameworks: chosen.map((framework) => ({ name: framework.name, edition: framework.edition, publisher: framework.publisher })),
    summary: summaryOf(input, efqmModel, isoModel, figures, { efqm, iso }, actions.actions.length, actions.openAfis.length),
    efqm: efqmModel,
    efqmMissing: 'This assessment does not use the EFQM Model.',
    iso: isoModel,
    isoMissing: 'This assessment does not use ISO 9001.',
    stakeholders: stakeholderSection(input, figures, { efqm, iso }),
    achieved: achievedSection(input, { efqm, iso }),
    teamViews: teamSection(input, { efqm, iso }),
    actions,
    appendix: options.appendix ? appendixOf(input, chosen) : null,
  }
}
