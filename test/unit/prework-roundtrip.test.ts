import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Assessment, StoredRating } from '../../common/contract/assessment-schema'
import type { EfqmAnswer } from '../../common/contract/prework-schema'
import type { OpenedResponseFile } from '../../common/contract/response-file-schema'
import { applyMerge, planMerge } from '../../common/domain/response-merge'
import { checkPackBytes } from '../../electron/exports/prework-read'
import { bundledFrameworks } from '../../electron/ipc/known-frameworks'
import { createTestBackend } from '../support/backend'
import { fillPack, type RowFill } from '../support/prework-fill'
import { sharedFileChecker } from '../support/file-worker'
import { makeTempDir } from '../support/temp-dir'

/**
 * The whole pre-work path through the real main-process stack: "Prepare pre-work…" writes the
 * packs from the stored assessment, a test fills one through exceljs as a spreadsheet would, and
 * "Import responses…" reads it back in the file worker; the merge plan and its apply put the
 * votes into the document. What is stored must be exactly what was filled in.
 */
const ISO = 'ISO 9001'
const EFQM = 'EFQM Model'
const ENABLER = ['sound', 'integrated', 'implemented', 'structured', 'measurement', 'learningCreativity', 'improvementInnovation']
const RESULTS = ['scopeRelevance', 'integrity', 'segmentation', 'trends', 'targets', 'comparisons', 'confidence']

const isoFill: Record<string, RowFill> = {
  '4.1': { answer: 3 },
  '4.2': { answer: '4', note: 'Interested parties listed in the strategy paper.' },
  '8.3.1': { answer: 'N/A', reason: 'We design nothing; we build to customer drawings.' },
  '5.1.1': { note: 'Leaders walk the floor weekly.' },
}
const isoExpected: Record<string, { rating?: StoredRating; note?: string }> = {
  '4.1': { rating: { kind: 'level', level: 3 } },
  '4.2': { rating: { kind: 'level', level: 4 }, note: 'Interested parties listed in the strategy paper.' },
  '8.3.1': { rating: { kind: 'not-applicable', justification: 'We design nothing; we build to customer drawings.' } },
  '5.1.1': { note: 'Leaders walk the floor weekly.' },
}

const attributeFill = (item: string, ids: string[], first: number): Record<string, RowFill> =>
  Object.fromEntries(ids.map((id, index) => [`${item} · ${id}`, { answer: first + index * 5 }]))
const attributeRating = (ids: string[], first: number): StoredRating => ({ kind: 'radar', attributes: Object.fromEntries(ids.map((id, index) => [id, first + index * 5])) })

const efqmCases: Record<EfqmAnswer, { fill: Record<string, RowFill>; expected: Record<string, { rating?: StoredRating; note?: string }> }> = {
  bands: {
    fill: { '1.1': { answer: 'Limited', note: 'Vision written, not shared.' }, '1.2': { answer: 'outstanding' }, '7.4': { answer: 'No evidence' } },
    expected: {
      '1.1': { rating: { kind: 'quick', score: 20 }, note: 'Vision written, not shared.' },
      '1.2': { rating: { kind: 'quick', score: 95 } },
      '7.4': { rating: { kind: 'quick', score: 0 } },
    },
  },
  score: {
    fill: { '1.1': { answer: 35 }, '2.3': { answer: '70', note: 'Good culture survey.' }, '6.1': { answer: 100 } },
    expected: {
      '1.1': { rating: { kind: 'quick', score: 35 } },
      '2.3': { rating: { kind: 'quick', score: 70 }, note: 'Good culture survey.' },
      '6.1': { rating: { kind: 'quick', score: 100 } },
    },
  },
  attributes: {
    fill: { '1.1': { note: 'Scored every attribute.' }, ...attributeFill('1.1', ENABLER, 40), ...attributeFill('6.2', RESULTS, 10) },
    expected: { '1.1': { rating: attributeRating(ENABLER, 40), note: 'Scored every attribute.' }, '6.2': { rating: attributeRating(RESULTS, 10) } },
  },
}

let dataDir: string
let outDir: string
let backend: ReturnType<typeof createTestBackend>
let assessment: Assessment

beforeAll(() => {
  dataDir = makeTempDir('panorama-prework-data-')
  outDir = makeTempDir('panorama-prework-out-')
  backend = createTestBackend({ dataDir, filesDir: outDir })
  const created = backend.repository.create('Pre-work review 2026')
  assessment = backend.repository.save({
    ...created,
    frameworks: ['efqm-2025', 'iso-9001-2015'],
    participants: [
      { id: 'ana', name: 'Ana Kessler', role: 'leadership' },
      { id: 'ben', name: 'Ben Okafor', role: 'staff' },
      { id: 'chen', name: 'Chen Li', role: 'external' },
    ],
    setupComplete: true,
  })
})
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.rmSync(outDir, { recursive: true, force: true })
})

/** The stored ratings and notes of one participant, per framework and item. */
function storedOf(document: Assessment, participantId: string, frameworkId: string) {
  const out: Record<string, { rating?: StoredRating; note?: string }> = {}
  for (const [itemId, response] of Object.entries(document.responses[frameworkId] ?? {})) {
    const rating = response.ratings[participantId]
    const note = response.notes[participantId]
    if (rating || note) out[itemId] = { ...(rating ? { rating } : {}), ...(note ? { note } : {}) }
  }
  return out
}

describe.each(['bands', 'score', 'attributes'] as const)('a pre-work pack with both frameworks, EFQM answered as %s', (efqmAnswer) => {
  let packPath: string

  it('"Prepare pre-work…" writes one workbook per chosen participant, named after them, into the chosen folder', async () => {
    const written = await backend.handlers.writePreworkPacks({ id: assessment.id, participantIds: ['ana', 'chen'], frameworks: ['iso-9001-2015', 'efqm-2025'], efqmAnswer, workbook: true, pdfs: [] })
    expect(written.saved).toBe(true)
    expect(written.folder).toBe(outDir)
    expect(written.files).toHaveLength(2)
    expect(written.files[0]).toMatch(/^Ana Kessler( \(\d\))?\.xlsx$/)
    expect(written.files[1]).toMatch(/^Chen Li( \(\d\))?\.xlsx$/)
    packPath = path.join(outDir, written.files[0]!)
  })

  it('filled in and imported, the stored votes and notes are exactly what was filled in', async () => {
    const filled = await fillPack(fs.readFileSync(packPath), { [ISO]: isoFill, [EFQM]: efqmCases[efqmAnswer].fill })
    const back = path.join(outDir, `Kessler-Ana-${efqmAnswer}.xlsx`)
    fs.writeFileSync(back, filled)

    backend.files.queueOpen([back])
    const opened = await backend.handlers.openResponseFiles(undefined as never)
    expect(opened).toHaveLength(1)
    const [file] = opened as [OpenedResponseFile]
    expect(file).toMatchObject({ ok: true, path: back, issues: [] })

    const stored = backend.repository.get(assessment.id)
    const plan = planMerge(stored, opened, { frameworks: bundledFrameworks() })
    expect(plan.files[0]).toMatchObject({ status: 'accepted', participantId: 'ana', remarks: [] })
    expect(plan.changes.every((change) => change.kind === 'new' && change.participantId === 'ana')).toBe(true)
    const merged = applyMerge(stored, plan, {})
    expect(storedOf(merged, 'ana', 'iso-9001-2015')).toEqual(isoExpected)
    expect(storedOf(merged, 'ana', 'efqm-2025')).toEqual(efqmCases[efqmAnswer].expected)
    expect(storedOf(merged, 'ben', 'efqm-2025')).toEqual({})
    expect(storedOf(merged, 'chen', 'iso-9001-2015')).toEqual({})
  })

  it('the worker’s check reads the same pack to the same answers', async () => {
    const filled = await fillPack(fs.readFileSync(packPath), { [ISO]: isoFill, [EFQM]: efqmCases[efqmAnswer].fill })
    const direct = await checkPackBytes(filled, 'Kessler-Ana.xlsx', bundledFrameworks())
    const viaWorker = await sharedFileChecker().check({ kind: 'prework', bytes: new Uint8Array(filled), fileName: 'Kessler-Ana.xlsx', language: 'en' })
    expect(viaWorker).toEqual({ status: 'done', value: direct })
    expect(direct).toMatchObject({ ok: true, file: { participant: { id: 'ana', name: 'Ana Kessler', role: 'leadership' }, assessment: { origin: assessment.origin, title: 'Pre-work review 2026' } } })
  })
})

describe('bad cells in a filled pack', () => {
  it('are each reported by file, sheet, row and item, and the rest of the file is still offered', async () => {
    const written = await backend.handlers.writePreworkPacks({ id: assessment.id, participantIds: ['ben'], frameworks: ['efqm-2025', 'iso-9001-2015'], efqmAnswer: 'score', workbook: true, pdfs: [] })
    const pack = fs.readFileSync(path.join(outDir, written.files[0]!))
    const filled = await fillPack(pack, {
      [ISO]: { '4.1': { answer: 2 }, '7.1.5': { answer: '3,5' }, '7.1.6': { answer: 7 }, '7.2': { answer: 'abc' } },
      [EFQM]: { '1.1': { answer: 33 }, '1.2': { answer: 45 } },
    })
    const back = path.join(outDir, 'Okafor-Ben.xlsx')
    fs.writeFileSync(back, filled)
    backend.files.queueOpen([back])
    const opened = await backend.handlers.openResponseFiles(undefined as never)
    expect(opened[0]).toMatchObject({
      ok: true,
      issues: [
        'Okafor-Ben.xlsx, EFQM Model sheet, row 3 (1.1): "33" is not a score 0–100 in steps of 5',
        'Okafor-Ben.xlsx, ISO 9001 sheet, row 22 (7.1.5): "3,5" is not a level 0–5',
        'Okafor-Ben.xlsx, ISO 9001 sheet, row 23 (7.1.6): "7" is not a level 0–5',
        'Okafor-Ben.xlsx, ISO 9001 sheet, row 24 (7.2): "abc" is not a level 0–5',
      ],
    })
    const stored = backend.repository.get(assessment.id)
    const plan = planMerge(stored, opened, { frameworks: bundledFrameworks() })
    // The import dialog shows a file's remarks: the cells left out are among them.
    expect(plan.files[0]).toMatchObject({ status: 'accepted', remarks: (opened[0] as { issues: string[] }).issues })
    const merged = applyMerge(stored, plan, {})
    expect(storedOf(merged, 'ben', 'iso-9001-2015')).toEqual({ '4.1': { rating: { kind: 'level', level: 2 } } })
    expect(storedOf(merged, 'ben', 'efqm-2025')).toEqual({ '1.2': { rating: { kind: 'quick', score: 45 } } })
  })
})

describe('many files at once', () => {
  it('imports filled packs and a JSON response file chosen together, each for its own participant', async () => {
    const written = await backend.handlers.writePreworkPacks({ id: assessment.id, participantIds: ['ana', 'ben', 'chen'], frameworks: ['iso-9001-2015'], efqmAnswer: 'bands', workbook: true, pdfs: [] })
    const paths = await Promise.all(
      written.files.slice(0, 2).map(async (name, index) => {
        const back = path.join(outDir, `filled-${index}.xlsx`)
        fs.writeFileSync(back, await fillPack(fs.readFileSync(path.join(outDir, name)), { [ISO]: { '4.1': { answer: index + 1 } } }))
        return back
      }),
    )
    const json = path.join(outDir, 'chen.panorama-responses.json')
    fs.writeFileSync(
      json,
      JSON.stringify({
        format: 'panorama-responses',
        formatVersion: 1,
        assessment: { origin: assessment.origin, title: assessment.title },
        participant: { id: 'chen', name: 'Chen Li', role: 'external' },
        exportedAt: '2026-06-01T09:30:00.000Z',
        responses: { 'iso-9001-2015': { '4.1': { rating: { kind: 'level', level: 5 } } } },
      }),
    )
    backend.files.queueOpen([...paths, json])
    const opened = await backend.handlers.openResponseFiles(undefined as never)
    expect(opened.map((file) => file.ok && file.file.participant.id)).toEqual(['ana', 'ben', 'chen'])
    expect(opened[2]).not.toHaveProperty('issues')
    const stored = backend.repository.get(assessment.id)
    const merged = applyMerge(stored, planMerge(stored, opened, { frameworks: bundledFrameworks() }), {})
    expect(['ana', 'ben', 'chen'].map((id) => merged.responses['iso-9001-2015']?.['4.1']?.ratings[id])).toEqual([
      { kind: 'level', level: 1 },
      { kind: 'level', level: 2 },
      { kind: 'level', level: 5 },
    ])
  })
})
