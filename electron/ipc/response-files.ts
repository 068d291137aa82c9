import i18next from 'i18next'
import type { z } from 'zod'
import { describeIoError } from '../storage/assessment-repository'
import { safeFileName, type FileAccess } from '../files/file-access'
import {
  RESPONSE_FILE_FORMAT,
  RESPONSE_FILE_MAX_BYTES,
  RESPONSE_FILE_VERSION,
  responseFileSchema,
  type OpenedResponseFile,
  type ResponseFile,
} from '../../common/contract/response-file-schema'
import { AppError } from './app-error'
import { schemaMessage } from './schema-message'

const filters = () => [{ name: i18next.t('main:filters.responses'), extensions: ['json'] }]
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

export async function openResponseFiles(files: FileAccess): Promise<OpenedResponseFile[]> {
  const paths = await files.chooseOpenPaths({ title: i18next.t('main:dialogs.importResponses'), filters: filters(), multiple: true })
  return Promise.all(paths.map((path) => readResponseFile(files, path)))
}

/** Reads and checks one file; every way it can be wrong becomes a sentence naming the problem. */
export async function readResponseFile(files: FileAccess, path: string): Promise<OpenedResponseFile> {
  const refuse = (error: string): OpenedResponseFile => ({ ok: false, path, error })
  let text: string
  try {
    text = await files.readText(path, RESPONSE_FILE_MAX_BYTES)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EFBIG') return refuse(i18next.t('main:responses.tooLarge', { size: RESPONSE_FILE_MAX_BYTES / 1024 / 1024 }))
    return refuse(i18next.t('main:responses.unreadable', { problem: describeIoError(error) }))
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return refuse(i18next.t('main:responses.notJson'))
  }
  const header = data as { format?: unknown; formatVersion?: unknown } | null
  if (!header || typeof header !== 'object' || header.format !== RESPONSE_FILE_FORMAT) {
    return refuse(i18next.t('main:responses.notResponseFile'))
  }
  if (typeof header.formatVersion === 'number' && header.formatVersion > RESPONSE_FILE_VERSION) {
    return refuse(i18next.t('main:responses.newer'))
  }
  const parsed = responseFileSchema.safeParse(data)
  if (!parsed.success) return refuse(i18next.t('main:responses.invalid', { problem: describeIssue(parsed.error) }))
  return { ok: true, path, file: parsed.data }
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return i18next.t('main:responses.unknownProblem')
  const problem = schemaMessage(issue) ?? issue.message
  return issue.path.length > 0 ? i18next.t('main:issue.fieldProblem', { field: issue.path.map(String).join('.'), problem }) : problem
}
