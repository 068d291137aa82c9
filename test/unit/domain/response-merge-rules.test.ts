import { describe, expect, it } from 'vitest'
import { emptyItemResponse, newAssessment, type Assessment, type StoredRating } from '../../../common/contract/assessment-schema'
import type { OpenedResponseFile, ResponseFile } from '../../../common/contract/response-file-schema'
import { applyMerge, buildResponseFile, changeKey, conflictsOf, mergeTotals, planMerge, sameRating, takesEffect } from '../../../common/domain/response-merge'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'

const ORIGIN = '00000000-0000-4000-8000-000000000001'
const NOW = '2026-06-01T12:00:00.000Z'
const quick = (score: number): StoredRating => ({ kind: 'quick', score })
const level = (value: number): StoredRating => ({ kind: 'level', level: value })
const na = (justification: string): StoredRating => ({ kind: 'not-applicable', justification })
const radar = (attributes: Record<string, number>): StoredRating => ({ kind: 'radar', attributes })
const ana = { id: 'ana', name: 'Ana Ruiz', role: 'leadership' as const }
const ben = { id: 'ben', name: 'Ben Okafor', role: 'staff' as const }

function workshop(fields: Partial<Assessment> = {}): Assessment {
  return {
    ...newAssessment({ id: ORIGIN, title: 'Annual review 2026', now: '2026-05-01T08:00:00.000Z' }),
    frameworks: ['mini-radar', 'mini-maturity'],
    participants: [ana, ben],
    responses: {
      'mini-radar': { a1: { ...emptyItemResponse(), ratings: { ana: quick(55), ben: quick(40) }, notes: { ana: 'Strategy reviewed yearly.', ben: '   ' } } },
      'mini-maturity': { u1: { ...emptyItemResponse(), ratings: { ana: level(3) }, notes: { ben: 'Audit due ' } } },
    },
    ...fields,
  }
}
function responseFile(responses: ResponseFile['responses'], participant: ResponseFile['participant'] = ben): ResponseFile {
  return { format: 'panorama-responses', formatVersion: 1, assessment: { origin: ORIGIN, title: 'Annual review 2026' }, participant, exportedAt: NOW, responses }
}
const opened = (file: ResponseFile, path = `/f/${file.participant.id}.json`): OpenedResponseFile => ({ ok: true, path, file })
const remarksOf = (plan: ReturnType<typeof planMerge>, index = 0) => {
  const file = plan.files[index]!
  return file.status === 'accepted' ? file.remarks : null
}

describe('sameRating, kind by kind', () => {
  it('levels are the same when the level is', () => {
    expect(sameRating(level(3), level(3))).toBe(true)
    expect(sameRating(level(3), level(4))).toBe(false)
    expect(sameRating(level(3), quick(3))).toBe(false)
    expect(sameRating(level(0), na('None'))).toBe(false)
  })

  it('quick scores are the same when the score is', () => {
    expect(sameRating(quick(50), quick(50))).toBe(true)
    expect(sameRating(quick(50), quick(55))).toBe(false)
    expect(sameRating(quick(50), radar({ sound: 50 }))).toBe(false)
  })

  it('not applicable is the same when the justification is, spaces around it aside', () => {
    expect(sameRating(na(' No design '), na('No design'))).toBe(true)
    expect(sameRating(na('No design'), na('Outsourced'))).toBe(false)
    expect(sameRating(na('No design'), level(0))).toBe(false)
  })

  it('RADAR ratings are the same when every attribute is, and differ on any one', () => {
    expect(sameRating(radar({ sound: 60, integrated: 45 }), radar({ integrated: 45, sound: 60 }))).toBe(true)
    expect(sameRating(radar({ sound: 60, integrated: 45 }), radar({ sound: 60, integrated: 50 }))).toBe(false)
    expect(sameRating(radar({ sound: 60 }), radar({ sound: 65 }))).toBe(false)
    expect(sameRating(radar({ sound: 60 }), quick(60))).toBe(false)
    expect(sameRating(radar({ sound: 60 }), level(3))).toBe(false)
  })
})

describe('buildResponseFile', () => {
  it('leaves out a framework where the participant has nothing', () => {
    // Ben: a rating on a1 (his blank note there is nothing), and only a note on u1
    expect(buildResponseFile(workshop(), 'ben', NOW).responses).toEqual({ 'mini-radar': { a1: { rating: quick(40) } }, 'mini-maturity': { u1: { note: 'Audit due ' } } })
    const noMaturity = workshop({ responses: { 'mini-radar': workshop().responses['mini-radar']!, 'mini-maturity': { u1: { ...emptyItemResponse(), ratings: { ana: level(3) } } } } })
    expect(buildResponseFile(noMaturity, 'ben', NOW).responses).toEqual({ 'mini-radar': { a1: { rating: quick(40) } } })
  })
})

describe('what a plan says about a file', () => {
  const frameworks = [miniRadar(), miniMaturity()]

  it('lists up to five left-out items, and counts the rest', () => {
    const items = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, { rating: quick(50) }]))
    const five = planMerge(workshop(), [opened(responseFile({ 'mini-radar': items(['x1', 'x2', 'x3', 'x4', 'x5']) }))], { frameworks })
    expect(remarksOf(five)).toContain('5 items that Mini RADAR test does not have were left out: x1, x2, x3, x4, x5.')
    const seven = planMerge(workshop(), [opened(responseFile({ 'mini-radar': items(['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7']) }))], { frameworks })
    expect(remarksOf(seven)).toContain('7 items that Mini RADAR test does not have were left out: x1, x2, x3, x4, x5 and 2 more.')
    const six = planMerge(workshop(), [opened(responseFile({ 'mini-radar': items(['x1', 'x2', 'x3', 'x4', 'x5', 'x6']) }))], { frameworks })
    expect(remarksOf(six)).toContain('6 items that Mini RADAR test does not have were left out: x1, x2, x3, x4, x5 and 1 more.')
  })

  it('a maturity framework takes levels and not applicable, not RADAR scores', () => {
    const plan = planMerge(workshop(), [opened(responseFile({ 'mini-maturity': { u2: { rating: quick(50) }, u3: { rating: level(2) }, u4: { rating: na('Outsourced') }, u5: { rating: radar({ sound: 5 }) } } }))], { frameworks })
    expect(remarksOf(plan)).toEqual(['2 ratings on the wrong scale were left out (Mini maturity test takes maturity levels): u2, u5.'])
    expect(plan.changes.map((c) => c.itemId)).toEqual(['u3', 'u4'])
  })

  it('a RADAR framework takes quick and full RADAR ratings', () => {
    const plan = planMerge(workshop(), [opened(responseFile({ 'mini-radar': { a2: { rating: radar({ sound: 60, integrated: 45, implemented: 50 }) }, b1: { rating: quick(30) } } }))], { frameworks })
    expect(remarksOf(plan)).toEqual([])
    expect(plan.changes.map((c) => c.itemId)).toEqual(['a2', 'b1'])
  })

  it('names a framework the assessment does not use by its id without the frameworks, and says nothing else', () => {
    const plan = planMerge(workshop(), [opened(responseFile({ 'iso-9001-2015': { '4.1': { rating: level(2) } } }))])
    expect(remarksOf(plan)).toEqual(['1 item for “iso-9001-2015” was left out: this assessment does not use that framework.'])
  })

  it('an empty framework in the file is no remark of its own', () => {
    const plan = planMerge(workshop(), [opened(responseFile({ 'iso-9001-2015': {}, 'mini-radar': { a2: { rating: quick(20) } } }))])
    expect(remarksOf(plan)).toEqual([])
  })

  it('names that differ only in spaces around them are the same name', () => {
    const spaced = planMerge(workshop(), [opened(responseFile({ 'mini-radar': { a2: { rating: quick(20) } } }, { ...ben, name: ' Ben Okafor ' }))])
    expect(remarksOf(spaced)).toEqual([])
    const listedSpaced = workshop({ participants: [ana, { ...ben, name: 'Ben Okafor  ' }] })
    expect(remarksOf(planMerge(listedSpaced, [opened(responseFile({ 'mini-radar': { a2: { rating: quick(20) } } }))]))).toEqual([])
  })

  it('each accepted file is its own participant’s', () => {
    const plan = planMerge(workshop(), [opened(responseFile({ 'mini-radar': { a2: { rating: quick(20) } } })), opened(responseFile({ 'mini-radar': { a2: { rating: quick(70) } } }, ana))])
    expect(plan.files.map((f) => [f.status, f.fileName, f.status === 'accepted' ? f.participantId : null])).toEqual([
      ['accepted', 'ben.json', 'ben'],
      ['accepted', 'ana.json', 'ana'],
    ])
  })
})

describe('notes in a plan', () => {
  it('a blank note in the workshop is filled as new, keeping what it held as the existing value', () => {
    const plan = planMerge(workshop(), [opened(responseFile({ 'mini-radar': { a1: { note: 'Pilot only' } } }))])
    expect(plan.changes).toEqual([{ frameworkId: 'mini-radar', itemId: 'a1', participantId: 'ben', path: '/f/ben.json', field: 'note', kind: 'new', incoming: 'Pilot only', existing: '   ' }])
  })

  it('a note that differs only in spaces around it is the same', () => {
    const plan = planMerge(workshop(), [opened(responseFile({ 'mini-maturity': { u1: { note: 'Audit due' } } }))])
    expect(plan.changes.map((c) => c.kind)).toEqual(['same'])
  })

  it('a note where the workshop has none carries no existing value at all', () => {
    const [change] = planMerge(workshop(), [opened(responseFile({ 'mini-radar': { a2: { note: 'First' } } }))]).changes
    expect(change).toMatchObject({ kind: 'new', incoming: 'First' })
    expect(Object.hasOwn(change!, 'existing')).toBe(false)
  })
})

describe('the order of the changes', () => {
  it('follows the assessment’s framework order, then item order, then participant order, rating before note', () => {
    const doc = workshop({ frameworks: ['mini-maturity', 'mini-radar'], responses: {} })
    const benFile = responseFile({ 'mini-radar': { b1: { rating: quick(10) }, a2: { rating: quick(20), note: 'Ben a2' } }, 'mini-maturity': { u2: { rating: level(1) } } })
    const anaFile = responseFile({ 'mini-radar': { a2: { note: 'Ana a2', rating: quick(30) } }, 'mini-maturity': { u2: { rating: level(2) }, u1: { rating: level(4) } } }, ana)
    const plan = planMerge(doc, [opened(benFile), opened(anaFile)])
    expect(plan.changes.map((c) => `${c.itemId} ${c.participantId} ${c.field}`)).toEqual([
      'u1 ana rating',
      'u2 ana rating',
      'u2 ben rating',
      'a2 ana rating',
      'a2 ana note',
      'a2 ben rating',
      'a2 ben note',
      'b1 ben rating',
    ])
    // each participant counts only their own changes, in the assessment's order
    expect(plan.participants).toEqual([
      { participantId: 'ana', name: 'Ana Ruiz', ratings: { new: 3, same: 0, conflict: 0 }, notes: { new: 1, same: 0, conflict: 0 } },
      { participantId: 'ben', name: 'Ben Okafor', ratings: { new: 3, same: 0, conflict: 0 }, notes: { new: 1, same: 0, conflict: 0 } },
    ])
  })
})

describe('decisions', () => {
  // Ben: a1 40 → 70 is a conflict, u1's note is the same, a2 is new
  const plan = planMerge(workshop(), [opened(responseFile({ 'mini-radar': { a1: { rating: quick(70) }, a2: { rating: quick(20) } }, 'mini-maturity': { u1: { note: 'Audit due' } } }))])
  const take = Object.fromEntries(plan.changes.map((c) => [changeKey(c), 'take' as const]))

  it('conflictsOf lists the conflicts only', () => {
    expect(plan.changes.map((c) => c.kind)).toEqual(['conflict', 'new', 'same'])
    expect(conflictsOf(plan).map((c) => c.itemId)).toEqual(['a1'])
  })

  it('taking a change that is the same as the workshop’s does nothing', () => {
    expect(plan.changes.map((c) => takesEffect(c, take))).toEqual([true, true, false])
    expect(mergeTotals(plan, take)).toEqual({ ratings: 2, notes: 0, files: 1 })
  })
})

describe('applyMerge', () => {
  it('applies to a copy of the document read afresh (the values compared, not the objects)', () => {
    const doc = workshop()
    const plan = planMerge(doc, [opened(responseFile({ 'mini-radar': { a1: { rating: quick(70) }, a2: { rating: quick(20) } } }))])
    const key = changeKey(conflictsOf(plan)[0]!)
    const reread = JSON.parse(JSON.stringify(doc)) as Assessment
    const merged = applyMerge(reread, plan, { [key]: 'take' })
    expect(merged.responses['mini-radar']!.a1!.ratings).toEqual({ ana: quick(55), ben: quick(70) })
    expect(merged.responses['mini-radar']!.a2!.ratings).toEqual({ ben: quick(20) })
  })

  it('a note for an item the workshop does not have yet makes the item', () => {
    const doc = workshop()
    const plan = planMerge(doc, [opened(responseFile({ 'mini-radar': { b2: { note: 'Survey pending' } } }))])
    expect(applyMerge(doc, plan, {}).responses['mini-radar']!.b2).toEqual({ ...emptyItemResponse(), notes: { ben: 'Survey pending' } })
  })

  it('leaves a note alone that changed after the plan was made', () => {
    const doc = workshop()
    const plan = planMerge(doc, [opened(responseFile({ 'mini-radar': { a1: { note: 'From the file' } } }))])
    const a1 = doc.responses['mini-radar']!.a1!
    const meanwhile: Assessment = { ...doc, responses: { ...doc.responses, 'mini-radar': { a1: { ...a1, notes: { ...a1.notes, ben: 'Typed meanwhile' } } } } }
    expect(applyMerge(meanwhile, plan, {})).toBe(meanwhile)
  })

  it('keeps the frameworks the merge does not touch', () => {
    const doc = workshop()
    const plan = planMerge(doc, [opened(responseFile({ 'mini-radar': { a2: { rating: quick(20) } } }))])
    const merged = applyMerge(doc, plan, {})
    expect(merged.responses['mini-maturity']).toBe(doc.responses['mini-maturity'])
    expect(Object.keys(merged.responses)).toEqual(['mini-radar', 'mini-maturity'])
  })
})
