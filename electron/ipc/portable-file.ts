import { randomUUID } from 'node:crypto'
import i18next from 'i18next'
import type { z } from 'zod'
import type { Framework } from '../../common/domain/framework'
import { safeFileName, type FileAccess } from '../files/file-access'
import { describeIoError, type AssessmentRepository } from '../storage/assessment-repository'
import { AppError } from './app-error'
import { assessmentSchema, type Assessment } from '../../common/contract/assessment-schema'
import { toCsv } from './csv-export'
import { bundledFrameworks } from './known-frameworks'
import {
  ASSESSMENT_FILE_FORMAT,
  ASSESSMENT_FILE_MAX_BYTES,
  ASSESSMENT_FILE_EXTENSION,
  ASSESSMENT_FILE_VERSION,
  portableFileHeaderSchema,
  type OpenChoice,
  type OpenFileResult,
  type PortableAssessmentFile,
} from '../../common/contract/portable-file-schema'
import { RESPONSE_FILE_FORMAT } from '../../common/contract/response-file-schema'
import { schemaMessage } from './schema-message'
import { ASSESSMENT_SCHEMA_VERSION, type AssessmentSummary } from '../../common/contract/schemas'

/**
 * Portable assessment files (`.panorama`) and the CSV export: building them, and reading a
 * file someone hands you so thoroughly that nothing changes unless all of it is right. Pure apart
 * from the FileAccess and repository it is given, so the tests run it against a temporary folder.
 */

/** Deeper than any Panorama file nests (a RADAR attribute score sits 8 levels down). */
export const MAX_NESTING = 12
/** Keys that reach an object's prototype; Panorama never writes them, so a file that has one is refused. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype']
/** Validated documents waiting for "Replace it" / "Keep both"; the oldest is dropped past this. */
const MAX_PENDING = 8

// Dialog filters take extensions without the dot, matched on the last part: 'json' keeps old .panorama.json files visible.
const saveAssessmentFilters = () => [{ name: i18next.t('main:filters.assessment'), extensions: ['panorama'] }]
const openAssessmentFilters = () => [{ name: i18next.t('main:filters.assessment'), extensions: ['panorama', 'json'] }]

export type ReadResult = { ok: true; file: PortableAssessmentFile } | { ok: false; message: string }

export interface PortableFileDeps {
  repository: AssessmentRepository
  files: FileAccess
  /** The frameworks this build knows (default: the bundled files). */
  frameworks?: () => readonly Framework[]
  now?: () => Date
  newToken?: () => string
  /** Told of every file opened or exported, for the recent-documents lists. */
  onRecentFile?: (file: string) => void
}

/** The four handlers' bodies. Opened documents wait here, in memory, under a random token. */
export function createPortableFiles(deps: PortableFileDeps) {
  const frameworks = deps.frameworks ?? bundledFrameworks
  const now = deps.now ?? (() => new Date())
  const newToken = deps.newToken ?? randomUUID
  const pending = new Map<string, { document: Assessment; path: string }>()

  const opened = (assessment: Assessment): OpenFileResult => ({ status: 'opened', assessment: summaryOf(assessment) })

  /** The title of what is stored under this id, or null if nothing is. */
  function storedTitle(id: string): string | null {
    try {
      return deps.repository.get(id).title
    } catch (error) {
      if (error instanceof AppError && error.code === 'not-found') return null
      // A stored file that cannot be read (damaged, or from a newer Panorama) still occupies the id.
      return i18next.t('main:openFile.unreadableStored')
    }
  }

  return {
    async exportAssessmentFile(id: string): Promise<{ saved: boolean; path?: string }> {
      const assessment = deps.repository.get(id)
      const file = buildPortableFile(assessment, frameworks(), now())
      const result = await saveText(deps.files, {
        title: i18next.t('main:dialogs.exportAssessment'),
        defaultName: `${safeFileName(assessment.title)}${ASSESSMENT_FILE_EXTENSION}`,
        filters: saveAssessmentFilters(),
        content: `${JSON.stringify(file, null, 2)}\n`,
        failed: (problem) => i18next.t('main:export.assessmentNotSaved', { problem }),
      })
      if (result.path) deps.onRecentFile?.(result.path)
      return result
    },

    async exportCsv(id: string): Promise<{ saved: boolean; path?: string }> {
      const assessment = deps.repository.get(id)
      return saveText(deps.files, {
        title: i18next.t('main:dialogs.exportCsv'),
        defaultName: `${safeFileName(assessment.title)}.csv`,
        filters: [{ name: i18next.t('main:filters.csv'), extensions: ['csv'] }],
        content: toCsv(assessment, frameworks()),
        failed: (problem) => i18next.t('main:export.csvNotSaved', { problem }),
      })
    },

    async openAssessmentFile(): Promise<OpenFileResult> {
      const [path] = await deps.files.chooseOpenPaths({
        title: i18next.t('main:dialogs.openAssessment'),
        filters: openAssessmentFilters(),
        multiple: false,
        purpose: 'assessment',
      })
      if (!path) return { status: 'cancelled' }
      return this.openFromPath(path)
    },

    /** Opens a file main already knows the path of (the recent list), with every check of Open file…. */
    async openFromPath(path: string): Promise<OpenFileResult> {
      const read = await readPortableFile(deps.files, path, frameworks())
      if (!read.ok) return { status: 'refused', message: read.message }
      const document = read.file.assessment
      const existingTitle = storedTitle(document.id)
      if (existingTitle === null) {
        const result = opened(deps.repository.createFromDocument(document, { id: 'keep' }))
        deps.onRecentFile?.(path)
        return result
      }
      const token = newToken()
      pending.set(token, { document, path })
      while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!)
      return { status: 'exists', token, title: document.title, existingTitle }
    },

    resolveOpenedFile(token: string, choice: OpenChoice): OpenFileResult {
      const waiting = pending.get(token)
      if (!waiting) {
        return { status: 'refused', message: i18next.t('main:openFile.noLongerWaiting') }
      }
      const { document, path } = waiting
      let result: OpenFileResult
      if (choice === 'cancel') result = { status: 'cancelled' }
      else if (choice === 'replace') result = opened(deps.repository.createFromDocument(document, { id: 'keep', replace: true }))
      else result = opened(deps.repository.createFromDocument({ ...document, title: importedTitle(document.title) }, { id: 'new' }))
      // Only now: if the write failed, the same choice can be tried again.
      pending.delete(token)
      if (result.status === 'opened') deps.onRecentFile?.(path)
      return result
    },

    /** For tests: how many opened files are waiting for an answer. */
    pendingCount: () => pending.size,
  }
}

export type PortableFiles = ReturnType<typeof createPortableFiles>

/** "Keep both": the copy's title says where it came from, within the 200-character limit. */
export function importedTitle(title: string): string {
  const added = i18next.t('main:openFile.importedTitle', { title: '' }).length
  return i18next.t('main:openFile.importedTitle', { title: title.slice(0, 200 - added).trimEnd() })
}

export function buildPortableFile(assessment: Assessment, frameworks: readonly Framework[], at: Date): PortableAssessmentFile {
  const used = [...assessment.frameworks, ...Object.keys(assessment.responses).filter((id) => !assessment.frameworks.includes(id))]
  return {
    format: ASSESSMENT_FILE_FORMAT,
    formatVersion: ASSESSMENT_FILE_VERSION,
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    exportedAt: at.toISOString(),
    frameworks: used.map((id) => ({ id, edition: frameworks.find((f) => f.id === id)?.edition ?? '' })),
    assessment,
  }
}

async function saveText(
  files: FileAccess,
  options: { title: string; defaultName: string; filters: { name: string; extensions: string[] }[]; content: string; failed: (problem: string) => string },
): Promise<{ saved: boolean; path?: string }> {
  const target = await files.chooseSavePath({ title: options.title, defaultName: options.defaultName, filters: options.filters })
  if (!target) return { saved: false }
  try {
    await files.writeText(target, options.content)
  } catch (error) {
    throw new AppError('storage-failed', options.failed(describeIoError(error)))
  }
  return { saved: true, path: target }
}

/**
 * Reads and checks a portable assessment file, in an order that puts the cheapest and the most
 * telling checks first: size (before reading), JSON, prototype keys and nesting, what kind of
 * file it is, its version, its header, the frameworks it names, duplicate ids, and finally every
 * field of the assessment. Every refusal is one sentence naming the field and ends by saying that
 * nothing changed; it never throws.
 */
export async function readPortableFile(files: FileAccess, path: string, frameworks: readonly Framework[]): Promise<ReadResult> {
  const refuse = (detail: string): ReadResult => ({ ok: false, message: i18next.t('main:openFile.cannotOpen', { detail }) })
  let text: string
  try {
    text = await files.readText(path, ASSESSMENT_FILE_MAX_BYTES)
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'EFBIG') {
      return refuse(i18next.t('main:openFile.tooLarge', { size: ASSESSMENT_FILE_MAX_BYTES / 1024 / 1024 }))
    }
    return refuse(i18next.t('main:openFile.unreadable', { problem: readProblem(error) }))
  }
  try {
    return checkPortableFile(text, frameworks)
  } catch {
    // Every check above is written not to throw; this is the last guard, so a file can never crash the handler.
    return refuse(i18next.t('main:openFile.noSense'))
  }
}

function readProblem(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'EACCES':
    case 'EPERM':
      return i18next.t('main:openFile.noPermission')
    case 'ENOENT':
      return i18next.t('main:openFile.gone')
    case 'EISDIR':
      return i18next.t('main:openFile.folder')
    default:
      return error instanceof Error ? error.message.replace(/\.$/, '') : String(error)
  }
}

/** The checks of `readPortableFile` on text already read. */
export function checkPortableFile(text: string, frameworks: readonly Framework[]): ReadResult {
  const refuse = (detail: string): ReadResult => ({ ok: false, message: i18next.t('main:openFile.cannotOpen', { detail: detail.slice(0, 1500) }) })
  let data: unknown
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    return refuse(i18next.t('main:openFile.notJson'))
  }

  const shape = checkShape(data)
  if (shape) return refuse(shape)

  if (!isRecord(data) || (data.format !== ASSESSMENT_FILE_FORMAT && data.format !== RESPONSE_FILE_FORMAT)) {
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

  const known = new Map(frameworks.map((framework) => [framework.id, framework]))
  const problem = checkFrameworks(header.data.frameworks, assessment, known) ?? checkIds(assessment)
  if (problem) return refuse(problem)

  const parsed = assessmentSchema.safeParse(assessment)
  if (!parsed.success) return refuse(describeIssue(parsed.error, assessment, ['assessment']))
  return { ok: true, file: { ...header.data, assessment: parsed.data } }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isNewer = (value: unknown, current: number) => typeof value === 'number' && value > current
const clip = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value)
/** A field's path as the message shows it, e.g. `assessment.responses.iso-9001-2015.4.1`; a long key is clipped. */
const where = (path: readonly (string | number)[]) => (path.length ? path.map((part) => clip(String(part))).join('.') : i18next.t('main:openFile.topLevel'))
const quoted = (value: string) => i18next.t('main:openFile.quoted', { value: clip(value) })

/**
 * Walks the whole parsed value without recursion (so a hostile file cannot exhaust the stack):
 * refuses keys that reach a prototype, wherever they are, and nesting deeper than any real file.
 * JSON.parse itself makes `__proto__` an ordinary own key, so nothing is polluted by parsing;
 * this makes sure no later step ever sees one.
 */
function checkShape(root: unknown): string | null {
  const stack: Array<{ value: unknown; path: string[] }> = [{ value: root, path: [] }]
  while (stack.length > 0) {
    const { value, path } = stack.pop()!
    if (typeof value !== 'object' || value === null) continue
    if (path.length > MAX_NESTING) return i18next.t('main:openFile.tooDeep', { field: where(path.slice(0, MAX_NESTING + 1)) })
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], path: [...path, String(index)] })
      continue
    }
    const keys = Object.keys(value)
    for (const key of keys) {
      if (FORBIDDEN_KEYS.includes(key)) {
        return i18next.t('main:openFile.forbiddenKey', { key: quoted(key), field: where(path) })
      }
    }
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] })
    }
  }
  return null
}

function checkFrameworks(listed: Array<{ id: string }>, assessment: Record<string, unknown>, known: Map<string, Framework>): string | null {
  const knownList = [...known.keys()].join(', ')
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

// zod's type names, as a message says them (a record is an object to the user); an unlisted type keeps zod's name.
const typeKeys = { string: 'string', number: 'number', int: 'int', boolean: 'boolean', object: 'object', record: 'object', array: 'array', null: 'null' } as const

const typeName = (expected: string) =>
  Object.hasOwn(typeKeys, expected) ? i18next.t(`main:issue.types.${typeKeys[expected as keyof typeof typeKeys]}`) : expected

/** Turns the first problem zod found into words that name the field, e.g. `assessment.title must not be empty`. */
function describeIssue(error: z.ZodError, root: unknown, prefix: readonly string[]): string {
  const issue = error.issues[0]
  if (!issue) return i18next.t('main:issue.invalid')
  const path = [...prefix, ...issue.path.map(String)]
  const field = where(path)
  // The schema's own message where it has one; zod's generic wording is replaced by a sentence of ours.
  const own = schemaMessage(issue)
  const stated = (problem: string) => i18next.t('main:issue.fieldProblem', { field, problem })
  if (issue.code === 'invalid_type' && valueAt(root, issue.path) === undefined) return i18next.t('main:issue.missing', { field })
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 5).map((key) => quoted(key)).join(', ') + (issue.keys.length > 5 ? ' …' : '')
      return i18next.t('main:issue.unknownFields', { field: path.length ? field : i18next.t('main:issue.theFile'), keys, count: issue.keys.length })
    }
    case 'invalid_key': {
      const at = where(path.slice(0, -1))
      const key = quoted(path[path.length - 1] ?? '')
      const reason = issue.issues[0] ? schemaMessage(issue.issues[0]) : null
      return reason ? i18next.t('main:issue.keyNotAllowedBecause', { field: at, key, reason }) : i18next.t('main:issue.keyNotAllowed', { field: at, key })
    }
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? i18next.t('main:issue.oneOf', { field, options: issue.options.map(String).join(', ') })
        : i18next.t('main:issue.fieldNotValid', { field })
    case 'invalid_type':
      return own ? stated(own) : i18next.t('main:issue.mustBe', { field, what: typeName(issue.expected) })
    case 'invalid_value': {
      const [first = '', ...others] = issue.values.map((value) => JSON.stringify(value))
      const what = others.reduce((either, second) => i18next.t('main:issue.either', { first: either, second }), first)
      return own ? stated(own) : i18next.t('main:issue.mustBe', { field, what })
    }
    case 'too_big':
      return own ? stated(own) : i18next.t(issue.origin === 'string' ? 'main:issue.atMostCharacters' : 'main:issue.atMostEntries', { field, max: String(issue.maximum) })
    case 'too_small':
      return own ? stated(own) : i18next.t(issue.origin === 'string' ? 'main:issue.atLeastCharacters' : 'main:issue.atLeastEntries', { field, min: String(issue.minimum) })
    default:
      return own ? stated(own) : i18next.t('main:issue.fieldNotValid', { field })
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

function summaryOf({ id, title, createdAt, updatedAt }: Assessment): AssessmentSummary {
  return { id, title, createdAt, updatedAt }
}
