import i18next from 'i18next'
import type { Assessment, ItemResponse, StoredConsensus, StoredRating } from '../../common/contract/assessment-schema'
import { prioritise, priorityOf, sourceItems } from '../../common/domain/action-plan'
import type { ItemState } from '../../common/domain/counting'
import { DomainError } from '../../common/domain/errors'
import { plainFigure, scaleKind, type FigureKind } from '../../common/domain/figures'
import { allItems, findItem, type Framework } from '../../common/domain/framework'
import { bandName, ratingValue } from '../../common/domain/radar'
import { findingUnits } from '../../common/domain/iso-scoring'
import { GROUP_IDS, type StakeholderCatalogue } from '../../common/domain/stakeholders'
import { ownValue } from '../../common/domain/records'
import { crosswalkPairs } from '../../common/domain/team-views'
import { countAssessmentItem, toWorkshopInput } from '../../common/domain/workshop-input'
import { computeWorkshopResults, type WorkshopResults } from '../../common/domain/workshop-results'

/**
 * The results of an assessment as tables: the one model behind the results workbook
 * (results-workbook.ts) and the CSV files (csv-tables.ts), so a sheet and its CSV file hold the
 * same rows. Pure: no I/O, no spreadsheet library.
 *
 * Every figure comes from the domain (workshop-results.ts, counting.ts, team-views.ts,
 * action-plan.ts) and is rounded by the figures.ts rule of its kind, then stored as that number:
 * a cell holds what the app shows, as a number a spreadsheet can add up. A percentage is stored
 * as its percentage (81.5 for 81.5 %), as the app writes it, never as a share (0.815); the header
 * or the unit column says "%". Something not answered is null (an empty cell), never zero.
 *
 * Column keys are stable English snake_case: they are the CSV header, a file format scripts rely
 * on. Codes in cells (kind, role, status, source, finding, priority) are the file's own ids, the
 * same in every language, so a filter or a script keeps working. Headers and titles are words
 * from the `workbook` catalogue.
 */

export type ColumnType = 'text' | 'integer' | 'number' | 'score' | 'level' | 'percent' | 'date'
export type Cell = string | number | null

export interface Column {
  key: string
  header: string
  /**
   * text; integer (a count, a rank); number (a figure already rounded by its own rule, shown as
   * it is, for a column that mixes kinds); score (0–100 RADAR scores, EFQM points); level (ISO
   * 0–5); percent (0–100); date (YYYY-MM-DD text, a date in the workbook).
   */
  type: ColumnType
  /** Width in characters the column starts from; the workbook widens it to its content, up to a cap. */
  width: number
}

export type TableId = 'summary' | 'votes' | 'consensus' | 'notes' | 'findings' | 'actions' | 'crosswalk'

export interface Table {
  id: TableId
  title: string
  columns: Column[]
  rows: Cell[][]
}

export interface TablesInput {
  assessment: Assessment
  frameworks: readonly Framework[]
  stakeholders: StakeholderCatalogue
}

/** The counting rule's words (domain/counting.ts): stable, so a spreadsheet can filter on them. */
const STATUS: Record<ItemState, string> = { counted: 'counted', 'in-progress': 'in progress', open: 'open' }

/** A figure rounded as the app shows it, as a number: 0.8149999 as a percent is 81.5. */
const figure = (kind: FigureKind, value: number): number => Number(plainFigure(kind, value))
const maybe = (kind: FigureKind, value: number | null | undefined): number | null => (value === null || value === undefined ? null : figure(kind, value))

const t = i18next.t
const column = (key: string, header: string, type: ColumnType, width: number): Column => ({ key, header, type, width })

/** camelCase attribute ids as snake_case column keys: learningCreativity → radar_learning_creativity. */
export const attributeKey = (id: string) => `radar_${id.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/-/g, '_')}`

/** Every table, in the workbook's sheet order. */
export function resultsTables(input: TablesInput): Table[] {
  const results = computeWorkshopResults(toWorkshopInput(input.assessment, input.frameworks))
  const context = { ...input, results }
  return [summaryTable(context), votesTable(context), consensusTable(context), notesTable(context), findingsTable(context), actionsTable(context), crosswalkTable(context)]
}

interface Context extends TablesInput {
  results: WorkshopResults
}

/** The frameworks the assessment uses, EFQM and ISO picked out by their scoring method. */
function chosen({ assessment, frameworks }: TablesInput) {
  const used = frameworks.filter((framework) => assessment.frameworks.includes(framework.id))
  return { efqm: used.find((f) => f.scoring === 'radar'), iso: used.find((f) => f.scoring === 'maturity') }
}

// ---------------------------------------------------------------- summary

function summaryTable({ assessment, stakeholders, results, ...rest }: Context): Table {
  const { efqm, iso } = chosen({ assessment, stakeholders, ...rest })
  const rows: Cell[][] = []
  const m = (key: Parameters<typeof measureWord>[0]) => measureWord(key)
  const unit = {
    points: t('workbook:units.points'),
    percent: t('workbook:units.percent'),
    outOf100: t('workbook:units.outOf100'),
    index: t('workbook:units.index'),
    units: t('workbook:units.units'),
    groups: t('workbook:units.groups'),
  }
  const notAssessed = t('workbook:notes.notAssessed')
  // framework, measure, item, title, value, unit, note, measure id
  const add = (framework: string, id: Parameters<typeof measureWord>[0], item: string, title: string, value: number | null, unitWord: string, note = '') =>
    rows.push([framework, m(id), item, title, value, unitWord, value === null && !note ? notAssessed : note, snake(id)])

  const efqmScore = results.efqm?.score
  if (efqm && efqmScore) {
    const maximum = efqm.totalPoints ?? efqmScore.criteria.reduce((total, c) => total + c.points, 0)
    const anyAnswered = efqmScore.criteria.some((c) => c.percent !== null)
    add(efqm.name, 'totalPoints', '', '', anyAnswered ? figure('points', efqmScore.total) : null, unit.points, anyAnswered ? t('workbook:notes.outOf', { maximum }) : '')
    add(efqm.name, 'assessedPoints', '', '', figure('points', efqmScore.assessedPoints), unit.points, t('workbook:notes.outOf', { maximum }))
    rows.push([efqm.name, m('band'), '', '', null, '', efqmScore.band ? bandName(efqmScore.band) : t('workbook:notes.bandPending'), 'band'])
    for (const criterion of efqmScore.criteria) {
      add(efqm.name, 'criterionScore', criterion.id, criterion.title, maybe('radar', criterion.percent), unit.percent)
      add(efqm.name, 'criterionPoints', criterion.id, criterion.title, maybe('points', criterion.earned), unit.points, criterion.earned === null ? '' : t('workbook:notes.outOf', { maximum: criterion.points }))
    }
    for (const item of allItems(efqm)) {
      const part = ownValue(efqmScore.parts, item.id)
      add(efqm.name, 'partScore', item.id, item.title, part ? figure('radar', part.score) : null, unit.outOf100)
    }
  }

  const isoScore = results.iso?.score
  if (iso && isoScore) {
    const overall = isoScore.overall
    add(iso.name, 'readiness', '', '', maybe('percent', overall.readiness), unit.percent)
    add(iso.name, 'maturityIndex', '', '', maybe('maturity', overall.maturityIndex), unit.outOf100)
    add(iso.name, 'unitsAssessed', '', '', overall.assessed, unit.units)
    add(iso.name, 'unitsConforming', '', '', overall.conforming, unit.units)
    for (const clause of isoScore.clauses) {
      add(iso.name, 'readiness', clause.id, clause.title, maybe('percent', clause.readiness), unit.percent)
      add(iso.name, 'maturityIndex', clause.id, clause.title, maybe('maturity', clause.maturityIndex), unit.outOf100)
    }
  }

  const groupName = (id: string) => stakeholders.groups.find((group) => group.id === id)?.name ?? id
  for (const group of GROUP_IDS) add('', 'target', group, groupName(group), figure('percent', assessment.target[group]), unit.percent, t('workbook:notes.targetProfile'))
  for (const [framework, part] of [
    [efqm, results.efqm],
    [iso, results.iso],
  ] as const) {
    if (!framework || !part) continue
    for (const group of GROUP_IDS) {
      add(framework.name, 'designFocus', group, groupName(group), figure('percent', part.design.focus[group]), unit.percent)
      add(framework.name, 'achieved', group, groupName(group), maybe('percent', part.achieved[group].score), unit.percent)
      add(framework.name, 'answeredShare', group, groupName(group), figure('percent', part.achieved[group].answeredShare), unit.percent)
    }
    add(framework.name, 'balanceIndex', '', '', figure('index', part.design.balanceIndex), unit.index)
    add(framework.name, 'breadth', '', '', part.design.breadth, unit.groups)
    add(framework.name, 'beyondCustomerShare', '', '', figure('percent', part.design.beyondCustomerShare), unit.percent)
    add(framework.name, 'misalignment', '', '', figure('percent', part.misalignment), unit.percent)
  }

  return {
    id: 'summary',
    title: t('workbook:sheets.summary'),
    columns: [
      column('framework', t('workbook:columns.framework'), 'text', 14),
      column('measure', t('workbook:columns.measure'), 'text', 24),
      column('item', t('workbook:columns.item'), 'text', 8),
      column('item_title', t('workbook:columns.itemTitle'), 'text', 36),
      // Mixed kinds (points, %, an index): each value is rounded by its own rule, the unit beside it.
      column('value', t('workbook:columns.value'), 'number', 10),
      column('unit', t('workbook:columns.unit'), 'text', 10),
      column('note', t('workbook:columns.note'), 'text', 24),
      column('measure_id', t('workbook:columns.measureId'), 'text', 18),
    ],
    rows,
  }
}

const MEASURES = {
  totalPoints: () => t('workbook:measures.totalPoints'),
  assessedPoints: () => t('workbook:measures.assessedPoints'),
  band: () => t('workbook:measures.band'),
  criterionScore: () => t('workbook:measures.criterionScore'),
  criterionPoints: () => t('workbook:measures.criterionPoints'),
  partScore: () => t('workbook:measures.partScore'),
  readiness: () => t('workbook:measures.readiness'),
  maturityIndex: () => t('workbook:measures.maturityIndex'),
  unitsAssessed: () => t('workbook:measures.unitsAssessed'),
  unitsConforming: () => t('workbook:measures.unitsConforming'),
  designFocus: () => t('workbook:measures.designFocus'),
  target: () => t('workbook:measures.target'),
  achieved: () => t('workbook:measures.achieved'),
  answeredShare: () => t('workbook:measures.answeredShare'),
  balanceIndex: () => t('workbook:measures.balanceIndex'),
  breadth: () => t('workbook:measures.breadth'),
  beyondCustomerShare: () => t('workbook:measures.beyondCustomerShare'),
  misalignment: () => t('workbook:measures.misalignment'),
}
const measureWord = (key: keyof typeof MEASURES) => MEASURES[key]()
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

// ---------------------------------------------------------------- items in file order

interface ItemRef {
  frameworkId: string
  framework: Framework | undefined
  id: string
  title: string
  known: boolean
  response: ItemResponse
}

/**
 * Every item with a response: frameworks in the assessment's order, then frameworks that only
 * have answers, by id; items in the framework's order, then items this build does not know, by
 * id, with an empty title. Nothing the file holds is left out.
 */
function answeredItems({ assessment, frameworks }: TablesInput): ItemRef[] {
  const frameworkIds = [...assessment.frameworks, ...Object.keys(assessment.responses).filter((id) => !assessment.frameworks.includes(id)).sort()]
  return frameworkIds.flatMap((frameworkId) => {
    const framework = frameworks.find((f) => f.id === frameworkId)
    const responses = ownValue(assessment.responses, frameworkId) ?? {}
    const known = framework ? allItems(framework) : []
    const knownIds = new Set(known.map((item) => item.id))
    const items = [
      ...known.map((item) => ({ id: item.id, title: item.title, known: true })),
      ...Object.keys(responses)
        .filter((id) => !knownIds.has(id))
        .sort()
        .map((id) => ({ id, title: '', known: false })),
    ]
    return items.flatMap((item) => {
      const response = ownValue(responses, item.id)
      return response ? [{ frameworkId, framework, ...item, response }] : []
    })
  })
}

const itemCount = (item: ItemRef, assessment: Assessment) => (item.framework && item.known ? countAssessmentItem(item.framework, item.id, assessment).count : null)

const itemColumns = () => [
  column('framework', t('workbook:columns.framework'), 'text', 14),
  column('framework_edition', t('workbook:columns.frameworkEdition'), 'text', 8),
  column('item', t('workbook:columns.item'), 'text', 7),
  column('item_title', t('workbook:columns.itemTitle'), 'text', 32),
]
const itemCells = (item: ItemRef): Cell[] => [item.frameworkId, item.framework?.edition ?? '', item.id, item.title]

// ---------------------------------------------------------------- votes

/** The RADAR attributes of the frameworks used, enabler attributes first, each once. */
function radarAttributes(frameworks: readonly Framework[]): { id: string; name: string }[] {
  const seen = new Map<string, string>()
  for (const framework of frameworks) {
    for (const set of ['enabler', 'results'] as const) {
      for (const element of framework.radar?.[set] ?? []) for (const attribute of element.attributes) if (!seen.has(attribute.id)) seen.set(attribute.id, attribute.name)
    }
  }
  return [...seen].map(([id, name]) => ({ id, name }))
}

function votesTable(context: Context): Table {
  const { assessment } = context
  const items = answeredItems(context)
  const used = [...new Set(items.map((item) => item.framework).filter((f): f is Framework => f !== undefined))]
  const attributes = radarAttributes(used)
  const participants = new Map(assessment.participants.map((p) => [p.id, p]))
  const rows: Cell[][] = []
  for (const item of items) {
    const count = itemCount(item, assessment)
    const { ratings, notes } = item.response
    const raters = [
      ...assessment.participants.map((p) => p.id).filter((id) => Object.hasOwn(ratings, id)),
      ...Object.keys(ratings)
        .filter((id) => !participants.has(id))
        .sort(),
    ]
    for (const participantId of raters) {
      const rating = ratings[participantId]!
      const person = participants.get(participantId)
      const { score, level } = voteValue(item, rating)
      const grid = rating.kind === 'radar' ? rating.attributes : {}
      rows.push([
        ...itemCells(item),
        person?.name ?? participantId,
        person?.role ?? '',
        rating.kind,
        score,
        level,
        rating.kind === 'not-applicable' ? rating.justification : '',
        ownValue(notes, participantId) ?? '',
        count ? STATUS[count.state] : '',
        ...attributes.map((attribute) => ownValue(grid, attribute.id) ?? null),
      ])
    }
  }
  return {
    id: 'votes',
    title: t('workbook:sheets.votes'),
    columns: [
      ...itemColumns(),
      column('participant', t('workbook:columns.participant'), 'text', 18),
      column('role', t('workbook:columns.role'), 'text', 10),
      column('kind', t('workbook:columns.kind'), 'text', 10),
      column('score', t('workbook:columns.score'), 'score', 8),
      column('level', t('workbook:columns.level'), 'level', 8),
      column('not_applicable_reason', t('workbook:columns.notApplicableReason'), 'text', 24),
      column('note', t('workbook:columns.participantNote'), 'text', 30),
      column('item_status', t('workbook:columns.itemStatus'), 'text', 10),
      ...attributes.map((attribute) => column(attributeKey(attribute.id), attribute.name, 'score', 8)),
    ],
    rows,
  }
}

/**
 * A vote's value on its framework's scale: a RADAR score (0–100) or an ISO level (0–5). A full
 * RADAR grid gives the part score it proposes (mean of the element scores, rounded to 5, as the
 * app computes it); a grid still being filled in, or one with no model to score it by, has none.
 */
function voteValue(item: ItemRef, rating: StoredRating): { score: number | null; level: number | null } {
  switch (rating.kind) {
    case 'quick':
      return { score: figure('radar', rating.score), level: null }
    case 'level':
      return { score: null, level: figure('level', rating.level) }
    case 'not-applicable':
      return { score: null, level: null }
    case 'radar':
      return { score: radarValue(item, rating), level: null }
  }
}

function radarValue(item: ItemRef, rating: Extract<StoredRating, { kind: 'radar' }>): number | null {
  if (!item.framework || !item.known) return null
  try {
    const { item: found, section } = findItem(item.framework, item.id)
    // A framework scored by levels has no RADAR attributes: elementsFor throws a DomainError (no value).
    return figure('radar', ratingValue(item.framework, section, found, rating))
  } catch (error) {
    // So does a half-filled grid, which is work in progress: it has no score yet.
    if (error instanceof DomainError) return null
    throw error
  }
}

// ---------------------------------------------------------------- consensus

function consensusTable(context: Context): Table {
  const { assessment } = context
  const rows: Cell[][] = []
  for (const item of answeredItems(context)) {
    const count = itemCount(item, assessment)
    const consensus = item.response.consensus
    const status = count ? STATUS[count.state] : ''
    if (consensus) {
      rows.push([...itemCells(item), 'agreed', consensus.kind, ...consensusValues(consensus), status])
    } else if (count?.source === 'proposed' && count.value !== null) {
      // The median that counts because enough of the team voted: the figure the scores use.
      const radar = item.framework!.scoring === 'radar'
      const value = count.value === 'not-applicable' ? null : figure(scaleKind(item.framework!.scoring), count.value)
      const kind = count.value === 'not-applicable' ? 'not-applicable' : radar ? 'score' : 'level'
      rows.push([...itemCells(item), 'proposed', kind, radar ? value : null, radar ? null : value, '', '', status])
    }
  }
  return {
    id: 'consensus',
    title: t('workbook:sheets.consensus'),
    columns: [
      ...itemColumns(),
      column('source', t('workbook:columns.source'), 'text', 10),
      column('kind', t('workbook:columns.kind'), 'text', 10),
      column('score', t('workbook:columns.score'), 'score', 8),
      column('level', t('workbook:columns.level'), 'level', 8),
      column('not_applicable_reason', t('workbook:columns.notApplicableReason'), 'text', 24),
      column('rationale', t('workbook:columns.rationale'), 'text', 36),
      column('item_status', t('workbook:columns.itemStatus'), 'text', 10),
    ],
    rows,
  }
}

function consensusValues(consensus: StoredConsensus): [number | null, number | null, string, string] {
  switch (consensus.kind) {
    case 'score':
      return [figure('radar', consensus.score), null, '', consensus.rationale]
    case 'level':
      return [null, figure('level', consensus.level), '', consensus.rationale]
    case 'not-applicable':
      return [null, null, consensus.justification, '']
  }
}

// ---------------------------------------------------------------- notes

function notesTable(context: Context): Table {
  const rows: Cell[][] = []
  for (const item of answeredItems(context)) {
    for (const type of ['evidence', 'strengths', 'afis'] as const) {
      for (const entry of item.response[type]) {
        // A blank entry is a half-typed note, not a note.
        if (entry.text.trim()) rows.push([...itemCells(item), NOTE_TYPE[type], entry.text])
      }
    }
  }
  return {
    id: 'notes',
    title: t('workbook:sheets.notes'),
    columns: [...itemColumns(), column('type', t('workbook:columns.type'), 'text', 12), column('text', t('workbook:columns.text'), 'text', 60)],
    rows,
  }
}

const NOTE_TYPE = { evidence: 'evidence', strengths: 'strength', afis: 'area for improvement' } as const

// ---------------------------------------------------------------- findings

/** Each ISO unit with a finding recorded or a level below conforming, with its level and where the level comes from. */
function findingsTable(context: Context): Table {
  const { iso } = chosen(context)
  const score = context.results.iso?.score
  const rows: Cell[][] = []
  if (iso && score) {
    const responses = ownValue(context.assessment.responses, iso.id) ?? {}
    for (const { item, unit, finding } of findingUnits(iso, score, (itemId) => ownValue(responses, itemId)?.finding)) {
      const level = unit?.level ?? null
      const source = level === null ? null : countAssessmentItem(iso, item.id, context.assessment).count.source
      rows.push([iso.id, iso.edition, item.id, item.title, finding ?? '', level === null ? null : figure('level', level), unit?.notApplicable ? 'not-applicable' : (source ?? '')])
    }
  }
  return {
    id: 'findings',
    title: t('workbook:sheets.findings'),
    columns: [
      ...itemColumns(),
      column('finding', t('workbook:columns.finding'), 'text', 20),
      column('level', t('workbook:columns.level'), 'level', 8),
      column('source', t('workbook:columns.source'), 'text', 10),
    ],
    rows,
  }
}

// ---------------------------------------------------------------- actions

function actionsTable({ assessment, frameworks }: Context): Table {
  const rows = prioritise(assessment.actions).map((action, index): Cell[] => {
    const sources = sourceItems(action).map(({ frameworkId, itemId }) => `${frameworks.find((f) => f.id === frameworkId)?.name ?? frameworkId} ${itemId}`)
    return [index + 1, priorityOf(action), action.title, action.owner, action.due, action.impact, action.effort, action.status, sources.join(', ')]
  })
  return {
    id: 'actions',
    title: t('workbook:sheets.actions'),
    columns: [
      column('rank', t('workbook:columns.rank'), 'integer', 6),
      column('priority', t('workbook:columns.priority'), 'text', 14),
      column('title', t('workbook:columns.title'), 'text', 44),
      column('owner', t('workbook:columns.owner'), 'text', 16),
      column('due', t('workbook:columns.due'), 'date', 11),
      column('impact', t('workbook:columns.impact'), 'integer', 8),
      column('effort', t('workbook:columns.effort'), 'integer', 8),
      column('status', t('workbook:columns.status'), 'text', 11),
      column('sources', t('workbook:columns.sources'), 'text', 24),
    ],
    rows,
  }
}

// ---------------------------------------------------------------- crosswalk

/** Each EFQM part beside each ISO unit the crosswalk relates to it, with both sides' results (team-views.ts). */
function crosswalkTable(context: Context): Table {
  const { efqm, iso } = chosen(context)
  const rows: Cell[][] = []
  if (efqm && iso) {
    for (const row of crosswalkPairs(context.results, efqm, iso)) {
      const efqmScore = row.efqm.status === 'assessed' ? figure('radar', row.efqm.score) : null
      const efqmBand = row.efqm.status === 'assessed' ? bandName(row.efqm.band) : ''
      for (const pair of row.pairs) {
        rows.push([
          row.efqmItemId,
          row.efqmTitle,
          efqmScore,
          efqmBand,
          pair.isoItemId,
          pair.isoTitle,
          pair.iso.status === 'assessed' ? figure('level', pair.iso.level) : null,
          pair.iso.status,
          pair.inconsistency ?? '',
          pair.sentence ?? '',
        ])
      }
    }
  }
  return {
    id: 'crosswalk',
    title: t('workbook:sheets.crosswalk'),
    columns: [
      column('efqm_item', t('workbook:columns.efqmItem'), 'text', 8),
      column('efqm_title', t('workbook:columns.efqmTitle'), 'text', 30),
      column('efqm_score', t('workbook:columns.efqmScore'), 'score', 8),
      column('efqm_band', t('workbook:columns.efqmBand'), 'text', 14),
      column('iso_item', t('workbook:columns.isoItem'), 'text', 8),
      column('iso_title', t('workbook:columns.isoTitle'), 'text', 30),
      column('iso_level', t('workbook:columns.isoLevel'), 'level', 8),
      column('iso_status', t('workbook:columns.isoStatus'), 'text', 12),
      column('inconsistency', t('workbook:columns.inconsistency'), 'text', 22),
      column('sentence', t('workbook:columns.sentence'), 'text', 48),
    ],
    rows,
  }
}
