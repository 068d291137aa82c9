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
    throw new AppError('invalid-payload', 'The report could not be saved: what was generated is not a PDF.')
  }
  const name = safeFileName(suggestedName.replace(/\.pdf$/i, ''))
  const target = await files.chooseSavePath({ title: 'Export PDF report', defaultName: `${name}.pdf`, filters: [{ name: 'PDF document', extensions: ['pdf'] }] })
  if (!target) return { saved: false }
  try {
    await files.writeBytes(target, bytes)
  } catch (error) {
    throw new AppError('storage-failed', `The PDF could not be saved: ${describeIoError(error)} Choose another folder and try again; the report is still open.`)
  }
  return { saved: true, path: target }
}
