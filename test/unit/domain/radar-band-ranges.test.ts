import { describe, expect, it } from 'vitest'
import { band, bandRanges } from '../../../common/domain/radar'

describe('the scores each RADAR band covers (bandRanges: the scale guide, the phones and both pre-work packs)', () => {
  it('runs each band up to where the one above starts, lowest first, from 0 to 100 without a gap', () => {
    expect(bandRanges().map(({ label, from, to }) => `${label} ${from}–${to}`)).toEqual([
      'no evidence 0–9',
      'limited 10–39',
      'ability 40–69',
      'comprehensive 70–89',
      'outstanding 90–100',
    ])
  })

  it('agrees with band() at both ends of every range', () => {
    for (const range of bandRanges()) {
      expect(band(range.from)).toBe(range.label)
      expect(band(range.to)).toBe(range.label)
    }
  })
})
