import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { newAssessment } from '../../common/contract/assessment-schema'
import {
  checkPercentages,
  equalPercentages,
  isCalendarDate,
  parsePercent,
  percentagesToShares,
  percentProblem,
  sharesToPercentages,
  validateFrameworks,
  validateOrganisation,
  validateParticipants,
  validatePercentages,
  type Organisation,
} from '../../renderer/src/features/setup/setup-validation'

const organisation = (fields: Partial<Organisation> = {}): Organisation => ({
  name: 'Stadtwerke Musterstadt',
  sector: 'public',
  size: null,
  scope: 'All water and energy services, both sites.',
  date: '2026-05-14',
  ...fields,
})

const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0)

describe('organisation step', () => {
  it('accepts a complete organisation; size is optional', () => {
    expect(validateOrganisation(organisation())).toEqual({})
  })

  it('asks for the name, scope and date of a blank new assessment', () => {
    const blank = newAssessment({ id: '00000000-0000-4000-8000-000000000001', title: 'T', now: '2026-05-14T09:00:00.000Z' })
    expect(validateOrganisation({ ...blank.organisation, date: null })).toEqual({
      name: 'Enter the name of the organisation being assessed.',
      scope: 'Describe the scope: which parts, sites or services of the organisation this assessment covers.',
      date: 'Enter the date of the assessment.',
    })
  })

  it('treats a name or scope of spaces only as missing', () => {
    expect(validateOrganisation(organisation({ name: '   ', scope: '\n\t' }))).toEqual({
      name: 'Enter the name of the organisation being assessed.',
      scope: 'Describe the scope: which parts, sites or services of the organisation this assessment covers.',
    })
  })

  it('limits the name to 200 characters after trimming', () => {
    expect(validateOrganisation(organisation({ name: ` ${'a'.repeat(200)} ` }))).toEqual({})
    expect(validateOrganisation(organisation({ name: 'a'.repeat(201) })).name).toBe('Keep the name to 200 characters or fewer.')
  })

  it('refuses dates that are not on the calendar', () => {
    expect(validateOrganisation(organisation({ date: '2026-02-30' })).date).toBe('Enter a real date, for example 2026-05-14.')
    expect(isCalendarDate('2024-02-29')).toBe(true) // a leap year
    expect(isCalendarDate('2026-02-29')).toBe(false)
    expect(isCalendarDate('14/05/2026')).toBe(false)
  })
})

describe('frameworks step', () => {
  const available = ['efqm-2025', 'iso-9001-2015']
  it('needs at least one framework from the catalogue', () => {
    expect(validateFrameworks([], available)).toBe('Choose at least one framework to assess.')
    expect(validateFrameworks(['iso-9001-2015'], available)).toBeNull()
    expect(validateFrameworks(['efqm-2025', 'iso-9001-2015'], available)).toBeNull()
  })

  it('does not count a framework whose file is no longer in the catalogue', () => {
    expect(validateFrameworks(['caf-2020'], available)).toBe('Choose at least one framework to assess.')
  })
})

describe('participants step', () => {
  it('needs at least one participant', () => {
    expect(validateParticipants([])).toEqual({ rows: {}, list: 'Add at least one participant.' })
  })

  it('needs a name on every row', () => {
    expect(validateParticipants([{ id: 'a', name: 'Ann' }, { id: 'b', name: '  ' }])).toEqual({
      rows: { b: 'Enter a name, or remove this participant.' },
      list: null,
    })
  })

  it('flags the later of two names that differ only in case or spacing', () => {
    const result = validateParticipants([
      { id: 'a', name: 'Ann Müller' },
      { id: 'b', name: 'Bo' },
      { id: 'c', name: ' ann MÜLLER ' },
    ])
    expect(result.rows).toEqual({
      c: '“Ann Müller” is already on the list. Give each person a different name, for example by adding an initial.',
    })
  })

  it('limits a name to 120 characters', () => {
    expect(validateParticipants([{ id: 'a', name: 'x'.repeat(121) }]).rows.a).toBe('Keep the name to 120 characters or fewer.')
  })
})

describe('percentages', () => {
  it('reads whole percentages from 0 to 100 only', () => {
    expect(['0', '7', ' 30 ', '100'].map(parsePercent)).toEqual([0, 7, 30, 100])
    expect(['', '101', '-5', '12.5', '1e2', 'ten'].map(parsePercent)).toEqual([null, null, null, null, null, null])
    expect(percentProblem('')).toBe('Enter a percentage from 0 to 100.')
    expect(percentProblem('12.5')).toBe('Enter a whole number from 0 to 100, without decimals.')
    expect(percentProblem('45')).toBeNull()
  })

  it('says what the shares add up to when it is not 100', () => {
    expect(validatePercentages([30, 15, 10, 10, 25, 10])).toBeNull()
    expect(validatePercentages([30, 15, 10, 10, 15, 10])).toBe('The shares add up to 90 %; they must add up to 100 %.')
    expect(validatePercentages([60, 50])).toBe('The shares add up to 110 %; they must add up to 100 %.')
  })

  it('checks every field before the total, and keeps a live sum of the valid ones', () => {
    const bad = checkPercentages({ customers: '50', people: '', owners: '20' })
    expect(bad).toEqual({ fields: { people: 'Enter a percentage from 0 to 100.' }, total: null, sum: 70, valid: null })
    const short = checkPercentages({ customers: '50', people: '20', owners: '20' })
    expect(short.total).toBe('The shares add up to 90 %; they must add up to 100 %.')
    expect(short.valid).toBeNull()
    expect(checkPercentages({ customers: '50', people: '30', owners: '20' }).valid).toEqual({ customers: 50, people: 30, owners: 20 })
  })

  it('turns 33/33/34 into shares that add up to exactly 1', () => {
    const shares = percentagesToShares({ customers: 33, people: 33, owners: 34 })
    expect(total(Object.values(shares))).toBe(1)
    // Only the largest share may carry the correction, and only by a rounding error.
    expect(shares.customers).toBe(0.33)
    expect(shares.people).toBe(0.33)
    expect(shares.owners).toBeCloseTo(0.34, 12)
  })

  it('makes the public-sector defaults 30/15/10/10/25/10 add up to exactly 1', () => {
    // As plain decimals they add up to 0.9999999999999999 in binary fractions.
    expect(total([0.3, 0.15, 0.1, 0.1, 0.25, 0.1])).not.toBe(1)
    const shares = percentagesToShares({ customers: 30, people: 15, owners: 10, partners: 10, society: 25, regulators: 10 })
    expect(total(Object.values(shares))).toBe(1)
    expect(shares).toEqual({ customers: expect.closeTo(0.3, 15), people: 0.15, owners: 0.1, partners: 0.1, society: 0.25, regulators: 0.1 })
  })

  it('refuses percentages that do not add up to 100', () => {
    expect(() => percentagesToShares({ customers: 50, people: 40 })).toThrow(RangeError)
  })

  it('gives shares adding up to exactly 1 for any whole percentages adding up to 100', () => {
    const sixPercentages = fc
      .array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 })
      .filter((values) => total(values) <= 100)
      .map((values) => [...values, 100 - total(values)])
    fc.assert(
      fc.property(sixPercentages, (values) => {
        const keys = ['customers', 'people', 'owners', 'partners', 'society', 'regulators']
        const shares = percentagesToShares(Object.fromEntries(keys.map((key, i) => [key, values[i]!])))
        expect(total(Object.values(shares))).toBe(1)
        // And they read back as the same percentages.
        expect(Object.values(sharesToPercentages(shares))).toEqual(values)
      }),
      { numRuns: 2000 },
    )
  })

  it('shows shares as whole percentages that add up to 100 (largest remainder)', () => {
    expect(sharesToPercentages({ customers: 0.3, people: 0.15, owners: 0.1, partners: 0.1, society: 0.25, regulators: 0.1 })).toEqual({
      customers: 30, people: 15, owners: 10, partners: 10, society: 25, regulators: 10,
    })
    // 1/6 each is 16.67 %: four groups get 17 and two get 16, in group order.
    const sixth = 1 / 6
    expect(Object.values(sharesToPercentages({ a: sixth, b: sixth, c: sixth, d: sixth, e: sixth, f: sixth }))).toEqual([17, 17, 17, 17, 16, 16])
    // The stored "balanced" profile (0.1667 × 4 + 0.1666 × 2) shows the same way.
    expect(Object.values(sharesToPercentages({ a: 0.1667, b: 0.1667, c: 0.1667, d: 0.1667, e: 0.1666, f: 0.1666 }))).toEqual([17, 17, 17, 17, 16, 16])
    // 0.125 / 0.375 / 0.5 → 12.5, 37.5, 50: the first of the tied halves gets the spare point.
    expect(sharesToPercentages({ a: 0.125, b: 0.375, c: 0.5 })).toEqual({ a: 13, b: 37, c: 50 })
  })

  it('splits 100 % equally, the spare points going to the first keys', () => {
    expect(equalPercentages(['customers', 'people', 'owners', 'society', 'partners'])).toEqual({
      customers: 20, people: 20, owners: 20, society: 20, partners: 20,
    })
    expect(equalPercentages(['a', 'b', 'c'])).toEqual({ a: 34, b: 33, c: 33 })
  })
})
