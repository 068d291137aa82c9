import i18next from 'i18next'
import type { Cell, DataValidation, Workbook, Worksheet } from 'exceljs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import type { Assessment, StoredParticipant } from '../../common/contract/assessment-schema'
import type { EfqmAnswer } from '../../common/contract/prework-schema'
import type { Framework } from '../../common/domain/framework'
import {
  answerChoices,
  answerScale,
  bandChoice,
  hasNotes,
  notApplicableChoice,
  packColumns,
  packLayout,
  PREWORK_FORMAT,
  PREWORK_FORMAT_VERSION,
  rowTitle,
  sheetRowOf,
  type AnswerSpec,
  type PackColumn,
  type PackIdentity,
  type PackRow,
  type PackSheet,
} from '../../common/domain/prework'
import { BAND_KEYS, bandRanges } from '../../common/domain/radar'
import { neutraliseFormula } from '../ipc/formula-guard'
import { loadExcel } from './exceljs-loader'
import { IDENTITY_KEYS, IDENTITY_SHEET, LISTS_SHEET, packChecksum, sheetChecksum } from './prework-identity'

/**
 * One participant's pre-work pack as an Excel workbook: instructions, a sheet per framework with
 * a drop-down answer cell per question, the scales, and a hidden identity that ties the file to
 * its assessment. Built from the stored assessment, so nothing of anyone else (their name, votes,
 * notes, the consensus) can get in: only this participant's name and the framework texts are
 * written.
 */
export interface PackRequest {
  assessment: Assessment
  participant: StoredParticipant
  frameworks: readonly Framework[]
  /** Framework ids, in the assessment's order. */
  chosen: readonly string[]
  efqmAnswer: EfqmAnswer
  now: Date
}

const WIDTHS: Record<PackColumn, number> = { id: 14, title: 32, questions: 55, help: 55, answer: 18, reason: 28, notes: 40 }
/** Points per line of 11-point text, and the least height of an answer row (room to type). */
const LINE_HEIGHT = 15
const MIN_ROW_HEIGHT = 30

/**
 * The height a row needs for its wrapped text. Excel and LibreOffice do not grow a row to fit
 * wrapped text in a file they open (LibreOffice does only when asked to recalculate), so text
 * would be cut off; this estimates the lines from the text's length and the column's width
 * (a column of width w holds about w average characters of 11-point text).
 */
export function rowHeight(cells: Array<{ text: string; width: number }>, minimum = LINE_HEIGHT): number {
  let lines = 1
  for (const { text: value, width } of cells) {
    if (!value) continue
    const perLine = Math.max(1, Math.floor(width * 1.05))
    const count = value.split('\n').reduce((total, paragraph) => total + Math.max(1, Math.ceil(paragraph.length / perLine)), 0)
    lines = Math.max(lines, count)
  }
  return Math.max(minimum, Math.ceil(lines * LINE_HEIGHT + 3))
}
const ANSWER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2B3' } } as const
const SECTION_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE3EA' } } as const
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2F4A63' } } as const
const LOCKED_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const
const FONT = { name: 'Calibri', size: 11 } as const
const THIN = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const

/** Excel's limits on a validation's texts. */
const PROMPT_MAX = 255
const TITLE_MAX = 32
const ERROR_MAX = 225
const INLINE_LIST_MAX = 255

/** Text as it goes into a cell: never a formula (electron/ipc/formula-guard.ts). */
const text = (value: string) => neutraliseFormula(value)
const cut = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value)

/** Protection with only the answer cells open; columns and rows may still be resized. */
const SHEET_PROTECTION = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true } as const

export function packIdentity(request: Omit<PackRequest, 'now'>, sheets: readonly PackSheet[]): PackIdentity {
  return {
    format: PREWORK_FORMAT,
    formatVersion: PREWORK_FORMAT_VERSION,
    assessmentId: request.assessment.id,
    origin: request.assessment.origin,
    title: request.assessment.title,
    participantId: request.participant.id,
    frameworks: sheets.map((sheet) => ({ id: sheet.frameworkId, edition: sheet.edition })),
    efqmAnswer: request.efqmAnswer,
  }
}

export async function buildPreworkPack(request: PackRequest): Promise<Uint8Array> {
  const ExcelJS = await loadExcel()
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Panorama'
  workbook.created = request.now
  workbook.modified = request.now
  const sheets = packLayout(request.frameworks, request.chosen, request.efqmAnswer)
  const identity = packIdentity(request, sheets)

  await writeInstructions(workbook, request, sheets)
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' })
  const listRanges = new Map<string, string>()
  for (const sheet of sheets) await writeFrameworkSheet(workbook, sheet, lists, listRanges)
  await writeScale(workbook, request, sheets)
  await writeIdentity(workbook, request, identity, sheets)
  await lists.protect('', SHEET_PROTECTION)

  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
  return lockStructure(bytes)
}

async function writeInstructions(workbook: Workbook, request: PackRequest, sheets: readonly PackSheet[]) {
  const sheet = workbook.addWorksheet(i18next.t('prework:pack.sheetInstructions'), { pageSetup: { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  sheet.getColumn(1).width = 80
  const line = (value: string, style: 'title' | 'heading' | 'plain' = 'plain') => {
    const row = sheet.addRow([text(value)])
    const cell = row.getCell(1)
    cell.alignment = { wrapText: true, vertical: 'top' }
    row.height = style === 'title' ? 24 : rowHeight([{ text: value, width: 80 }])
    if (style === 'title') cell.font = { ...FONT, bold: true, size: 16 }
    if (style === 'heading') cell.font = { ...FONT, bold: true, size: 12 }
  }
  line(i18next.t('prework:pack.instructionsTitle', { title: request.assessment.title }), 'title')
  if (request.assessment.organisation.name.trim()) line(i18next.t('prework:pack.organisation', { name: request.assessment.organisation.name }))
  line(i18next.t('prework:pack.participant', { name: request.participant.name }))
  line(i18next.t('prework:pack.generated', { date: request.now.toISOString().slice(0, 10) }))
  line('')
  line(i18next.t('prework:pack.howTitle'), 'heading')
  for (const key of ['alone', 'sheets', 'pick', 'blank', 'locked'] as const) line(`• ${i18next.t(`prework:pack.how.${key}`)}`)
  for (const framework of sheets) {
    if (framework.scoring === 'maturity') line(`• ${i18next.t('prework:pack.howIso')}`)
    else line(`• ${i18next.t(request.efqmAnswer === 'bands' ? 'prework:pack.howBands' : request.efqmAnswer === 'score' ? 'prework:pack.howScore' : 'prework:pack.howAttributes')}`)
  }
  line('')
  line(i18next.t('prework:pack.sendTitle'), 'heading')
  line(i18next.t('prework:pack.send'))
  await sheet.protect('', SHEET_PROTECTION)
}

/** The cell range (or inline list) of a drop-down's choices; lists longer than Excel's inline limit go to the hidden sheet. */
function choicesFormula(spec: AnswerSpec, lists: Worksheet, ranges: Map<string, string>): string {
  const choices = answerChoices(spec)
  const inline = `"${choices.join(',')}"`
  if (inline.length <= INLINE_LIST_MAX && !choices.some((choice) => choice.includes(',') || choice.includes('"'))) return inline
  const known = ranges.get(spec.kind)
  if (known) return known
  const column = ranges.size + 1
  choices.forEach((choice, index) => {
    lists.getCell(index + 1, column).value = text(choice)
  })
  const letter = lists.getColumn(column).letter
  const range = `'${LISTS_SHEET}'!$${letter}$1:$${letter}$${choices.length}`
  ranges.set(spec.kind, range)
  return range
}

function cellValue(row: PackRow, column: PackColumn): string {
  switch (column) {
    case 'id':
      return row.key
    case 'title':
      return rowTitle(row)
    case 'questions':
      return row.kind === 'item' ? row.questions.map((question) => `• ${question}`).join('\n') : ''
    // An attribute's help stands once on the Scale sheet, not under every part.
    case 'help':
      return row.kind === 'item' ? row.help : ''
    default:
      return ''
  }
}

async function writeFrameworkSheet(workbook: Workbook, layout: PackSheet, lists: Worksheet, ranges: Map<string, string>) {
  const sheet = workbook.addWorksheet(layout.sheetName, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  })
  const columns = packColumns(layout)
  sheet.columns = columns.map((column) => ({ key: column, width: WIDTHS[column] }))
  const header = sheet.getRow(1)
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1)
    cell.value = text(i18next.t(`prework:pack.columns.${column}`))
    cell.font = { ...FONT, bold: true, color: { argb: 'FFFFFFFF' } }
    cell.fill = HEADER_FILL
    cell.alignment = { vertical: 'middle', wrapText: true }
  })
  sheet.pageSetup.printTitlesRow = '1:1'

  layout.rows.forEach((row, index) => {
    const sheetRow = sheet.getRow(sheetRowOf(index))
    sheetRow.height = rowHeight(
      columns.map((column) => ({ text: cellValue(row, column), width: WIDTHS[column] })),
      // An attribute's id ("1.1 · learningCreativity") takes two lines of its small type.
      row.kind === 'item' && row.answer !== null ? MIN_ROW_HEIGHT : row.kind === 'attribute' ? 26 : LINE_HEIGHT + 5,
    )
    columns.forEach((column, columnIndex) => {
      const cell = sheetRow.getCell(columnIndex + 1)
      const value = cellValue(row, column)
      if (value) cell.value = text(value)
      cell.alignment = { wrapText: true, vertical: 'top', ...(row.kind === 'attribute' && column === 'title' ? { indent: 1 } : {}) }
      cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN }
      if (row.kind === 'section') {
        cell.font = { ...FONT, bold: true }
        cell.fill = SECTION_FILL
        return
      }
      if (row.kind === 'item' && (column === 'id' || column === 'title')) cell.font = { ...FONT, bold: true }
      if (row.kind === 'attribute' && column === 'id') cell.font = { ...FONT, color: { argb: 'FF7F7F7F' }, size: 9 }
      const open = (column === 'answer' && row.answer !== null) || (column === 'reason' && row.answer?.kind === 'level') || (column === 'notes' && hasNotes(row))
      if (open) openCell(cell)
      if (open && column === 'answer') cell.alignment = { vertical: 'top', horizontal: 'center' }
      if (!open && (column === 'answer' || column === 'reason' || column === 'notes')) cell.fill = LOCKED_FILL
    })
  })
  const answerColumn = sheet.getColumn(columns.indexOf('answer') + 1).letter
  const bySpec = new Map<AnswerSpec['kind'], { spec: AnswerSpec; rows: number[] }>()
  layout.rows.forEach((row, index) => {
    if (row.kind === 'section' || row.answer === null) return
    const entry = bySpec.get(row.answer.kind) ?? { spec: row.answer, rows: [] }
    entry.rows.push(sheetRowOf(index))
    bySpec.set(row.answer.kind, entry)
  })
  for (const { spec, rows } of bySpec.values()) {
    for (const [from, to] of runsOf(rows)) addValidation(sheet, from === to ? `${answerColumn}${from}` : `${answerColumn}${from}:${answerColumn}${to}`, spec, lists, ranges)
  }
  await sheet.protect('', SHEET_PROTECTION)
}

function openCell(cell: Cell) {
  cell.protection = { locked: false }
  cell.fill = ANSWER_FILL
}

/** exceljs's own range building (per-cell validations) can write overlapping ranges, which Excel repairs away; one range per run of rows is written instead. */
type SheetValidations = { dataValidations: { add(address: string, validation: DataValidation): void } }

/** The drop-down, its prompt and its error alert for a run of answer cells of one kind. */
function addValidation(sheet: Worksheet, address: string, spec: AnswerSpec, lists: Worksheet, ranges: Map<string, string>) {
  const scale = answerScale(spec)
  ;(sheet as unknown as SheetValidations).dataValidations.add(address, {
    type: 'list',
    allowBlank: true,
    formulae: [choicesFormula(spec, lists, ranges)],
    showInputMessage: true,
    promptTitle: cut(i18next.t('prework:pack.promptTitle'), TITLE_MAX),
    prompt: cut(scale, PROMPT_MAX),
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: cut(i18next.t('prework:pack.errorTitle'), TITLE_MAX),
    error: cut(i18next.t('prework:pack.error', { scale }), ERROR_MAX),
  })
}

/** Rows (1-based, ascending) as runs of consecutive rows: [3, 4, 5, 7] → [[3, 5], [7, 7]]. */
export function runsOf(rows: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  for (const row of rows) {
    const last = runs.at(-1)
    if (last && row === last[1] + 1) last[1] = row
    else runs.push([row, row])
  }
  return runs
}

async function writeScale(workbook: Workbook, request: PackRequest, sheets: readonly PackSheet[]) {
  const sheet = workbook.addWorksheet(i18next.t('prework:pack.sheetScale'), { pageSetup: { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  sheet.columns = [{ width: 34 }, { width: 90 }]
  const heading = (value: string) => {
    sheet.addRow([])
    const row = sheet.addRow([text(value)])
    row.getCell(1).font = { ...FONT, bold: true, size: 12 }
  }
  const entry = (name: string, description: string) => {
    const row = sheet.addRow([text(name), text(description)])
    row.height = rowHeight([{ text: name, width: 34 }, { text: description, width: 90 }])
    row.getCell(1).font = { ...FONT, bold: true }
    row.eachCell((cell) => {
      cell.alignment = { wrapText: true, vertical: 'top' }
    })
  }
  sheet.addRow([text(i18next.t('prework:pack.scaleTitle'))]).getCell(1).font = { ...FONT, bold: true, size: 16 }
  for (const layout of sheets) {
    const framework = request.frameworks.find((f) => f.id === layout.frameworkId)!
    if (framework.scoring === 'maturity') {
      heading(i18next.t('prework:pack.isoLevels'))
      for (const level of framework.maturityLevels ?? []) entry(i18next.t('prework:pack.levelRow', { level: level.level, label: level.label }), level.description)
      entry(i18next.t('prework:pack.notApplicableRow', { na: notApplicableChoice() }), i18next.t('prework:pack.notApplicableHelp'))
      continue
    }
    if (request.efqmAnswer === 'bands') {
      heading(i18next.t('prework:pack.bandsTitle'))
      for (const band of bandRanges().reverse()) {
        entry(i18next.t('prework:pack.bandRow', { band: bandChoice(band.label), from: band.from, to: band.to }), i18next.t(`prework:pack.bandHelp.${BAND_KEYS[band.label]}`))
      }
    } else {
      heading(i18next.t('prework:pack.scoresTitle'))
      entry(i18next.t('prework:pack.scoresTitle'), i18next.t('prework:pack.scoresHelp'))
    }
    if (request.efqmAnswer === 'attributes' && framework.radar) {
      heading(i18next.t('prework:pack.attributesTitle'))
      for (const set of ['enabler', 'results'] as const) {
        const sections = framework.sections.filter((section) => section.attributeSet === set).map((section) => section.id)
        if (sections.length === 0) continue
        sheet.addRow([text(i18next.t(set === 'enabler' ? 'prework:pack.enablerAttributes' : 'prework:pack.resultsAttributes', { sections: sections.join(', ') }))]).getCell(1).font = { ...FONT, italic: true }
        for (const element of framework.radar[set]) {
          for (const attribute of element.attributes) entry(i18next.t('prework:pack.attributeRow', { element: element.name, attribute: attribute.name }), attribute.help)
        }
      }
    }
  }
  await sheet.protect('', SHEET_PROTECTION)
}

async function writeIdentity(workbook: Workbook, request: PackRequest, identity: PackIdentity, sheets: readonly PackSheet[]) {
  const sheet = workbook.addWorksheet(IDENTITY_SHEET, { state: 'veryHidden' })
  const put = (key: string, ...values: Array<string | number>) => sheet.addRow([key, ...values.map((value) => (typeof value === 'string' ? text(value) : value))])
  put(IDENTITY_KEYS.format, identity.format)
  put(IDENTITY_KEYS.formatVersion, identity.formatVersion)
  put(IDENTITY_KEYS.assessmentId, identity.assessmentId)
  put(IDENTITY_KEYS.origin, identity.origin)
  put(IDENTITY_KEYS.title, identity.title)
  put(IDENTITY_KEYS.participantId, identity.participantId)
  put(IDENTITY_KEYS.participantName, request.participant.name)
  put(IDENTITY_KEYS.participantRole, request.participant.role)
  for (const layout of sheets) put(IDENTITY_KEYS.framework, layout.frameworkId, layout.edition, sheetChecksum(layout))
  put(IDENTITY_KEYS.efqmAnswer, identity.efqmAnswer)
  put(IDENTITY_KEYS.generatedAt, request.now.toISOString())
  put(IDENTITY_KEYS.checksum, packChecksum(identity, sheets))
  await sheet.protect('', SHEET_PROTECTION)
}

/**
 * exceljs cannot protect a workbook's structure, so the sheets could be renamed, moved, unhidden
 * or deleted; the element goes into xl/workbook.xml by hand, where the schema wants it (before
 * <bookViews>).
 */
export function lockStructure(xlsx: Uint8Array): Uint8Array {
  const entries = unzipSync(xlsx)
  const name = 'xl/workbook.xml'
  const xml = strFromU8(entries[name]!)
  const protection = '<workbookProtection lockStructure="1"/>'
  const locked = xml.includes('<bookViews>') ? xml.replace('<bookViews>', `${protection}<bookViews>`) : xml.replace('<sheets>', `${protection}<sheets>`)
  entries[name] = strToU8(locked)
  return zipSync(entries, { level: 6 })
}
