import i18next from 'i18next'
import { jsPDF } from 'jspdf'
import { createCursor, drawHeadersAndFooters, FONT, pageLayout, type ReportCursor } from './layout'
import { reportTitle, type ReportModel, type ReportOptions } from './report-model'
import { drawAchievedScores } from './sections/achieved-scores'
import { drawActionPlan } from './sections/action-plan'
import { drawAppendix } from './sections/appendix'
import { drawContents, reserveContents } from './sections/contents'
import { drawCover } from './sections/cover'
import { drawEfqmScores } from './sections/efqm-scores'
import { drawExecutiveSummary } from './sections/executive-summary'
import { drawIsoConformity } from './sections/iso-conformity'
import { drawStakeholderComparison } from './sections/stakeholder-comparison'
import { drawTeamViews } from './sections/team-views'

/**
 * Lays the report model out as a PDF: embedded fonts, vector charts, tables that repeat their head
 * on every page, a table of contents and a running header and footer. Deterministic: the same
 * model, fonts and options give the same bytes (no clock, no randomness).
 */

export interface ReportFonts {
  /** Base64 TrueType files. */
  regular: string
  bold: string
}

/** 128 bits of FNV-1a over the text, as the 32 hex digits a PDF file identifier takes. */
export function fileIdOf(text: string): string {
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]
  return seeds
    .map((seed) => {
      let hash = seed >>> 0
      for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i)
        hash = Math.imul(hash, 0x01000193) >>> 0
      }
      return hash.toString(16).padStart(8, '0')
    })
    .join('')
}

const pad = (value: number) => String(value).padStart(2, '0')

/** A PDF date in UTC ("D:20260401090000+00'00'"), so the bytes do not depend on the machine's time zone. */
export function pdfDate(date: Date): string {
  return `D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}+00'00'`
}

/**
 * A document-information string: plain ASCII as it is, anything else as UTF-16BE with a byte-order
 * mark (jsPDF writes each character's low byte), so viewers show "Zürich" rather than mojibake.
 */
export function pdfTextString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text
  let bytes = '\xfe\xff'
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    bytes += String.fromCharCode(unit >> 8, unit & 0xff)
  }
  return bytes
}

function registerFonts(doc: jsPDF, fonts: ReportFonts): void {
  doc.addFileToVFS('PanoramaSans-Regular.ttf', fonts.regular)
  doc.addFont('PanoramaSans-Regular.ttf', FONT, 'normal')
  doc.addFileToVFS('PanoramaSans-Bold.ttf', fonts.bold)
  doc.addFont('PanoramaSans-Bold.ttf', FONT, 'bold')
  doc.setFont(FONT, 'normal')
}

/**
 * Gives the embedded fonts the name of the typeface they are, with the six-letter tag PDF uses
 * for a subset ("ABCDEF+DejaVuSans"), so font lists show DejaVu Sans. jsPDF looks fonts up by the
 * name they were registered under, so this runs only after the last line is drawn.
 */
function nameEmbeddedFonts(doc: jsPDF, fileId: string): void {
  const tag = [...fileId.slice(0, 6)].map((digit) => String.fromCharCode(65 + parseInt(digit, 16))).join('')
  for (const [style, name] of [
    ['normal', 'DejaVuSans'],
    ['bold', 'DejaVuSans-Bold'],
  ] as const) {
    doc.setFont(FONT, style)
    doc.getFont().fontName = `${tag}+${name}`
  }
}

export function buildReportPdf(model: ReportModel, fonts: ReportFonts, options: ReportOptions, onProgress?: (fraction: number) => void): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: options.paper, orientation: 'portrait', compress: true, putOnlyUsedFonts: true })
  registerFonts(doc, fonts)
  doc.setCreationDate(pdfDate(options.createdAt))
  const fileId = fileIdOf(`${model.assessmentId}|${options.paper}|${options.appendix}|${options.anonymise}`)
  doc.setFileId(fileId)
  // The language of the words, which is the catalogue's: each translation names its own tag.
  doc.setLanguage(i18next.t('report:languageTag') as Parameters<typeof doc.setLanguage>[0])
  doc.setDocumentProperties({
    title: pdfTextString(i18next.t('report:documentTitle', { title: reportTitle(), organisation: model.organisation })),
    subject: pdfTextString(model.title),
    creator: pdfTextString(i18next.t('common:appName')),
  })

  const layout = pageLayout(options.paper)
  const cursor: ReportCursor = createCursor(doc, layout)
  const appendixSections = model.appendix ? model.appendix.reduce((total, framework) => total + framework.sections.length, 0) : 0
  const steps = 9 + appendixSections
  let done = 0
  const step = () => onProgress?.(Math.min(1, ++done / steps))

  drawCover(cursor, model)
  const contentsPage = reserveContents(cursor)
  step()
  drawExecutiveSummary(cursor, model)
  step()
  drawEfqmScores(cursor, model)
  step()
  drawIsoConformity(cursor, model)
  step()
  drawStakeholderComparison(cursor, model)
  step()
  drawAchievedScores(cursor, model)
  step()
  drawTeamViews(cursor, model)
  step()
  drawActionPlan(cursor, model)
  step()
  if (model.appendix) drawAppendix(cursor, model.appendix, step)

  drawContents(cursor, contentsPage)
  drawHeadersAndFooters(doc, layout, { organisation: model.organisation, date: model.date, title: i18next.t('report:runningTitle', { title: reportTitle(), assessment: model.title }) })
  nameEmbeddedFonts(doc, fileId)
  const bytes = new Uint8Array(doc.output('arraybuffer'))
  step()
  onProgress?.(1)
  return bytes
}
