import i18next from 'i18next'
import { jsPDF } from 'jspdf'
import type { EfqmAnswer } from '../../../common/contract/prework-schema'
import type { Framework } from '../../../common/domain/framework'
import { answerChoices, answerScale, bandChoice, notApplicableChoice, rowTitle, type AnswerSpec, type PackRow, type PackSheet } from '../../../common/domain/prework'
import { bandRanges } from '../../../common/domain/radar'
import { fileIdOf, pdfDate, pdfTextString, type ReportFonts } from './build-report'
import { COLOURS, createCursor, drawHeadersAndFooters, ensureSpace, FONT, LEADING, pageLayout, setFont, SIZES, type ReportCursor } from './layout'
import { longDate } from './report-model'
import { table } from './tables'
import { bullets, heading, labelledLines, note, paragraph, sectionHeading, space } from './text'

/**
 * One participant's printable pre-work pack, for pen and paper: the same rows as the workbook
 * (common/domain/prework.ts lays them out), each with boxes to tick and lines for notes. It is
 * drawn from the participant's own name and the questions only, so it cannot hold anyone else's
 * name or votes.
 */

export interface PackPdfInput {
  participantName: string
  assessmentTitle: string
  organisation: string
  /** The assessment's date (YYYY-MM-DD), if it has one. */
  date: string | null
  /** The pack's rows, from `packLayout`. */
  sheets: readonly PackSheet[]
  /** The chosen frameworks, for the scale: ISO's levels and EFQM's RADAR attributes. */
  frameworks: readonly Framework[]
  efqmAnswer: EfqmAnswer
  paper: 'a4' | 'letter'
  createdAt: Date
}

function dateText(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  return match ? longDate(Number(match[1]), Number(match[2]), Number(match[3])) : date
}

const BOX = 10
const BOX_GAP = 4
const LINE_GAP = 17
/** A row of scale boxes with the values under them. */
const SCALE_ROW = BOX + SIZES.tiny + 8
/** Two notes lines and the space after them. */
const NOTES_HEIGHT = SIZES.small + 2 + LINE_GAP + 8 + 4

/** A box to tick with its label after it; returns the x where the next one may start. */
function tickBox(cursor: ReportCursor, x: number, label: string): number {
  const { doc } = cursor
  doc.setDrawColor(COLOURS.text)
  doc.setLineWidth(0.7)
  doc.rect(x, cursor.y, BOX, BOX)
  setFont(doc, SIZES.small, 'normal', COLOURS.text)
  doc.text(label, x + BOX + 3, cursor.y + BOX - 1.6)
  return x + BOX + 3 + doc.getTextWidth(label) + 12
}

/** Blank ruled lines to write on, labelled in small grey type. */
function writingLines(cursor: ReportCursor, label: string, count: number): void {
  const { doc, layout } = cursor
  ensureSpace(cursor, LINE_GAP * count + 4)
  setFont(doc, SIZES.small, 'normal', COLOURS.muted)
  doc.text(label, layout.left, cursor.y + SIZES.small)
  const start = layout.left + doc.getTextWidth(label) + 6
  doc.setDrawColor(COLOURS.rule)
  doc.setLineWidth(0.5)
  for (let line = 0; line < count; line++) {
    const y = cursor.y + SIZES.small + 2 + line * LINE_GAP
    doc.line(line === 0 ? start : layout.left, y, layout.right, y)
  }
  cursor.y += SIZES.small + 2 + (count - 1) * LINE_GAP + 8
}

/** A row of boxes, one per choice, wrapping onto a second row if the choices are wide. */
function choiceBoxes(cursor: ReportCursor, choices: readonly string[], indent = 0): void {
  const { doc, layout } = cursor
  ensureSpace(cursor, BOX + 8)
  let x = layout.left + indent
  for (const choice of choices) {
    setFont(doc, SIZES.small, 'normal')
    const width = BOX + 3 + doc.getTextWidth(choice) + 12
    if (x + width > layout.right + 12 && x > layout.left + indent) {
      cursor.y += BOX + BOX_GAP + 2
      ensureSpace(cursor, BOX + 8)
      x = layout.left + indent
    }
    x = tickBox(cursor, x, choice)
  }
  cursor.y += BOX + 8
}

/** A box to write a score in, with what it takes beside it. */
function scoreBox(cursor: ReportCursor, label: string): void {
  const { doc, layout } = cursor
  ensureSpace(cursor, 26)
  doc.setDrawColor(COLOURS.text)
  doc.setLineWidth(0.7)
  doc.rect(layout.left, cursor.y, 52, 20)
  setFont(doc, SIZES.small, 'normal', COLOURS.muted)
  doc.text(label, layout.left + 60, cursor.y + 13)
  cursor.y += 28
}

function drawAnswer(cursor: ReportCursor, spec: AnswerSpec, indent = 0): void {
  switch (spec.kind) {
    case 'level':
      choiceBoxes(cursor, answerChoices(spec), indent)
      writingLines(cursor, i18next.t('participants:prework.pdf.naReason', { na: notApplicableChoice() }), 1)
      return
    case 'band':
      choiceBoxes(cursor, answerChoices(spec), indent)
      return
    case 'score':
      scoreBox(cursor, answerScale(spec))
      return
    case 'attribute':
      scaleBoxes(cursor, answerChoices(spec), indent)
  }
}

/** Many narrow choices (0, 5, … 100) as one row of boxes with the value under each, so a row never wraps. */
function scaleBoxes(cursor: ReportCursor, choices: readonly string[], indent: number): void {
  const { doc, layout } = cursor
  ensureSpace(cursor, SCALE_ROW)
  const pitch = Math.min(24, (layout.contentWidth - indent) / choices.length)
  doc.setDrawColor(COLOURS.text)
  doc.setLineWidth(0.7)
  setFont(doc, SIZES.tiny, 'normal', COLOURS.muted)
  choices.forEach((choice, index) => {
    const x = layout.left + indent + index * pitch
    doc.rect(x, cursor.y, BOX, BOX)
    doc.text(choice, x + BOX / 2, cursor.y + BOX + SIZES.tiny + 1.5, { align: 'center' })
  })
  cursor.y += SCALE_ROW
}

const lineHeight = (size: number) => size * LEADING
/** Lines `text` takes at `size` across the content width less `indent`. */
function linesOf(cursor: ReportCursor, text: string, size: number, weight: 'normal' | 'bold', indent = 0): number {
  setFont(cursor.doc, size, weight)
  return (cursor.doc.splitTextToSize(text, cursor.layout.contentWidth - indent) as string[]).length
}

/**
 * About how tall an item's block is, from its title to its notes lines (in attributes mode, to its
 * first attribute), so the block can start on a new page rather than break in its middle.
 */
function itemHeight(cursor: ReportCursor, row: Extract<PackRow, { kind: 'item' }>): number {
  let height = SIZES.h3 * 0.7 + linesOf(cursor, `${row.itemId} ${row.title}`, SIZES.h3, 'bold') * lineHeight(SIZES.h3) + SIZES.h3 * 0.35
  for (const question of row.questions) height += linesOf(cursor, question, SIZES.small, 'normal', SIZES.small * 1.1) * lineHeight(SIZES.small) + SIZES.small * 0.25
  height += SIZES.small * 0.4
  if (row.help) height += linesOf(cursor, row.help, SIZES.small, 'normal') * lineHeight(SIZES.small) + 6
  if (!row.answer) return height + lineHeight(SIZES.small) + 4 + lineHeight(SIZES.small) + 3 + SCALE_ROW
  const answer = row.answer.kind === 'level' ? BOX + 8 + LINE_GAP : row.answer.kind === 'score' ? 28 : BOX + 8
  return height + answer + NOTES_HEIGHT
}

/** Starts a new page unless `height` fits; a block taller than a page just starts where it is. */
function keepTogether(cursor: ReportCursor, height: number): void {
  // The block starts afresh: a page it moves to needs no "(continued)" line for the one before.
  cursor.continued = null
  if (height < cursor.layout.bottom - cursor.layout.top) ensureSpace(cursor, height)
}

function drawRow(cursor: ReportCursor, row: PackRow, next: PackRow | undefined): void {
  switch (row.kind) {
    case 'section': {
      // A section's title stays with its first item.
      const title = SIZES.h2 * 2 + linesOf(cursor, `${row.key} ${row.title}`, SIZES.h2, 'bold') * lineHeight(SIZES.h2)
      keepTogether(cursor, title + (next?.kind === 'item' ? itemHeight(cursor, next) : 0))
      heading(cursor, `${row.key} ${row.title}`, 2, 0)
      return
    }
    case 'item': {
      // An item's questions, boxes and notes belong on one page.
      keepTogether(cursor, itemHeight(cursor, row))
      heading(cursor, `${row.itemId} ${row.title}`, 3, 70)
      if (row.questions.length > 0) bullets(cursor, row.questions, { size: SIZES.small, after: 2 })
      if (row.help) note(cursor, row.help, 6)
      if (row.answer) drawAnswer(cursor, row.answer)
      else note(cursor, i18next.t('participants:prework.pdf.attributesBelow'), 4)
      if (!row.answer) return
      writingLines(cursor, i18next.t('participants:prework.pdf.notes'), 2)
      space(cursor, 4)
      return
    }
    case 'attribute':
      ensureSpace(cursor, lineHeight(SIZES.small) + 3 + SCALE_ROW)
      paragraph(cursor, rowTitle(row), { size: SIZES.small, weight: 'bold', indent: 8, after: 3 })
      drawAnswer(cursor, row.answer, 8)
  }
}

/** After the last attribute of a part come the part's notes lines. */
function drawSheet(cursor: ReportCursor, sheet: PackSheet): void {
  sectionHeading(cursor, i18next.t('participants:prework.pdf.framework', { name: sheet.frameworkName, edition: sheet.edition }))
  paragraph(cursor, i18next.t(sheet.hasReason ? 'participants:prework.pdf.howIso' : 'participants:prework.pdf.howEfqm'), { size: SIZES.small, colour: COLOURS.muted })
  sheet.rows.forEach((row, index) => {
    const next = sheet.rows[index + 1]
    drawRow(cursor, row, next)
    if (row.kind === 'attribute' && next?.kind !== 'attribute') {
      writingLines(cursor, i18next.t('participants:prework.pdf.notes'), 2)
      space(cursor, 4)
    }
  })
}

function drawCover(cursor: ReportCursor, input: PackPdfInput): void {
  const { doc, layout } = cursor
  cursor.y = layout.top + 40
  setFont(doc, SIZES.small, 'bold', COLOURS.accent)
  doc.text(i18next.t('common:appName').toUpperCase(), layout.left, cursor.y)
  cursor.y += 26
  paragraph(cursor, i18next.t('participants:prework.pdf.title'), { size: SIZES.title, weight: 'bold', colour: COLOURS.heading, after: 4 })
  paragraph(cursor, input.participantName, { size: 18, weight: 'bold', after: 8 })
  doc.setDrawColor(COLOURS.accent)
  doc.setLineWidth(2)
  doc.line(layout.left, cursor.y, layout.left + 64, cursor.y)
  space(cursor, 20)
  const rows: Array<[string, string]> = [
    [i18next.t('participants:prework.pdf.assessment'), input.assessmentTitle],
    [i18next.t('participants:prework.pdf.organisation'), input.organisation || '—'],
  ]
  if (input.date) rows.push([i18next.t('participants:prework.pdf.date'), dateText(input.date)])
  rows.push([i18next.t('participants:prework.pdf.frameworks'), input.sheets.map((s) => `${s.frameworkName} ${s.edition}`).join('\n')])
  labelledLines(cursor, rows, 96)
  heading(cursor, i18next.t('participants:prework.pdf.instructionsHeading'), 2, 60)
  bullets(cursor, (['alone', 'tick', 'notes', 'handBack'] as const).map((key) => i18next.t(`participants:prework.pdf.instructions.${key}`)))
  note(cursor, i18next.t('participants:prework.pdf.privacy'))
}

function bandRows(): string[][] {
  return bandRanges().map((b) => [bandChoice(b.label), `${b.from}–${b.to}`])
}

function drawScale(cursor: ReportCursor, input: PackPdfInput): void {
  sectionHeading(cursor, i18next.t('participants:prework.pdf.scaleHeading'))
  for (const sheet of input.sheets) {
    const framework = input.frameworks.find((f) => f.id === sheet.frameworkId)
    if (!framework) continue
    if (framework.scoring === 'maturity') {
      heading(cursor, i18next.t('participants:prework.pdf.isoScale', { name: framework.name }), 2, 80)
      table(cursor, {
        head: [i18next.t('participants:prework.pdf.level'), i18next.t('participants:prework.pdf.meaning')],
        body: (framework.maturityLevels ?? []).map((level) => [String(level.level), `${level.label}. ${level.description}`]),
        columns: { 0: { cellWidth: 44, halign: 'center' } },
      })
      note(cursor, i18next.t('participants:prework.pdf.isoNa', { na: notApplicableChoice() }))
      continue
    }
    heading(cursor, i18next.t('participants:prework.pdf.efqmScale', { name: framework.name }), 2, 80)
    paragraph(cursor, i18next.t(`participants:prework.pdf.efqmMode.${input.efqmAnswer}`), { size: SIZES.small })
    if (input.efqmAnswer !== 'attributes') {
      table(cursor, { head: [i18next.t('participants:prework.pdf.band'), i18next.t('participants:prework.pdf.range')], body: bandRows(), columns: { 1: { halign: 'right' } } })
      continue
    }
    for (const [set, elements] of Object.entries(framework.radar ?? {})) {
      heading(cursor, i18next.t(`participants:prework.pdf.attributeSet.${set === 'results' ? 'results' : 'enabler'}`), 3, 60)
      table(cursor, {
        head: [i18next.t('participants:prework.pdf.attribute'), i18next.t('participants:prework.pdf.meaning')],
        body: elements.flatMap((element) => element.attributes.map((attribute) => [`${element.name}: ${attribute.name}`, attribute.help])),
        columns: { 0: { cellWidth: 150 } },
      })
    }
  }
}

export function buildPackPdf(input: PackPdfInput, fonts: ReportFonts): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: input.paper, orientation: 'portrait', compress: true, putOnlyUsedFonts: true })
  doc.addFileToVFS('PanoramaSans-Regular.ttf', fonts.regular)
  doc.addFont('PanoramaSans-Regular.ttf', FONT, 'normal')
  doc.addFileToVFS('PanoramaSans-Bold.ttf', fonts.bold)
  doc.addFont('PanoramaSans-Bold.ttf', FONT, 'bold')
  doc.setFont(FONT, 'normal')
  doc.setCreationDate(pdfDate(input.createdAt))
  doc.setFileId(fileIdOf(`${input.participantName}|${input.assessmentTitle}|${input.efqmAnswer}|${input.sheets.map((s) => s.frameworkId).join(',')}`))
  doc.setLanguage(i18next.t('report:languageTag') as Parameters<typeof doc.setLanguage>[0])
  const title = i18next.t('participants:prework.pdf.documentTitle', { name: input.participantName, assessment: input.assessmentTitle })
  doc.setDocumentProperties({ title: pdfTextString(title), creator: pdfTextString(i18next.t('common:appName')) })

  const layout = pageLayout(input.paper)
  const cursor = createCursor(doc, layout)
  drawCover(cursor, input)
  drawScale(cursor, input)
  for (const sheet of input.sheets) drawSheet(cursor, sheet)
  drawHeadersAndFooters(doc, layout, { organisation: input.organisation || input.assessmentTitle, date: input.date ? dateText(input.date) : '', title })
  return new Uint8Array(doc.output('arraybuffer'))
}

