import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../common/domain/errors'
import { checkIsoLevel, checkRadarScore, checkRationale, isIsoLevel, isRadarScore } from '../../../common/domain/ratings'

describe('the RADAR scale: 0 to 100 in steps of 5', () => {
  it('accepts the steps, the ends included', () => {
    for (const value of [0, 5, 50, 95, 100]) expect(isRadarScore(value), String(value)).toBe(true)
  })

  it('refuses values below 0 or above 100 even on a step, off-step values, NaN and infinities', () => {
    for (const value of [-5, -100, 105, 200, 42, 0.5, NaN, Infinity, -Infinity]) expect(isRadarScore(value), String(value)).toBe(false)
  })

  it('says which value, with the default subject "A RADAR score", or the one given', () => {
    expect(checkRadarScore(85)).toBe(85)
    expect(() => checkRadarScore(101)).toThrow(new DomainError('A RADAR score must be between 0 and 100 in steps of 5; 101 is not.'))
    expect(() => checkRadarScore(-5, () => 'The score for 1.2')).toThrow('The score for 1.2 must be between 0 and 100 in steps of 5; -5 is not.')
  })
})

describe('the ISO scale: whole levels 0 to 5', () => {
  it('accepts 0 to 5 and refuses 6, −1 and fractions', () => {
    for (const value of [0, 1, 2, 3, 4, 5]) expect(isIsoLevel(value), String(value)).toBe(true)
    for (const value of [6, 7, -1, 2.5, NaN]) expect(isIsoLevel(value), String(value)).toBe(false)
    expect(() => checkIsoLevel(6)).toThrow('An ISO maturity level must be a whole number from 0 to 5; 6 is not on the scale.')
  })
})

describe('a written rationale', () => {
  it('is refused when missing, empty or blank, with the act that needs it', () => {
    for (const rationale of [undefined, '', '   ']) {
      expect(() => checkRationale(rationale, () => 'Overriding the score of 1.2'), String(rationale)).toThrow(new DomainError('Overriding the score of 1.2 needs a written rationale.'))
    }
  })

  it('is given back trimmed', () => {
    expect(checkRationale('  Audit found gaps ', () => 'x')).toBe('Audit found gaps')
  })
})
