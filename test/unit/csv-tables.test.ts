import { describe, expect, it } from 'vitest'
import efqmJson from '../../assets/frameworks/efqm-2025.json'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import { emptyItemResponse, newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import { unzipSync } from 'fflate'
import { csvField, csvZip, tableCsv } from '../../electron/exports/csv-tables'
import { resultsTables, type TableId } from '../../electron/exports/results-tables'
import { bundledFrameworks, bundledStakeholders } from '../../electron/ipc/known-frameworks'
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
const stakeholders = bundledStakeholders()

/** One table of the export as the CSV text a script reads. */
const csvOf = (assessment: Assessment, id: TableId) => tableCsv(resultsTables({ assessment, frameworks, stakeholders }).find((table) => table.id === id)!)

/** The votes and the consensus files' rows, read back from CSV, as objects by column key. */
function rowsOf(assessment: Assessment, id: TableId = 'votes'): Array<Record<string, string>> {
  const [header, ...records] = parseCsv(csvOf(assessment, id).slice(1))
  return records.map((record) => Object.fromEntries(header!.map((key, i) => [key, record[i]!])))
}
const VOTE_KEYS = ['framework', 'framework_edition', 'item', 'item_title', 'participant', 'role', 'kind', 'score', 'level', 'not_applicable_reason', 'note', 'item_status']
const CONSENSUS_KEYS = ['framework', 'framework_edition', 'item', 'item_title', 'source', 'kind', 'score', 'level', 'not_applicable_reason', 'rationale', 'item_status']
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

describe('CSV files: the votes file', () => {
  it('is UTF-8 text with a byte-order mark, CRLF line ends and the agreed columns, RADAR attributes after them', () => {
    const csv = csvOf(awkward(), 'votes')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const [header] = parseCsv(csv.slice(1))
    expect(header!.slice(0, VOTE_KEYS.length)).toEqual(VOTE_KEYS)
    expect(header!.slice(VOTE_KEYS.length)).toEqual(expect.arrayContaining(['radar_sound', 'radar_learning_creativity', 'radar_improvement_innovation']))
  })

  it('has one row per item and participant, in framework, item and team order, and parses back exactly', () => {
    const records = parseCsv(csvOf(awkward(), 'votes').slice(1))
    expect(new Set(records.map((record) => record.length)).size).toBe(1)
    const rows = rowsOf(awkward()).map((row) => Object.fromEntries(VOTE_KEYS.map((key) => [key, row[key]])))
    const iso = { framework: 'iso-9001-2015', framework_edition: isoJson.edition }
    const efqm = { framework: 'efqm-2025', framework_edition: efqmJson.edition }
    const vote = { score: '', level: '', not_applicable_reason: '', note: '', item_status: 'counted' }
    expect(rows).toEqual([
      // ISO first, as the assessment lists it; 4.1 before 4.2 as the framework orders them.
      { ...iso, ...vote, item: '4.1', item_title: isoTitle('4.1'), participant: `'=HYPERLINK("http://evil.example","click")`, role: 'external', kind: 'level', level: '0' },
      { ...iso, ...vote, item: '4.2', item_title: isoTitle('4.2'), participant: NAMES, role: 'leadership', kind: 'level', level: '4' },
      { ...iso, ...vote, item: '4.2', item_title: isoTitle('4.2'), participant: 'Smith, "Jo"', role: 'staff', kind: 'not-applicable', not_applicable_reason: 'We have no "interested parties",\r\nor so we think.' },
      // A rating from someone no longer on the team keeps its id and has no role.
      { ...iso, ...vote, item: '4.2', item_title: isoTitle('4.2'), participant: 'gone', role: '', kind: 'level', level: '1' },
      // An item this build does not know comes after the known ones, without a title or a status.
      { ...iso, ...vote, item: '99.9', item_title: '', participant: NAMES, role: 'leadership', kind: 'level', level: '2', item_status: '' },
      // A full RADAR grid gives its proposed part score (55, 50, 50 → 51.67 → 50); a half-filled one has none yet.
      { ...efqm, ...vote, item: '1.2', item_title: efqmTitle('1.2'), participant: NAMES, role: 'leadership', kind: 'radar', score: '50' },
      { ...efqm, ...vote, item: '1.2', item_title: efqmTitle('1.2'), participant: 'Smith, "Jo"', role: 'staff', kind: 'radar' },
      { ...efqm, ...vote, item: '1.2', item_title: efqmTitle('1.2'), participant: `'=HYPERLINK("http://evil.example","click")`, role: 'external', kind: 'quick', score: '35' },
    ])
  })

  it('gives each RADAR attribute its own column, filled where the grid has it, empty where it does not', () => {
    const rows = rowsOf(awkward()).filter((row) => row['item'] === '1.2')
    expect(rows.map((row) => [row['radar_sound'], row['radar_integrated'], row['radar_learning_creativity']])).toEqual([
      ['60', '50', '50'],
      ['60', '', ''],
      ['', '', ''],
    ])
  })

  it('writes each participant’s own note beside their vote', () => {
    const assessment = awkward()
    assessment.responses['iso-9001-2015']!['4.2']!.notes = { ana: 'Ask for the minutes', jo: '+1 from me' }
    const rows = rowsOf(assessment).filter((row) => row['item'] === '4.2')
    expect(rows.map((row) => row['note'])).toEqual(['Ask for the minutes', "'+1 from me", ''])
  })

  it('covers a whole workshop: every item and every participant, every EFQM vote a score and every ISO vote a level', () => {
    const assessment = fullAssessment(ID, 5)
    const rows = rowsOf(assessment)
    const items = frameworks.reduce((sum, framework) => sum + allItems(framework).length, 0)
    expect(rows).toHaveLength(items * 5)
    expect(new Set(rows.map((r) => r['participant']))).toEqual(new Set(assessment.participants.map((p) => p.name)))
    expect(rows.every((r) => /^\d+$/.test(r['framework'] === 'efqm-2025' ? r['score']! : r['level']!))).toBe(true)
    expect(rowsOf(assessment, 'consensus')).toHaveLength(items)
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
    const csv = csvOf(newAssessment({ id: ID, title: 'Empty', now: '2026-03-01T09:00:00.000Z' }), 'votes')
    expect(csv).toBe(`\uFEFF${VOTE_KEYS.join(',')}\r\n`)
  })
})

describe('CSV files: answers the bundled frameworks do not describe', () => {
  const base = () => ({ ...newAssessment({ id: ID, title: 'Odd answers', now: '2026-03-01T09:00:00.000Z' }), setupComplete: true })

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
    expect(rowsOf(assessment).map((row) => [row['framework'], row['framework_edition'], row['item'], row['item_title'], row['score'] || row['level'], row['item_status']])).toEqual([
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
    expect(rowsOf(assessment).map((row) => [row['item'], row['kind'], row['score'], row['level'], row['item_status']])).toEqual([
      ['1.1', 'radar', '', '', ''],
      ['2.1', 'level', '', '4', ''],
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
    expect(rowsOf(assessment).map((row) => [row['item'], row['kind'], row['score'], row['level']])).toEqual([
      ['4.1', 'radar', '', ''],
      ['4.2', 'radar', '', ''],
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
    expect(rowsOf(assessment).map((row) => [row['item'], row['participant'], row['role'], row['level'], row['item_status']])).toEqual([
      ['4.1', 'Zoë', 'staff', '2', 'counted'],
      ['4.1', 'left-1', '', '3', 'counted'],
      ['4.1', 'left-2', '', '1', 'counted'],
      // An item rated only by someone who has left has no vote from the team: it is still open.
      ['4.2', 'left-1', '', '4', 'open'],
    ])
    // Only the team's own votes count: Zoë's 2 is the proposal.
    expect(rowsOf(assessment, 'consensus').map((row) => [row['item'], row['source'], row['level']])).toEqual([['4.1', 'proposed', '2']])
  })
})

describe('CSV files: the consensus file, agreed and proposed', () => {
  const team = [
    { id: 'ana', name: 'Ana', role: 'leadership' as const },
    { id: 'jo', name: 'Jo', role: 'staff' as const },
  ]
  const assessmentWith = (responses: Assessment['responses']): Assessment => ({ ...newAssessment({ id: ID, title: 'Proposals', now: '2026-03-01T09:00:00.000Z' }), frameworks: ['efqm-2025', 'iso-9001-2015'], participants: team, setupComplete: true, responses })

  it('writes an agreed consensus with its rationale or its reason, in item order', () => {
    const rows = rowsOf(awkward(), 'consensus').map((row) => CONSENSUS_KEYS.map((key) => row[key]))
    expect(rows).toEqual([
      ['iso-9001-2015', isoJson.edition, '4.1', isoTitle('4.1'), 'agreed', 'not-applicable', '', '', 'Out of scope', '', 'counted'],
      ['iso-9001-2015', isoJson.edition, '4.2', isoTitle('4.2'), 'agreed', 'level', '', '3', '', 'Line one\nline two, with a comma', 'counted'],
      ['efqm-2025', efqmJson.edition, '1.2', efqmTitle('1.2'), 'agreed', 'score', '45', '', '', '', 'counted'],
    ])
  })

  it('writes a proposed row, with no reason or rationale, for a median that counts: the median as a RADAR score for a RADAR framework', () => {
    const rows = rowsOf(assessmentWith({ 'efqm-2025': { '1.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'quick', score: 40 }, jo: { kind: 'quick', score: 60 } } } } }), 'consensus')
    expect(rows).toEqual([
      { framework: 'efqm-2025', framework_edition: efqmJson.edition, item: '1.1', item_title: efqmTitle('1.1'), source: 'proposed', kind: 'score', score: '50', level: '', not_applicable_reason: '', rationale: '', item_status: 'counted' },
    ])
  })

  it('follows the counting rule: 4 and 2 from both of two propose 3, and an item short of votes is in progress with no proposed row', () => {
    const assessment = assessmentWith({
      'iso-9001-2015': {
        '4.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 4 }, jo: { kind: 'level', level: 2 } } },
        '4.2': { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 5 } } },
      },
    })
    expect(rowsOf(assessment, 'consensus').map((row) => [row['item'], row['source'], row['level'], row['item_status']])).toEqual([['4.1', 'proposed', '3', 'counted']])
    expect(rowsOf(assessment).map((row) => [row['item'], row['item_status']])).toEqual([
      ['4.1', 'counted'],
      ['4.1', 'counted'],
      ['4.2', 'in progress'],
    ])
  })

  it('gives the proposed row of a room that is all not applicable no value, and says it is not applicable', () => {
    const na = (justification: string) => ({ kind: 'not-applicable' as const, justification })
    const rows = rowsOf(assessmentWith({ 'iso-9001-2015': { '4.1': { ...emptyItemResponse(), ratings: { ana: na('No such process'), jo: na('Outsourced') } } } }), 'consensus')
    expect(rows.map((row) => [row['source'], row['kind'], row['level'], row['item_status']])).toEqual([['proposed', 'not-applicable', '', 'counted']])
  })
})

describe('CSV files: number cells and text cells', () => {
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

  it('guards a negative number in a text cell, such as a rationale, and keeps the level beside it a number', () => {
    const assessment: Assessment = {
      ...newAssessment({ id: ID, title: 'Numbers', now: '2026-03-01T09:00:00.000Z' }),
      frameworks: ['iso-9001-2015'],
      participants: [{ id: 'ana', name: '-1', role: 'staff' }],
      setupComplete: true,
      responses: { 'iso-9001-2015': { '4.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 3 } }, consensus: { kind: 'level', level: 3, rationale: '-2' } } } },
    }
    const title = csvField(isoTitle('4.1'))
    expect(csvOf(assessment, 'votes').slice(1).split('\r\n').slice(1)).toEqual([`iso-9001-2015,${isoJson.edition},4.1,${title},'-1,staff,level,,3,,,counted`, ''])
    expect(csvOf(assessment, 'consensus').slice(1).split('\r\n').slice(1)).toEqual([`iso-9001-2015,${isoJson.edition},4.1,${title},agreed,level,,3,,'-2,counted`, ''])
  })

  it('ends every line, the last included, with CRLF after a byte-order mark', () => {
    const assessment: Assessment = {
      ...newAssessment({ id: ID, title: 'Lines', now: '2026-03-01T09:00:00.000Z' }),
      frameworks: ['iso-9001-2015'],
      participants: [{ id: 'ana', name: 'Ana', role: 'staff' }],
      setupComplete: true,
      responses: { 'iso-9001-2015': { '4.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 3 } } } } },
    }
    const csv = csvOf(assessment, 'votes')
    expect(csv.startsWith('\uFEFFframework,')).toBe(true)
    expect(csv.match(/\r\n/g)).toHaveLength(2)
    expect(csv.endsWith(',counted\r\n')).toBe(true)
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
  })
})

describe('CSV files zipped', () => {
  it('holds one file per table, named by its id, and nothing else, each the table as CSV; the same assessment gives the same bytes', () => {
    const assessment = fullAssessment(ID, 3)
    const tables = resultsTables({ assessment, frameworks, stakeholders })
    const at = new Date(assessment.updatedAt)
    const zip = csvZip(tables, at)
    const files = unzipSync(zip)
    expect(Object.keys(files)).toEqual(['summary.csv', 'votes.csv', 'consensus.csv', 'notes.csv', 'findings.csv', 'actions.csv', 'crosswalk.csv'])
    for (const table of tables) {
      const text = Buffer.from(files[`${table.id}.csv`]!).toString('utf8')
      expect(text).toBe(tableCsv(table))
      expect(parseCsv(text.slice(1))).toHaveLength(table.rows.length + 1)
    }
    expect(csvZip(tables, at)).toEqual(zip)
  })
})
