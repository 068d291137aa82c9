import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { savePdfFile } from '../../electron/ipc/pdf-file'
import { createFakeFileAccess } from '../support/fake-file-access'
import { makeTempDir } from '../support/temp-dir'

const pdf = Buffer.from('%PDF-1.7\n%test\n%%EOF\n').toString('base64')

describe('saving a PDF report', () => {
  it('writes the bytes under the suggested name through the save dialog', async () => {
    const dir = makeTempDir()
    const files = createFakeFileAccess(dir)
    const result = await savePdfFile(files, pdf, 'Zürich Ørsted-2026-04-01-assessment.pdf')
    expect(result).toEqual({ saved: true, path: path.join(dir, 'Zürich Ørsted-2026-04-01-assessment.pdf') })
    expect(fs.readFileSync(result.path!).toString('latin1')).toBe('%PDF-1.7\n%test\n%%EOF\n')
  })

  it('writes nothing when the user cancels the dialog', async () => {
    const dir = makeTempDir()
    const files = createFakeFileAccess(dir)
    files.cancelNextSave()
    expect(await savePdfFile(files, pdf, 'report')).toEqual({ saved: false })
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('refuses bytes that are not a PDF before any dialog opens', async () => {
    const files = createFakeFileAccess(makeTempDir())
    await expect(savePdfFile(files, Buffer.from('<html>').toString('base64'), 'report')).rejects.toThrow('what was generated is not a PDF')
    expect(files.saved).toEqual([])
  })

  it('reports a failed write clearly and leaves the older file whole', async () => {
    const dir = makeTempDir()
    const target = path.join(dir, 'report.pdf')
    fs.writeFileSync(target, 'old report')
    const files = { ...createFakeFileAccess(dir), writeBytes: async () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })) }
    await expect(savePdfFile(files, pdf, 'report')).rejects.toThrow('The PDF could not be saved: the disk is full. Choose another folder and try again; the report is still open.')
    expect(fs.readFileSync(target, 'utf8')).toBe('old report')
  })
})
