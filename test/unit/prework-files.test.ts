import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Assessment } from '../../common/contract/assessment-schema'
import type { PreworkRequest } from '../../common/contract/prework-schema'
import { AppError } from '../../electron/ipc/app-error'
import { createTestBackend } from '../support/backend'
import { makeTempDir, snapshotDir } from '../support/temp-dir'

/** "Prepare pre-work…" on the main side: what it checks, where it writes, and what it never overwrites. */
let dataDir: string
let outDir: string
let backend: ReturnType<typeof createTestBackend>
let assessment: Assessment

const PDF = Buffer.from('%PDF-1.7\n% a printable pack\n%%EOF\n')
const request = (changes: Partial<PreworkRequest> = {}): PreworkRequest => ({
  id: assessment.id,
  participantIds: ['ana', 'ben'],
  frameworks: ['iso-9001-2015'],
  efqmAnswer: 'bands',
  workbook: true,
  pdfs: [],
  ...changes,
})

beforeEach(() => {
  dataDir = makeTempDir('panorama-prework-data-')
  outDir = makeTempDir('panorama-prework-out-')
  backend = createTestBackend({ dataDir, filesDir: outDir })
  assessment = backend.repository.save({
    ...backend.repository.create('Annual review'),
    frameworks: ['efqm-2025', 'iso-9001-2015'],
    participants: [
      { id: 'ana', name: 'Ana Kessler', role: 'leadership' },
      { id: 'ben', name: 'Ben: Okafor?', role: 'staff' },
    ],
  })
})
afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.rmSync(outDir, { recursive: true, force: true })
})

const refusal = async (changes: Partial<PreworkRequest>) => {
  const error = await Promise.resolve(backend.handlers.writePreworkPacks(request(changes))).then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(AppError)
  // Refused before any dialog: nothing asked, nothing written.
  expect(backend.files.folderTitles).toEqual([])
  expect(fs.readdirSync(outDir)).toEqual([])
  return (error as AppError).toData()
}

describe('writing pre-work packs', () => {
  it('asks for a folder and writes each participant’s workbook and PDF under a name every system accepts', async () => {
    const written = await backend.handlers.writePreworkPacks(request({ pdfs: [{ participantId: 'ben', base64: PDF.toString('base64') }] }))
    expect(backend.files.folderTitles).toEqual(['Choose a folder for the pre-work packs'])
    expect(written).toEqual({ saved: true, folder: outDir, files: ['Ana Kessler.xlsx', 'Ben- Okafor-.xlsx', 'Ben- Okafor-.pdf'] })
    expect(fs.readFileSync(path.join(outDir, 'Ben- Okafor-.pdf'))).toEqual(PDF)
    expect(fs.readFileSync(path.join(outDir, 'Ana Kessler.xlsx')).subarray(0, 2).toString('latin1')).toBe('PK')
  })

  it('never overwrites a file: the new one is named with (2), (3) …', async () => {
    fs.writeFileSync(path.join(outDir, 'Ana Kessler.xlsx'), 'the participant’s filled pack')
    fs.writeFileSync(path.join(outDir, 'Ana Kessler (2).xlsx'), 'an older pack')
    const written = await backend.handlers.writePreworkPacks(request({ participantIds: ['ana'] }))
    expect(written.files).toEqual(['Ana Kessler (3).xlsx'])
    expect(fs.readFileSync(path.join(outDir, 'Ana Kessler.xlsx'), 'utf8')).toBe('the participant’s filled pack')
  })

  it('writes only the PDFs when no workbook is asked for', async () => {
    const written = await backend.handlers.writePreworkPacks(request({ workbook: false, pdfs: [{ participantId: 'ana', base64: PDF.toString('base64') }] }))
    expect(written.files).toEqual(['Ana Kessler.pdf'])
  })

  it('writes nothing when the folder dialog is cancelled', async () => {
    backend.files.cancelNextFolder()
    expect(await backend.handlers.writePreworkPacks(request())).toEqual({ saved: false, files: [] })
    expect(fs.readdirSync(outDir)).toEqual([])
  })

  it('refuses a participant who is not in the assessment', async () => {
    expect(await refusal({ participantIds: ['ana', 'zoe'] })).toEqual({ code: 'invalid-payload', message: 'zoe is not a participant of this assessment, so no pack was written.', field: 'participantIds' })
  })

  it('refuses a framework the assessment does not use', async () => {
    backend.repository.save({ ...backend.repository.get(assessment.id), frameworks: ['iso-9001-2015'] })
    expect(await refusal({ frameworks: ['efqm-2025'] })).toMatchObject({ code: 'invalid-payload', message: 'efqm-2025 is not a framework of this assessment, so no pack was written.' })
  })

  it('refuses a printable pack that is not a PDF, or is for someone not asked for', async () => {
    expect(await refusal({ pdfs: [{ participantId: 'ana', base64: Buffer.from('<html>').toString('base64') }] })).toMatchObject({ message: 'The printable pack for Ana Kessler is not a PDF, so no pack was written.' })
    expect(await refusal({ participantIds: ['ana'], pdfs: [{ participantId: 'ben', base64: PDF.toString('base64') }] })).toMatchObject({ code: 'invalid-payload', field: 'pdfs' })
  })

  it('says which file could not be written and which were written before it', async () => {
    const realWrite = backend.files.writeBytes
    let writes = 0
    backend.files.writeBytes = async (file, bytes) => {
      if (++writes === 2) throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
      return realWrite(file, bytes)
    }
    const before = snapshotDir(outDir)
    const error = await Promise.resolve(backend.handlers.writePreworkPacks(request())).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('storage-failed')
    expect((error as AppError).message).toMatch(/^Ben- Okafor-\.xlsx could not be written: .+ These files were written before: Ana Kessler\.xlsx\.$/)
    expect(Object.keys(snapshotDir(outDir))).toEqual([...Object.keys(before), 'Ana Kessler.xlsx'])
  })
})
