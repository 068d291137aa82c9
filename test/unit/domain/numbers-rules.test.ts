import { describe, expect, it } from 'vitest'
import { cleanFloat, isMultipleOf, mean, median, medianInPlace, nearlyEqual, roundToStep, roundToStepHalfDown, selectInPlace, standardDeviation, sum } from '../../../common/domain/numbers'

describe('sum, mean and spread', () => {
  it('adds up, averages and refuses to average nothing', () => {
    expect(sum([])).toBe(0)
    expect(sum([1, 2, 3.5])).toBe(6.5)
    expect(mean([40, 55, 70])).toBe(55)
    expect(() => mean([])).toThrow(new RangeError('mean of no values'))
  })

  it('population standard deviation: √(Σ (x − mean)² ÷ n)', () => {
    // mean 5; squares 9 1 1 1 0 0 4 16 = 32; ÷ 8 = 4; √4 = 2
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2)
    // mean 50; squares 100 + 100 = 200; ÷ 2 = 100; √ = 10
    expect(standardDeviation([40, 60])).toBe(10)
    expect(standardDeviation([55])).toBe(0)
    expect(() => standardDeviation([])).toThrow(new RangeError('mean of no values'))
  })
})

describe('median', () => {
  it('odd count: the middle value; even count: the mean of the two middle values', () => {
    expect(median([70, 10, 40])).toBe(40)
    expect(median([85, 40, 70, 55])).toBe(62.5) // (55 + 70) ÷ 2
    expect(median([3])).toBe(3)
  })

  it('leaves the list it is given as it was, and refuses an empty one', () => {
    const values = [85, 40, 70, 55]
    median(values)
    expect(values).toEqual([85, 40, 70, 55])
    expect(() => median([])).toThrow(new RangeError('median of no values'))
  })

  it('in place: finds the upper middle as the smallest of the values above the lower middle', () => {
    // sorted 1 1 1 2: the middle two are 1 and 1, not 1 and 2
    expect(medianInPlace(Float64Array.of(1, 1, 2, 1))).toBe(1)
    expect(medianInPlace(Float64Array.of(4, 3, 2, 1))).toBe(2.5)
    expect(medianInPlace(Float64Array.of(5, 1, 4, 2, 6, 3))).toBe(3.5)
    expect(() => medianInPlace(new Float64Array(0))).toThrow(new RangeError('median of no values'))
  })

  it('is NaN when any value is NaN, wherever it sits', () => {
    // Without the check a selection would find 2 for [NaN, 1, 2]: NaN compares false with everything.
    expect(medianInPlace(Float64Array.of(Number.NaN, 1, 2))).toBeNaN()
    expect(medianInPlace(Float64Array.of(1, 2, 3, Number.NaN))).toBeNaN()
    expect(medianInPlace(Float64Array.of(Number.NaN))).toBeNaN()
  })
})

describe('selecting the k-th smallest value', () => {
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b)

  it('finds every k of small lists with ties, as sorting would', () => {
    // The smallest lists on which a slip in the partition shows: [2, 3, 1] (k = 1 is 2), [1, 2, 3, 1] (k = 2 is 2).
    expect(selectInPlace(Float64Array.of(2, 3, 1), 1)).toBe(2)
    expect(selectInPlace(Float64Array.of(1, 2, 3, 1), 2)).toBe(2)
    const lists = [[2, 3, 1], [1, 2, 3, 1], [3, 3, 1, 2, 2], [5, 1, 4, 2, 6, 3], [1, 1, 1, 1], [9, 8, 7, 6, 5, 4, 3, 2, 1]]
    for (const list of lists) {
      for (let k = 0; k < list.length; k++) {
        const values = Float64Array.from(list)
        const found = selectInPlace(values, k)
        expect(found, `${list} k=${k}`).toBe(sorted(list)[k])
        for (let i = 0; i < k; i++) expect(values[i]).toBeLessThanOrEqual(found)
        for (let i = k + 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(found)
      }
    }
  })

  it('refuses a k that is negative, past the end, or not whole', () => {
    const values = Float64Array.of(1, 2)
    expect(() => selectInPlace(values, -1)).toThrow(new RangeError('no value -1 of 2'))
    expect(() => selectInPlace(values, 2)).toThrow(new RangeError('no value 2 of 2'))
    expect(() => selectInPlace(values, 5)).toThrow(new RangeError('no value 5 of 2'))
    expect(() => selectInPlace(values, 0.5)).toThrow(new RangeError('no value 0.5 of 2'))
    expect(selectInPlace(values, 1)).toBe(2)
  })
})

describe('steps, tolerances and binary noise', () => {
  it('rounds to the nearest step, an exact half up (or down), binary noise included', () => {
    expect(roundToStep(52.5, 5)).toBe(55)
    expect(roundToStep(52.5 - 1e-12, 5)).toBe(55) // noise below the half still counts as the half
    expect(roundToStep(52.4, 5)).toBe(50)
    expect(roundToStepHalfDown(52.5, 5)).toBe(50)
    expect(roundToStepHalfDown(52.5 + 1e-12, 5)).toBe(50)
    expect(roundToStepHalfDown(52.6, 5)).toBe(55)
  })

  it('a multiple of a step within a billionth of a step; exactly a billionth off is not one', () => {
    expect(isMultipleOf(55, 5)).toBe(true)
    expect(isMultipleOf(0.1 * 3, 0.1)).toBe(true) // 0.30000000000000004 ÷ 0.1 = 3.0000000000000004
    expect(isMultipleOf(52.5, 5)).toBe(false)
    expect(isMultipleOf(1e-9, 1)).toBe(false) // |1e-9 − 0| = 1e-9, not below it
    expect(isMultipleOf(1e-10, 1)).toBe(true)
  })

  it('nearly equal within the tolerance, the tolerance itself included', () => {
    expect(nearlyEqual(0, 1e-9)).toBe(true)
    expect(nearlyEqual(0, 2e-9)).toBe(false)
    expect(nearlyEqual(1, 1.5, 0.5)).toBe(true)
    expect(nearlyEqual(1, 1.5, 0.4)).toBe(false)
  })

  it('drops binary-fraction noise below a billionth', () => {
    expect(cleanFloat(49.99999999999999)).toBe(50)
    expect(cleanFloat(0.1 + 0.2)).toBe(0.3)
    expect(cleanFloat(0.123456789)).toBe(0.123456789)
    expect(cleanFloat(0.1234567894)).toBe(0.123456789)
  })
})
