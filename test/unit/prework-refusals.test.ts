import { beforeAll, describe, expect, it } from 'vitest'
import { strToU8, zipSync } from 'fflate'
import { newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import type { Framework } from '../../common/domain/framework'
import { applyMerge, planMerge } from '../../common/domain/response-merge'
import { loadExcel } from '../../electron/exports/exceljs-loader'
import { buildPreworkPack } from '../../electron/exports/prework-pack'
import { checkPackBytes, PACK_MAX_UNPACKED_BYTES } from '../../electron/exports/prework-read'
import { bundledFrameworks } from '../../electron/ipc/known-frameworks'
import { fillPack } from '../support/prework-fill'

/** Every way a pack is refused as a whole, each with a sentence that says which. */
const ORIGIN = '00000000-0000-4000-8000-000000000001'
const frameworks = bundledFrameworks()

function workshop(id = ORIGIN, title = 'Annual review 2026'): Assessment {
  return {
    ...newAssessment({ id, title, now: '2026-05-01T08:00:00.000Z' }),
    frameworks: ['efqm-2025', 'iso-9001-2015'],
    participants: [
      { id: 'ana', name: 'Ana Kessler', role: 'leadership' },
      { id: 'ben', name: 'Ben Okafor', role: 'staff' },
    ],
    setupComplete: true,
  }
}

const packFor = (assessment: Assessment, participantId = 'ana') =>
  buildPreworkPack({ assessment, participant: assessment.participants.find((p) => p.id === participantId)!, frameworks, chosen: assessment.frameworks, efqmAnswer: 'bands', now: new Date('2026-06-01T10:00:00.000Z') })

let pack: Uint8Array
beforeAll(async () => {
  pack = await packFor(workshop())
})

/** The pack with one cell of its hidden identity sheet changed (key in column A). */
const withIdentity = (key: string, value: string | number, column = 2) =>
  fillPack(pack, {}, (workbook) => {
    workbook.getWorksheet('panorama-identity')!.eachRow((row) => {
      if (row.getCell(1).value === key) row.getCell(column).value = value
    })
  })

describe('a pack from another assessment', () => {
  it('is refused by the merge plan with the name of the assessment it belongs to, and nothing changes', async () => {
    const foreign = await fillPack(await packFor(workshop('00000000-0000-4000-8000-000000000099', 'Supplier audit 2025')), { 'ISO 9001': { '4.1': { answer: 3 } } })
    const read = await checkPackBytes(foreign, 'Kessler-Ana.xlsx', frameworks)
    expect(read.ok).toBe(true)
    const mine = workshop()
    const plan = planMerge(mine, [{ ...(read as Extract<typeof read, { ok: true }>), path: '/in/Kessler-Ana.xlsx' }], { frameworks })
    expect(plan.files).toEqual([{ status: 'refused', path: '/in/Kessler-Ana.xlsx', fileName: 'Kessler-Ana.xlsx', reason: 'This file belongs to “Supplier audit 2025”, not to this assessment.' }])
    expect(plan.changes).toEqual([])
    expect(applyMerge(mine, plan, {})).toBe(mine)
  })
})

describe('a pack whose identity or questions do not match', () => {
  it('is refused when its hidden identity was edited (another participant)', async () => {
    expect(await checkPackBytes(await withIdentity('participantId', 'ben'), 'x.xlsx', frameworks)).toEqual({
      ok: false,
      error: 'This pre-work pack’s hidden identity was changed after it was made, so its answers cannot be matched to a participant. Send the participant a new pack.',
    })
  })

  it('is refused when its checksum was edited', async () => {
    const read = await checkPackBytes(await withIdentity('checksum', 'f'.repeat(64)), 'x.xlsx', frameworks)
    expect(read).toMatchObject({ ok: false, error: expect.stringContaining('hidden identity was changed') })
  })

  it('is refused, naming the framework, when this build asks other questions than the pack was made with', async () => {
    const changed = frameworks.map((framework): Framework => (framework.id === 'iso-9001-2015' ? { ...framework, sections: framework.sections.map((section, i) => (i === 0 ? { ...section, items: section.items.map((item, j) => (j === 0 ? { ...item, questions: ['A new question?'] } : item)) } : section)) } : framework))
    expect(await checkPackBytes(pack, 'x.xlsx', changed)).toEqual({
      ok: false,
      error: 'The ISO 9001 2015 with Amendment 1:2024 questions in this pack are not the ones this version of Panorama asks: the pack was edited, or its questions changed since it was made. Send the participant a new pack.',
    })
  })

  it('is refused when it was made for a framework edition this build does not have', async () => {
    const other = frameworks.map((framework): Framework => (framework.id === 'efqm-2025' ? { ...framework, edition: '2030' } : framework))
    expect(await checkPackBytes(pack, 'x.xlsx', other)).toEqual({ ok: false, error: 'This pre-work pack asks about EFQM Model 2025, which this version of Panorama does not have.' })
  })

  it('is refused when it was made by a newer Panorama', async () => {
    expect(await checkPackBytes(await withIdentity('formatVersion', 2), 'x.xlsx', frameworks)).toEqual({ ok: false, error: 'This pre-work pack was made by a newer version of Panorama. Update Panorama to import it.' })
  })

  it('is refused, naming the sheet and row, when a row was moved, removed or added', async () => {
    const moved = await fillPack(pack, {}, (workbook) => {
      workbook.getWorksheet('ISO 9001')!.spliceRows(5, 1)
    })
    expect(await checkPackBytes(moved, 'x.xlsx', frameworks)).toEqual({
      ok: false,
      error: 'The ISO 9001 sheet of this pre-work pack was changed: row 5 should hold 4.3 but holds “4.4”. Rows must not be added, removed or moved.',
    })
    const added = await fillPack(pack, {}, (workbook) => {
      const sheet = workbook.getWorksheet('EFQM Model')!
      sheet.getRow(sheet.rowCount + 1).getCell(1).value = '7.5'
    })
    expect(await checkPackBytes(added, 'x.xlsx', frameworks)).toMatchObject({ ok: false, error: expect.stringMatching(/^The EFQM Model sheet of this pre-work pack was changed: row \d+ was added below the last question\./) })
  })
})

describe('files that are not packs', () => {
  it('refuses an ordinary workbook: it has no Panorama identity', async () => {
    const ExcelJS = await loadExcel()
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Budget').getCell('A1').value = 'Totals'
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    expect(await checkPackBytes(bytes, 'budget.xlsx', frameworks)).toEqual({ ok: false, error: 'This Excel workbook is not a Panorama pre-work pack: it has no Panorama identity.' })
  })

  it('refuses a zip that would unpack to more than the limit, before unpacking it', async () => {
    // 60 MB of zeros deflate to some tens of kilobytes.
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': new Uint8Array(PACK_MAX_UNPACKED_BYTES + 10 * 1024 * 1024) }, { level: 9 })
    expect(bomb.length).toBeLessThan(1024 * 1024)
    expect(await checkPackBytes(bomb, 'big.xlsx', frameworks)).toEqual({ ok: false, error: 'This workbook unpacks to more than 50 MB, far more than any pre-work pack, so it was not opened.' })
  })

  it('refuses random bytes that start like a zip, and a zip that is not a workbook', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251)
    random.set([0x50, 0x4b, 0x03, 0x04])
    const notXlsx = 'This file is neither a Panorama response file nor an Excel workbook (.xlsx), so it cannot be imported.'
    expect(await checkPackBytes(random, 'x.xlsx', frameworks)).toEqual({ ok: false, error: notXlsx })
    expect(await checkPackBytes(zipSync({ 'readme.txt': strToU8('hello') }), 'x.zip', frameworks)).toEqual({ ok: false, error: notXlsx })
    expect(await checkPackBytes(strToU8('{"format":"panorama-responses"}'), 'x.xlsx', frameworks)).toEqual({ ok: false, error: notXlsx })
  })

  it('refuses a workbook whose parts are damaged', async () => {
    const damaged = zipSync({ '[Content_Types].xml': strToU8('<Types'), 'xl/workbook.xml': strToU8('<<<') })
    expect(await checkPackBytes(damaged, 'x.xlsx', frameworks)).toEqual({ ok: false, error: 'This Excel workbook is damaged and cannot be read.' })
  })

  it('unpacks an entry that says it is smaller than it is only up to the size it states', async () => {
    // 10 MB of zeros whose zip headers claim 100 bytes: inflating it whole is what a bomb relies on.
    const lying = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': new Uint8Array(10 * 1024 * 1024) }, { level: 9 })
    const view = new DataView(lying.buffer)
    for (let at = 0; at < lying.length - 46; at++) {
      const signature = view.getUint32(at, true)
      const name = (offset: number, length: number) => new TextDecoder().decode(lying.subarray(offset, offset + length))
      if (signature === 0x04034b50 && name(at + 30, view.getUint16(at + 26, true)) === 'xl/workbook.xml') view.setUint32(at + 22, 100, true)
      if (signature === 0x02014b50 && name(at + 46, view.getUint16(at + 28, true)) === 'xl/workbook.xml') view.setUint32(at + 24, 100, true)
    }
    expect(await checkPackBytes(lying, 'x.xlsx', frameworks)).toEqual({ ok: false, error: 'This Excel workbook is damaged and cannot be read.' })
  })
})
