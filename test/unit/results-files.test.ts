import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import { createResultsExports } from '../../electron/exports/results-files'
import type { FileAccess } from '../../electron/files/file-access'
import type { AssessmentRepository } from '../../electron/storage/assessment-repository'

const ID = '00000000-0000-4000-8000-000000000051'

/** The two results exports against stand-ins that write down the dialogs they open and the bytes they are given. */
function standIns(assessment: Assessment) {
  const dialogs: Array<Parameters<FileAccess['chooseSavePath']>[0]> = []
  const written = new Map<string, Uint8Array>()
  const files: Pick<FileAccess, 'chooseSavePath' | 'writeBytes'> = {
    async chooseSavePath(dialog) {
      dialogs.push(dialog)
      return `/documents/${dialog.defaultName}`
    },
    async writeBytes(file, content) {
      written.set(file, content)
    },
  }
  const repository: Pick<AssessmentRepository, 'get'> = { get: () => assessment }
  return { exports: createResultsExports({ repository: repository as AssessmentRepository, files: files as FileAccess }), dialogs, written }
}

describe('results exports: what main asks of the save dialog', () => {
  const review = () => newAssessment({ id: ID, title: 'Shared review', now: '2026-03-01T09:00:00.000Z' })

  it('asks for a .xlsx file with a translated title and filter, and writes the workbook there', async () => {
    const { exports, dialogs, written } = standIns(review())
    expect(await exports.exportWorkbook(ID)).toEqual({ saved: true, path: '/documents/Shared review.xlsx' })
    expect(dialogs).toEqual([{ title: 'Export to Excel', defaultName: 'Shared review.xlsx', filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }] }])
    expect(Object.keys(unzipSync(written.get('/documents/Shared review.xlsx')!))).toContain('xl/workbook.xml')
  })

  it('asks for a .zip named "<title> (CSV).zip" with a translated title and filter, and writes every table there', async () => {
    const { exports, dialogs, written } = standIns(review())
    expect(await exports.exportCsv(ID)).toEqual({ saved: true, path: '/documents/Shared review (CSV).zip' })
    expect(dialogs).toEqual([{ title: 'Export CSV files', defaultName: 'Shared review (CSV).zip', filters: [{ name: 'ZIP archive of CSV files', extensions: ['zip'] }] }])
    expect(Object.keys(unzipSync(written.get('/documents/Shared review (CSV).zip')!))).toHaveLength(7)
  })
})
