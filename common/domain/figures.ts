/**
 * One number, one text. Every figure a person reads (on a screen, in an explanation, in the PDF
 * report, in the CSV export) is rounded and written here, by the rule of its kind, so the same
 * figure never reads 238 in one place and 237.5 in another. A view passes the figure's kind and
 * its unrounded value; it never rounds or picks a precision itself.
 *
 * The rules, and why:
 *
 * - `points` (EFQM points: the total, a criterion's points earned): at most one decimal. A
 *   criterion earns its points × its % ÷ 100, so halves and tenths are common (237.5); rounding
 *   them away would make the criteria stop adding up to the total the page prints.
 * - `radar` (a RADAR score on 0–100: a part, an element, a criterion's %, and votes on that scale:
 *   median, mean, range, standard deviation, a leader–staff gap): at most one decimal. Part
 *   scores are multiples of 5, so they read whole; a mean of parts or of votes keeps the tenth
 *   that tells 52.9 from 53.
 * - `level` (an ISO maturity level on 0–5, and votes on that scale): at most two decimals. A
 *   unit's level is whole and a median whole or half, but a level is a fifth of the scale: a mean
 *   rounded to tenths would move the maturity index it leads to by up to a point.
 * - `maturity` (the ISO maturity index on 0–100): at most one decimal, like a percentage.
 * - `percent` (a share of 0–1 shown as a percentage: readiness, design focus, target shares,
 *   achieved scores per group, answered shares, misalignment): at most one decimal, so 81.5 %
 *   stays 81.5 % and is never shown as 81 % or 82 %.
 * - `index` (the stakeholder balance index on 0–1, where 1 is even attention): two decimals at
 *   most; the third tells two frameworks apart no better than a manager needs.
 * - `weight` (a weight or share written as a fraction inside a formula's working, such as the
 *   stakeholder weights of criteria 3 and 6): at most three decimals.
 *
 * A difference between two figures (a gap, a range) is a figure of the same kind: a gap of RADAR
 * scores is `radar`, a gap of levels is `level`. Trailing zeros are dropped everywhere (55, not
 * 55.0), halves round away from zero after binary-fraction noise is removed (0.815 is 81.5 %, not
 * 81.49999 %), and −0 is shown as 0.
 */

export type FigureKind = 'points' | 'radar' | 'level' | 'maturity' | 'percent' | 'index' | 'weight'

const DECIMALS: Record<FigureKind, number> = {
  points: 1,
  radar: 1,
  level: 2,
  maturity: 1,
  percent: 1,
  index: 2,
  weight: 3,
}

/** The scale a framework's votes and scores are on: RADAR points or ISO levels. */
export const scaleKind = (scoring: 'radar' | 'maturity'): 'radar' | 'level' => (scoring === 'radar' ? 'radar' : 'level')

/**
 * Removes binary-fraction noise below 1e-9 before rounding, so 814.9999999999999 counts as 815
 * (numbers.ts's cleanFloat, repeated so that the two modules do not import each other).
 */
const clean = (value: number) => Math.round(value * 1e9) / 1e9

/** The figure in the units it is read in (a percent as its percentage: 0.8149999 → 81.5), rounded by its rule. */
function shown(kind: FigureKind, value: number): number {
  const units = kind === 'percent' ? value * 100 : value
  const scale = 10 ** DECIMALS[kind]
  // Half away from zero on the cleaned value; + 0 turns −0 into 0.
  return (Math.sign(units) * Math.round(clean(Math.abs(units) * scale))) / scale + 0
}

/** The figure as the rule for its kind rounds it, in its own units (a percent stays a share: 0.8149999 → 0.815). */
export function roundFigure(kind: FigureKind, value: number): number {
  const rounded = shown(kind, value)
  return kind === 'percent' ? clean(rounded / 100) : rounded
}

// One formatter per precision, in the user's own locale (undefined = the system's): 27.6 in
// English, 27,6 in German. No thousands separators: these are scores, not amounts.
const formatters = new Map<number, Intl.NumberFormat>()

/** The figure as people read it: "237.5", "81.5 %", "0.87", in the user's locale. */
export function formatFigure(kind: FigureKind, value: number): string {
  const decimals = DECIMALS[kind]
  let formatter = formatters.get(decimals)
  if (!formatter) {
    formatter = new Intl.NumberFormat(undefined, { maximumFractionDigits: decimals, useGrouping: false })
    formatters.set(decimals, formatter)
  }
  const text = formatter.format(shown(kind, value))
  return kind === 'percent' ? `${text} %` : text
}

/**
 * The figure for a file other programs read (the CSV export): rounded by the same rule, written
 * with a full stop and no unit or grouping whatever the locale, so a spreadsheet reads a number.
 * A percent is written as its percentage (81.5).
 */
export const plainFigure = (kind: FigureKind, value: number): string => String(shown(kind, value))
