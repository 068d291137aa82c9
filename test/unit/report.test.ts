import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BANDS, bandName } from '../../common/domain/radar'
import { toWorkshopInput } from '../../common/domain/workshop-input'
import { computeWorkshopResults } from '../../common/domain/workshop-results'
import { buildReportPdf, pdfDate } from '../../renderer/src/report/build-report'
import { buildReportModel, notAssessed, reportTitle, sectionTitle, type ReportInput, type ReportOptions } from '../../renderer/src/report/report-model'
import { detailsInput, fullReportInput, LONG_AFI_ITEM, reportFonts, seededReportInput, UNICODE_ORGANISATION } from '../support/report-fixture'
import { makeTempDir } from '../support/temp-dir'

/**
 * The PDF report, read back the way a person or a print shop would: its text through pdftotext,
 * its pages, size and fonts through pdfinfo and pdffonts, its pictures through pdfimages, and its
 * pages as PNG files in test-results/report/ for people to look at.
 */

const fonts = reportFonts()
const createdAt = new Date('2026-04-02T10:00:00Z')
const dir = makeTempDir('panorama-report-')
const PARTICIPANT_NAMES = /\b(Ana|Ben|Cleo)\b/

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const optionsWith = (overrides: Partial<ReportOptions> = {}): ReportOptions => ({ paper: 'a4', appendix: true, anonymise: false, createdAt, ...overrides })

function build(input: ReportInput, options: ReportOptions, onProgress?: (fraction: number) => void): Uint8Array {
  return buildReportPdf(buildReportModel(input, options), fonts, options, onProgress)
}

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, bytes)
  return file
}

const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' })
const textOf = (file: string) => run('pdftotext', ['-layout', file, '-'])
/** pdftotext ends every page with a form feed; the last piece after the final one is empty. */
const pagesOf = (text: string) => text.split('\f').slice(0, -1)
const pageCount = (file: string) => Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', [file]))![1])

const HEADINGS = [
  sectionTitle('summary'),
  sectionTitle('efqm'),
  sectionTitle('iso'),
  sectionTitle('stakeholders'),
  sectionTitle('achieved'),
  sectionTitle('team'),
  sectionTitle('actions'),
  sectionTitle('appendix'),
]

/** The index of the first page (after the cover and contents) with a line that is exactly `heading`. */
const pageWithHeading = (pages: string[], heading: string) => pages.findIndex((page, index) => index >= 2 && page.split('\n').some((line) => line.trim() === heading))

describe('the PDF report of the seeded assessment (A4, appendix, named)', () => {
  let file: string
  let bytes: Uint8Array
  let text: string
  let pages: string[]
  const progress: number[] = []

  beforeAll(() => {
    bytes = build(seededReportInput(), optionsWith(), (fraction) => progress.push(fraction))
    file = write('seeded-a4.pdf', bytes)
    text = textOf(file)
    pages = pagesOf(text)
  })

  it('starts with a cover naming the report, assessment, organisation, scope, date, team and frameworks', () => {
    const cover = pages[0]!
    for (const expected of [reportTitle(), 'Seeded results', UNICODE_ORGANISATION, 'All services', '1 April 2026', 'EFQM Model 2025', 'ISO 9001 2015 with Amendment 1:2024']) {
      expect(cover).toContain(expected)
    }
    expect(cover).toMatch(/Ana · Leadership/)
    expect(cover).toMatch(/Ben · Staff/)
    expect(cover).toMatch(/Cleo · Staff/)
  })

  it('prints every section heading in order, each on the page its table of contents gives', () => {
    expect(pages[1]!.split('\n').some((line) => line.trim() === sectionTitle('contents'))).toBe(true)
    expect(pages[1]).not.toContain('(continued)')
    const found = HEADINGS.map((heading) => pageWithHeading(pages, heading))
    expect(found.every((page) => page >= 2)).toBe(true)
    expect([...found].sort((a, b) => a - b)).toEqual(found)
    expect(new Set(found).size).toBe(found.length)
    HEADINGS.forEach((heading, index) => {
      const entry = pages[1]!.split('\n').find((line) => line.trim().startsWith(heading))
      expect(entry, heading).toBeDefined()
      expect(Number(/(\d+)\s*$/.exec(entry!)![1]), heading).toBe(found[index]! + 1)
    })
  })

  it('prints the key scores: EFQM 460 points, ISO readiness 75 % and maturity 70', () => {
    const summary = pages[pageWithHeading(pages, sectionTitle('summary'))]!
    expect(summary).toMatch(/\b460\b/)
    expect(summary).toContain('of 1000 points · band: ability')
    expect(summary).toContain('75 %')
    expect(summary).toMatch(/maturity index[\s\S]*\b70\b/)
    const flat = text.replace(/\s+/g, ' ')
    expect(flat).toContain('The organisation scores 460 of 1000 points')
    expect(flat).toContain('a readiness of 75 %; the mean level gives a maturity index of 70 out of 100')
  })

  it('prints the Unicode organisation name exactly, in the running header of every page too', () => {
    expect(text).toContain(UNICODE_ORGANISATION)
    for (const page of pages) expect(page).toContain(UNICODE_ORGANISATION)
  })

  it('has a plausible number of pages, each with a "Page X of N" footer', () => {
    const total = pageCount(file)
    expect(total).toBeGreaterThanOrEqual(8)
    expect(total).toBeLessThanOrEqual(60)
    expect(pages).toHaveLength(total)
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${total}`))
  })

  it('carries the stakeholder comparison, the team views and the action plan', () => {
    const stakeholders = pages.slice(pageWithHeading(pages, sectionTitle('stakeholders')), pageWithHeading(pages, sectionTitle('achieved'))).join('\n')
    for (const expected of ['EFQM Model: design focus', 'ISO 9001: design focus', 'Your target profile', 'Balance index (1 = even attention)', 'Blind spots (under half the target)', 'Beyond-customer share', 'Misalignment with your target', 'Customers & service users', 'Regulators & authorities']) {
      expect(stakeholders).toContain(expected)
    }
    expect(stakeholders.replace(/\s+/g, ' ')).toContain('EFQM Model gives 27.6 % of its stakeholder attention to customers')
    const team = pages[pageWithHeading(pages, sectionTitle('team'))]!
    expect(team).toMatch(/4\.1 Organisation and its context\s+ISO 9001\s+3 levels/)
    expect(team).toContain('leaders higher by')
    const actions = pages[pageWithHeading(pages, sectionTitle('actions'))]!
    expect(actions.indexOf('Review the context every year')).toBeLessThan(actions.indexOf('Set up a stakeholder panel'))
    expect(actions).toContain('Quick win')
  })

  it('runs the 1 500-word AFI on over pages in the appendix, labelled on each page it continues on', () => {
    const start = pages.findIndex((page) => page.includes(`${LONG_AFI_ITEM} Internal audit`))
    expect(start).toBeGreaterThan(pageWithHeading(pages, sectionTitle('appendix')) - 1)
    expect(pages[start + 1]).toContain(`${LONG_AFI_ITEM} Internal audit (continued)`)
    expect(text.replace(/\s+/g, ' ')).toContain('would close most of these gaps')
  })

  it('reports progress with fractions that rise to 1', () => {
    expect(progress.length).toBeGreaterThan(8)
    expect(progress.every((fraction, index) => fraction > 0 && fraction <= 1 && (index === 0 || fraction >= progress[index - 1]!))).toBe(true)
    expect(progress.at(-1)).toBe(1)
  })

  it('draws charts as vectors: no image in the file, and the chart text is searchable', () => {
    const raw = Buffer.from(bytes).toString('latin1')
    expect(raw).not.toContain('/Subtype /Image')
    expect(run('pdfimages', ['-list', file]).trim().split('\n')).toHaveLength(2)
    for (const legend of ['Criterion score, % of its points', 'RADAR bands (shaded)', '4 Managed and measured', 'not applicable']) expect(text).toContain(legend)
  })

  it('embeds DejaVu Sans (regular and bold) and no standard font such as Helvetica', () => {
    const fontLines = run('pdffonts', [file]).trim().split('\n').slice(2)
    expect(fontLines.map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold'])
    for (const line of fontLines) expect(line).toMatch(/Identity-H\s+yes\s+yes\s+yes/)
    expect(run('pdffonts', [file])).not.toMatch(/Helvetica|Times|Courier/)
  })

  it('is rendered to PNG pages in test-results/report/ for people to look at', () => {
    const out = path.resolve('test-results/report')
    fs.rmSync(out, { recursive: true, force: true })
    fs.mkdirSync(out, { recursive: true })
    execFileSync('pdftoppm', ['-r', '60', '-png', file, path.join(out, 'seeded-a4')])
    expect(fs.readdirSync(out).filter((name) => name.endsWith('.png'))).toHaveLength(pages.length)
  })

  it('gives identical bytes when built twice from the same model and creation date', () => {
    const again = build(seededReportInput(), optionsWith())
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true)
    expect(pdfDate(createdAt)).toBe("D:20260402100000+00'00'")
    expect(run('pdfinfo', [file])).toMatch(/CreationDate:\s+Thu Apr {2}2 10:00:00 2026 UTC/)
  })
})

describe('report options', () => {
  it('without the appendix: fewer pages and no appendix heading, in the text or the contents', () => {
    const withAppendix = pageCount(write('with-appendix.pdf', build(seededReportInput(), optionsWith())))
    const file = write('no-appendix.pdf', build(seededReportInput(), optionsWith({ appendix: false })))
    expect(pageCount(file)).toBeLessThan(withAppendix)
    const text = textOf(file)
    expect(text).not.toContain(sectionTitle('appendix'))
    expect(text).not.toContain('Internal audit (continued)')
    expect(text).toContain(sectionTitle('actions'))
  })

  it('anonymised: no participant name anywhere, not even as an action owner', () => {
    const named = textOf(write('named.pdf', build(seededReportInput(), optionsWith())))
    expect(named).toMatch(PARTICIPANT_NAMES)
    const text = textOf(write('anonymised.pdf', build(seededReportInput(), optionsWith({ anonymise: true }))))
    expect(text).not.toMatch(PARTICIPANT_NAMES)
    expect(text).toContain('Participant 1 · Leadership')
    expect(text).toContain('Participants are listed by number: this report is anonymised.')
    expect(text).toMatch(/Review the context every year,[\s\S]*Participant 1/)
  })

  it('US Letter pages are 612 × 792 points', () => {
    const file = write('letter.pdf', build(seededReportInput(), optionsWith({ paper: 'letter' })))
    expect(run('pdfinfo', [file])).toMatch(/Page size:\s+612 x 792 pts/)
    expect(textOf(file)).toContain(UNICODE_ORGANISATION)
  })

  it('A4 pages are 595.28 × 841.89 points', () => {
    const file = write('a4.pdf', build(seededReportInput(), optionsWith({ appendix: false })))
    expect(run('pdfinfo', [file])).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/)
  })
})

describe('unanswered items', () => {
  it('print as "not assessed", never as zero', () => {
    const seeded = seededReportInput()
    const efqm = { ...seeded.assessment.responses['efqm-2025']! }
    for (const id of ['7.1', '7.2', '7.3', '7.4']) delete efqm[id]
    const iso = { ...seeded.assessment.responses['iso-9001-2015']! }
    for (const id of ['10.1', '10.2', '10.3']) delete iso[id]
    const assessment = { ...seeded.assessment, responses: { 'efqm-2025': efqm, 'iso-9001-2015': iso } }
    const input: ReportInput = { ...seeded, assessment, results: computeWorkshopResults(toWorkshopInput(assessment, seeded.frameworks)) }
    const model = buildReportModel(input, optionsWith())
    expect(model.efqm!.criteria[6]).toMatchObject({ id: '7', percent: null, percentText: notAssessed(), earnedText: notAssessed() })
    expect(model.iso!.clauses.at(-1)).toMatchObject({ id: '10', readinessText: notAssessed(), maturityText: notAssessed(), unanswered: 3 })
    expect(model.iso!.heat.filter((cell) => cell.level === null).map((cell) => cell.id)).toEqual(['10.1', '10.2', '10.3'])
    const appendixItem = model.appendix![0]!.sections[6]!.items[0]!
    expect(appendixItem).toMatchObject({ id: '7.1', consensus: notAssessed() })

    const pages = pagesOf(textOf(write('partial.pdf', buildReportPdf(model, fonts, optionsWith()))))
    const efqmPage = pages[pageWithHeading(pages, sectionTitle('efqm'))]!
    expect(efqmPage).toMatch(/7 Strategic & Operational\s+not assessed/)
    expect(efqmPage).toMatch(/7 Strategic & Operational Performance\s+200\s+not assessed\s+not assessed\s+0 of 4/)
    expect(efqmPage).not.toMatch(/7 Strategic & Operational Performance\s+200\s+0 %/)
  })
})

describe('the 20-participant full assessment with appendix', () => {
  it('builds within the size budget, with every item in the appendix', () => {
    const bytes = build(fullReportInput(20), optionsWith())
    expect(bytes.length).toBeLessThanOrEqual(1.5 * 1024 * 1024)
    const file = write('full.pdf', bytes)
    const total = pageCount(file)
    expect(total).toBeGreaterThanOrEqual(8)
    expect(total).toBeLessThanOrEqual(60)
    const text = textOf(file)
    expect(text).toContain('Participant 20 · External')
    expect(text).toContain('An area for improvement in 10.3.')
  })
})

// ---------------------------------------------------------------- issue 13: PDF details

/** Every word of the bundled framework files (titles, questions, help, levels) and the RADAR band names. */
function frameworkWords(): Set<string> {
  const words = new Set<string>()
  const dir = path.resolve('assets/frameworks')
  for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.json'))) {
    for (const word of fs.readFileSync(path.join(dir, name), 'utf8').match(/\p{L}+/gu) ?? []) words.add(word.toLowerCase())
  }
  for (const { label } of BANDS) for (const word of bandName(label).split(' ')) words.add(word.toLowerCase())
  return words
}

/**
 * Words cut across two lines: pdftotext -raw gives the text in the order it was drawn, so a table
 * cell's lines come one after the other; a line ending in a fragment that is no word, and the next
 * line starting with the rest of a known word, is a word cut in two.
 */
function splitWords(rawText: string, words: Set<string>): string[] {
  const lines = rawText.split('\n')
  const found: string[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = /(\p{L}+)$/u.exec(lines[i]!)?.[1]
    const tail = /^(\p{L}+)/u.exec(lines[i + 1]!)?.[1]
    if (!head || !tail || words.has(head.toLowerCase())) continue
    if (words.has((head + tail).toLowerCase())) found.push(`${head}/${tail}`)
  }
  return found
}

describe('PDF details (issue 13)', () => {
  it('keeps every word of the framework data whole inside table cells: a narrow column grows rather than cut “comprehensive”', () => {
    const words = frameworkWords()
    expect(words.has('comprehensive')).toBe(true)
    const raw = run('pdftotext', ['-raw', write('details.pdf', build(detailsInput(), optionsWith())), '-'])
    // The parts table's score column is narrower than "(comprehensive)" in the report font.
    expect(raw).toContain('75 (comprehensive)')
    expect(splitWords(raw, words)).toEqual([])
    const full = run('pdftotext', ['-raw', write('details-full.pdf', build(fullReportInput(20), optionsWith())), '-'])
    expect(splitWords(full, words)).toEqual([])
  })

  it('marks each level in the ISO findings table as agreed or proposed, and says what “proposed” means', () => {
    const model = buildReportModel(detailsInput(), optionsWith())
    expect(model.iso!.findings.find((row) => row.id === '10.2')).toMatchObject({ valueText: 'Level 2 (agreed)', proposed: false })
    expect(model.iso!.findings.find((row) => row.id === '10.3')).toMatchObject({ valueText: 'Level 2 (proposed)', proposed: true })

    const pages = pagesOf(textOf(write('levels.pdf', buildReportPdf(model, fonts, optionsWith()))))
    const iso = pages.slice(pageWithHeading(pages, sectionTitle('iso')), pageWithHeading(pages, sectionTitle('stakeholders'))).join('\n')
    expect(iso).toMatch(/10\.2\s[^\n]*Level 2 \(agreed\)/)
    expect(iso).toMatch(/10\.3\s[^\n]*Level 2 \(proposed\)/)
    expect(iso).toMatch(/4\.1\s[^\n]*Level 4 · conforms \(agreed\)/)
    expect(iso.replace(/\s+/g, ' ')).toContain('“Proposed” is the median of the votes: the team has not agreed a level for that unit yet.')
    expect(iso).not.toContain('Agreed level')

    // Where every level is agreed, no row says "proposed" and the note is not printed.
    const agreed = buildReportModel(seededReportInput(), optionsWith())
    expect(agreed.iso!.findings.every((row) => row.valueText.endsWith('(agreed)'))).toBe(true)
    expect(agreed.iso!.findingsNote).toBeNull()
  })

  it('says every area for improvement feeds an action only when there is one and each of them has an action', () => {
    const flat = (input: ReportInput, name: string) => textOf(write(name, build(input, optionsWith({ appendix: false })))).replace(/\s+/g, ' ')
    const noAfis = detailsInput((a) => ({
      ...a,
      actions: a.actions.map((action) => ({ ...action, sources: [] })),
      responses: { ...a.responses, 'iso-9001-2015': Object.fromEntries(Object.entries(a.responses['iso-9001-2015']!).map(([id, r]) => [id, { ...r, afis: [] }])) },
    }))
    const none = flat(noAfis, 'no-afis.pdf')
    expect(none).not.toContain('every area for improvement feeds an action')
    expect(none).not.toContain('Every area for improvement feeds an action.')
    expect(none).toContain('The action plan holds 2 actions; no area for improvement is recorded yet.')
    expect(none).toContain('No area for improvement is recorded yet.')

    const open = flat(detailsInput(), 'one-open.pdf')
    expect(open).toContain('The action plan holds 2 actions; 1 area for improvement has no action yet.')
    expect(open).not.toMatch(/every area for improvement feeds an action/i)

    const allFed = detailsInput((a) => ({ ...a, actions: a.actions.map((action) => (action.id === 'act2' ? { ...action, sources: [{ frameworkId: 'iso-9001-2015', itemId: LONG_AFI_ITEM, entryId: 'afi-long' }] } : action)) }))
    const fed = flat(allFed, 'all-fed.pdf')
    expect(fed).toContain('The action plan holds 2 actions; every area for improvement feeds an action.')
    expect(fed).toContain('Every area for improvement feeds an action.')
  })

  it('prints each participant’s own notes in the appendix in team order, by number when anonymised, and not without the appendix', () => {
    const appendixOf = (text: string) => {
      const pages = pagesOf(text)
      return pages.slice(pageWithHeading(pages, sectionTitle('appendix'))).join('\n').replace(/\s+/g, ' ')
    }
    const named = appendixOf(textOf(write('notes.pdf', build(detailsInput(), optionsWith()))))
    expect(named).toContain('Participants’ own notes')
    const ana = named.indexOf('Ana: Ask for the 2024 context review minutes.')
    const cleo = named.indexOf('Cleo: The climate risks were never discussed with the board.')
    expect(ana).toBeGreaterThan(named.indexOf('4.1 Organisation and its context'))
    expect(cleo).toBeGreaterThan(ana)
    expect(named).not.toMatch(/Ben:/)

    const anonymised = appendixOf(textOf(write('notes-anonymised.pdf', build(detailsInput(), optionsWith({ anonymise: true })))))
    expect(anonymised).toContain('Participant 1: Ask for the 2024 context review minutes.')
    expect(anonymised).toContain('Participant 3: The climate risks were never discussed with the board.')
    expect(anonymised).not.toMatch(PARTICIPANT_NAMES)

    const without = textOf(write('notes-no-appendix.pdf', build(detailsInput(), optionsWith({ appendix: false }))))
    expect(without).not.toContain('The climate risks were never discussed with the board.')
  })
})
