import { describe, expect, it } from 'vitest'
import efqmJson from '../../assets/frameworks/efqm-2025.json'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import { emptyItemResponse, newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import { CSV_COLUMNS, csvField, toCsv } from '../../electron/ipc/csv-export'
import { bundledFrameworks } from '../../electron/ipc/known-frameworks'
import { allItems } from '../../common/domain/framework'
import { fullAssessment } from '../support/full-assessment'

/**
 * A small RFC 4180 reader, strict on purpose: records end in CRLF, a quote may only open a field,
 * and a bare CR or LF outside quotes is an error, so a sloppy writer cannot pass.
 */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let started = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') {
        quoted = false
        if (text[i + 1] !== undefined && text[i + 1] !== ',' && text[i + 1] !== '\r') throw new Error(`text after a closing quote at ${i}`)
      } else field += c
      continue
    }
    if (c === '"') {
      if (field !== '' || started) throw new Error(`a quote inside an unquoted field at ${i}`)
      quoted = true
      started = true
    } else if (c === ',') {
      record.push(field)
      field = ''
      started = false
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      started = false
      i++
    } else if (c === '\r' || c === '\n') {
      throw new Error(`a bare line break outside quotes at ${i}`)
    } else {
      field += c
    }
  }
  if (quoted) throw new Error('an unterminated quoted field')
  if (field !== '' || record.length > 0) throw new Error('the last record does not end in CRLF')
  return records
}

const frameworks = bundledFrameworks()
const NAMES = 'Zürich — Ørsted ✓ Łódź Ελλάδα Москва'
const ID = '00000000-0000-4000-8000-000000000042'

/** A workshop built to need every quoting rule: commas, quotes, line breaks, not applicable, a RADAR grid. */
function awkward(): Assessment {
  return {
    ...newAssessment({ id: ID, title: 'Awkward', now: '2026-03-01T09:00:00.000Z' }),
    frameworks: ['iso-9001-2015', 'efqm-2025'],
    participants: [
      { id: 'ana', name: NAMES, role: 'leadership' },
      { id: 'jo', name: 'Smith, "Jo"', role: 'staff' },
      { id: 'eve', name: '=HYPERLINK("http://evil.example","click")', role: 'external' },
    ],
    setupComplete: true,
    responses: {
      'iso-9001-2015': {
        '4.2': {
          ...emptyItemResponse(),
          ratings: {
            jo: { kind: 'not-applicable', justification: 'We have no "interested parties",\r\nor so we think.' },
            ana: { kind: 'level', level: 4 },
            gone: { kind: 'level', level: 1 },
          },
          consensus: { kind: 'level', level: 3, rationale: 'Line one\nline two, with a comma' },
        },
        '4.1': { ...emptyItemResponse(), ratings: { eve: { kind: 'level', level: 0 } }, consensus: { kind: 'not-applicable', justification: 'Out of scope' } },
        '99.9': { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 2 } } },
        '5.3': emptyItemResponse(),
      },
      'efqm-2025': {
        '1.2': {
          ...emptyItemResponse(),
          ratings: {
            ana: {
              kind: 'radar',
              attributes: { sound: 60, integrated: 50, implemented: 50, structured: 50, measurement: 50, learningCreativity: 50, improvementInnovation: 50 },
            },
            jo: { kind: 'radar', attributes: { sound: 60 } },
            eve: { kind: 'quick', score: 35 },
          },
          consensus: { kind: 'score', score: 45, rationale: '' },
        },
      },
    },
  }
}

const isoTitle = (id: string) => allItems(frameworks.find((f) => f.id === 'iso-9001-2015')!).find((item) => item.id === id)!.title
const efqmTitle = (id: string) => allItems(frameworks.find((f) => f.id === 'efqm-2025')!).find((item) => item.id === id)!.title

describe('CSV export of every score', () => {
  it('is UTF-8 text with a byte-order mark, CRLF line ends and the agreed columns', () => {
    const csv = toCsv(awkward(), frameworks)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const [header] = parseCsv(csv.slice(1))
    expect(header).toEqual(['framework', 'framework_edition', 'item', 'item_title', 'participant', 'role', 'kind', 'value', 'not_applicable_reason', 'rationale', 'item_status'])
    expect(header).toEqual([...CSV_COLUMNS])
  })

  it('has one row per item and participant and one per consensus, in framework, item and team order, and parses back exactly', () => {
    const records = parseCsv(toCsv(awkward(), frameworks).slice(1))
    const rows = records.slice(1).map((record) => Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, record[i]])))
    expect(records.every((record) => record.length === CSV_COLUMNS.length)).toBe(true)
    const iso = { framework: 'iso-9001-2015', framework_edition: isoJson.edition }
    const efqm = { framework: 'efqm-2025', framework_edition: efqmJson.edition }
    // Every item here has an agreed value, so it counts; one this build does not know has no status.
    const withStatus = (row: Record<string, string>) => ({ ...row, item_status: row['item'] === '99.9' ? '' : 'counted' })
    expect(rows).toEqual(([
      // ISO first, as the assessment lists it; 4.1 before 4.2 as the framework orders them.
      { ...iso, item: '4.1', item_title: isoTitle('4.1'), participant: `'=HYPERLINK("http://evil.example","click")`, role: 'external', kind: 'vote', value: '0', not_applicable_reason: '', rationale: '' },
      { ...iso, item: '4.1', item_title: isoTitle('4.1'), participant: '', role: '', kind: 'consensus', value: '', not_applicable_reason: 'Out of scope', rationale: '' },
      { ...iso, item: '4.2', item_title: isoTitle('4.2'), participant: NAMES, role: 'leadership', kind: 'vote', value: '4', not_applicable_reason: '', rationale: '' },
      {
        ...iso,
        item: '4.2',
        item_title: isoTitle('4.2'),
        participant: 'Smith, "Jo"',
        role: 'staff',
        kind: 'vote',
        value: '',
        not_applicable_reason: 'We have no "interested parties",\r\nor so we think.',
        rationale: '',
      },
      // A rating from someone no longer on the team keeps its id and has no role.
      { ...iso, item: '4.2', item_title: isoTitle('4.2'), participant: 'gone', role: '', kind: 'vote', value: '1', not_applicable_reason: '', rationale: '' },
      { ...iso, item: '4.2', item_title: isoTitle('4.2'), participant: '', role: '', kind: 'consensus', value: '3', not_applicable_reason: '', rationale: 'Line one\nline two, with a comma' },
      // An item this build does not know comes after the known ones, without a title.
      { ...iso, item: '99.9', item_title: '', participant: NAMES, role: 'leadership', kind: 'vote', value: '2', not_applicable_reason: '', rationale: '' },
      // A full RADAR grid gives its proposed part score (55, 50, 50 → 51.67 → 50); a half-filled one has none yet.
      { ...efqm, item: '1.2', item_title: efqmTitle('1.2'), participant: NAMES, role: 'leadership', kind: 'vote', value: '50', not_applicable_reason: '', rationale: '' },
      { ...efqm, item: '1.2', item_title: efqmTitle('1.2'), participant: 'Smith, "Jo"', role: 'staff', kind: 'vote', value: '', not_applicable_reason: '', rationale: '' },
      { ...efqm, item: '1.2', item_title: efqmTitle('1.2'), participant: `'=HYPERLINK("http://evil.example","click")`, role: 'external', kind: 'vote', value: '35', not_applicable_reason: '', rationale: '' },
      { ...efqm, item: '1.2', item_title: efqmTitle('1.2'), participant: '', role: '', kind: 'consensus', value: '45', not_applicable_reason: '', rationale: '' },
    ] as Array<Record<string, string>>).map(withStatus))
  })

  it('follows the counting rule: a median that counts has a proposed row, and an item short of votes is in progress', () => {
    const assessment: Assessment = {
      ...awkward(),
      participants: awkward().participants.filter((p) => p.id !== 'eve'),
      responses: {
        'iso-9001-2015': {
          '4.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 4 }, jo: { kind: 'level', level: 2 } } },
          '4.2': { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 5 } } },
        },
      },
    }
    const rows = parseCsv(toCsv(assessment, frameworks).slice(1)).slice(1)
    const pick = (r: string[]) => [r[2], r[6], r[7], r[10]]
    // 4 and 2 → median 3, from both of the two: counted with the proposal; 4.2 has one vote of two.
    expect(rows.map(pick)).toEqual([
      ['4.1', 'vote', '4', 'counted'],
      ['4.1', 'vote', '2', 'counted'],
      ['4.1', 'proposed', '3', 'counted'],
      ['4.2', 'vote', '5', 'in progress'],
    ])
  })

  it('covers a whole workshop: every item, every participant, every consensus', () => {
    const assessment = fullAssessment(ID, 5)
    const records = parseCsv(toCsv(assessment, frameworks).slice(1)).slice(1)
    const items = frameworks.reduce((sum, framework) => sum + allItems(framework).length, 0)
    expect(records).toHaveLength(items * (5 + 1))
    expect(records.filter((r) => r[6] === 'consensus')).toHaveLength(items)
    expect(new Set(records.map((r) => r[4]))).toEqual(new Set(['', ...assessment.participants.map((p) => p.name)]))
    expect(records.every((r) => /^\d+$/.test(r[7]!))).toBe(true)
  })

  it('quotes a field only when it must (RFC 4180), and keeps text from running as a formula', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField(NAMES)).toBe(NAMES)
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('one\ntwo')).toBe('"one\ntwo"')
    expect(csvField('one\rtwo')).toBe('"one\rtwo"')
    expect(csvField('')).toBe('')
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('+44 20')).toBe("'+44 20")
    expect(csvField('-5', true)).toBe('-5')
    expect(csvField('-5')).toBe("'-5")
    expect(csvField('=1+1', true)).toBe("'=1+1")
  })

  it('writes only the header for an assessment nobody has scored', () => {
    const csv = toCsv(newAssessment({ id: ID, title: 'Empty', now: '2026-03-01T09:00:00.000Z' }), frameworks)
    expect(csv).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)
  })
})

describe('CSV export: answers the bundled frameworks do not describe', () => {
  const base = () => ({ ...newAssessment({ id: ID, title: 'Odd answers', now: '2026-03-01T09:00:00.000Z' }), setupComplete: true })
  const rowsOf = (assessment: Assessment) =>
    parseCsv(toCsv(assessment, frameworks).slice(1))
      .slice(1)
      .map((record) => Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, record[i]])))

  it('puts frameworks that only have answers after the chosen ones, sorted by id, with their edition where the build knows them and none where it does not', () => {
    const assessment: Assessment = {
      ...base(),
      frameworks: ['iso-9001-2015'],
      participants: [{ id: 'ana', name: 'Ana', role: 'leadership' }],
      // Inserted out of order on purpose: the file's order is by id, not by when an answer came.
      responses: {
        'zeta-2030': { z1: { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 1 } } } },
        'iso-9001-2015': { '4.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 2 } } } },
        'efqm-2025': { '1.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'quick', score: 40 } } } },
        'alpha-2029': { a1: { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 3 } } } },
      },
    }
    const votes = rowsOf(assessment).filter((row) => row['kind'] === 'vote')
    expect(votes.map((row) => [row['framework'], row['framework_edition'], row['item'], row['item_title'], row['value'], row['item_status']])).toEqual([
      ['iso-9001-2015', isoJson.edition, '4.1', isoTitle('4.1'), '2', 'counted'],
      ['alpha-2029', '', 'a1', '', '3', ''],
      ['efqm-2025', efqmJson.edition, '1.1', efqmTitle('1.1'), '40', 'counted'],
      ['zeta-2030', '', 'z1', '', '1', ''],
    ])
  })

  it('lists the items of a framework it does not know in id order, and a RADAR grid there has no value, since there is no model to score it by', () => {
    const grid = { sound: 60, integrated: 50, implemented: 50, structured: 50, measurement: 50, learningCreativity: 50, improvementInnovation: 50 }
    const assessment: Assessment = {
      ...base(),
      participants: [{ id: 'ana', name: 'Ana', role: 'leadership' }],
      responses: {
        'caf-2020': {
          '2.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 4 } } },
          '1.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'radar', attributes: grid } } },
        },
      },
    }
    expect(rowsOf(assessment)).toEqual([
      { framework: 'caf-2020', framework_edition: '', item: '1.1', item_title: '', participant: 'Ana', role: 'leadership', kind: 'vote', value: '', not_applicable_reason: '', rationale: '', item_status: '' },
      { framework: 'caf-2020', framework_edition: '', item: '2.1', item_title: '', participant: 'Ana', role: 'leadership', kind: 'vote', value: '4', not_applicable_reason: '', rationale: '', item_status: '' },
    ])
  })

  it('gives a RADAR grid stored on a maturity-scored item no value, full or not, since levels are not scored by RADAR', () => {
    const grid = { sound: 60, integrated: 50, implemented: 50, structured: 50, measurement: 50, learningCreativity: 50, improvementInnovation: 50 }
    const assessment: Assessment = {
      ...base(),
      frameworks: ['iso-9001-2015'],
      participants: [{ id: 'ana', name: 'Ana', role: 'leadership' }],
      responses: {
        'iso-9001-2015': {
          '4.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'radar', attributes: grid } } },
          '4.2': { ...emptyItemResponse(), ratings: { ana: { kind: 'radar', attributes: { sound: 50 } } } },
        },
      },
    }
    expect(rowsOf(assessment).map((row) => [row['item'], row['kind'], row['value']])).toEqual([
      ['4.1', 'vote', ''],
      ['4.2', 'vote', ''],
    ])
  })

  it('lists ratings from people no longer on the team after the team, sorted by their id, and counts none of them', () => {
    const assessment: Assessment = {
      ...base(),
      frameworks: ['iso-9001-2015'],
      participants: [{ id: 'zoe', name: 'Zoë', role: 'staff' }],
      responses: {
        'iso-9001-2015': {
          '4.1': { ...emptyItemResponse(), ratings: { 'left-2': { kind: 'level', level: 1 }, zoe: { kind: 'level', level: 2 }, 'left-1': { kind: 'level', level: 3 } } },
          '4.2': { ...emptyItemResponse(), ratings: { 'left-1': { kind: 'level', level: 4 } } },
        },
      },
    }
    expect(rowsOf(assessment).map((row) => [row['item'], row['kind'], row['participant'], row['role'], row['value'], row['item_status']])).toEqual([
      ['4.1', 'vote', 'Zoë', 'staff', '2', 'counted'],
      ['4.1', 'vote', 'left-1', '', '3', 'counted'],
      ['4.1', 'vote', 'left-2', '', '1', 'counted'],
      // Only the team's own votes count: Zoë's 2 is the proposal.
      ['4.1', 'proposed', '', '', '2', 'counted'],
      // An item rated only by someone who has left has no vote from the team: it is still open.
      ['4.2', 'vote', 'left-1', '', '4', 'open'],
    ])
  })
})

describe('CSV export: the proposed rows', () => {
  const team = [
    { id: 'ana', name: 'Ana', role: 'leadership' as const },
    { id: 'jo', name: 'Jo', role: 'staff' as const },
  ]
  const rowsOf = (responses: Assessment['responses']) =>
    parseCsv(toCsv({ ...newAssessment({ id: ID, title: 'Proposals', now: '2026-03-01T09:00:00.000Z' }), frameworks: ['efqm-2025', 'iso-9001-2015'], participants: team, setupComplete: true, responses }, frameworks).slice(1))
      .slice(1)
      .map((record) => Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, record[i]])))

  it('writes a proposed row with no participant, role, reason or rationale, and the median as a RADAR score for a RADAR framework', () => {
    const rows = rowsOf({ 'efqm-2025': { '1.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'quick', score: 40 }, jo: { kind: 'quick', score: 60 } } } } })
    expect(rows.at(-1)).toEqual({
      framework: 'efqm-2025',
      framework_edition: efqmJson.edition,
      item: '1.1',
      item_title: efqmTitle('1.1'),
      participant: '',
      role: '',
      kind: 'proposed',
      value: '50',
      not_applicable_reason: '',
      rationale: '',
      item_status: 'counted',
    })
  })

  it('gives the proposed row of a room that is all not applicable an empty value, as it does for a vote of not applicable', () => {
    const na = (justification: string) => ({ kind: 'not-applicable' as const, justification })
    const rows = rowsOf({ 'iso-9001-2015': { '4.1': { ...emptyItemResponse(), ratings: { ana: na('No such process'), jo: na('Outsourced') } } } })
    expect(rows.map((row) => [row['kind'], row['value'], row['not_applicable_reason'], row['item_status']])).toEqual([
      ['vote', '', 'No such process', 'counted'],
      ['vote', '', 'Outsourced', 'counted'],
      ['proposed', '', '', 'counted'],
    ])
  })

  it('writes no proposed row while the item is short of votes', () => {
    const rows = rowsOf({ 'iso-9001-2015': { '4.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 3 } } } } })
    expect(rows.map((row) => [row['kind'], row['item_status']])).toEqual([['vote', 'in progress']])
  })
})

describe('CSV export: number cells and text cells', () => {
  it.each([
    ['a whole number', '42'],
    ['a negative number', '-5'],
    ['a decimal', '52.5'],
    ['a negative decimal', '-0.25'],
    ['a negative number of many digits', '-12.5'],
    ['a number of many digits', '100'],
  ])('writes %s in a number cell as it is, so the spreadsheet reads a number', (_name, value) => {
    expect(csvField(value, true)).toBe(value)
  })

  it.each([
    ['a minus and a space', '- 5'],
    ['two minus signs', '--5'],
    ['a trailing full stop', '-5.'],
    ['a formula after a number', '-5+A1'],
    ['a formula before a number', '=A1-5'],
    ['a minus and letters', '-five'],
    ['a minus and a decimal with letters', '-1.x5'],
  ])('guards %s in a number cell like text, since it is not a plain number', (_name, value) => {
    expect(csvField(value, true)).toBe(`'${value}`)
  })

  it('guards a negative number in a text cell, such as a rationale, and keeps the score beside it a number', () => {
    const assessment: Assessment = {
      ...newAssessment({ id: ID, title: 'Numbers', now: '2026-03-01T09:00:00.000Z' }),
      frameworks: ['iso-9001-2015'],
      participants: [{ id: 'ana', name: '-1', role: 'staff' }],
      setupComplete: true,
      responses: { 'iso-9001-2015': { '4.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 3 } }, consensus: { kind: 'level', level: 3, rationale: '-2' } } } },
    }
    const lines = toCsv(assessment, frameworks).slice(1).split('\r\n')
    const title = csvField(isoTitle('4.1'))
    expect(lines.slice(1)).toEqual([
      `iso-9001-2015,${isoJson.edition},4.1,${title},'-1,staff,vote,3,,,counted`,
      `iso-9001-2015,${isoJson.edition},4.1,${title},,,consensus,3,,'-2,counted`,
      '',
    ])
  })

  it('ends every line, the last included, with CRLF after a byte-order mark', () => {
    const assessment: Assessment = {
      ...newAssessment({ id: ID, title: 'Lines', now: '2026-03-01T09:00:00.000Z' }),
      frameworks: ['iso-9001-2015'],
      participants: [{ id: 'ana', name: 'Ana', role: 'staff' }],
      setupComplete: true,
      responses: { 'iso-9001-2015': { '4.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 3 } } } } },
    }
    const csv = toCsv(assessment, frameworks)
    expect(csv.startsWith('\uFEFFframework,')).toBe(true)
    expect(csv.match(/\r\n/g)).toHaveLength(3)
    expect(csv.endsWith(',counted\r\n')).toBe(true)
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
  })
})
