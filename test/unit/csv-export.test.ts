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
