import i18next from 'i18next'
import type { Assessment, StoredParticipant } from '../../../common/contract/assessment-schema'
import { collectAfis, itemLabel, prioritise, priorityLabel, priorityRule, titleFromAfi } from '../../../common/domain/action-plan'
import { type Framework, type Item, findItem } from '../../../common/domain/framework'
import { findingLabel, findingUnits, FINDING_TYPES } from '../../../common/domain/iso-scoring'
import { formatFigure, scaleKind } from '../../../common/domain/figures'
import { bandName } from '../../../common/domain/radar'
import { stakeholderFindings, type FrameworkFigures } from '../../../common/domain/stakeholder-findings'
import type { GroupId, StakeholderCatalogue } from '../../../common/domain/stakeholders'
import { describeGap, hotSpots, inUnits, perceptionGaps, type TeamFrameworks } from '../../../common/domain/team-views'
import type { Participant } from '../../../common/domain/team'
import { countAssessmentItem } from '../../../common/domain/workshop-input'
import { partialVotesSentence } from '../../../common/domain/counting'
import { selectHighlights } from '../../../common/domain/highlights'
import type { WorkshopResults } from '../../../common/domain/workshop-results'
import { achievedRows, comparisonRows, criterionBars, heatCells, itemValueText } from '../features/results/chart-data'
import { levelText, statusLabel } from '../features/actions/labels'
import { participantNumber, roleLabel, sectorLabel, sizeLabel } from '../i18n/vocabulary'
import { ownValue } from '../../../common/domain/records'

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

export const reportTitle = () => i18next.t('report:title')

/** The report's sections, in the order it prints them. */
export type SectionId = 'contents' | 'summary' | 'efqm' | 'iso' | 'stakeholders' | 'achieved' | 'team' | 'actions' | 'appendix'

export const sectionTitle = (section: SectionId) => i18next.t(`report:sections.${section}`)

export const notAssessed = () => i18next.t('report:notAssessed')

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
  /** Said in a column that is empty, and why. */
  strengthsEmpty: string | null
  gapsEmpty: string | null
}

export interface ExecutiveSummary {
  figures: KeyFigure[]
  highlights: FrameworkHighlights[]
  /** "ISO 9001: 5 items have partial votes and are not counted yet.", per framework that has some. */
  notCounted: string[]
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
  /** "Level 2 (agreed)" or "Level 2 (proposed)": the agreed level, or the median of the votes where nothing is agreed. */
  valueText: string
  proposed: boolean
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
  /** Explains "(proposed)", when a row says it. */
  findingsNote: string | null
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
  /** Every area for improvement recorded, with an action or without. */
  afiCount: number
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
  /** Each participant's own note, "Ana: …" (a number instead of the name when anonymised), in team order. */
  participantNotes: string[]
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

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const

/** "1 April 2026": day, month written out, year; the same on every machine (no locale, no time zone). */
export function longDate(year: number, month: number, day: number): string {
  return i18next.t('report:date.long', { day, month: i18next.t(`report:date.months.${MONTHS[month - 1]!}`), year })
}

function dayText(date: string | null): string {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null
  return match ? longDate(Number(match[1]), Number(match[2]), Number(match[3])) : i18next.t('report:date.none')
}

const createdText = (date: Date) => longDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())

/** The frameworks the assessment uses, EFQM and ISO picked out by their scoring method. */
function chosenFrameworks(assessment: Assessment, frameworks: readonly Framework[]): { chosen: Framework[]; efqm?: Framework; iso?: Framework } {
  const chosen = frameworks.filter((framework) => assessment.frameworks.includes(framework.id))
  return { chosen, efqm: chosen.find((f) => f.scoring === 'radar'), iso: chosen.find((f) => f.scoring === 'maturity') }
}

/** Participant names, or "Participant 1…" in the order of the team list when anonymised. */
function teamLabels(participants: readonly StoredParticipant[], anonymise: boolean): Map<string, string> {
  return new Map(participants.map((participant, index) => [participant.id, anonymise ? participantNumber(index + 1) : participant.name]))
}

/** Where an item's value comes from ("agreed", "proposed …"), or null when it has none. */
function basisOf(input: ReportInput, framework: Framework, item: Item): string | null {
  const { count } = countAssessmentItem(framework, item.id, input.assessment)
  if (count.source === 'proposed') return i18next.t('report:basis.proposed')
  if (count.source !== 'agreed') return null
  return count.differsFromProposal ? i18next.t('report:basis.agreedOverMedian', { median: String(count.proposal) }) : i18next.t('report:basis.agreed')
}

/** Whether the value an item counts with was agreed by the team or proposed from the votes; null when it has neither. */
function sourceOf(input: ReportInput, framework: Framework, item: Item): 'agreed' | 'proposed' | null {
  return countAssessmentItem(framework, item.id, input.assessment).count.source
}

function consensusText(input: ReportInput, framework: Framework, item: Item): string {
  const { efqm, iso } = input.results
  const scored = framework.scoring === 'radar' ? ownValue(efqm?.score.parts, item.id) : ownValue(iso?.score.units, item.id)
  if (!scored) return notAssessed()
  const value = itemValueText(framework, item.id, efqm?.score, iso?.score)
  const basis = basisOf(input, framework, item)
  return basis === null ? value : `${value} · ${basis}`
}

// ---------------------------------------------------------------- executive summary

/** The same selection as the Results summary card (domain/highlights.ts), with each item's value as the app shows it. */
function highlights(input: ReportInput, framework: Framework): FrameworkHighlights {
  const { efqm, iso } = input.results
  const chosen = selectHighlights(framework, { efqm: efqm?.score, iso: iso?.score })
  const toHighlight = (itemId: string): Highlight => ({
    itemId,
    title: findItem(framework, itemId).item.title,
    value: itemValueText(framework, itemId, efqm?.score, iso?.score),
  })
  return {
    framework: framework.name,
    strengths: chosen.strengths.map(toHighlight),
    gaps: chosen.gaps.map(toHighlight),
    strengthsEmpty: chosen.strengthsEmpty,
    gapsEmpty: chosen.gapsEmpty,
  }
}

function evenness(index: number): string {
  if (index >= 0.9) return i18next.t('report:summary.balance.evenness.nearlyEven')
  if (index >= 0.75) return i18next.t('report:summary.balance.evenness.fairlyEven')
  if (index >= 0.5) return i18next.t('report:summary.balance.evenness.uneven')
  return i18next.t('report:summary.balance.evenness.concentrated')
}

/** One sentence from the balance indices and the misalignment with the target. */
export function balanceVerdict(figures: FrameworkFigures[]): string {
  const index = (f: FrameworkFigures) => formatFigure('index', f.stakeholders.design.balanceIndex)
  const off = (f: FrameworkFigures) => formatFigure('percent', f.stakeholders.misalignment)
  if (figures.length === 0) return i18next.t('report:summary.balance.none')
  if (figures.length === 1) {
    const [f] = figures as [FrameworkFigures]
    return i18next.t('report:summary.balance.one', { framework: f.framework.name, evenness: evenness(f.stakeholders.design.balanceIndex), index: index(f), off: off(f) })
  }
  const [a, b] = [...figures].sort((x, y) => y.stakeholders.design.balanceIndex - x.stakeholders.design.balanceIndex) as [FrameworkFigures, FrameworkFigures]
  const closer = a.stakeholders.misalignment <= b.stakeholders.misalignment
  return i18next.t(closer ? 'report:summary.balance.firstCloser' : 'report:summary.balance.secondCloser', {
    first: a.framework.name,
    second: b.framework.name,
    firstIndex: index(a),
    secondIndex: index(b),
    firstOff: off(a),
    secondOff: off(b),
  })
}

function summaryOf(input: ReportInput, efqm: EfqmSection | null, iso: IsoSection | null, figures: FrameworkFigures[], frameworks: { efqm?: Framework; iso?: Framework }, actionCount: number, openAfis: number, afiCount: number): ExecutiveSummary {
  const result: KeyFigure[] = []
  const efqmScore = input.results.efqm?.score
  if (efqm && efqmScore) {
    result.push({
      label: i18next.t('report:summary.efqmTotal', { framework: efqm.name }),
      value: efqm.totalText,
      detail: i18next.t('report:summary.efqmTotalDetail', { maximum: efqm.maximum, band: efqm.bandText }),
    })
  }
  const overall = input.results.iso?.score.overall
  if (iso && overall) {
    const noUnit = i18next.t('report:summary.noUnitAssessed')
    result.push({
      label: i18next.t('report:summary.readiness', { framework: iso.name }),
      value: iso.readinessText,
      detail: overall.readiness === null ? noUnit : i18next.t('report:summary.readinessDetail', { conforming: overall.conforming, assessed: overall.assessed }),
    })
    result.push({
      label: i18next.t('report:summary.maturity', { framework: iso.name }),
      value: iso.maturityText,
      detail: overall.maturityIndex === null ? noUnit : i18next.t('report:summary.maturityDetail'),
    })
  }
  return {
    figures: result,
    highlights: [frameworks.efqm, frameworks.iso].flatMap((framework) => (framework ? [highlights(input, framework)] : [])),
    notCounted: [
      frameworks.efqm && input.results.efqm && partialVotesSentence(frameworks.efqm.name, input.results.efqm.progress),
      frameworks.iso && input.results.iso && partialVotesSentence(frameworks.iso.name, input.results.iso.progress),
    ].filter((sentence): sentence is string => Boolean(sentence)),
    balanceVerdict: balanceVerdict(figures),
    actionsSummary:
      actionCount === 0 && openAfis === 0
        ? i18next.t('report:summary.actionsNone')
        : i18next.t('report:summary.actionPlan', {
            actions: i18next.t('report:summary.actions', { count: actionCount }),
            // "Every area for improvement feeds an action" only when there is one to feed an action.
            afis: afiCount === 0 ? i18next.t('report:summary.noAfis') : i18next.t('report:summary.openAfis', { count: openAfis }),
          }),
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
    percentText: criterion.percent === null ? notAssessed() : i18next.t('report:percent', { value: formatFigure('radar', criterion.percent) }),
    earnedText: criterion.earned === null ? notAssessed() : formatFigure('points', criterion.earned),
    partsText: i18next.t(criterion.overridden ? 'report:efqm.partsAnsweredWhole' : 'report:efqm.partsAnswered', { answered: criterion.answeredParts, total: criterion.totalParts }),
    barText: bars[index]!.text,
  }))
  const parts = framework.sections.flatMap((section) =>
    section.items.map((item): PartRow => ({
      criterionId: section.id,
      criterionTitle: section.title,
      id: item.id,
      title: item.title,
      scoreText: itemValueText(framework, item.id, score),
      basis: basisOf(input, framework, item) ?? notAssessed(),
    })),
  )
  const answered = score.criteria.filter((criterion) => criterion.percent !== null).length
  const band = score.band ? bandName(score.band) : null
  const bandText = band ? i18next.t('report:efqm.band', { band }) : i18next.t('report:efqm.bandPending', { answered, total: score.criteria.length })
  const scoreKey = score.complete ? (band ? 'report:efqm.scoreInBand' : 'report:efqm.score') : band ? 'report:efqm.scoreSoFarInBand' : 'report:efqm.scoreSoFar'
  const intro =
    answered === 0
      ? i18next.t('report:efqm.noneAssessed', { framework: framework.name })
      : `${i18next.t(scoreKey, { total: formatFigure('points', score.total), maximum, assessed: formatFigure('points', score.assessedPoints), band })} ${i18next.t('report:efqm.howScored', { maximum })}`
  return { name: framework.name, edition: framework.edition, totalText: formatFigure('points', score.total), maximum, bandText, intro, criteria, parts }
}

// ---------------------------------------------------------------- ISO

function isoSection(input: ReportInput, framework: Framework): IsoSection | null {
  const score = input.results.iso?.score
  if (!score) return null
  const overall = score.overall
  const readinessText = overall.readiness === null ? notAssessed() : formatFigure('percent', overall.readiness)
  const maturityText = overall.maturityIndex === null ? notAssessed() : formatFigure('maturity', overall.maturityIndex)
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
      readinessText: clause.readiness === null ? notAssessed() : formatFigure('percent', clause.readiness),
      maturityText: clause.maturityIndex === null ? notAssessed() : formatFigure('maturity', clause.maturityIndex),
    }
  })
  const responses = ownValue(input.assessment.responses, framework.id) ?? {}
  const findings = findingUnits(framework, score, (itemId) => ownValue(responses, itemId)?.finding).map(({ item, unit, finding }): IsoFindingRow => {
    const value = itemValueText(framework, item.id, undefined, score)
    const source = unit?.level === null || unit?.level === undefined ? null : sourceOf(input, framework, item)
    return {
      id: item.id,
      title: item.title,
      valueText: source ? i18next.t(source === 'agreed' ? 'report:iso.levelAgreed' : 'report:iso.levelProposed', { value }) : value,
      proposed: source === 'proposed',
      finding: finding ? findingLabel(finding) : i18next.t('report:iso.noFinding'),
    }
  })
  const leftOut = { notApplicable: overall.notApplicable, notAssessed: overall.unanswered }
  const skipped =
    overall.notApplicable && overall.unanswered ? i18next.t('report:iso.leftOutBoth', leftOut)
    : overall.notApplicable ? i18next.t('report:iso.leftOutNotApplicable', leftOut)
    : overall.unanswered ? i18next.t('report:iso.leftOutNotAssessed', leftOut)
    : null
  const summary = i18next.t('report:iso.summary', { conforming: overall.conforming, assessed: overall.assessed, readiness: readinessText, maturity: maturityText })
  const intro = overall.readiness === null ? i18next.t('report:iso.noneAssessed', { framework: framework.name }) : skipped ? `${summary} ${skipped}` : summary
  return {
    name: framework.name,
    edition: framework.edition,
    readinessText,
    maturityText,
    intro,
    heat: heatCells(framework, score),
    levels: (framework.maturityLevels ?? []).map(({ level, label }) => ({ level, label })),
    clauses,
    findingCounts: FINDING_TYPES.map((type) => ({ label: findingLabel(type), count: score.findings[type] })),
    findings,
    findingsNote: findings.some((row) => row.proposed) ? i18next.t('report:iso.proposedNote') : null,
  }
}

// ---------------------------------------------------------------- stakeholders

function stakeholderSection(input: ReportInput, figures: FrameworkFigures[], frameworks: { efqm?: Framework; iso?: Framework }): StakeholderSection {
  const { stakeholders, results, assessment } = input
  const groupName = (group: GroupId) => stakeholders.groups.find((g) => g.id === group)?.name ?? group
  const rows = comparisonRows(stakeholders, assessment.target, results.efqm?.design, results.iso?.design)
  const share = (value: number | null) => (value === null ? '–' : formatFigure('percent', value))
  const profile = stakeholders.targets.find((target) => target.id === assessment.targetSource)
  return {
    efqmName: frameworks.efqm && results.efqm ? frameworks.efqm.name : null,
    isoName: frameworks.iso && results.iso ? frameworks.iso.name : null,
    targetName: profile ? i18next.t('report:stakeholders.suggestedTarget', { name: profile.name }) : i18next.t('report:stakeholders.ownTarget'),
    intro: i18next.t('report:stakeholders.intro'),
    groups: rows.map((row) => ({
      id: row.group,
      name: row.name,
      efqm: row.efqm,
      iso: row.iso,
      target: row.target,
      efqmText: share(row.efqm),
      isoText: share(row.iso),
      targetText: formatFigure('percent', row.target),
    })),
    balance: figures.map((f) => ({
      framework: f.framework.name,
      balanceText: formatFigure('index', f.stakeholders.design.balanceIndex),
      breadthText: i18next.t('report:stakeholders.breadthValue', { breadth: f.stakeholders.design.breadth }),
      beyondCustomerText: formatFigure('percent', f.stakeholders.design.beyondCustomerShare),
      misalignmentText: formatFigure('percent', f.stakeholders.misalignment),
      blindSpotsText: f.stakeholders.blindSpots.length ? f.stakeholders.blindSpots.map(groupName).join(', ') : i18next.t('report:stakeholders.noBlindSpots'),
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
          scoreText: value.score === null ? notAssessed() : formatFigure('percent', value.score),
          answeredText: formatFigure('percent', value.answeredShare),
        }
  return {
    efqmName: frameworks.efqm && results.efqm ? frameworks.efqm.name : null,
    isoName: frameworks.iso && results.iso ? frameworks.iso.name : null,
    intro: i18next.t('report:achieved.intro'),
    groups: achievedRows(stakeholders, results.efqm, results.iso).map((row) => ({ id: row.group, name: row.name, efqm: figure(row.efqm), iso: figure(row.iso) })),
  }
}

// ---------------------------------------------------------------- team views

function teamSection(input: ReportInput, frameworks: TeamFrameworks): TeamSection {
  const participants = input.assessment.participants as Participant[]
  const spots = hotSpots(input.results, frameworks)
  const gaps = perceptionGaps(input.results, frameworks, participants)
  const has = (role: Participant['role']) => participants.some((participant) => participant.role === role)
  const gapsEmpty =
    !has('leadership') && !has('staff') ? i18next.t('report:team.gapsNeedBoth')
    : !has('leadership') ? i18next.t('report:team.gapsNeedLeadership')
    : !has('staff') ? i18next.t('report:team.gapsNeedStaff')
    : i18next.t('report:team.gapsEmpty')
  return {
    hotSpotsIntro: i18next.t('report:team.hotSpotsIntro'),
    hotSpots: spots.map((spot) => ({
      item: `${spot.itemId} ${spot.title}`,
      framework: spot.frameworkName,
      rangeText: inUnits(spot.scoring, spot.range),
      shareText: formatFigure('percent', spot.share),
      medianText: formatFigure(scaleKind(spot.scoring), spot.median),
      votes: String(spot.votes),
      disagreement: i18next.t(spot.disagreement ? 'report:team.disagreement' : 'report:team.noDisagreement'),
    })),
    hotSpotsEmpty: i18next.t('report:team.hotSpotsEmpty'),
    gapsIntro: i18next.t('report:team.gapsIntro'),
    gaps: gaps.map((gap) => ({
      item: `${gap.itemId} ${gap.title}`,
      framework: gap.frameworkName,
      gapText: describeGap(gap.scoring, gap.gap),
      shareText: formatFigure('percent', gap.share),
      leadershipText: i18next.t('report:team.meanOfVotes', { mean: formatFigure(scaleKind(gap.scoring), gap.leadershipMean), count: gap.leadershipCount }),
      staffText: i18next.t('report:team.meanOfVotes', { mean: formatFigure(scaleKind(gap.scoring), gap.staffMean), count: gap.staffCount }),
    })),
    gapsEmpty,
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
    if (!trimmed) return i18next.t('report:actions.notAssigned')
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
      due: action.due ? dayText(action.due) : i18next.t('report:actions.noDate'),
      status: statusLabel(action.status),
      sources: sources.join(', ') || '–',
    }
  })
  const afis = collectAfis(assessment, chosen)
  const open = afis.filter((afi) => afi.action === null)
  return {
    rule: priorityRule(),
    actions,
    actionsEmpty: i18next.t('report:actions.empty'),
    openAfisIntro: open.length
      ? `${i18next.t('report:actions.open', { count: open.length })} ${i18next.t(options.appendix ? 'report:actions.shortenedInAppendix' : 'report:actions.shortened')}`
      : i18next.t(afis.length ? 'report:actions.noneOpen' : 'report:actions.noAfis'),
    openAfis: open.map((afi) => ({ item: `${afi.frameworkName} ${afi.itemId}`, text: titleFromAfi(afi.text) })),
    afiCount: afis.length,
  }
}

// ---------------------------------------------------------------- appendix

function appendixOf(input: ReportInput, chosen: Framework[], labels: Map<string, string>): AppendixFramework[] {
  const texts = (entries: { text: string }[] | undefined) => (entries ?? []).map((entry) => entry.text.trim()).filter(Boolean)
  // Team order; a note left by someone no longer on the team still prints, without a name.
  const notesOf = (notes: Record<string, string> | undefined) => {
    const written = Object.entries(notes ?? {}).filter(([, text]) => text.trim())
    const order = (id: string) => (labels.has(id) ? [...labels.keys()].indexOf(id) : labels.size)
    return written
      .sort(([a], [b]) => order(a) - order(b))
      .map(([id, text]) => i18next.t('report:appendix.noteBy', { name: labels.get(id) ?? i18next.t('report:appendix.formerParticipant'), note: text.trim() }))
  }
  return chosen.map((framework) => ({
    framework: `${framework.name} ${framework.edition}`,
    sections: framework.sections.map((section) => ({
      id: section.id,
      title: section.title,
      items: section.items.map((item): AppendixItem => {
        const response = ownValue(ownValue(input.assessment.responses, framework.id), item.id)
        const consensus = response?.consensus
        const rationale = consensus ? (consensus.kind === 'not-applicable' ? consensus.justification : consensus.rationale).trim() : ''
        return {
          id: item.id,
          title: item.title,
          consensus: consensusText(input, framework, item),
          finding: response?.finding ? findingLabel(response.finding) : null,
          rationale: rationale || null,
          evidence: texts(response?.evidence),
          strengths: texts(response?.strengths),
          afis: texts(response?.afis),
          participantNotes: notesOf(response?.notes),
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
    organisation: organisation.name.trim() || i18next.t('report:organisation.unnamed'),
    sector: sectorLabel(organisation.sector),
    size: organisation.size ? sizeLabel(organisation.size) : null,
    scope: organisation.scope.trim() || i18next.t('report:organisation.noScope'),
    date: dayText(organisation.date),
    createdText: createdText(options.createdAt),
    anonymised: options.anonymise,
    team: assessment.participants.map((participant) => ({ label: labels.get(participant.id)!, role: roleLabel(participant.role) })),
    frameworks: chosen.map((framework) => ({ name: framework.name, edition: framework.edition, publisher: framework.publisher })),
    summary: summaryOf(input, efqmModel, isoModel, figures, { efqm, iso }, actions.actions.length, actions.openAfis.length, actions.afiCount),
    efqm: efqmModel,
    efqmMissing: i18next.t('report:efqm.notUsed'),
    iso: isoModel,
    isoMissing: i18next.t('report:iso.notUsed'),
    stakeholders: stakeholderSection(input, figures, { efqm, iso }),
    achieved: achievedSection(input, { efqm, iso }),
    teamViews: teamSection(input, { efqm, iso }),
    actions,
    appendix: options.appendix ? appendixOf(input, chosen, labels) : null,
  }
}
