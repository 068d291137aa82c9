import i18next from 'i18next'
import type { StoredRating } from '../contract/assessment-schema'
import type { EfqmAnswer } from '../contract/prework-schema'
import type { Framework } from './framework'
import { BANDS, bandScore, elementsFor, type BandLabel } from './radar'
import { ISO_MAX_LEVEL, isIsoLevel, isRadarScore, RADAR_MAX, RADAR_STEP } from './ratings'

/**
 * The pre-work pack: what one participant fills in on their own before the workshop. This is the
 * pack's layout (rows, answer cells, drop-down choices), how a filled cell is read back, and the
 * text its checksum is taken over. The Excel writer and reader (electron/exports) and the
 * printable PDF (renderer) all build from it, so the three agree row for row.
 */

export const PREWORK_FORMAT = 'panorama-prework'
export const PREWORK_FORMAT_VERSION = 1
/** Longest note and N/A reason a pack hands on; the assessment file's own limits. */
export const PREWORK_NOTE_MAX = 5000
export const PREWORK_REASON_MAX = 2000

/** What an answer cell takes. */
export type AnswerSpec =
  /** ISO: a maturity level 0–5, or N/A with a reason in the next column. */
  | { kind: 'level' }
  /** EFQM 'bands': one of the five RADAR bands, stored as the band's quick score. */
  | { kind: 'band' }
  /** EFQM 'score': a quick score 0–100 in steps of 5. */
  | { kind: 'score' }
  /** EFQM 'attributes': one RADAR attribute's score, 0–100 in steps of 5. */
  | { kind: 'attribute' }

export type PackRow =
  /** A section heading: no answer. */
  | { kind: 'section'; key: string; title: string }
  /** An item (ISO unit, EFQM part). `answer` is null in attributes mode, where its attribute rows follow it. */
  | { kind: 'item'; key: string; itemId: string; title: string; questions: string[]; help: string; answer: AnswerSpec | null }
  | {
      kind: 'attribute'
      key: string
      itemId: string
      elementId: string
      elementName: string
      attributeId: string
      attributeName: string
      help: string
      answer: AnswerSpec
    }

export interface PackSheet {
  frameworkId: string
  frameworkName: string
  edition: string
  scoring: Framework['scoring']
  /** The worksheet's tab name: the framework's name, as Excel allows it (31 characters, no []:*?/\). */
  sheetName: string
  /** Whether the sheet has an N/A-reason column (ISO). */
  hasReason: boolean
  rows: PackRow[]
}

export type PackColumn = 'id' | 'title' | 'questions' | 'help' | 'answer' | 'reason' | 'notes'

/** The sheet's columns, left to right. The header is row 1; rows start at `FIRST_ROW`. */
export function packColumns(sheet: Pick<PackSheet, 'hasReason'>): PackColumn[] {
  return sheet.hasReason ? ['id', 'title', 'questions', 'help', 'answer', 'reason', 'notes'] : ['id', 'title', 'questions', 'help', 'answer', 'notes']
}
export const FIRST_ROW = 2
/** The worksheet row (1-based) of the layout row at `index`. */
export const sheetRowOf = (index: number) => FIRST_ROW + index

/** Whether a row has a notes cell: only items do (one note per item, as the assessment keeps it). */
export const hasNotes = (row: PackRow) => row.kind === 'item'

/** The key of an attribute row's id cell: the part and the attribute ("1.1 · sound"). */
export const attributeKey = (itemId: string, attributeId: string) => `${itemId} · ${attributeId}`

function sheetNameFor(framework: Framework, taken: Set<string>): string {
  const base = framework.name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || framework.id.slice(0, 31)
  let name = base
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`
  taken.add(name.toLowerCase())
  return name
}

/**
 * The sheets of a pack: one per chosen framework, in the assessment's order. Frameworks not in
 * `frameworks` (the bundled, parsed ones) are skipped; the caller checks they exist first.
 */
export function packLayout(frameworks: readonly Framework[], chosen: readonly string[], efqmAnswer: EfqmAnswer): PackSheet[] {
  const taken = new Set<string>(['lists', 'scale', 'identity', i18next.t('prework:pack.sheetInstructions').toLowerCase(), i18next.t('prework:pack.sheetScale').toLowerCase()])
  const sheets: PackSheet[] = []
  for (const id of chosen) {
    const framework = frameworks.find((f) => f.id === id)
    if (!framework) continue
    const radar = framework.scoring === 'radar'
    const itemAnswer: AnswerSpec | null = !radar ? { kind: 'level' } : efqmAnswer === 'bands' ? { kind: 'band' } : efqmAnswer === 'score' ? { kind: 'score' } : null
    const rows: PackRow[] = []
    for (const section of framework.sections) {
      rows.push({ kind: 'section', key: section.id, title: section.title })
      for (const item of section.items) {
        rows.push({ kind: 'item', key: item.id, itemId: item.id, title: item.title, questions: item.questions, help: item.help, answer: itemAnswer })
        if (itemAnswer !== null) continue
        for (const element of elementsFor(framework, section)) {
          for (const attribute of element.attributes) {
            rows.push({
              kind: 'attribute',
              key: attributeKey(item.id, attribute.id),
              itemId: item.id,
              elementId: element.id,
              elementName: element.name,
              attributeId: attribute.id,
              attributeName: attribute.name,
              help: attribute.help,
              answer: { kind: 'attribute' },
            })
          }
        }
      }
    }
    sheets.push({ frameworkId: framework.id, frameworkName: framework.name, edition: framework.edition, scoring: framework.scoring, sheetName: sheetNameFor(framework, taken), hasReason: !radar, rows })
  }
  return sheets
}

/** The title shown for a row: an attribute row names its element and attribute. */
export function rowTitle(row: PackRow): string {
  return row.kind === 'attribute' ? `${row.elementName}: ${row.attributeName}` : row.title
}

// Bands from lowest to highest, as a drop-down lists them.
const BANDS_UP: BandLabel[] = [...BANDS].reverse().map((b) => b.label)
const BAND_CHOICE_KEYS = { 'no evidence': 'noEvidence', limited: 'limited', ability: 'ability', comprehensive: 'comprehensive', outstanding: 'outstanding' } as const

/** A band as the pack writes it in a cell ("Limited"). */
export const bandChoice = (label: BandLabel) => i18next.t(`prework:bands.${BAND_CHOICE_KEYS[label]}`)
/** N/A as the pack writes it. */
export const notApplicableChoice = () => i18next.t('prework:answer.notApplicable')

const scoreSteps = () => Array.from({ length: RADAR_MAX / RADAR_STEP + 1 }, (_, i) => String(i * RADAR_STEP))

/** The drop-down choices of an answer cell, as the cell shows them. */
export function answerChoices(spec: AnswerSpec): string[] {
  switch (spec.kind) {
    case 'level':
      return [...Array.from({ length: ISO_MAX_LEVEL + 1 }, (_, i) => String(i)), notApplicableChoice()]
    case 'band':
      return BANDS_UP.map(bandChoice)
    case 'score':
    case 'attribute':
      return scoreSteps()
  }
}

/** One sentence saying what an answer cell takes (the input prompt and the instructions use it). */
export function answerScale(spec: AnswerSpec): string {
  switch (spec.kind) {
    case 'level':
      return i18next.t('prework:answer.levelScale', { max: ISO_MAX_LEVEL, na: notApplicableChoice() })
    case 'band':
      return i18next.t('prework:answer.bandScale', { bands: BANDS_UP.map(bandChoice).join(', ') })
    case 'score':
      return i18next.t('prework:answer.scoreScale', { max: RADAR_MAX, step: RADAR_STEP })
    case 'attribute':
      return i18next.t('prework:answer.attributeScale', { max: RADAR_MAX, step: RADAR_STEP })
  }
}

/** A filled answer cell, read. */
export type Answer = { kind: 'level'; level: number } | { kind: 'not-applicable' } | { kind: 'score'; score: number }
export type ReadAnswer = { ok: true; answer: Answer | null } | { ok: false; problem: string }

/** What a cell can hold once the workbook reader has flattened rich text and formulas. */
export type CellValue = string | number | boolean | null | undefined

/** A cell's value as a person would quote it back ("3,5"), cut short if long. */
function quoted(raw: CellValue): string {
  const text = typeof raw === 'string' ? raw.trim() : String(raw)
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}

// Only plain decimal numbers; "3,5", "1e1", "0x5" are not read as numbers.
const NUMBER_TEXT = /^[+-]?\d+(\.\d+)?$/

function numberOf(raw: number | string): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null
  return NUMBER_TEXT.test(raw) ? Number(raw) : null
}

const NA_WORDS = new Set(['n/a', 'na', 'n.a.', 'not applicable'])

/**
 * Turns a cell's value into an answer: null for a blank cell, or a sentence saying why the value
 * is not one ("\"3,5\" is not a level 0–5"). Text and numbers are both read, since a spreadsheet
 * may keep "3" either way; case and spaces around the text do not matter.
 */
export function readAnswer(spec: AnswerSpec, raw: CellValue): ReadAnswer {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { ok: true, answer: null }
  const text = typeof raw === 'string' ? raw.trim() : null
  const value = typeof raw === 'number' || text !== null ? numberOf(text ?? (raw as number)) : null
  const lower = text?.toLowerCase()
  switch (spec.kind) {
    case 'level':
      if (lower !== undefined && (NA_WORDS.has(lower) || lower === notApplicableChoice().toLowerCase())) return { ok: true, answer: { kind: 'not-applicable' } }
      if (value !== null && isIsoLevel(value)) return { ok: true, answer: { kind: 'level', level: value } }
      return { ok: false, problem: i18next.t('prework:read.notLevel', { value: quoted(raw), max: ISO_MAX_LEVEL }) }
    case 'band': {
      const label = lower === undefined ? undefined : BANDS_UP.find((b) => b === lower || bandChoice(b).toLowerCase() === lower || i18next.t(`scoring:bands.${BAND_CHOICE_KEYS[b]}`).toLowerCase() === lower)
      if (label) return { ok: true, answer: { kind: 'score', score: bandScore(label) } }
      return { ok: false, problem: i18next.t('prework:read.notBand', { value: quoted(raw), bands: BANDS_UP.map(bandChoice).join(', ') }) }
    }
    case 'score':
    case 'attribute':
      if (value !== null && isRadarScore(value)) return { ok: true, answer: { kind: 'score', score: value } }
      return { ok: false, problem: i18next.t('prework:read.notScore', { value: quoted(raw), max: RADAR_MAX, step: RADAR_STEP }) }
  }
}

/** A text cell (note, reason) as text: numbers and booleans as written, blanks as ''. */
export function cellText(raw: CellValue): string {
  if (raw === null || raw === undefined) return ''
  return String(raw).trim()
}

/** The cells of one filled row, by its position in the layout. */
export interface FilledRow {
  answer?: CellValue
  reason?: CellValue
  note?: CellValue
}

export interface AssembledAnswers {
  /** Per item: the rating and note, as a response file holds them. */
  responses: Record<string, { rating?: StoredRating; note?: string }>
  /** What was left out, each "row N (id): what is wrong". */
  issues: string[]
}

const rowIssue = (index: number, key: string, problem: string) => i18next.t('prework:read.rowIssue', { row: sheetRowOf(index), id: key, problem })

/**
 * Turns one sheet's filled cells (`filled[i]` belongs to `sheet.rows[i]`) into ratings and
 * notes. A bad cell is left out and reported; the rest still counts. In attributes mode a part
 * needs every attribute or none: a part with some filled is reported and left out, since a RADAR
 * rating with missing attributes cannot be scored.
 */
export function assembleAnswers(sheet: PackSheet, filled: readonly FilledRow[]): AssembledAnswers {
  const responses: AssembledAnswers['responses'] = {}
  const issues: string[] = []
  const put = (itemId: string, part: { rating?: StoredRating; note?: string }) => {
    responses[itemId] = { ...(Object.hasOwn(responses, itemId) ? responses[itemId] : {}), ...part }
  }
  let part: { index: number; itemId: string; attributes: Record<string, number>; count: number; filled: number; bad: boolean } | null = null
  const closePart = () => {
    if (!part || part.count === 0) return
    if (!part.bad && part.filled === part.count) put(part.itemId, { rating: { kind: 'radar', attributes: part.attributes } })
    else if (!part.bad && part.filled > 0) issues.push(rowIssue(part.index, part.itemId, i18next.t('prework:read.attributesPartly', { filled: part.filled, count: part.count })))
  }

  sheet.rows.forEach((row, index) => {
    const cells = filled[index] ?? {}
    if (row.kind === 'section') return
    if (row.kind === 'item') {
      closePart()
      part = row.answer === null ? { index, itemId: row.itemId, attributes: {}, count: 0, filled: 0, bad: false } : null
      const note = cellText(cells.note)
      if (note.length > PREWORK_NOTE_MAX) issues.push(rowIssue(index, row.key, i18next.t('prework:read.noteTooLong', { max: PREWORK_NOTE_MAX })))
      else if (note !== '') put(row.itemId, { note })
      if (row.answer === null) return
      const reason = cellText(cells.reason)
      const read = readAnswer(row.answer, cells.answer)
      if (!read.ok) {
        issues.push(rowIssue(index, row.key, read.problem))
        return
      }
      const answer = read.answer
      if (answer?.kind === 'not-applicable') {
        if (reason.length > PREWORK_REASON_MAX) issues.push(rowIssue(index, row.key, i18next.t('prework:read.reasonTooLong', { max: PREWORK_REASON_MAX })))
        else put(row.itemId, { rating: { kind: 'not-applicable', justification: reason } })
        return
      }
      if (reason !== '') issues.push(rowIssue(index, row.key, i18next.t('prework:read.reasonWithoutNa', { na: notApplicableChoice() })))
      if (answer?.kind === 'level') put(row.itemId, { rating: { kind: 'level', level: answer.level } })
      else if (answer?.kind === 'score') put(row.itemId, { rating: { kind: 'quick', score: answer.score } })
      return
    }
    // An attribute row belongs to the part above it.
    if (!part || part.itemId !== row.itemId) return
    part.count++
    const read = readAnswer(row.answer, cells.answer)
    if (!read.ok) {
      part.bad = true
      issues.push(rowIssue(index, row.key, read.problem))
    } else if (read.answer?.kind === 'score') {
      part.attributes[row.attributeId] = read.answer.score
      part.filled++
    }
  })
  closePart()
  return { responses, issues }
}

/** Who and what a pack is for; written into its hidden identity sheet. */
export interface PackIdentity {
  format: typeof PREWORK_FORMAT
  formatVersion: number
  assessmentId: string
  origin: string
  title: string
  participantId: string
  frameworks: Array<{ id: string; edition: string }>
  efqmAnswer: EfqmAnswer
}

/** The identity's part of the checksum text. The title is left out: renaming an assessment does not change its questions. */
export function identityText(identity: PackIdentity): string {
  return JSON.stringify([
    identity.format,
    identity.formatVersion,
    identity.assessmentId,
    identity.origin,
    identity.participantId,
    identity.frameworks.map((f) => [f.id, f.edition]),
    identity.efqmAnswer,
  ])
}

/** One sheet's part of the checksum text: its framework, edition and every question. */
export function sheetText(sheet: PackSheet): string {
  return JSON.stringify([
    sheet.frameworkId,
    sheet.edition,
    sheet.rows.map((row) =>
      row.kind === 'item' ? [row.key, row.title, row.questions, row.answer?.kind ?? null] : row.kind === 'attribute' ? [row.key, row.elementName, row.attributeName] : [row.key, row.title],
    ),
  ])
}

/** The text the pack's checksum is taken over: the identity, then each sheet's questions. */
export function checksumText(identity: PackIdentity, sheets: readonly PackSheet[]): string {
  return [identityText(identity), ...sheets.map(sheetText)].join('\n')
}
