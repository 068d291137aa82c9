import i18next from 'i18next'
import { RESPONSE_FILE_FORMAT, RESPONSE_FILE_VERSION, responseFileSchema, type ResponseFile } from '../../common/contract/response-file-schema'
import { decodeText } from '../files/decode-text'
import { describeIssue, encodingProblem, parseJsonSafely } from './file-checks'

export type ResponseCheck = { ok: true; file: ResponseFile } | { ok: false; error: string }

const refuse = (error: string): ResponseCheck => ({ ok: false, error })
const cannotImport = (detail: string) => refuse(i18next.t('main:responses.cannotImport', { detail: detail.slice(0, 1500) }))

/**
 * Every check of one participant response file after it has been read, with the same first
 * steps as an assessment file: the encoding (a UTF-8 byte-order mark is fine), the shape of the
 * text before it is parsed, prototype keys anywhere (zod's records would quietly drop a
 * `__proto__` item and take the rest), then the format, its version and every field, each
 * problem in the catalogue's words. Runs in the file worker.
 */
export function checkResponseBytes(bytes: Uint8Array): ResponseCheck {
  const decoded = decodeText(bytes)
  if (!decoded.ok) return cannotImport(encodingProblem(decoded))
  return checkResponseText(decoded.text)
}

export function checkResponseText(text: string): ResponseCheck {
  const parsed = parseJsonSafely(text)
  if (!parsed.ok) {
    switch (parsed.reason) {
      case 'empty':
        return cannotImport(i18next.t('main:incoming.empty'))
      case 'not-json':
        return refuse(i18next.t('main:responses.notJson'))
      case 'not-object':
        return refuse(i18next.t('main:responses.notResponseFile'))
      case 'shape':
        return refuse(i18next.t('main:responses.invalid', { problem: parsed.detail }))
    }
  }
  const data = parsed.data
  if (data.format !== RESPONSE_FILE_FORMAT) return refuse(i18next.t('main:responses.notResponseFile'))
  if (typeof data.formatVersion === 'number' && data.formatVersion > RESPONSE_FILE_VERSION) return refuse(i18next.t('main:responses.newer'))
  const file = responseFileSchema.safeParse(data)
  if (!file.success) return refuse(i18next.t('main:responses.invalid', { problem: describeIssue(file.error, data, []) }))
  return { ok: true, file: file.data }
}
