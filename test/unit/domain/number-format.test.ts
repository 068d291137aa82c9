import { describe, expect, it } from 'vitest'
import { formatNumber, formatPercent } from '../../../renderer/src/domain/numbers'

describe('numbers shown to people', () => {
  it('uses the locale’s own digits and separator, drops trailing zeros and never groups thousands', () => {
    const decimal = new Intl.NumberFormat(undefined).formatToParts(1.5).find((p) => p.type === 'decimal')!.value
    expect(formatNumber(53.333)).toBe(`53${decimal}3`)
    expect(formatNumber(55)).toBe('55')
    expect(formatNumber(1000, 0)).toBe('1000')
    expect(formatPercent(0.2758)).toBe(`27${decimal}6 %`)
  })

  it('rounds halves the same way everywhere and never prints −0', () => {
    expect(formatNumber(0.25, 1)).toBe(formatNumber(Number((0.25).toFixed(1)), 1))
    expect(formatNumber(-0.04, 1)).toBe('0')
  })
})
