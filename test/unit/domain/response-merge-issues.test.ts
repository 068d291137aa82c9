import { describe, expect, it } from 'vitest'
import { newAssessment, type Assessment } from '../../../common/contract/assessment-schema'
import type { OpenedResponseFile } from '../../../common/contract/response-file-schema'
import { planMerge } from '../../../common/domain/response-merge'

const ORIGIN = '00000000-0000-4000-8000-000000000001'

const workshop = (): Assessment => ({
  ...newAssessment({ id: ORIGIN, title: 'Annual review 2026', now: '2026-05-01T08:00:00.000Z' }),
  frameworks: ['mini-maturity'],
  participants: [{ id: 'ana', name: 'Ana Kessler', role: 'leadership' }],
})

const opened = (issues?: string[]): OpenedResponseFile => ({
  ok: true,
  path: '/in/Kessler-Ana.xlsx',
  file: {
    format: 'panorama-responses',
    formatVersion: 1,
    assessment: { origin: ORIGIN, title: 'Annual review 2026' },
    participant: { id: 'ana', name: 'Ana Kessler', role: 'leadership' },
    exportedAt: '2026-06-01T10:00:00.000Z',
    responses: { 'mini-maturity': { u1: { rating: { kind: 'level', level: 2 } } } },
  },
  ...(issues ? { issues } : {}),
})

describe('the merge plan of a filled pre-work pack', () => {
  it('shows the cells the pack could not use among the file’s remarks, first', () => {
    const issue = 'Kessler-Ana.xlsx, ISO 9001 sheet, row 14 (7.1.5): "3,5" is not a level 0–5'
    const plan = planMerge(workshop(), [opened([issue])])
    expect(plan.files[0]).toMatchObject({ status: 'accepted', remarks: [issue] })
    expect(plan.changes).toHaveLength(1)
  })

  it('has no remarks for a file without issues, as for a JSON response file', () => {
    expect(planMerge(workshop(), [opened()]).files[0]).toMatchObject({ status: 'accepted', remarks: [] })
  })
})
