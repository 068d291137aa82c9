/** Guards against binary fractions: 52.49999999 must round like 52.5. */
const EPSILON = 1e-9

export const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('mean of no values')
  return sum(values) / values.length
}

export function median(values: readonly number[]): number {
  // medianInPlace refuses an empty list itself.
  return medianInPlace(Float64Array.from(values))
}

/**
 * The median of `values`, which it reorders. Two partial selections instead of a sort: linear
 * on average rather than n log n, and the same middle value(s) a sort would find. NaN if any
 * value is NaN.
 */
export function medianInPlace(values: Float64Array): number {
  const count = values.length
  if (count === 0) throw new RangeError('median of no values')
  for (let i = 0; i < count; i++) if (Number.isNaN(values[i]!)) return NaN
  const middle = Math.floor(count / 2)
  if (count % 2 === 1) return selectInPlace(values, middle)
  const lower = selectInPlace(values, middle - 1)
  // Everything after the lower middle is at least as large: the upper middle is their minimum.
  let upper = values[middle]!
  for (let i = middle + 1; i < count; i++) if (values[i]! < upper) upper = values[i]!
  return (lower + upper) / 2
}

/**
 * The k-th smallest value (k from 0), found by Hoare's quickselect. Reorders `values` so that
 * nothing before index k is larger and nothing after it is smaller. Values must not be NaN.
 */
export function selectInPlace(values: Float64Array, k: number): number {
  if (!(k >= 0 && k < values.length) || !Number.isInteger(k)) throw new RangeError(`no value ${k} of ${values.length}`)
  let left = 0
  let right = values.length - 1
  while (left < right) {
    const pivot = values[(left + right) >>> 1]!
    let i = left
    let j = right
    while (i <= j) {
      while (values[i]! < pivot) i++
      while (values[j]! > pivot) j--
      if (i <= j) {
        const swap = values[i]!
        values[i] = values[j]!
        values[j] = swap
        i++
        j--
      }
    }
    // Now values[left..j] ≤ pivot ≤ values[i..right], and anything between equals the pivot.
    if (k <= j) right = j
    else if (k >= i) left = i
    else return values[k]!
  }
  return values[k]!
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
