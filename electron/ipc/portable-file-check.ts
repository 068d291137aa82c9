import i18next from 'i18next'
import { assessmentSchema } from '../../common/contract/assessment-schema'
import {
  ASSESSMENT_FILE_EXTENSION,
  ASSESSMENT_FILE_FORMAT,
  ASSESSMENT_FILE_VERSION,
  portableFileHeaderSchema,
  type PortableAssessmentFile,
} from '../../common/contract/portable-file-schema'
import { RESPONSE_FILE_FORMAT } from '../../common/contract/response-file-schema'
import { ASSESSMENT_SCHEMA_VERSION } from '../../common/contract/schemas'
import { decodeText } from '../files/decode-text'
import { describeIssue, encodingProblem, FORBIDDEN_KEYS, isRecord, parseJsonSafely, quoted, where } from './file-checks'

export type ReadResult = { ok: true; file: PortableAssessmentFile } | { ok: false; message: string }

const refuse = (detail: string): ReadResult => ({ ok: false, message: i18next.t('main:openFile.cannotOpen', { detail: detail.slice(0, 1500) }) })

/**
 * Every check of a portable assessment file after it has been read, in an order that puts the
 * cheapest and the most telling first: the encoding, the shape of the text (before anything is
 * parsed), JSON, prototype keys, what kind of file it is, its version, its header, the
 * frameworks it names, duplicate ids, and finally every field of the assessment. Every refusal
 * is one sentence naming the field and ends by saying that nothing changed; it never throws.
 * Runs in the file worker, off the main process's event loop.
 */
export function checkPortableBytes(bytes: Uint8Array, knownFrameworkIds: readonly string[]): ReadResult {
  const decoded = decodeText(bytes)
  if (!decoded.ok) return refuse(encodingProblem(decoded))
  return checkPortableFile(decoded.text, knownFrameworkIds)
}

/** The checks of `checkPortableBytes` on text already decoded. */
export function checkPortableFile(text: string, knownFrameworkIds: readonly string[]): ReadResult {
  const parsed = parseJsonSafely(text)
  if (!parsed.ok) {
    switch (parsed.reason) {
      case 'empty':
        return refuse(i18next.t('main:incoming.empty'))
      case 'not-json':
        return refuse(i18next.t('main:openFile.notJson'))
      case 'not-object':
        return refuse(i18next.t('main:openFile.notAssessment', { suffix: ASSESSMENT_FILE_EXTENSION }))
      case 'shape':
        return refuse(parsed.detail)
    }
  }
  const data = parsed.data
  if (data.format !== ASSESSMENT_FILE_FORMAT && data.format !== RESPONSE_FILE_FORMAT) {
    return refuse(i18next.t('main:openFile.notAssessment', { suffix: ASSESSMENT_FILE_EXTENSION }))
  }
  if (data.format === RESPONSE_FILE_FORMAT) {
    return refuse(i18next.t('main:openFile.responseFile'))
  }
  const assessment = isRecord(data.assessment) ? data.assessment : {}
  if (isNewer(data.formatVersion, ASSESSMENT_FILE_VERSION) || isNewer(data.schemaVersion, ASSESSMENT_SCHEMA_VERSION) || isNewer(assessment.schemaVersion, ASSESSMENT_SCHEMA_VERSION)) {
    return { ok: false, message: i18next.t('main:openFile.newer') }
  }

  const header = portableFileHeaderSchema.safeParse(data)
  if (!header.success) return refuse(describeIssue(header.error, data, []))

  const known = new Set(knownFrameworkIds)
  const problem = checkFrameworks(header.data.frameworks, assessment, known) ?? checkIds(assessment)
  if (problem) return refuse(problem)

  const document = assessmentSchema.safeParse(assessment)
  if (!document.success) return refuse(describeIssue(document.error, assessment, ['assessment']))
  return { ok: true, file: { ...header.data, assessment: document.data } }
}

const isNewer = (value: unknown, current: number) => typeof value === 'number' && value > current

function checkFrameworks(listed: Array<{ id: string }>, assessment: Record<string, unknown>, known: Set<string>): string | null {
  const knownList = [...known].join(', ')
  const unknown = (field: string, id: string) => i18next.t('main:openFile.unknownFramework', { field, id: quoted(id), known: knownList })
  const seen = new Set<string>()
  for (const [index, { id }] of listed.entries()) {
    if (!known.has(id)) return unknown(`frameworks.${index}.id`, id)
    if (seen.has(id)) return i18next.t('main:openFile.frameworkTwice', { field: `frameworks.${index}.id`, id: quoted(id) })
    seen.add(id)
  }
  if (Array.isArray(assessment.frameworks)) {
    for (const [index, id] of assessment.frameworks.entries()) {
      if (typeof id === 'string' && !known.has(id)) return unknown(`assessment.frameworks.${index}`, id)
    }
  }
  if (isRecord(assessment.responses)) {
    for (const id of Object.keys(assessment.responses)) {
      if (!known.has(id)) return i18next.t('main:openFile.unknownFrameworkAnswers', { field: where(['assessment', 'responses', id]), known: knownList })
    }
  }
  return null
}

/**
 * Ids the rest of the app looks things up by must be unique: participants, actions, and the
 * entries of each evidence, strengths and AFI list. A participant id is also a key of every
 * item's ratings and notes, so it must not be a name that reaches a prototype.
 */
function checkIds(assessment: Record<string, unknown>): string | null {
  const duplicate = (list: unknown, field: string[], message: 'participantIdTwice' | 'actionIdTwice' | 'entryIdTwice'): string | null => {
    if (!Array.isArray(list)) return null
    const seen = new Set<string>()
    for (const [index, entry] of list.entries()) {
      const id = isRecord(entry) ? entry.id : undefined
      if (typeof id !== 'string') continue
      if (seen.has(id)) return i18next.t(`main:openFile.${message}`, { field: where([...field, index, 'id']), id: quoted(id) })
      seen.add(id)
    }
    return null
  }
  if (Array.isArray(assessment.participants)) {
    for (const [index, entry] of assessment.participants.entries()) {
      const id = isRecord(entry) ? entry.id : undefined
      if (typeof id === 'string' && FORBIDDEN_KEYS.includes(id)) return i18next.t('main:openFile.forbiddenParticipantId', { field: `assessment.participants.${index}.id`, id: quoted(id) })
    }
  }
  const problem = duplicate(assessment.participants, ['assessment', 'participants'], 'participantIdTwice') ?? duplicate(assessment.actions, ['assessment', 'actions'], 'actionIdTwice')
  if (problem) return problem
  if (!isRecord(assessment.responses)) return null
  for (const [frameworkId, items] of Object.entries(assessment.responses)) {
    if (!isRecord(items)) continue
    for (const [itemId, response] of Object.entries(items)) {
      if (!isRecord(response)) continue
      for (const list of ['evidence', 'strengths', 'afis'] as const) {
        const found = duplicate(response[list], ['assessment', 'responses', frameworkId, itemId, list], 'entryIdTwice')
        if (found) return found
      }
    }
  }
  return null
}
