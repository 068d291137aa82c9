import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'
import type { Assessment } from '../../common/contract/assessment-schema'
import { loadExcel } from '../../electron/exports/exceljs-loader'
import { buildPreworkPack, rowHeight } from '../../electron/exports/prework-pack'
import { bundledFrameworks } from '../../electron/ipc/known-frameworks'
import { fullAssessment } from '../support/full-assessment'

/**
 * What is inside a pre-work pack, read from its XML: the protections and drop-downs a
 * spreadsheet applies, and nothing of anyone but the participant it is for.
 */
const frameworks = bundledFrameworks()
const NOW = new Date('2026-06-01T10:00:00.000Z')

/** Twenty people who have all voted and written notes, with a consensus and its rationale on every item. */
function votedWorkshop(): Assessment {
  const assessment = fullAssessment('00000000-0000-4000-8000-000000000042', 20)
  for (const items of Object.values(assessment.responses)) {
    for (const [itemId, response] of Object.entries(items)) {
      if (response.consensus && response.consensus.kind !== 'not-applicable') response.consensus = { ...response.consensus, rationale: `Team rationale for ${itemId}.` }
    }
  }
  return assessment
}

const xmlOf = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, data]) => [name, strFromU8(data)]))

describe('the pack of one participant', () => {
  let assessment: Assessment
  let xml: Record<string, string>
  let bytes: Uint8Array

  beforeAll(async () => {
    assessment = votedWorkshop()
    bytes = await buildPreworkPack({ assessment, participant: assessment.participants[4]!, frameworks, chosen: assessment.frameworks, efqmAnswer: 'attributes', now: NOW })
    xml = xmlOf(bytes)
  })

  it('holds no other participant’s name, no vote, note or consensus, and no evidence', () => {
    const all = Object.values(xml).join('\n')
    expect(all).toContain('Participant 5')
    const names = new Set([...all.matchAll(/Participant \d+/g)].map((match) => match[0]))
    expect([...names]).toEqual(['Participant 5'])
    for (const text of ['Note from', 'Team rationale', 'Evidence for', 'A strength seen', 'An area for improvement']) expect(all).not.toContain(text)
    // An answer cell is empty: the participant's own earlier votes are not filled in either.
    expect(all).not.toMatch(/Participant 1\b/)
  })

  it('locks the workbook’s structure, hides the identity very well and the lists sheet plainly', () => {
    const workbook = xml['xl/workbook.xml']!
    // Where the schema wants it: after workbookPr, before bookViews and sheets.
    expect(workbook).toMatch(/<workbookPr [^>]*\/><workbookProtection lockStructure="1"\/><sheets>/)
    expect(workbook).toMatch(/<sheet sheetId="\d+" name="panorama-identity" state="veryHidden"/)
    expect(workbook).toMatch(/<sheet sheetId="\d+" name="lists" state="hidden"/)
    expect([...workbook.matchAll(/<sheet sheetId="\d+" name="([^"]+)"/g)].map((m) => m[1])).toEqual(['Instructions', 'lists', 'EFQM Model', 'ISO 9001', 'Scale', 'panorama-identity'])
  })

  it('protects every sheet and gives every answer cell a drop-down with a prompt and an error alert', () => {
    const sheets = Object.entries(xml).filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    expect(sheets).toHaveLength(6)
    for (const [, sheet] of sheets) expect(sheet).toMatch(/<sheetProtection [^>]*sheet="1"/)
    const efqm = xml['xl/worksheets/sheet3.xml']!
    const iso = xml['xl/worksheets/sheet4.xml']!
    // EFQM in attributes mode: 32 parts of 7 attributes each; ISO: 56 units.
    /** Every cell a drop-down covers, once each: ranges that overlap make Excel repair the file. */
    const validated = (sheet: string) => {
      const cells = [...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].flatMap((m) =>
        m[1]!.split(' ').flatMap((range) => {
          const [from, to = from] = range.split(':').map((address) => Number(address.slice(1)))
          return Array.from({ length: to! - from! + 1 }, (_, i) => `${range[0]}${from! + i}`)
        }),
      )
      expect(new Set(cells).size).toBe(cells.length)
      return cells.length
    }
    expect(validated(efqm)).toBe(32 * 7)
    expect(validated(iso)).toBe(56)
    expect(iso).toMatch(/<dataValidation type="list" allowBlank="1" showInputMessage="1" promptTitle="Your answer" prompt="A maturity level from 0 to 5, or N\/A[^"]*" showErrorMessage="1" errorStyle="stop" errorTitle="Not an answer" error="Choose one/)
    expect(iso).toContain('<formula1>&quot;0,1,2,3,4,5,N/A&quot;</formula1>')
    expect(efqm).toContain('<formula1>&quot;0,5,10,15,20,25,30,35,40,45,50,55,60,65,70,75,80,85,90,95,100&quot;</formula1>')
    expect(iso).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>')
  })

  it('leaves only the answer, reason and notes cells unlocked', async () => {
    const ExcelJS = await loadExcel()
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as never)
    const iso = workbook.getWorksheet('ISO 9001')!
    const row = iso.getRow(3)
    expect(row.getCell(1).value).toBe('4.1')
    expect([1, 2, 3, 4, 5, 6, 7].map((column) => row.getCell(column).protection?.locked ?? true)).toEqual([true, true, true, true, false, false, false])
    const section = iso.getRow(2)
    expect([5, 6, 7].map((column) => section.getCell(column).protection?.locked ?? true)).toEqual([true, true, true])
    const efqm = workbook.getWorksheet('EFQM Model')!
    // 1.1 heads its attributes: it takes a note, and its attributes take the scores.
    expect(efqm.getRow(3).getCell(1).value).toBe('1.1')
    expect([5, 6].map((column) => efqm.getRow(3).getCell(column).protection?.locked ?? true)).toEqual([true, false])
    expect(efqm.getRow(4).getCell(1).value).toBe('1.1 · sound')
    expect([5, 6].map((column) => efqm.getRow(4).getCell(column).protection?.locked ?? true)).toEqual([false, true])
  })

  it('writes a name that could run as a formula as plain text', async () => {
    const hostile = { ...assessment, participants: [{ id: 'x', name: '=HYPERLINK("http://evil.example","x")', role: 'staff' as const }] }
    const all = Object.values(xmlOf(await buildPreworkPack({ assessment: hostile, participant: hostile.participants[0]!, frameworks, chosen: ['iso-9001-2015'], efqmAnswer: 'bands', now: NOW }))).join('\n')
    expect(all).toContain('&apos;=HYPERLINK(') // the identity's participantName cell
    expect(all).not.toMatch(/<f>/)
  })

  it('writes the bands as the drop-down and explains them on the Scale sheet in bands mode', async () => {
    const packed = xmlOf(await buildPreworkPack({ assessment, participant: assessment.participants[0]!, frameworks, chosen: ['efqm-2025'], efqmAnswer: 'bands', now: NOW }))
    const efqm = Object.entries(packed).find(([name, text]) => name.startsWith('xl/worksheets/') && text.includes('<dataValidation '))![1]
    expect(efqm).toContain('<formula1>&quot;No evidence,Limited,Ability,Comprehensive,Outstanding&quot;</formula1>')
    expect(efqm).toContain('sqref="E3:E7"')
    expect(packed['xl/sharedStrings.xml']).toContain('Limited (10–39)')
  })
})

describe('drop-down lists', () => {
  it('a list longer than Excel’s inline limit of 255 characters comes from the hidden lists sheet', async () => {
    const assessment = votedWorkshop()
    const original = i18next.getResource('en', 'prework', 'bands.limited') as string
    i18next.addResource('en', 'prework', 'bands.limited', `Limited ${'l'.repeat(260)}`)
    try {
      const packed = xmlOf(await buildPreworkPack({ assessment, participant: assessment.participants[0]!, frameworks, chosen: ['efqm-2025'], efqmAnswer: 'bands', now: NOW }))
      const efqm = Object.entries(packed).find(([name, text]) => name.startsWith('xl/worksheets/') && text.includes('<dataValidation '))![1]
      expect(efqm).toContain('<formula1>&apos;lists&apos;!$A$1:$A$5</formula1>')
      expect(packed['xl/sharedStrings.xml']).toContain(`Limited ${'l'.repeat(260)}`)
    } finally {
      i18next.addResource('en', 'prework', 'bands.limited', original)
    }
  })
})

describe('row heights', () => {
  it('grow with the longest wrapped cell of the row', () => {
    expect(rowHeight([{ text: 'short', width: 30 }])).toBe(18)
    expect(rowHeight([{ text: 'short', width: 30 }], 30)).toBe(30)
    expect(rowHeight([{ text: 'x'.repeat(62), width: 30 }])).toBe(33)
    expect(rowHeight([{ text: 'a\nb\nc', width: 30 }, { text: 'x'.repeat(10), width: 30 }])).toBe(48)
  })
})
