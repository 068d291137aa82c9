import { describe, expect, it } from 'vitest'
import { newAssessment, type Assessment, type StoredParticipant } from '../../common/contract/assessment-schema'
import { assessmentSchema } from '../../common/contract/assessment-schema'
import type { RoomInterface } from '../../common/contract/room-schemas'
import { applyReveal, defaultInterface, MAX_PARTICIPANTS, planReveal, seatsFor, votedSummary, type RevealedEvent } from '../../renderer/src/store/room-logic'

const TEAM: StoredParticipant[] = [
  { id: 'ana', name: 'Ana', role: 'leadership' },
  { id: 'ben', name: 'Ben', role: 'staff' },
  { id: 'cleo', name: 'Cleo', role: 'external' },
]
const ISO = 'iso-9001-2015'
const EFQM = 'efqm-2025'

function workshop(participants = TEAM): Assessment {
  return { ...newAssessment({ id: '00000000-0000-4000-8000-000000000042', title: 'Room', now: '2026-03-01T09:00:00.000Z' }), frameworks: [ISO, EFQM], setupComplete: true, participants }
}

const level = (value: number) => ({ kind: 'level' as const, level: value })
const revealed = (votes: RevealedEvent['votes'], frameworkId = ISO, itemId = '4.1'): RevealedEvent => ({ type: 'revealed', frameworkId, itemId, votes })
const vote = (seatId: string, rating: RevealedEvent['votes'][number]['rating'], anonymous = false) => ({ seatId, anonymous, rating })

let ids = 0
const base = { anonymousSeats: {}, applied: null, mode: null, newId: () => `anon-${++ids}`, anonymousName: (n: number) => `Anonymous ${n}` }

describe('the room on the facilitator’s side: pure rules', () => {
  it('offers one seat per participant in the team’s order, numbered when names are hidden', () => {
    expect(seatsFor(TEAM, true, (n) => `Participant ${n}`)).toEqual([
      { seatId: 'ana', label: 'Ana' },
      { seatId: 'ben', label: 'Ben' },
      { seatId: 'cleo', label: 'Cleo' },
    ])
    expect(seatsFor(TEAM, false, (n) => `Participant ${n}`).map((s) => s.label)).toEqual(['Participant 1', 'Participant 2', 'Participant 3'])
  })

  it('opens on the room’s network by default, and on this computer only when there is nothing else', () => {
    const lo: RoomInterface = { name: 'lo', address: '127.0.0.1', family: 'IPv4', internal: true }
    const wifi: RoomInterface = { name: 'wlan0', address: '192.168.1.20', family: 'IPv4', internal: false }
    const v6: RoomInterface = { name: 'wlan0', address: '2001:db8::2', family: 'IPv6', internal: false }
    expect(defaultInterface([v6, wifi, lo])).toBe(wifi)
    expect(defaultInterface([v6, lo])).toBe(v6)
    expect(defaultInterface([lo])).toBe(lo)
    expect(defaultInterface([])).toBeUndefined()
  })

  it('turns a reveal into every participant’s rating, as one change through withRating', () => {
    const before = workshop()
    const { plan, applied } = planReveal({ ...base, event: revealed([vote('ana', level(3)), vote('ben', level(4)), vote('cleo', { kind: 'not-applicable', justification: '' })]), participants: TEAM })
    const after = applyReveal(before, plan)
    expect(after.responses[ISO]!['4.1']!.ratings).toEqual({ ana: level(3), ben: level(4), cleo: { kind: 'not-applicable', justification: '' } })
    expect(after.participants).toBe(before.participants)
    expect(applied).toEqual({ ana: level(3), ben: level(4), cleo: { kind: 'not-applicable', justification: '' } })
    expect(assessmentSchema.safeParse(after).success).toBe(true)
  })

  it('a phone vote overwrites that participant’s typed rating, and leaves the others’ typed ratings alone', () => {
    const typed = applyReveal(workshop(), { frameworkId: ISO, itemId: '4.1', ratings: [{ participantId: 'ana', rating: level(1) }, { participantId: 'ben', rating: level(2) }], newParticipants: [], mode: null })
    const { plan } = planReveal({ ...base, event: revealed([vote('ana', level(5))]), participants: TEAM })
    expect(applyReveal(typed, plan).responses[ISO]!['4.1']!.ratings).toEqual({ ana: level(5), ben: level(2) })
  })

  it('after a reveal, a new snapshot applies only the votes that changed', () => {
    const first = planReveal({ ...base, event: revealed([vote('ana', level(3)), vote('ben', level(4))]), participants: TEAM })
    let doc = applyReveal(workshop(), first.plan)
    // The facilitator types over Ana's vote; then Ben changes his on the phone.
    doc = applyReveal(doc, { frameworkId: ISO, itemId: '4.1', ratings: [{ participantId: 'ana', rating: level(0) }], newParticipants: [], mode: null })
    const second = planReveal({ ...base, event: revealed([vote('ana', level(3)), vote('ben', level(2))]), participants: TEAM, applied: first.applied })
    expect(second.plan.ratings).toEqual([{ participantId: 'ben', rating: level(2) }])
    expect(applyReveal(doc, second.plan).responses[ISO]!['4.1']!.ratings).toEqual({ ana: level(0), ben: level(2) })
    // Nothing changed: the same document, so no undo step.
    const third = planReveal({ ...base, event: revealed([vote('ana', level(3)), vote('ben', level(2))]), participants: TEAM, applied: second.applied })
    expect(applyReveal(doc, third.plan)).toBe(doc)
  })

  it('skips a seat whose participant was removed from the team', () => {
    const { plan } = planReveal({ ...base, event: revealed([vote('dora', level(3)), vote('ana', level(2))]), participants: TEAM })
    expect(plan.ratings).toEqual([{ participantId: 'ana', rating: level(2) }])
  })

  it('makes each anonymous seat an external participant “Anonymous n”, skipping names in use, the same one for later votes', () => {
    const team = [...TEAM, { id: 'x', name: 'Anonymous 1', role: 'external' as const }]
    const first = planReveal({ ...base, newId: () => 'a1b2c3', event: revealed([vote('anonymous-1', level(4), true), vote('ana', level(2))]), participants: team })
    expect(first.plan.newParticipants).toEqual([{ id: 'a1b2c3', name: 'Anonymous 2', role: 'external' }])
    const doc = applyReveal(workshop(team), first.plan)
    expect(doc.participants.at(-1)).toEqual({ id: 'a1b2c3', name: 'Anonymous 2', role: 'external' })
    expect(doc.responses[ISO]!['4.1']!.ratings['a1b2c3']).toEqual(level(4))
    expect(assessmentSchema.safeParse(doc).success).toBe(true)
    // A change from the same seat lands on the same participant; no one new is added.
    const second = planReveal({ ...base, newId: () => 'never', event: revealed([vote('anonymous-1', level(5), true), vote('ana', level(2))]), participants: doc.participants, anonymousSeats: first.anonymousSeats, applied: first.applied })
    expect(second.plan).toMatchObject({ newParticipants: [], ratings: [{ participantId: 'a1b2c3', rating: level(5) }] })
  })

  it('brings an anonymous participant back (same id) when undo had taken it out', () => {
    const first = planReveal({ ...base, newId: () => 'a1', event: revealed([vote('anonymous-1', level(4), true)]), participants: TEAM })
    const again = planReveal({ ...base, event: revealed([vote('anonymous-1', level(4), true)]), participants: TEAM, anonymousSeats: first.anonymousSeats, applied: first.applied })
    expect(again.plan.newParticipants.map((p) => p.id)).toEqual(['a1'])
    expect(again.plan.ratings).toEqual([{ participantId: 'a1', rating: level(4) }])
  })

  it('keeps no anonymous vote past the participant limit, and says how many', () => {
    const full = Array.from({ length: MAX_PARTICIPANTS }, (_, i) => ({ id: `p${i}`, name: `P ${i}`, role: 'staff' as const }))
    const { plan, dropped } = planReveal({ ...base, event: revealed([vote('anonymous-1', level(4), true), vote('p0', level(1))]), participants: full })
    expect(dropped).toBe(1)
    expect(plan.newParticipants).toEqual([])
    expect(plan.ratings).toEqual([{ participantId: 'p0', rating: level(1) }])
  })

  it('EFQM: stores full RADAR votes in RADAR mode, so the grid shows them as given', () => {
    const radar = { kind: 'radar' as const, attributes: { 'sound-rationale': 50 } }
    const { plan } = planReveal({ ...base, mode: 'radar', event: revealed([vote('ana', radar)], EFQM, '1.1'), participants: TEAM })
    const response = applyReveal(workshop(), plan).responses[EFQM]!['1.1']!
    expect(response.mode).toBe('radar')
    expect(response.ratings['ana']).toEqual(radar)
  })

  it('says who voted by label, never a value', () => {
    expect(votedSummary(['ben', 'anonymous-1'], { ana: 'Ana', ben: 'Ben', 'anonymous-1': 'Anonymous 1' }, 3)).toEqual({ count: 2, total: 3, names: ['Ben', 'Anonymous 1'] })
    expect(votedSummary(['a', 'b', 'c', 'd'], {}, 3).total).toBe(4)
  })
})
