import { describe, expect, it } from 'vitest'
import { emptyItemResponse, newAssessment, type Assessment, type StoredRating } from '../../../common/contract/assessment-schema'
import { responseFileSchema, type OpenedResponseFile, type ResponseFile } from '../../../common/contract/response-file-schema'
import {
  applyMerge,
  buildResponseFile,
  changeKey,
  conflictsOf,
  mergeTotals,
  planMerge,
  sameRating,
  type MergeChange,
} from '../../../common/domain/response-merge'
import { DomainError } from '../../../common/domain/errors'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'

const ORIGIN = '00000000-0000-4000-8000-000000000001'
const OTHER_ORIGIN = '00000000-0000-4000-8000-000000000099'
const NOW = '2026-06-01T12:00:00.000Z'

const quick = (score: number): StoredRating => ({ kind: 'quick', score })
const level = (value: number): StoredRating => ({ kind: 'level', level: value })

/** The workshop file: Ana and Ben, one EFQM-like and one ISO-like framework, a consensus and evidence on a1. */
function workshop(): Assessment {
  const base = newAssessment({ id: ORIGIN, title: 'Annual review 2026', now: '2026-05-01T08:00:00.000Z' })
  return {
    ...base,
    frameworks: ['mini-radar', 'mini-maturity'],
    participants: [
      { id: 'ana', name: 'Ana Ruiz', role: 'leadership' },
      { id: 'ben', name: 'Ben Okafor', role: 'staff' },
    ],
    responses: {
      'mini-radar': {
        a1: {
          ...emptyItemResponse(),
          ratings: { ana: quick(55), ben: quick(40) },
          notes: { ana: 'Strategy reviewed yearly.' },
          consensus: { kind: 'score', score: 50, rationale: '' },
          evidence: [{ id: 'e1', text: 'Strategy paper 2025' }],
          strengths: [{ id: 's1', text: 'Clear purpose' }],
          afis: [{ id: 'f1', text: 'Involve partners' }],
          flagged: true,
        },
      },
      'mini-maturity': { u1: { ...emptyItemResponse(), ratings: { ana: level(3) }, finding: 'observation' } },
    },
  }
}

/** A participant's own copy: the same origin, a different id (as a duplicate has). */
function participantCopy(): Assessment {
  return { ...workshop(), id: '00000000-0000-4000-8000-000000000002', responses: {} }
}

function responseFile(fields: Partial<ResponseFile> & Pick<ResponseFile, 'responses'>): ResponseFile {
  return {
    format: 'panorama-responses',
    formatVersion: 1,
    assessment: { origin: ORIGIN, title: 'Annual review 2026' },
    participant: { id: 'ben', name: 'Ben Okafor', role: 'staff' },
    exportedAt: NOW,
    ...fields,
  }
}

const opened = (file: ResponseFile, path = '/home/ben/ben.panorama-responses.json'): OpenedResponseFile => ({ ok: true, path, file })

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

const teamParts = (a: Assessment) =>
  Object.fromEntries(
    Object.entries(a.responses).flatMap(([fw, items]) =>
      Object.entries(items).map(([id, r]) => [`${fw}/${id}`, { consensus: r.consensus, finding: r.finding, evidence: r.evidence, strengths: r.strengths, afis: r.afis, flagged: r.flagged, mode: r.mode }]),
    ),
  )

describe('buildResponseFile', () => {
  it('holds one participant’s ratings and notes only, for the chosen frameworks only, and passes the file schema', () => {
    const doc = workshop()
    doc.responses['not-chosen'] = { x1: { ...emptyItemResponse(), ratings: { ana: quick(90) } } }
    doc.responses['mini-radar']!.a2 = { ...emptyItemResponse(), notes: { ana: '   ', ben: 'Ben only' } }
    const file = buildResponseFile(doc, 'ana', NOW)

    expect(file).toEqual({
      format: 'panorama-responses',
      formatVersion: 1,
      assessment: { origin: ORIGIN, title: 'Annual review 2026' },
      participant: { id: 'ana', name: 'Ana Ruiz', role: 'leadership' },
      exportedAt: NOW,
      responses: {
        'mini-radar': { a1: { rating: quick(55), note: 'Strategy reviewed yearly.' } },
        'mini-maturity': { u1: { rating: level(3) } },
      },
    })
    expect(responseFileSchema.safeParse(file).success).toBe(true)
    // Nothing of the team's (consensus, evidence …) and nothing of Ben's goes into Ana's file.
    expect(JSON.stringify(file)).not.toMatch(/Strategy paper|Clear purpose|Involve partners|consensus|Ben only/)
  })

  it('refuses an unknown participant with a DomainError', () => {
    expect(() => buildResponseFile(workshop(), 'zoe', NOW)).toThrow(DomainError)
    expect(() => buildResponseFile(workshop(), 'zoe', NOW)).toThrow('There is no participant with the id “zoe” in this assessment.')
  })
})

describe('planMerge and applyMerge', () => {
  it('round trip: a participant’s copy exported, planned and applied ends up in the workshop file', () => {
    const copy = participantCopy()
    copy.responses = {
      'mini-radar': { a1: { ...emptyItemResponse(), ratings: { ben: quick(40) } }, a2: { ...emptyItemResponse(), ratings: { ben: { kind: 'radar', attributes: { sound: 60, integrated: 45 } } }, notes: { ben: 'Pilot only' } } },
      'mini-maturity': { u2: { ...emptyItemResponse(), ratings: { ben: { kind: 'not-applicable', justification: 'We design nothing.' } } } },
    }
    const file = buildResponseFile(copy, 'ben', NOW)
    const doc = workshop()
    const plan = planMerge(doc, [opened(file)], { frameworks: [miniRadar(), miniMaturity()] })

    expect(plan.files).toEqual([
      { status: 'accepted', path: '/home/ben/ben.panorama-responses.json', fileName: 'ben.panorama-responses.json', participantId: 'ben', exportedAt: NOW, remarks: [] },
    ])
    expect(plan.changes.map((c) => [c.frameworkId, c.itemId, c.field, c.kind])).toEqual([
      ['mini-radar', 'a1', 'rating', 'same'],
      ['mini-radar', 'a2', 'rating', 'new'],
      ['mini-radar', 'a2', 'note', 'new'],
      ['mini-maturity', 'u2', 'rating', 'new'],
    ])
    expect(plan.participants).toEqual([{ participantId: 'ben', name: 'Ben Okafor', ratings: { new: 2, same: 1, conflict: 0 }, notes: { new: 1, same: 0, conflict: 0 } }])
    expect(mergeTotals(plan, {})).toEqual({ ratings: 2, notes: 1, files: 1 })

    const merged = applyMerge(doc, plan, {})
    // The item Ben rated first (a2, u2) did not exist in the workshop file: created blank, then filled.
    expect(merged.responses['mini-radar']!.a2).toEqual({ ...emptyItemResponse(), ratings: { ben: { kind: 'radar', attributes: { sound: 60, integrated: 45 } } }, notes: { ben: 'Pilot only' } })
    expect(merged.responses['mini-maturity']!.u2!.ratings).toEqual({ ben: { kind: 'not-applicable', justification: 'We design nothing.' } })
    // Exporting Ben again from the merged workshop gives back what he sent.
    expect(buildResponseFile(merged, 'ben', NOW)).toEqual(file)
  })

  it('never touches consensus, evidence, strengths, AFIs, findings, flags or other people’s ratings', () => {
    const doc = workshop()
    const file = responseFile({ responses: { 'mini-radar': { a1: { rating: quick(70), note: 'Ben’s view' } }, 'mini-maturity': { u1: { rating: level(1) } } } })
    const plan = planMerge(doc, [opened(file)])
    const merged = applyMerge(doc, plan, Object.fromEntries(conflictsOf(plan).map((c) => [changeKey(c), 'take' as const])))

    expect(teamParts(merged)).toEqual(teamParts(doc))
    expect(merged.responses['mini-radar']!.a1!.ratings).toEqual({ ana: quick(55), ben: quick(70) })
    expect(merged.responses['mini-radar']!.a1!.notes).toEqual({ ana: 'Strategy reviewed yearly.', ben: 'Ben’s view' })
    expect(merged.responses['mini-maturity']!.u1!.ratings).toEqual({ ana: level(3), ben: level(1) })
    const { responses: _r1, ...restBefore } = doc
    const { responses: _r2, ...restAfter } = merged
    expect(restAfter).toEqual(restBefore)
  })

  it('a conflict keeps the workshop’s value unless the user takes the file’s', () => {
    const doc = workshop()
    const file = responseFile({ responses: { 'mini-radar': { a1: { rating: quick(70) } } } })
    const plan = planMerge(doc, [opened(file)])
    const [conflict] = conflictsOf(plan)
    expect(conflict).toMatchObject({ frameworkId: 'mini-radar', itemId: 'a1', participantId: 'ben', field: 'rating', kind: 'conflict', incoming: quick(70), existing: quick(40) })
    const key = changeKey(conflict!)

    const kept = applyMerge(doc, plan, { [key]: 'keep' })
    expect(kept).toBe(doc) // nothing to apply: the same document, so no empty undo step
    expect(applyMerge(doc, plan, {})).toBe(doc) // undecided counts as keep
    expect(mergeTotals(plan, { [key]: 'keep' })).toEqual({ ratings: 0, notes: 0, files: 1 })

    const taken = applyMerge(doc, plan, { [key]: 'take' })
    expect(taken.responses['mini-radar']!.a1!.ratings.ben).toEqual(quick(70))
    expect(mergeTotals(plan, { [key]: 'take' })).toEqual({ ratings: 1, notes: 0, files: 1 })
  })

  it('a differing note is a conflict too, an equal one is unchanged and an empty one is ignored', () => {
    const doc = workshop()
    const ana = { id: 'ana', name: 'Ana Ruiz', role: 'leadership' as const }
    const plan = planMerge(doc, [
      opened(responseFile({ participant: ana, responses: { 'mini-radar': { a1: { note: 'Strategy reviewed twice a year.' }, a2: { note: '  ' } } } })),
    ])
    expect(plan.changes).toEqual([
      expect.objectContaining({ itemId: 'a1', field: 'note', kind: 'conflict', incoming: 'Strategy reviewed twice a year.', existing: 'Strategy reviewed yearly.' }),
    ])
    const same = planMerge(doc, [opened(responseFile({ participant: ana, responses: { 'mini-radar': { a1: { note: 'Strategy reviewed yearly. ' } } } }))])
    expect(same.changes.map((c) => c.kind)).toEqual(['same'])
  })

  it('refuses a file for another assessment, naming the assessment it belongs to, and changes nothing', () => {
    const doc = workshop()
    const file = responseFile({ assessment: { origin: OTHER_ORIGIN, title: 'Supplier audit' }, responses: { 'mini-radar': { a1: { rating: quick(95) } } } })
    const plan = planMerge(doc, [opened(file, 'C:\\Users\\ben\\audit.json')])
    expect(plan.files).toEqual([{ status: 'refused', path: 'C:\\Users\\ben\\audit.json', fileName: 'audit.json', reason: 'This file belongs to “Supplier audit”, not to this assessment.' }])
    expect(plan.changes).toEqual([])
    expect(plan.participants).toEqual([])
    expect(applyMerge(doc, plan, {})).toBe(doc)
  })

  it('refuses a participant who is not on the workshop’s list, naming them, instead of adding them', () => {
    const doc = workshop()
    const file = responseFile({ participant: { id: 'zoe', name: 'Zoë Lindqvist', role: 'external' }, responses: { 'mini-radar': { a1: { rating: quick(80) } } } })
    const plan = planMerge(doc, [opened(file)])
    expect(plan.files[0]).toMatchObject({ status: 'refused' })
    expect(plan.files[0]!.status === 'refused' && plan.files[0]!.reason).toMatch(/^Zoë Lindqvist \(participant id “zoe”\) is not on this assessment’s participant list/)
    expect(applyMerge(doc, plan, {})).toBe(doc)
    expect(doc.participants.map((p) => p.id)).toEqual(['ana', 'ben'])
  })

  it('lists an unreadable file with its error and still merges the good ones', () => {
    const doc = workshop()
    const bad: OpenedResponseFile = { ok: false, path: '/tmp/broken.json', error: 'The file is not valid JSON, so it is not a Panorama response file (it may be damaged or incomplete).' }
    const plan = planMerge(doc, [bad, opened(responseFile({ responses: { 'mini-radar': { a2: { rating: quick(35) } } } }))])
    expect(plan.files[0]).toEqual({ status: 'refused', path: '/tmp/broken.json', fileName: 'broken.json', reason: bad.error })
    expect(plan.files[1]).toMatchObject({ status: 'accepted', participantId: 'ben' })
    expect(mergeTotals(plan, {})).toEqual({ ratings: 1, notes: 0, files: 1 })
  })

  it('with two files for one participant, the later export wins and both files say so', () => {
    const doc = workshop()
    const later = opened(responseFile({ exportedAt: '2026-06-02T09:00:00.000Z', responses: { 'mini-radar': { a2: { rating: quick(60) } } } }), '/f/ben-tuesday.json')
    // Written with an offset: 10:00+02:00 is 08:00Z, earlier than the other file although it sorts later as text.
    const earlier = opened(responseFile({ exportedAt: '2026-06-02T10:00:00.000+02:00', responses: { 'mini-radar': { a2: { rating: quick(20) } } } }), '/f/ben-monday.json')
    const plan = planMerge(doc, [later, earlier])

    expect(plan.files[0]).toMatchObject({ status: 'accepted', remarks: ['An earlier file for Ben Okafor, “ben-monday.json”, was chosen too; only this later one is merged.'] })
    expect(plan.files[1]).toEqual({
      status: 'superseded',
      path: '/f/ben-monday.json',
      fileName: 'ben-monday.json',
      participantId: 'ben',
      exportedAt: '2026-06-02T10:00:00.000+02:00',
      supersededBy: '/f/ben-tuesday.json',
      reason: '“ben-tuesday.json” holds a later export for Ben Okafor, so only that file is merged.',
    })
    expect(plan.changes).toEqual([expect.objectContaining({ itemId: 'a2', incoming: quick(60), kind: 'new' })])
    expect(plan.participants).toHaveLength(1)
    expect(mergeTotals(plan, {}).files).toBe(1)
  })

  it('with two files exported at the same moment, the one chosen last is merged', () => {
    const first = opened(responseFile({ responses: { 'mini-radar': { a2: { rating: quick(10) } } } }), '/f/one.json')
    const second = opened(responseFile({ responses: { 'mini-radar': { a2: { rating: quick(15) } } } }), '/f/two.json')
    const plan = planMerge(workshop(), [first, second])
    expect(plan.files.map((f) => f.status)).toEqual(['superseded', 'accepted'])
    expect(plan.files[1]).toMatchObject({ remarks: ['Another file for Ben Okafor, “one.json”, was exported at the same moment; only this one, chosen later, is merged.'] })
    expect(plan.files[0]!.status === 'superseded' && plan.files[0]!.reason).toMatch(/exported at the same moment; only “two.json”, chosen later, is merged/)
    expect(plan.changes.map((c) => c.incoming)).toEqual([quick(15)])
  })

  it('leaves out frameworks, items and wrong-scale ratings the assessment cannot hold, and says so', () => {
    const file = responseFile({
      participant: { id: 'ben', name: 'Ben O.', role: 'staff' },
      responses: {
        'iso-9001-2015': { '4.1': { rating: level(2) }, '4.2': { rating: level(3) } },
        'mini-radar': { a2: { rating: level(4) }, zz9: { rating: quick(50) }, a1: { note: 'Kept' } },
      },
    })
    const plan = planMerge(workshop(), [opened(file)], { frameworks: [miniRadar(), miniMaturity()] })
    const accepted = plan.files[0]!
    expect(accepted.status === 'accepted' && accepted.remarks).toEqual([
      'The file names this participant “Ben O.”; the workshop lists them as “Ben Okafor”. They were matched by participant id.',
      '2 items for “iso-9001-2015” were left out: this assessment does not use that framework.',
      '1 item that Mini RADAR test does not have was left out: zz9.',
      '1 rating on the wrong scale was left out (Mini RADAR test takes RADAR scores): a2.',
    ])
    expect(plan.changes.map((c) => `${c.itemId} ${c.field}`)).toEqual(['a1 note'])
  })

  it('says when an accepted file holds nothing to merge', () => {
    const plan = planMerge(workshop(), [opened(responseFile({ responses: {} }))])
    expect(plan.files[0]).toMatchObject({ status: 'accepted', remarks: ['The file holds no ratings or notes for this assessment.'] })
  })

  it('does not mutate the assessment, the plan or the decisions', () => {
    const doc = deepFreeze(workshop())
    const file = responseFile({ responses: { 'mini-radar': { a1: { rating: quick(70), note: 'New' }, a9: { rating: quick(5) } }, 'mini-maturity': { u5: { rating: level(0) } } } })
    const plan = deepFreeze(planMerge(doc, [deepFreeze(opened(file))]))
    const decisions = deepFreeze(Object.fromEntries(conflictsOf(plan).map((c) => [changeKey(c), 'take' as const])))
    const snapshot = JSON.stringify(doc)
    const merged = applyMerge(doc, plan, decisions)
    expect(JSON.stringify(doc)).toBe(snapshot)
    expect(merged).not.toBe(doc)
    expect(merged.responses['mini-radar']!.a1!.ratings.ben).toEqual(quick(70))
    expect(merged.responses['mini-radar']!.a9!.ratings.ben).toEqual(quick(5))
    // Untouched items are shared, not copied.
    expect(merged.responses['mini-maturity']!.u1).toBe(doc.responses['mini-maturity']!.u1)
  })

  it('leaves a value alone that changed after the plan was made', () => {
    const doc = workshop()
    const plan = planMerge(doc, [opened(responseFile({ responses: { 'mini-radar': { a2: { rating: quick(60) } } } }))])
    const meanwhile: Assessment = { ...doc, responses: { ...doc.responses, 'mini-radar': { ...doc.responses['mini-radar'], a2: { ...emptyItemResponse(), ratings: { ben: quick(25) } } } } }
    expect(applyMerge(meanwhile, plan, {})).toBe(meanwhile)
  })

  it('stores a participant id of __proto__ as data, not as the prototype', () => {
    const doc: Assessment = { ...workshop(), participants: [{ id: '__proto__', name: 'Odd Id', role: 'staff' }] }
    const file = JSON.parse(
      JSON.stringify(responseFile({ participant: { id: '__proto__', name: 'Odd Id', role: 'staff' }, responses: { 'mini-radar': { a1: { rating: quick(30) } } } })),
    ) as ResponseFile
    const plan = planMerge(doc, [opened(file)])
    expect(plan.changes).toEqual([expect.objectContaining({ kind: 'new', participantId: '__proto__' })])
    const ratings = applyMerge(doc, plan, {}).responses['mini-radar']!.a1!.ratings
    expect(Object.hasOwn(ratings, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(ratings)).toBe(Object.prototype)
  })

  it('compares ratings by value', () => {
    expect(sameRating({ kind: 'radar', attributes: { sound: 5, integrated: 10 } }, { kind: 'radar', attributes: { integrated: 10, sound: 5 } })).toBe(true)
    expect(sameRating({ kind: 'radar', attributes: { sound: 5 } }, { kind: 'radar', attributes: { sound: 5, integrated: 10 } })).toBe(false)
    expect(sameRating(quick(50), level(5))).toBe(false)
    expect(sameRating({ kind: 'not-applicable', justification: 'No design' }, { kind: 'not-applicable', justification: 'No design ' })).toBe(true)
  })

  it('a change is keyed by framework, item, participant and field', () => {
    const change: MergeChange = { frameworkId: 'f', itemId: 'i', participantId: 'p', kind: 'new', path: '/x', field: 'note', incoming: 'n' }
    expect(changeKey(change)).toBe('f|i|p|note')
  })
})
