import i18next from 'i18next'
import { describeIoError } from '../storage/assessment-repository'
import { safeFileName, type FileAccess } from '../files/file-access'
import type { OpenedResponseFile, ResponseFile } from '../../common/contract/response-file-schema'
import { AppError } from './app-error'
import type { IncomingFiles } from './incoming-files'

const filters = () => [{ name: i18next.t('main:filters.responses'), extensions: ['json'] }]
/** Importing also takes filled pre-work packs (Excel workbooks); exporting writes JSON only. */
const importFilters = () => [{ name: i18next.t('prework:files.importFilter'), extensions: ['json', 'xlsx'] }, ...filters(), { name: i18next.t('prework:files.packFilter'), extensions: ['xlsx'] }]
export const RESPONSE_FILE_SUFFIX = '.panorama-responses.json'

export async function exportResponseFile(files: FileAccess, file: ResponseFile, suggestedName: string) {
  const target = await files.chooseSavePath({
    title: i18next.t('main:dialogs.exportResponses'),
    defaultName: `${safeFileName(suggestedName)}${RESPONSE_FILE_SUFFIX}`,
    filters: filters(),
  })
  if (!target) return { saved: false }
  try {
    await files.writeText(target, `${JSON.stringify(file, null, 2)}\n`)
  } catch (error) {
    throw new AppError('storage-failed', i18next.t('main:responses.notWritten', { problem: describeIoError(error) }))
  }
  return { saved: true, path: target }
}

/**
 * Shows an open dialog (several files allowed) and reads and checks each chosen file in the file
 * worker, one after another. Cancelling the read gives no files, as cancelling the dialog does.
 */
export async function openResponseFiles(files: FileAccess, incoming: IncomingFiles): Promise<OpenedResponseFile[]> {
  const paths = await files.chooseOpenPaths({ title: i18next.t('main:dialogs.importResponses'), filters: importFilters(), multiple: true })
  if (paths.length === 0) return []
  return (await incoming.readResponses(paths)) ?? []
}
