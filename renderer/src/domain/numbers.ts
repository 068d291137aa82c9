/** Guards against binary fractions: 52.49999999 must round like 52.5. */
const EPSILON = 1e-9

export const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('mean of no values')
  return sum(values) / values.length
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Population standard deviation: the spread of this room's scores, not an estimate for a larger population. */
export function standardDeviation(values: readonly number[]): number {
  const average = mean(values)
  return Math.sqrt(mean(values.map((value) => (value - average) ** 2)))
}

/** Nearest multiple of `step`; a value exactly halfway goes up (52.5 → 55). */
export function roundToStep(value: number, step: number): number {
  return Math.floor(value / step + 0.5 + EPSILON) * step
}

/** Nearest multiple of `step`; a value exactly halfway goes down (52.5 → 50). */
export function roundToStepHalfDown(value: number, step: number): number {
  return Math.ceil(value / step - 0.5 - EPSILON) * step
}

export const isMultipleOf = (value: number, step: number) => Math.abs(value / step - Math.round(value / step)) < EPSILON

export const nearlyEqual = (a: number, b: number, tolerance = 1e-9) => Math.abs(a - b) <= tolerance

/** For explanations: at most `digits` decimals, trailing zeros dropped (53.333 → "53.3", 55 → "55"). */
// One formatter per precision, in the user's own locale (undefined = the system's): 27.6 in
// English, 27,6 in German. No thousands separators: these are scores, not amounts.
const formatters = new Map<number, Intl.NumberFormat>()

export function formatNumber(value: number, digits = 1): string {
  let formatter = formatters.get(digits)
  if (!formatter) {
    formatter = new Intl.NumberFormat(undefined, { maximumFractionDigits: digits, useGrouping: false })
    formatters.set(digits, formatter)
  }
  // toFixed first, so halves round the same way everywhere; +0 turns −0 into 0.
  return formatter.format(Number(value.toFixed(digits)) + 0)
}

export const formatPercent = (share: number, digits = 1) => `${formatNumber(share * 100, digits)} %`

/** Drops binary-fraction noise below 1e-9 (49.99999999999999 → 50). */
export const cleanFloat = (value: number) => Math.round(value * 1e9) / 1e9
