import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyItemResponse, newAssessment, type Action, type Assessment } from '../../../common/contract/assessment-schema'
import {
  ACTION_OWNER_MAX,
  ACTION_TITLE_MAX,
  applyDraft,
  draftOf,
  isRealDate,
  prioritise,
  sourceText,
  titleFromAfi,
  validateAction,
  type ActionDraft,
} from '../../../common/domain/action-plan'

function action(id: string, fields: Partial<Action> = {}): Action {
  return { id, title: `Action ${id}`, owner: '', due: null, impact: 2, effort: 2, status: 'open', sources: [], ...fields }
}
const draft: ActionDraft = { title: 'Map the interested parties', owner: 'Ana', due: '2026-09-30', impact: 3, effort: 1, status: 'open' }

describe('due dates sort earliest first, undated ones last, whatever the stored order', () => {
  it('puts an undated action after a dated one, from either side', () => {
    // same impact, effort and title, so only the due date decides
    const dated = action('dated', { title: 'Same', due: '2026-06-01' })
    const undated = action('undated', { title: 'Same', due: null })
    expect(prioritise([undated, dated]).map((a) => a.id)).toEqual(['dated', 'undated'])
    expect(prioritise([dated, undated]).map((a) => a.id)).toEqual(['dated', 'undated'])
  })

  it('orders dated actions by date, later dates after earlier ones, from any stored order', () => {
    const dates = ['2026-12-01', '2026-01-15', '2027-03-01', '2026-06-30', null, '2025-11-11']
    const plan = dates.map((due, i) => action(`a${i}`, { title: 'Same', due }))
    const expected = ['2025-11-11', '2026-01-15', '2026-06-30', '2026-12-01', '2027-03-01', null]
    expect(prioritise(plan).map((a) => a.due)).toEqual(expected)
    expect(prioritise([...plan].reverse()).map((a) => a.due)).toEqual(expected)
  })

  it('keeps the stored order of actions due the same day (the title then decides)', () => {
    const plan = [action('b', { title: 'B', due: '2026-05-05' }), action('a', { title: 'A', due: '2026-05-05' })]
    expect(prioritise(plan).map((a) => a.id)).toEqual(['a', 'b'])
  })
})

describe('isRealDate: a real calendar day written exactly YYYY-MM-DD', () => {
  const daysIn = (year: number, month: number) =>
    [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
  const pad = (n: number, width: number) => String(n).padStart(width, '0')

  it('refuses anything before or after the date', () => {
    expect(isRealDate('2026-01-01')).toBe(true)
    expect(isRealDate('x2026-01-01')).toBe(false)
    expect(isRealDate(' 2026-01-01')).toBe(false)
    expect(isRealDate('2026-01-01x')).toBe(false)
    expect(isRealDate('2026-01-01T00:00')).toBe(false)
    expect(isRealDate('12026-01-01')).toBe(false)
  })

  it('refuses day 0, month 0, month 13 and days past the month end; accepts the last day of each month', () => {
    expect(isRealDate('2026-00-15')).toBe(false)
    expect(isRealDate('2026-13-15')).toBe(false)
    expect(isRealDate('2026-01-00')).toBe(false)
    expect(isRealDate('2026-02-29')).toBe(false)
    expect(isRealDate('2024-02-29')).toBe(true)
    expect(isRealDate('2026-12-31')).toBe(true)
    expect(isRealDate('2026-12-32')).toBe(false)
    expect(isRealDate('2026-02-30')).toBe(false)
  })

  it('agrees with the calendar for every year, month 00–99 and day 00–99', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (year, month, day) => {
        const real = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)
        expect(isRealDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`)).toBe(real)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('validateAction at the limits', () => {
  it('accepts every impact and effort from 1 to 3', () => {
    for (const level of [1, 2, 3]) expect(validateAction({ ...draft, impact: level, effort: level }), `level ${level}`).toEqual({})
  })

  it('accepts a title of exactly the limit and refuses one character more, saying how long it is', () => {
    expect(validateAction({ ...draft, title: 't'.repeat(ACTION_TITLE_MAX) })).toEqual({})
    // spaces around the title are not counted
    expect(validateAction({ ...draft, title: `  ${'t'.repeat(ACTION_TITLE_MAX)}  ` })).toEqual({})
    expect(validateAction({ ...draft, title: 't'.repeat(ACTION_TITLE_MAX + 1) })).toEqual({ title: 'Keep the title to 300 characters or fewer (it has 301).' })
  })

  it('accepts an owner of exactly the limit (spaces around it not counted) and refuses one character more', () => {
    expect(ACTION_OWNER_MAX).toBe(120)
    expect(validateAction({ ...draft, owner: 'o'.repeat(120) })).toEqual({})
    expect(validateAction({ ...draft, owner: `   ${'o'.repeat(120)}   ` })).toEqual({})
    expect(validateAction({ ...draft, owner: 'o'.repeat(121) })).toEqual({ owner: 'Keep the owner to 120 characters or fewer.' })
  })
})

describe('drafts keep the due date', () => {
  it('an undated action is drafted with an empty date, a dated one with its date', () => {
    expect(draftOf(action('a')).due).toBe('')
    expect(draftOf(action('a', { due: '2026-08-01' })).due).toBe('2026-08-01')
  })

  it('applying a draft with a date stores that date', () => {
    expect(applyDraft(action('a'), { ...draft, due: '2026-08-01' }).due).toBe('2026-08-01')
    expect(applyDraft(action('a', { due: '2026-08-01' }), { ...draft, due: '' }).due).toBeNull()
  })
})

describe('titleFromAfi', () => {
  it('makes one line with single spaces', () => {
    expect(titleFromAfi('  No  list of\n\n interested\tparties  ')).toBe('No list of interested parties')
  })

  it('keeps a line of exactly the limit whole', () => {
    // 149 + 1 + 150 = 300 characters
    const line = `${'a'.repeat(149)} ${'b'.repeat(150)}`
    expect(titleFromAfi(line)).toBe(line)
  })

  it('cuts a line without spaces at limit − 1 characters and adds "…"', () => {
    // 299 characters + "…" = 300
    expect(titleFromAfi('x'.repeat(400))).toBe(`${'x'.repeat(299)}…`)
  })

  it('cuts at the last word when that word starts after half the limit', () => {
    // cut = first 299 characters: 200 a, a space at 200, 98 b; 200 > 150 → the a's and "…"
    expect(titleFromAfi(`${'a'.repeat(200)} ${'b'.repeat(200)}`)).toBe(`${'a'.repeat(200)}…`)
  })

  it('does not cut at a space sitting exactly at half the limit, nor before it', () => {
    // a space at 150: 150 > 150 is false, so the 299 characters stay: 150 a, a space, 148 b
    expect(titleFromAfi(`${'a'.repeat(150)} ${'b'.repeat(300)}`)).toBe(`${'a'.repeat(150)} ${'b'.repeat(148)}…`)
    // a space at 151 is after half: cut there
    expect(titleFromAfi(`${'a'.repeat(151)} ${'b'.repeat(300)}`)).toBe(`${'a'.repeat(151)}…`)
    expect(titleFromAfi(`${'a'.repeat(20)} ${'b'.repeat(300)}`)).toBe(`${'a'.repeat(20)} ${'b'.repeat(278)}…`)
  })
})

describe('sourceText', () => {
  it('is null for a source whose item or framework has no response', () => {
    const doc: Assessment = {
      ...newAssessment({ id: '00000000-0000-4000-8000-000000000031', title: 'Sources', now: '2026-05-01T08:00:00.000Z' }),
      responses: { 'mini-radar': { a1: { ...emptyItemResponse(), afis: [{ id: 'x', text: 'Owners not consulted' }] } } },
    }
    expect(sourceText(doc, { frameworkId: 'mini-radar', itemId: 'a1', entryId: 'x' })).toBe('Owners not consulted')
    expect(sourceText(doc, { frameworkId: 'mini-radar', itemId: 'b1', entryId: 'x' })).toBeNull()
    expect(sourceText(doc, { frameworkId: 'other', itemId: 'a1', entryId: 'x' })).toBeNull()
    expect(sourceText(doc, { frameworkId: 'mini-radar', itemId: 'a1', entryId: 'gone' })).toBeNull()
  })
})
