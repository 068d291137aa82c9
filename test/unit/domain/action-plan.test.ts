import { describe, expect, it } from 'vitest'
import { emptyItemResponse, newAssessment, type Action, type Assessment } from '../../../common/contract/assessment-schema'
import {
  ACTION_TITLE_MAX,
  applyDraft,
  collectAfis,
  draftOf,
  isRealDate,
  itemLabel,
  newActionFromAfi,
  prioritise,
  priorityLabel,
  priorityMatrix,
  priorityName,
  priorityRule,
  sourceItems,
  sourceText,
  titleFromAfi,
  validateAction,
  type ActionDraft,
} from '../../../common/domain/action-plan'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'

function action(id: string, fields: Partial<Action> = {}): Action {
  return { id, title: `Action ${id}`, owner: '', due: null, impact: 2, effort: 2, status: 'open', sources: [], ...fields }
}

const validDraft: ActionDraft = { title: 'Map the interested parties', owner: 'Ana', due: '2026-09-30', impact: 3, effort: 1, status: 'open' }

describe('prioritise', () => {
  it('orders by impact (high first), then effort (low first), then due date (undated last), then title', () => {
    const plan = [
      action('a', { title: 'Train auditors', impact: 2, effort: 2, due: null }),
      action('b', { title: 'Write policy', impact: 3, effort: 3, due: '2026-07-01' }),
      action('c', { title: 'Survey suppliers', impact: 3, effort: 1, due: null }),
      action('d', { title: 'Fix the intranet', impact: 1, effort: 1, due: '2026-06-01' }),
      action('e', { title: 'Customer panel', impact: 3, effort: 1, due: '2026-10-15' }),
      action('f', { title: 'Brief the board', impact: 3, effort: 1, due: '2026-08-01' }),
      action('g', { title: 'Archive records', impact: 2, effort: 2, due: null }),
      action('h', { title: 'Climate review', impact: 3, effort: 2, due: '2026-05-01' }),
    ]
    // impact 3: effort 1 → f (08-01) before e (10-15) before c (no date); then h (effort 2); then b (effort 3)
    // impact 2: a and g tie on effort and date, so the title decides: Archive before Train
    // impact 1: d
    expect(prioritise(plan).map((a) => a.id)).toEqual(['f', 'e', 'c', 'h', 'b', 'g', 'a', 'd'])
  })

  it('compares titles without regard to case, and numbers as numbers', () => {
    const plan = [action('x', { title: 'step 10' }), action('y', { title: 'Step 9' }), action('z', { title: 'apple' })]
    expect(prioritise(plan).map((a) => a.title)).toEqual(['apple', 'Step 9', 'step 10'])
  })

  it('returns a new list and leaves the stored order alone', () => {
    const plan = [action('low', { impact: 1 }), action('high', { impact: 3 })]
    const ordered = prioritise(plan)
    expect(ordered.map((a) => a.id)).toEqual(['high', 'low'])
    expect(plan.map((a) => a.id)).toEqual(['low', 'high'])
  })

  it('states its rule in one sentence', () => {
    expect(priorityRule()).toMatch(/^Actions are ordered by impact \(highest first\), then effort \(lowest first\), then due date/)
  })
})

describe('priorityLabel', () => {
  it('names the four corners and calls the rest worth doing', () => {
    expect(priorityLabel({ impact: 3, effort: 1 })).toBe('Quick win')
    expect(priorityLabel({ impact: 3, effort: 3 })).toBe('Major project')
    expect(priorityLabel({ impact: 1, effort: 1 })).toBe('Fill-in')
    expect(priorityLabel({ impact: 1, effort: 3 })).toBe('Thankless task')
    for (const [impact, effort] of [
      [3, 2],
      [2, 1],
      [2, 2],
      [2, 3],
      [1, 2],
    ] as const) {
      expect(priorityLabel({ impact, effort }), `${impact}/${effort}`).toBe('Worth doing')
    }
  })
})

describe('priorityMatrix', () => {
  it('puts high impact in the top row and low effort in the left column, each cell in priority order', () => {
    const plan = [
      action('late', { impact: 3, effort: 1, due: '2026-12-01' }),
      action('soon', { impact: 3, effort: 1, due: '2026-07-01' }),
      action('chore', { impact: 1, effort: 3 }),
    ]
    const rows = priorityMatrix(plan)
    expect(rows.map((row) => row.map((cell) => `${cell.impact}/${cell.effort} ${priorityName(cell.priority)}`))).toEqual([
      ['3/1 Quick win', '3/2 Worth doing', '3/3 Major project'],
      ['2/1 Worth doing', '2/2 Worth doing', '2/3 Worth doing'],
      ['1/1 Fill-in', '1/2 Worth doing', '1/3 Thankless task'],
    ])
    expect(rows[0]![0]!.actions.map((a) => a.id)).toEqual(['soon', 'late'])
    expect(rows[2]![2]!.actions.map((a) => a.id)).toEqual(['chore'])
    expect(rows.flat().reduce((n, cell) => n + cell.actions.length, 0)).toBe(3)
  })
})

describe('validateAction', () => {
  it('accepts a complete draft, and one with no owner and no date', () => {
    expect(validateAction(validDraft)).toEqual({})
    expect(validateAction({ ...validDraft, owner: '', due: '' })).toEqual({})
  })

  it('needs a title that is not only spaces, and no longer than the file holds', () => {
    expect(validateAction({ ...validDraft, title: '   ' })).toEqual({ title: 'Give the action a title.' })
    expect(validateAction({ ...validDraft, title: 'x'.repeat(ACTION_TITLE_MAX + 1) }).title).toMatch(/300 characters or fewer/)
  })

  it('needs the due date to be a real day', () => {
    const message = 'Enter a real date, for example 2026-09-30, or leave it empty.'
    expect(validateAction({ ...validDraft, due: '2026-02-30' })).toEqual({ due: message })
    expect(validateAction({ ...validDraft, due: '30/09/2026' })).toEqual({ due: message })
    expect(validateAction({ ...validDraft, due: 'incomplete' })).toEqual({ due: message })
    expect(validateAction({ ...validDraft, due: '2028-02-29' })).toEqual({})
  })

  it('needs impact and effort from 1 to 3, and a known status', () => {
    expect(validateAction({ ...validDraft, impact: 0, effort: 4, status: 'someday' })).toEqual({
      impact: 'Choose an impact from 1 (low) to 3 (high).',
      effort: 'Choose an effort from 1 (low) to 3 (high).',
      status: 'Choose open, in progress or done.',
    })
    expect(validateAction({ ...validDraft, impact: 2.5 }).impact).toBeDefined()
    expect(validateAction({ ...validDraft, owner: 'o'.repeat(121) }).owner).toMatch(/120 characters/)
  })
})

describe('isRealDate', () => {
  it('knows month lengths and leap years, and reads years below 100 as they are', () => {
    expect(isRealDate('2026-04-30')).toBe(true)
    expect(isRealDate('2026-04-31')).toBe(false)
    expect(isRealDate('2100-02-29')).toBe(false)
    expect(isRealDate('2000-02-29')).toBe(true)
    expect(isRealDate('0099-12-31')).toBe(true)
    expect(isRealDate('2026-13-01')).toBe(false)
    expect(isRealDate('2026-9-1')).toBe(false)
  })
})

describe('drafts', () => {
  it('round-trips an action, trims the text and turns an empty date into none', () => {
    const stored = action('a1', { title: 'Old', owner: 'Ben', due: '2026-08-01', sources: [{ frameworkId: 'iso-9001-2015', itemId: '4.1', entryId: 'f1' }] })
    expect(draftOf(stored)).toEqual({ title: 'Old', owner: 'Ben', due: '2026-08-01', impact: 2, effort: 2, status: 'open' })
    const saved = applyDraft(stored, { title: '  New title ', owner: ' Chloé ', due: '', impact: 3, effort: 1, status: 'in-progress' })
    expect(saved).toEqual({ ...stored, title: 'New title', owner: 'Chloé', due: null, impact: 3, effort: 1, status: 'in-progress' })
  })
})

describe('newActionFromAfi', () => {
  it('takes the AFI text as the title and links back to the AFI', () => {
    const afi = { frameworkId: 'iso-9001-2015', itemId: '4.2', entryId: 'afi-7', text: 'No list of\ninterested parties ' }
    expect(newActionFromAfi(afi, 'act-1')).toEqual({
      id: 'act-1',
      title: 'No list of interested parties',
      owner: '',
      due: null,
      impact: 2,
      effort: 2,
      status: 'open',
      sources: [{ frameworkId: 'iso-9001-2015', itemId: '4.2', entryId: 'afi-7' }],
    })
  })

  it('shortens a long AFI to a title the file can hold, at a word', () => {
    const long = `${'word '.repeat(100)}end`
    const title = titleFromAfi(long)
    expect(title.length).toBeLessThanOrEqual(ACTION_TITLE_MAX)
    expect(title).toMatch(/word…$/)
    expect(validateAction({ ...validDraft, title })).toEqual({})
  })
})

describe('collectAfis', () => {
  function assessment(): Assessment {
    return {
      ...newAssessment({ id: '00000000-0000-4000-8000-000000000001', title: 'AFIs', now: '2026-05-01T08:00:00.000Z' }),
      frameworks: ['mini-radar', 'mini-maturity'],
      responses: {
        'mini-maturity': {
          u2: { ...emptyItemResponse(), afis: [{ id: 'm1', text: 'No process map' }] },
          u1: {
            ...emptyItemResponse(),
            afis: [
              { id: 'm2', text: 'Objectives not measurable' },
              { id: 'm3', text: '   ' },
            ],
          },
          gone: { ...emptyItemResponse(), afis: [{ id: 'm4', text: 'Item no longer in the framework' }] },
        },
        'mini-radar': { a2: { ...emptyItemResponse(), afis: [{ id: 'r1', text: 'Owners not consulted' }] } },
        'not-chosen': { x1: { ...emptyItemResponse(), afis: [{ id: 'n1', text: 'Framework not in the assessment' }] } },
      },
      actions: [
        action('act-1', { title: 'Consult the board', sources: [{ frameworkId: 'mini-radar', itemId: 'a2', entryId: 'r1' }] }),
        action('act-2', { title: 'Second claim', sources: [{ frameworkId: 'mini-radar', itemId: 'a2', entryId: 'r1' }] }),
      ],
    }
  }
  const maturity = miniMaturity()

  it('lists every AFI in questionnaire order with its item, and the action that uses it', () => {
    const afis = collectAfis(assessment(), [miniRadar(), maturity])
    expect(afis.map((afi) => [afi.itemLabel, afi.text, afi.action?.title ?? null])).toEqual([
      ['Mini RADAR a2 Item a2', 'Owners not consulted', 'Consult the board'],
      ['Mini maturity u1 Item u1', 'Objectives not measurable', null],
      ['Mini maturity u2 Item u2', 'No process map', null],
    ])
    expect(afis[0]).toMatchObject({ frameworkId: 'mini-radar', frameworkName: 'Mini RADAR', itemId: 'a2', itemTitle: 'Item a2', entryId: 'r1' })
  })

  it('leaves out frameworks the assessment does not use', () => {
    const only = { ...assessment(), frameworks: ['mini-maturity'] }
    expect(collectAfis(only, [miniRadar(), maturity]).map((afi) => afi.entryId)).toEqual(['m2', 'm1'])
  })
})

describe('labels and sources', () => {
  const frameworks = [miniRadar()]

  it('labels an item with its framework, id and title, falling back to the ids', () => {
    expect(itemLabel(frameworks, 'mini-radar', 'b1')).toBe('Mini RADAR b1 Item b1')
    expect(itemLabel(frameworks, 'mini-radar', 'zz')).toBe('Mini RADAR zz')
    expect(itemLabel(frameworks, 'iso-9001-2015', '4.1')).toBe('iso-9001-2015 4.1')
  })

  it('lists each source item once, and finds the text of a source', () => {
    const sources = [
      { frameworkId: 'mini-radar', itemId: 'a1', entryId: 'x' },
      { frameworkId: 'mini-radar', itemId: 'b1', entryId: 'y' },
      { frameworkId: 'mini-radar', itemId: 'a1', entryId: 'z' },
    ]
    expect(sourceItems({ sources })).toEqual([
      { frameworkId: 'mini-radar', itemId: 'a1' },
      { frameworkId: 'mini-radar', itemId: 'b1' },
    ])
    const doc: Assessment = {
      ...newAssessment({ id: '00000000-0000-4000-8000-000000000002', title: 'T', now: '2026-05-01T08:00:00.000Z' }),
      responses: { 'mini-radar': { a1: { ...emptyItemResponse(), afis: [{ id: 'x', text: 'Gap' }] } } },
    }
    expect(sourceText(doc, sources[0]!)).toBe('Gap')
    expect(sourceText(doc, sources[2]!)).toBeNull()
  })
})
