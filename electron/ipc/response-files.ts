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
} from './response-file-schema'
import { AppError } from './app-error'

const filters = [{ name: 'Panorama response file', extensions: ['json'] }]
export const RESPONSE_FILE_SUFFIX = '.panorama-responses.json'

export async function exportResponseFile(files: FileAccess, file: ResponseFile, suggestedName: string) {
  const target = await files.chooseSavePath({
    title: 'Export participant responses',
    defaultName: `${safeFileName(suggestedName)}${RESPONSE_FILE_SUFFIX}`,
    filters,
  })
  if (!target) return { saved: false }
  try {
    await files.writeText(target, `${JSON.stringify(file, null, 2)}\n`)
  } catch (error) {
    throw new AppError('storage-failed', `The response file could not be written: ${describeIoError(error)} Nothing else was changed.`)
  }
  return { saved: true, path: target }
}

export async function openResponseFiles(files: FileAccess): Promise<OpenedResponseFile[]> {
  const paths = await files.chooseOpenPaths({ title: 'Import participant responses', filters, multiple: true })
  return Promise.all(paths.map((path) => readResponseFile(files, path)))
}

/** Reads and checks one file; every way it can be wrong becomes a sentence naming the problem. */
export async function readResponseFile(files: FileAccess, path: string): Promise<OpenedResponseFile> {
  const refuse = (error: string): OpenedResponseFile => ({ ok: false, path, error })
  let text: string
  try {
    text = await files.readText(path, RESPONSE_FILE_MAX_BYTES)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EFBIG') return refuse(`The file is larger than ${RESPONSE_FILE_MAX_BYTES / 1024 / 1024} MB, so it is not a response file.`)
    return refuse(`The file could not be read: ${describeIoError(error)}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return refuse('The file is not valid JSON, so it is not a Panorama response file (it may be damaged or incomplete).')
  }
  const header = data as { format?: unknown; formatVersion?: unknown } | null
  if (!header || typeof header !== 'object' || header.format !== RESPONSE_FILE_FORMAT) {
    return refuse('This is not a Panorama participant response file.')
  }
  if (typeof header.formatVersion === 'number' && header.formatVersion > RESPONSE_FILE_VERSION) {
    return refuse('This response file was made by a newer version of Panorama. Update Panorama to import it.')
  }
  const parsed = responseFileSchema.safeParse(data)
  if (!parsed.success) return refuse(`The response file is not valid: ${describeIssue(parsed.error)}.`)
  return { ok: true, path, file: parsed.data }
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'unknown problem'
  return issue.path.length > 0 ? `${issue.path.map(String).join('.')} ${issue.message}` : issue.message
}
