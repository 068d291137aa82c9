import { newAssessment, type Assessment, type ItemResponse } from '../../electron/ipc/assessment-schema'
import { allItems } from '../../renderer/src/domain/framework'
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
