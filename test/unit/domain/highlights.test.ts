import { describe, expect, it } from 'vitest'
import { newAssessment, type Assessment, type ItemResponse, type StoredConsensus } from '../../../common/contract/assessment-schema'
import { selectHighlights } from '../../../common/domain/highlights'
import type { FindingType } from '../../../common/domain/iso-scoring'
import { computeWorkshopResults } from '../../../common/domain/workshop-results'
import { toWorkshopInput } from '../../../common/domain/workshop-input'
import { efqmFramework, isoFramework } from '../../support/workshop-fixture'

const team = [
  { id: 'a', name: 'Ana', role: 'leadership' as const },
  { id: 'b', name: 'Ben', role: 'staff' as const },
]
const response = (ratings: ItemResponse['ratings'], consensus?: StoredConsensus, finding?: FindingType): ItemResponse => ({
  ratings,
  notes: {},
  evidence: [],
  strengths: [],
  afis: [],
  flagged: false,
  ...(consensus ? { consensus } : {}),
  ...(finding ? { finding } : {}),
})
const both = (level: number) => ({ a: { kind: 'level' as const, level }, b: { kind: 'level' as const, level } })
const quick = (score: number) => ({ a: { kind: 'quick' as const, score }, b: { kind: 'quick' as const, score } })

function scored(frameworkId: string, responses: Record<string, ItemResponse>) {
  const doc: Assessment = {
    ...newAssessment({ id: '00000000-0000-4000-8000-000000000014', title: 'Highlights', now: '2026-12-04T09:00:00.000Z' }),
    frameworks: [frameworkId],
    setupComplete: true,
    participants: team,
    responses: { [frameworkId]: responses },
  }
  const results = computeWorkshopResults(toWorkshopInput(doc, [efqmFramework, isoFramework]))
  return { efqm: results.efqm?.score, iso: results.iso?.score }
}

describe('top strengths and gaps', () => {
  it('ISO: a unit at level 2, or with a minor nonconformity, is never a strength; both are gaps, the nonconformity first at equal level', () => {
    const score = scored('iso-9001-2015', {
      '4.1': response(both(2)), // proposed, below 3
      '4.2': response(both(4), undefined, 'minor-nonconformity'), // level 4 but a nonconformity
      '4.3': response(both(5)), // proposed 5: a strength although nobody recorded a consensus
      '4.4': response({}, { kind: 'level', level: 3, rationale: '' }), // agreed 3
      '5.3': response(both(2), undefined, 'major-nonconformity'),
      '6.1': response({ a: { kind: 'level', level: 1 } }), // one vote of two: in progress, not counted
    })
    expect(selectHighlights(isoFramework, score)).toEqual({ strengths: ['4.3', '4.4'], gaps: ['5.3', '4.1', '4.2'], strengthsEmpty: null, gapsEmpty: null })
  })

  it('ISO: when every counted unit conforms, the gaps column says so instead of listing conforming units', () => {
    const score = scored('iso-9001-2015', { '4.1': response(both(3)), '4.2': response(both(4)) })
    expect(selectHighlights(isoFramework, score)).toEqual({
      strengths: ['4.2', '4.1'],
      gaps: [],
      strengthsEmpty: null,
      gapsEmpty: 'All 2 counted units are at level 3 or above, with no nonconformity.',
    })
  })

  it('EFQM: three counted parts give two strengths and one gap, so the gaps column is not empty for lack of items', () => {
    const score = scored('efqm-2025', { '1.1': response(quick(40)), '1.2': response(quick(70)), '2.1': response(quick(55)) })
    expect(selectHighlights(efqmFramework, score)).toMatchObject({ strengths: ['1.2', '2.1'], gaps: ['1.1'] })
  })

  it('EFQM: a gap always scores below every strength; equal scores say why the gaps are empty', () => {
    const score = scored('efqm-2025', { '1.1': response(quick(50)), '1.2': response(quick(50)) })
    expect(selectHighlights(efqmFramework, score)).toEqual({ strengths: ['1.1'], gaps: [], strengthsEmpty: null, gapsEmpty: 'No counted part scores below the strengths.' })
  })

  it('says why both columns are empty when nothing counts yet', () => {
    const none = selectHighlights(efqmFramework, scored('efqm-2025', { '1.1': response({ a: { kind: 'quick', score: 80 } }) }))
    expect(none.strengths).toEqual([])
    expect(none.strengthsEmpty).toBe('No part of EFQM Model counts yet: agree a score, or let the whole team vote.')
  })
})
