import { describe, expect, it } from 'vitest'
import { formatFigure, plainFigure, roundFigure, scaleKind } from '../../../common/domain/figures'

const decimal = new Intl.NumberFormat(undefined).formatToParts(1.5).find((p) => p.type === 'decimal')!.value
const local = (text: string) => text.replace('.', decimal)

describe('figures shown to people: one rule per kind', () => {
  it('uses the locale’s own digits and separator, drops trailing zeros and never groups thousands', () => {
    expect(formatFigure('radar', 53.333)).toBe(local('53.3'))
    expect(formatFigure('radar', 55)).toBe('55')
    expect(formatFigure('points', 1000)).toBe('1000')
    expect(formatFigure('percent', 0.2758)).toBe(local('27.6 %'))
  })

  it('keeps readiness of 81.5 % as "81.5 %", and a binary fraction just below a half does not round it down', () => {
    expect(formatFigure('percent', 163 / 200)).toBe(local('81.5 %'))
    expect(plainFigure('percent', 163 / 200)).toBe('81.5')
    // 113 of 200 units: 0.565 × 100 is 56.49999999999999 in binary floating point.
    expect((113 / 200) * 100).toBeLessThan(56.5)
    expect(formatFigure('percent', 113 / 200)).toBe(local('56.5 %'))
    expect(roundFigure('percent', 113 / 200)).toBe(0.565)
  })

  it('gives EFQM points, the ISO maturity index and percentages one decimal when they are not whole', () => {
    expect(formatFigure('points', 237.5)).toBe(local('237.5'))
    expect(formatFigure('points', 460)).toBe('460')
    expect(formatFigure('points', 53.3333)).toBe(local('53.3'))
    expect(formatFigure('maturity', 52.857142857)).toBe(local('52.9'))
    expect(formatFigure('percent', 32 / 56)).toBe(local('57.1 %'))
    expect(formatFigure('percent', 0.75)).toBe('75 %')
  })

  it('gives ISO levels two decimals, the balance index two and a formula’s weights three', () => {
    expect(formatFigure('level', 10 / 3)).toBe(local('3.33'))
    expect(formatFigure('level', 2.5)).toBe(local('2.5'))
    expect(formatFigure('index', 0.87449)).toBe(local('0.87'))
    expect(formatFigure('weight', 1 / 6)).toBe(local('0.167'))
  })

  it('writes a difference with the precision of the figures it compares, by the framework’s scale', () => {
    expect(scaleKind('radar')).toBe('radar')
    expect(scaleKind('maturity')).toBe('level')
    expect(formatFigure(scaleKind('radar'), 70 - 42.5)).toBe(local('27.5'))
    expect(formatFigure(scaleKind('maturity'), 4 - 7 / 3)).toBe(local('1.67'))
    expect(formatFigure('radar', -12.25)).toBe(local('-12.3'))
  })

  it('rounds halves away from zero and never prints −0', () => {
    expect(formatFigure('radar', 0.25 * 10 + 0.05)).toBe(local('2.6'))
    expect(formatFigure('radar', 1.005 * 10)).toBe(local('10.1'))
    expect(formatFigure('radar', -0.04)).toBe('0')
    expect(formatFigure('percent', -0.0001)).toBe('0 %')
  })

  it('writes figures for data files with a full stop and no unit, rounded by the same rule', () => {
    expect(plainFigure('radar', 52.94)).toBe('52.9')
    expect(plainFigure('points', 237.5)).toBe('237.5')
    expect(plainFigure('level', 3)).toBe('3')
  })
})
