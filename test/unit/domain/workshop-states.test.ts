import { describe, expect, it } from 'vitest'
import { computeWorkshopResults, type WorkshopInput } from '../../../common/domain/workshop-results'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'

const participants = [
  { id: 'ana', name: 'Ana', role: 'leadership' as const },
  { id: 'ben', name: 'Ben', role: 'staff' as const },
]
const target = { customers: 0.5, people: 0.5, owners: 0, partners: 0, society: 0, regulators: 0 }

describe('item states when the input carries none', () => {
  it('an item counts with a consensus rating, is in progress with only votes, and is open otherwise', () => {
    // u1 agreed (counted); u2 one vote (in progress); u3 only a finding, no rating (open);
    // u4 an empty vote list (open); u5 nothing (open) → 1 counted, 1 in progress, 3 open of 5.
    const input: WorkshopInput = {
      participants,
      target,
      iso: {
        framework: miniMaturity(),
        ratings: { u2: { ana: { kind: 'level', level: 2 } }, u4: {} },
        consensus: { u1: { rating: { kind: 'level', level: 3 } }, u3: { finding: 'observation' } },
      },
    }
    const iso = computeWorkshopResults(input).iso!
    expect(iso.states).toEqual({ u1: 'counted', u2: 'in-progress', u3: 'open', u4: 'open', u5: 'open' })
    expect(iso.progress).toEqual({ counted: 1, inProgress: 1, open: 3, total: 5 })
  })

  it('states given with the input win over the ones worked out from it', () => {
    // a1 has a consensus but the counting rule says in progress; the rest follow the fallback.
    const input: WorkshopInput = {
      participants,
      target,
      efqm: {
        framework: miniRadar(),
        ratings: { b1: { ana: { kind: 'quick', score: 50 } } },
        consensus: { a1: { rating: { kind: 'quick', score: 60 } }, a2: { rating: { kind: 'quick', score: 40 } } },
        states: { a1: 'in-progress' },
      },
    }
    expect(computeWorkshopResults(input).efqm!.states).toEqual({ a1: 'in-progress', a2: 'counted', b1: 'in-progress', b2: 'open' })
  })
})
