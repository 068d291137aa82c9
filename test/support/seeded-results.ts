import { newAssessment, type Assessment, type ItemResponse } from '../../common/contract/assessment-schema'
import { allItems } from '../../common/domain/framework'
import { efqmFramework, isoFramework } from './workshop-fixture'

export const SEEDED_ID = '5eed0000-0000-4000-8000-000000000001'

/**
 * An assessment with numbers simple enough to check by hand: every EFQM part of criteria 1–5
 * agreed at 50 and of criteria 6–7 at 40; the first 42 ISO units agreed at level 4 and the last
 * 14 at level 2; a few items with the room's votes, evidence and one AFI.
 */
export function seededAssessment(): Assessment {
  const blank = (): ItemResponse => ({ ratings: {}, notes: {}, evidence: [], strengths: [], afis: [], flagged: false })
  const efqm: Record<string, ItemResponse> = {}
  for (const section of efqmFramework.sections) {
    for (const item of section.items) {
      efqm[item.id] = { ...blank(), consensus: { kind: 'score', score: Number(section.id) <= 5 ? 50 : 40, rationale: '' } }
    }
  }
  const iso: Record<string, ItemResponse> = {}
  allItems(isoFramework).forEach((item, index) => {
    iso[item.id] = { ...blank(), consensus: { kind: 'level', level: index < 42 ? 4 : 2, rationale: '' } }
  })
  efqm['1.1'] = {
    ...efqm['1.1']!,
    ratings: { ana: { kind: 'quick', score: 70 }, ben: { kind: 'quick', score: 30 }, cleo: { kind: 'quick', score: 50 } },
  }
  efqm['3.2'] = { ...efqm['3.2']!, ratings: { ana: { kind: 'quick', score: 80 }, ben: { kind: 'quick', score: 40 }, cleo: { kind: 'quick', score: 35 } } }
  iso['4.1'] = {
    ...iso['4.1']!,
    ratings: { ana: { kind: 'level', level: 5 }, ben: { kind: 'level', level: 2 }, cleo: { kind: 'level', level: 4 } },
    evidence: [{ id: 'ev1', text: 'SWOT 2025 and strategy paper' }],
    afis: [{ id: 'afi1', text: 'Review the context every year, including climate risks' }],
    finding: 'opportunity',
  }
  iso['5.2.1'] = { ...iso['5.2.1']!, consensus: { kind: 'level', level: 4, rationale: '' } }
  return {
    ...newAssessment({ id: SEEDED_ID, title: 'Seeded results', now: '2026-04-01T09:00:00.000Z' }),
    organisation: { name: 'Ørsted Łódź Services', sector: 'public', size: '250-999', scope: 'All services', date: '2026-04-01' },
    frameworks: ['efqm-2025', 'iso-9001-2015'],
    participants: [
      { id: 'ana', name: 'Ana', role: 'leadership' },
      { id: 'ben', name: 'Ben', role: 'staff' },
      { id: 'cleo', name: 'Cleo', role: 'staff' },
    ],
    target: { customers: 0.3, people: 0.15, owners: 0.1, partners: 0.1, society: 0.25, regulators: 0.1 },
    targetSource: 'public',
    setupComplete: true,
    responses: { 'efqm-2025': efqm, 'iso-9001-2015': iso },
  }
}

/**
 * The seeded assessment with figures that are not whole, as in issue 13 (worked by hand):
 * EFQM criteria 1, 2, 3 and 5 at 25 % (4 × 25 points), criterion 4 at (25 + 25 + 25 + 20) ÷ 4 =
 * 23.75 % of 200 = 47.5 points, criterion 6 at 20 % of 200 = 40, criterion 7 at 25 % of 200 = 50:
 * 237.5 points. ISO: the first 28 units at level 3, the next 4 at level 4, the last 24 at level 2:
 * 32 of 56 conform, a readiness of 57.14… %, and a mean level of 148 ÷ 56 = 2.643, a maturity
 * index of 52.857….
 */
export function fractionalAssessment(): Assessment {
  const seeded = seededAssessment()
  const efqm = { ...seeded.responses['efqm-2025']! }
  for (const section of efqmFramework.sections) {
    section.items.forEach((item, index) => {
      const score = section.id === '6' ? 20 : section.id === '4' && index === 3 ? 20 : 25
      efqm[item.id] = { ...efqm[item.id]!, consensus: { kind: 'score', score, rationale: '' } }
    })
  }
  const iso = { ...seeded.responses['iso-9001-2015']! }
  allItems(isoFramework).forEach((item, index) => {
    iso[item.id] = { ...iso[item.id]!, consensus: { kind: 'level', level: index < 28 ? 3 : index < 32 ? 4 : 2, rationale: '' } }
  })
  return { ...seeded, responses: { 'efqm-2025': efqm, 'iso-9001-2015': iso } }
}
