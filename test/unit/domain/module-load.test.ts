import { describe, expect, it, vi } from 'vitest'
import { miniRadar } from '../../support/mini-frameworks'

// Each domain module loaded afresh inside a test, so that what it sets up when it loads (its
// constants, its arrow functions, the framework validator) is checked here, not only used.
const fresh = async <T>(load: () => Promise<T>): Promise<T> => {
  vi.resetModules()
  return load()
}

const decimal = new Intl.NumberFormat(undefined).formatToParts(1.5).find((p) => p.type === 'decimal')!.value
const local = (text: string) => text.replaceAll('.', decimal)

describe('domain modules as they load', () => {
  it('numbers: sum, steps, tolerance and noise', async () => {
    const numbers = await fresh(() => import('../../../common/domain/numbers'))
    expect(numbers.sum([1, 2, 3.5])).toBe(6.5)
    expect(numbers.isMultipleOf(55, 5)).toBe(true)
    expect(numbers.isMultipleOf(52.5, 5)).toBe(false)
    expect(numbers.nearlyEqual(1, 1 + 1e-10)).toBe(true)
    expect(numbers.nearlyEqual(1, 1.1)).toBe(false)
    expect(numbers.cleanFloat(49.99999999999999)).toBe(50)
  })

  it('figures: the precision of each kind, the scale of a framework, noise dropped, plain figures', async () => {
    const figures = await fresh(() => import('../../../common/domain/figures'))
    // points 1, radar 1, level 2, maturity 1, percent 1, index 2, weight 3 decimals
    expect(['points', 'radar', 'level', 'maturity', 'percent', 'index', 'weight'].map((kind) => figures.formatFigure(kind as never, 2 / 3))).toEqual(
      ['0.7', '0.7', '0.67', '0.7', '66.7 %', '0.67', '0.667'].map(local),
    )
    expect(figures.scaleKind('radar')).toBe('radar')
    expect(figures.scaleKind('maturity')).toBe('level')
    // 113 ÷ 200 × 100 = 56.49999999999999 in binary: cleaned to 56.5 before rounding
    expect(figures.plainFigure('percent', 113 / 200)).toBe('56.5')
    expect(figures.roundFigure('percent', 113 / 200)).toBe(0.565)
    expect(figures.plainFigure('weight', 1 / 6)).toBe('0.167')
    // 1.005 × 10 = 10.049999999999999; × 10 = 100.49999999999999, cleaned to 100.5 → 101 tenths
    expect(figures.plainFigure('radar', 1.005 * 10)).toBe('10.1')
  })

  it('stakeholders: the relevance keys, the group words, equal weights', async () => {
    const stakeholders = await fresh(() => import('../../../common/domain/stakeholders'))
    expect(stakeholders.RELEVANCE_KEYS).toEqual(['customers', 'people', 'owners', 'partners', 'society', 'regulators', 'internal'])
    expect(stakeholders.groupWord('internal')).toBe('internal')
    expect(stakeholders.equalGroupWeights().society).toBe(1 / 6)
  })

  it('framework: the validator names the deepest fault; items and labels', async () => {
    const { allItems, frameworkLabel, parseFramework } = await fresh(() => import('../../../common/domain/framework'))
    const data = JSON.parse(JSON.stringify(miniRadar()))
    expect(allItems(parseFramework(data)).map((i) => i.id)).toEqual(['a1', 'a2', 'b1', 'b2'])
    expect(frameworkLabel(data)).toBe('Mini RADAR test')
    data.sections[0].title = ''
    data.sections[1].items[0].questions = ['Only one?']
    expect(() => parseFramework(data)).toThrow(/^The framework file is not valid at sections\.1\.items\.0\.questions: Array has too few items \(1 < 2\)\./)
  })

  it('radar: band names', async () => {
    const radar = await fresh(() => import('../../../common/domain/radar'))
    expect(radar.bandName('no evidence')).toBe('no evidence')
    expect(radar.bandName('outstanding')).toBe('outstanding')
  })
})
