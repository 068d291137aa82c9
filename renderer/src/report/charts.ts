import i18next from 'i18next'
import type { jsPDF } from 'jspdf'
import { formatFigure } from '../../../common/domain/figures'
import { bandName } from '../../../common/domain/radar'
import { COLOURS, ensureSpace, setFont, SIZES, type ReportCursor } from './layout'
import type { ClauseRow, CriterionRow, HeatCellModel } from './report-model'

/**
 * Vector charts drawn with jsPDF's own primitives (rectangles, lines, text), so they print sharp
 * at any size and their text stays searchable. Missing values are written as "not assessed" or
 * "–", never drawn as a zero bar.
 */

export const EFQM_FILL = '#0072B2'
export const ISO_FILL = '#D55E00'
export const TARGET_STROKE = '#555555'
/** ISO levels 0–5, from the PuOr diverging palette (orange below conformity, purple above). */
export const LEVEL_PALETTE = ['#b35806', '#e08214', '#fdb863', '#b2abd2', '#8073ac', '#542788'] as const
const LEVEL_TEXT = ['#ffffff', COLOURS.text, COLOURS.text, COLOURS.text, '#ffffff', '#ffffff'] as const
const NOT_APPLICABLE_FILL = '#e4e6e9'
const AXIS = '#8a939d'
const GRID = '#dde2e7'
const BAND_FILLS = ['#e9edf2', '#f8f9fb'] as const

export interface LegendEntry {
  label: string
  fill?: string
  /** Drawn as a dashed outline with no fill (a target, not a measurement). */
  dashed?: string
  stroke?: string
  /** Text inside the swatch, as on the heat map ("n/a", "–"). */
  mark?: string
}

const SWATCH = 9

function swatch(doc: jsPDF, x: number, y: number, entry: LegendEntry): void {
  if (entry.dashed) {
    doc.setDrawColor(entry.dashed)
    doc.setLineWidth(0.9)
    doc.setLineDashPattern([2, 1.5], 0)
    doc.rect(x, y, SWATCH, SWATCH, 'S')
    doc.setLineDashPattern([], 0)
    return
  }
  doc.setFillColor(entry.fill ?? COLOURS.white)
  doc.setDrawColor(entry.stroke ?? entry.fill ?? COLOURS.rule)
  doc.setLineWidth(0.5)
  doc.rect(x, y, SWATCH, SWATCH, 'FD')
  if (entry.mark) {
    setFont(doc, 5.5, 'normal', COLOURS.text)
    doc.text(entry.mark, x + SWATCH / 2, y + SWATCH / 2 + 2, { align: 'center' })
  }
}

/** A row (or rows) of swatches and labels, flowing across the content width. */
export function legend(cursor: ReportCursor, entries: readonly LegendEntry[]): void {
  const { doc, layout } = cursor
  const rowHeight = 13
  setFont(doc, SIZES.tiny + 0.4)
  const widths = entries.map((entry) => SWATCH + 4 + doc.getTextWidth(entry.label) + 14)
  let rows = 1
  let run = 0
  for (const width of widths) {
    if (run + width > layout.contentWidth && run > 0) {
      rows++
      run = 0
    }
    run += width
  }
  ensureSpace(cursor, rows * rowHeight + 4)
  let x = layout.left
  let y = cursor.y
  entries.forEach((entry, index) => {
    const width = widths[index]!
    if (x + width > layout.right + 14 && x > layout.left) {
      x = layout.left
      y += rowHeight
    }
    swatch(doc, x, y, entry)
    setFont(doc, SIZES.tiny + 0.4, 'normal', COLOURS.text)
    doc.text(entry.label, x + SWATCH + 4, y + SWATCH - 1.6)
    x += width
  })
  cursor.y = y + rowHeight + 4
}

// ---------------------------------------------------------------- EFQM criteria: horizontal bars

const RADAR_BANDS = [
  { from: 0, to: 10, band: 'no evidence' },
  { from: 10, to: 40, band: 'limited' },
  { from: 40, to: 70, band: 'ability' },
  { from: 70, to: 90, band: 'comprehensive' },
  { from: 90, to: 100, band: 'outstanding' },
] as const

/** One bar per criterion on 0–100 %, over the shaded RADAR bands, each with its score and points. */
export function criterionChart(cursor: ReportCursor, criteria: readonly CriterionRow[]): void {
  const { doc, layout } = cursor
  const labelWidth = 138
  const valueWidth = 96
  const rowHeight = 24
  const bandLabelHeight = 12
  const axisHeight = 14
  const x0 = layout.left + labelWidth
  const plotWidth = layout.contentWidth - labelWidth - valueWidth
  const xOf = (percent: number) => x0 + (plotWidth * percent) / 100
  const height = bandLabelHeight + criteria.length * rowHeight + axisHeight
  ensureSpace(cursor, height + 40)
  const top = cursor.y + bandLabelHeight
  const plotBottom = top + criteria.length * rowHeight

  RADAR_BANDS.forEach((band, index) => {
    const width = xOf(band.to) - xOf(band.from)
    doc.setFillColor(BAND_FILLS[index % 2]!)
    doc.rect(xOf(band.from), top, width, plotBottom - top, 'F')
    setFont(doc, SIZES.tiny - 0.6, 'normal', COLOURS.muted)
    // Narrow bands (no evidence, outstanding) are named in the legend only.
    const label = bandName(band.band)
    if (doc.getTextWidth(label) < width - 2) doc.text(label, (xOf(band.from) + xOf(band.to)) / 2, top - 3.5, { align: 'center' })
  })
  for (const tick of [0, 10, 40, 70, 90, 100]) {
    doc.setDrawColor(tick === 0 ? AXIS : GRID)
    doc.setLineWidth(tick === 0 ? 0.7 : 0.4)
    doc.line(xOf(tick), top, xOf(tick), plotBottom)
    setFont(doc, SIZES.tiny, 'normal', COLOURS.muted)
    doc.text(tick === 100 ? i18next.t('report:percent', { value: tick }) : String(tick), xOf(tick), plotBottom + 9, { align: 'center' })
  }
  criteria.forEach((criterion, index) => {
    const rowTop = top + index * rowHeight
    const middle = rowTop + rowHeight / 2
    setFont(doc, SIZES.small - 0.3, 'normal', COLOURS.text)
    const label = (doc.splitTextToSize(`${criterion.id} ${criterion.title}`, labelWidth - 8) as string[]).slice(0, 2)
    const lineGap = 8.6
    label.forEach((line, lineIndex) => doc.text(line, layout.left, middle + 2.6 + (lineIndex - (label.length - 1) / 2) * lineGap))
    if (criterion.percent === null) {
      setFont(doc, SIZES.small - 0.5, 'normal', COLOURS.muted)
      doc.text(i18next.t('report:notAssessed'), x0 + 4, middle + 2.6)
      return
    }
    const barHeight = 12
    doc.setFillColor(EFQM_FILL)
    doc.rect(x0, middle - barHeight / 2, Math.max(0.8, xOf(criterion.percent) - x0), barHeight, 'F')
    setFont(doc, SIZES.tiny + 0.2, 'normal', COLOURS.text)
    doc.text(criterion.barText, xOf(criterion.percent) + 4, middle + 2.4, { maxWidth: layout.right - xOf(criterion.percent) - 4 })
  })
  cursor.y = plotBottom + axisHeight
  legend(cursor, [
    { label: i18next.t('report:charts.criterionScore'), fill: EFQM_FILL },
    {
      label: i18next.t('report:charts.bands', { bands: RADAR_BANDS.map((band) => i18next.t('report:charts.bandFrom', { band: bandName(band.band), from: band.from })).join(', ') }),
      fill: BAND_FILLS[0],
      stroke: GRID,
    },
  ])
}

// ---------------------------------------------------------------- grouped bars over the six groups

export interface BarSeries {
  label: string
  /** Filled bars side by side; an outline series is drawn dashed across the whole group instead. */
  colour: string
  outline?: boolean
  values: ReadonlyArray<number | null>
  /** Printed above each filled bar; ignored for outlines. */
  labels?: ReadonlyArray<string>
}

export interface GroupedBarSpec {
  categories: readonly string[]
  series: readonly BarSeries[]
  /** Top of the value axis (values are shares, 0–1). */
  max: number
  ticks: readonly number[]
  plotHeight?: number
}

/**
 * Bars per category: the filled series side by side, and any outline series (the target) as a
 * dashed, unfilled box spanning the group's bars so the bars read against it.
 */
export function groupedBarChart(cursor: ReportCursor, spec: GroupedBarSpec): void {
  const { doc, layout } = cursor
  const axisWidth = 30
  const plotHeight = spec.plotHeight ?? 170
  const x0 = layout.left + axisWidth
  const plotWidth = layout.contentWidth - axisWidth
  const groupWidth = plotWidth / spec.categories.length
  setFont(doc, SIZES.tiny, 'normal')
  const labelLines = spec.categories.map((name) => (doc.splitTextToSize(name, groupWidth - 6) as string[]).slice(0, 3))
  const labelHeight = Math.max(...labelLines.map((lines) => lines.length)) * 8.5 + 6
  const valueHeadroom = 12
  ensureSpace(cursor, valueHeadroom + plotHeight + labelHeight + 6)
  const top = cursor.y + valueHeadroom
  const baseline = top + plotHeight
  const yOf = (value: number) => baseline - (plotHeight * Math.min(value, spec.max)) / spec.max

  for (const tick of spec.ticks) {
    doc.setDrawColor(tick === 0 ? AXIS : GRID)
    doc.setLineWidth(tick === 0 ? 0.7 : 0.4)
    doc.line(x0, yOf(tick), layout.right, yOf(tick))
    setFont(doc, SIZES.tiny, 'normal', COLOURS.muted)
    doc.text(formatFigure('percent', tick), x0 - 4, yOf(tick) + 2.3, { align: 'right' })
  }

  const filled = spec.series.filter((series) => !series.outline)
  const outlines = spec.series.filter((series) => series.outline)
  const clusterWidth = Math.min(groupWidth * 0.72, filled.length * 30)
  const barGap = 3
  const barWidth = filled.length > 0 ? (clusterWidth - barGap * (filled.length - 1)) / filled.length : 0

  const barLeft = (index: number, seriesIndex: number) => x0 + index * groupWidth + (groupWidth - clusterWidth) / 2 + seriesIndex * (barWidth + barGap)
  spec.categories.forEach((_, index) => {
    const groupLeft = x0 + index * groupWidth
    const clusterLeft = groupLeft + (groupWidth - clusterWidth) / 2
    filled.forEach((series, seriesIndex) => {
      const x = barLeft(index, seriesIndex)
      const value = series.values[index] ?? null
      if (value === null) {
        setFont(doc, SIZES.tiny - 0.8, 'normal', COLOURS.muted)
        doc.text(i18next.t('report:notAssessed'), x + barWidth / 2 + 2, baseline - 3, { angle: 90 })
        return
      }
      doc.setFillColor(series.colour)
      doc.rect(x, yOf(value), barWidth, Math.max(0.6, baseline - yOf(value)), 'F')
    })
    for (const series of outlines) {
      const value = series.values[index] ?? null
      if (value === null) continue
      const pad = 3
      doc.setDrawColor(series.colour)
      doc.setLineWidth(1)
      doc.setLineDashPattern([3, 2], 0)
      doc.rect(clusterLeft - pad, yOf(value), clusterWidth + 2 * pad, baseline - yOf(value), 'S')
      doc.setLineDashPattern([], 0)
    }
    setFont(doc, SIZES.tiny, 'normal', COLOURS.text)
    labelLines[index]!.forEach((line, lineIndex) => doc.text(line, groupLeft + groupWidth / 2, baseline + 10 + lineIndex * 8.5, { align: 'center' }))
  })
  // Values last, on a white backdrop, so a target line passing behind never strikes through them.
  const valueSize = SIZES.tiny - 0.6
  spec.categories.forEach((_, index) => {
    filled.forEach((series, seriesIndex) => {
      const value = series.values[index] ?? null
      const text = series.labels?.[index]
      if (value === null || !text) return
      const centre = barLeft(index, seriesIndex) + barWidth / 2
      setFont(doc, valueSize, 'normal', COLOURS.text)
      const width = doc.getTextWidth(text)
      const y = yOf(value) - 2.5
      doc.setFillColor(COLOURS.white)
      doc.rect(centre - width / 2 - 1, y - valueSize * 0.78, width + 2, valueSize * 1.02, 'F')
      doc.text(text, centre, y, { align: 'center' })
    })
  })
  doc.setDrawColor(AXIS)
  doc.setLineWidth(0.7)
  doc.line(x0, baseline, layout.right, baseline)
  cursor.y = baseline + labelHeight + 4
  legend(
    cursor,
    spec.series.map((series) => (series.outline ? { label: series.label, dashed: series.colour } : { label: series.label, fill: series.colour })),
  )
}

// ---------------------------------------------------------------- ISO heat map

/**
 * One cell per ISO unit, a row (or two) per clause, coloured by the agreed level. Not applicable
 * units are grey with "n/a"; units nobody has assessed are white with "–".
 */
export function heatMap(cursor: ReportCursor, cells: readonly HeatCellModel[], clauses: readonly ClauseRow[], levels: readonly { level: number; label: string }[]): void {
  const { doc, layout } = cursor
  const labelWidth = 104
  const columns = 12
  const gap = 2
  const cellWidth = (layout.contentWidth - labelWidth - gap * (columns - 1)) / columns
  const cellHeight = 24
  const clauseGap = 5
  let offset = 0
  const rows = clauses.map((clause) => {
    const units = cells.slice(offset, offset + clause.units)
    offset += clause.units
    return { clause, units, lines: Math.max(1, Math.ceil(units.length / columns)) }
  })
  const height = rows.reduce((total, row) => total + row.lines * (cellHeight + gap) + clauseGap, 0)
  ensureSpace(cursor, height + 10)
  let y = cursor.y
  for (const row of rows) {
    setFont(doc, SIZES.tiny + 0.2, 'bold', COLOURS.text)
    const label = (doc.splitTextToSize(`${row.clause.id} ${row.clause.title}`, labelWidth - 8) as string[]).slice(0, 3)
    label.forEach((line, index) => doc.text(line, layout.left, y + 9 + index * 8.2))
    row.units.forEach((cell, index) => {
      const x = layout.left + labelWidth + (index % columns) * (cellWidth + gap)
      const cellY = y + Math.floor(index / columns) * (cellHeight + gap)
      let value: string
      let textColour: string
      if (cell.level !== null) {
        doc.setFillColor(LEVEL_PALETTE[cell.level] ?? NOT_APPLICABLE_FILL)
        doc.setDrawColor(LEVEL_PALETTE[cell.level] ?? NOT_APPLICABLE_FILL)
        value = String(cell.level)
        textColour = LEVEL_TEXT[cell.level] ?? COLOURS.text
      } else if (cell.notApplicable) {
        doc.setFillColor(NOT_APPLICABLE_FILL)
        doc.setDrawColor(NOT_APPLICABLE_FILL)
        value = i18next.t('report:notApplicableShort')
        textColour = COLOURS.muted
      } else {
        doc.setFillColor(COLOURS.white)
        doc.setDrawColor(AXIS)
        value = '–'
        textColour = COLOURS.muted
      }
      doc.setLineWidth(0.5)
      doc.rect(x, cellY, cellWidth, cellHeight, 'FD')
      setFont(doc, SIZES.tiny - 0.6, 'bold', textColour)
      doc.text(cell.id, x + cellWidth / 2, cellY + 9, { align: 'center' })
      setFont(doc, SIZES.tiny + 0.4, 'normal', textColour)
      doc.text(value, x + cellWidth / 2, cellY + 19.5, { align: 'center' })
    })
    y += row.lines * (cellHeight + gap) + clauseGap
  }
  cursor.y = y + 2
  legend(cursor, [
    ...levels.map(({ level, label }) => ({ label: `${level} ${label}`, fill: LEVEL_PALETTE[level] ?? NOT_APPLICABLE_FILL })),
    { label: i18next.t('report:notApplicable'), fill: NOT_APPLICABLE_FILL, mark: i18next.t('report:notApplicableShort') },
    { label: i18next.t('report:notAssessed'), fill: COLOURS.white, stroke: AXIS, mark: '–' },
  ])
}
