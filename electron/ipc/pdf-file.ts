import i18next from 'i18next'
import { safeFileName, type FileAccess } from '../files/file-access'
import { describeIoError } from '../storage/assessment-repository'
import { AppError } from './app-error'

/**
 * Saves a report the renderer built. The bytes are checked to be a PDF before any dialog opens,
 * and a failed write (read-only folder, full disk) says so and leaves any older file whole.
 */
export async function savePdfFile(files: FileAccess, base64: string, suggestedName: string) {
  const bytes = Buffer.from(base64, 'base64')
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new AppError('invalid-payload', i18next.t('main:pdf.notPdf'))
  }
  const name = safeFileName(suggestedName.replace(/\.pdf$/i, ''))
  const target = await files.chooseSavePath({
    title: i18next.t('main:dialogs.exportPdf'),
    defaultName: `${name}.pdf`,
    filters: [{ name: i18next.t('main:filters.pdf'), extensions: ['pdf'] }],
  })
  if (!target) return { saved: false }
  try {
    await files.writeBytes(target, bytes)
  } catch (error) {
    throw new AppError('storage-failed', i18next.t('main:pdf.notSaved', { problem: describeIoError(error) }))
  }
  return { saved: true, path: target }
}
