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

/** Drops binary-fraction noise below 1e-9 (49.99999999999999 → 50). */
export const cleanFloat = (value: number) => Math.round(value * 1e9) / 1e9
