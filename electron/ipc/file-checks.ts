import i18next from 'i18next'
import type { z } from 'zod'
import type { DecodedText, LikelyEncoding } from '../files/decode-text'
import { findShapeProblem, type ShapeLimits } from '../files/json-shape'
import { schemaMessage } from './schema-message'

/**
 * What assessment files and participant response files share on their way in: the structural
 * limits, the parse that comes only after them, the walk for prototype keys, and the words for
 * each problem. No I/O and no Electron: it runs in the file worker.
 */

/** Deeper than any Panorama file nests (a RADAR attribute score sits 8 levels down). */
export const MAX_NESTING = 12
/** Keys that reach an object's prototype; Panorama never writes them, so a file that has one is refused. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype']
/**
 * Far beyond any real file, far below what would strain the checker: the longest list the
 * assessment schema allows is 1,000 actions, and a workshop of 100 people with every RADAR
 * attribute scored holds about 51,000 values.
 */
export const SHAPE_LIMITS: ShapeLimits = { maxNesting: MAX_NESTING, maxEntries: 5_000, maxValues: 500_000 }

export type ParsedJson =
  | { ok: true; data: Record<string, unknown> }
  /** Cases each kind of file words its own way. */
  | { ok: false; reason: 'empty' | 'not-json' | 'not-object' }
  /** Anything else, as a phrase such as "it is nested more deeply than any Panorama file, at …". */
  | { ok: false; reason: 'shape'; detail: string }

/**
 * Cheap structural checks, then `JSON.parse`, then a walk for prototype keys. The walk may
 * recurse: the shape check has already refused anything nested deeper than MAX_NESTING.
 * JSON.parse itself makes `__proto__` an ordinary own key, so nothing is polluted by parsing;
 * the walk makes sure no later step ever sees one.
 */
export function parseJsonSafely(text: string): ParsedJson {
  const shape = findShapeProblem(text, SHAPE_LIMITS)
  if (shape) {
    switch (shape.kind) {
      case 'empty':
      case 'not-json':
      case 'not-object':
        return { ok: false, reason: shape.kind }
      case 'too-deep':
        return { ok: false, reason: 'shape', detail: i18next.t('main:openFile.tooDeep', { field: where(shape.path) }) }
      case 'too-many-entries':
        return { ok: false, reason: 'shape', detail: i18next.t('main:incoming.tooManyEntries', { field: where(shape.path), max: shape.max.toLocaleString(i18next.language) }) }
      case 'too-many-values':
        return { ok: false, reason: 'shape', detail: i18next.t('main:incoming.tooManyValues', { max: shape.max.toLocaleString(i18next.language) }) }
    }
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'not-json' }
  }
  if (!isRecord(data)) return { ok: false, reason: 'not-object' }
  const path: Array<string | number> = []
  const forbidden = findForbiddenKey(data, path)
  if (forbidden) return { ok: false, reason: 'shape', detail: forbidden }
  return { ok: true, data }
}

/** The first key that reaches a prototype, as a phrase naming where it is; `path` is one array, reused all the way down. */
function findForbiddenKey(value: unknown, path: Array<string | number>): string | null {
  if (typeof value !== 'object' || value === null) return null
  if (path.length > MAX_NESTING) return i18next.t('main:openFile.tooDeep', { field: where(path.slice(0, MAX_NESTING + 1)) })
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index]
      if (typeof item !== 'object' || item === null) continue
      path.push(index)
      const found = findForbiddenKey(item, path)
      path.pop()
      if (found) return found
    }
    return null
  }
  const keys = Object.keys(value)
  for (const key of keys) {
    if (FORBIDDEN_KEYS.includes(key)) return i18next.t('main:openFile.forbiddenKey', { key: quoted(key), field: where(path) })
  }
  for (const key of keys) {
    const item: unknown = (value as Record<string, unknown>)[key]
    if (typeof item !== 'object' || item === null) continue
    path.push(key)
    const found = findForbiddenKey(item, path)
    path.pop()
    if (found) return found
  }
  return null
}

const encodingNames: Record<LikelyEncoding, 'windows1252' | 'mixed' | 'utf16le' | 'utf16be' | 'utf32'> = {
  'windows-1252': 'windows1252',
  mixed: 'mixed',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  'utf-32': 'utf32',
}

/** Why bytes that did not decode are not text Panorama can read, as a phrase ("it is not UTF-8 text: …"). */
export function encodingProblem(decoded: Exclude<DecodedText, { ok: true }>): string {
  switch (decoded.problem) {
    case 'binary':
      return i18next.t('main:incoming.binary')
    case 'bad-utf16':
      return i18next.t('main:incoming.badUtf16', { encoding: i18next.t(decoded.encoding === 'utf-16le' ? 'main:incoming.encodings.utf16leMarked' : 'main:incoming.encodings.utf16beMarked') })
    case 'not-utf8':
      return i18next.t('main:incoming.notUtf8', { encoding: i18next.t(`main:incoming.encodings.${encodingNames[decoded.likely]}`) })
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const clip = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value)
/** A field's path as the message shows it, e.g. `assessment.responses.iso-9001-2015.4.1`; a long key is clipped. */
export const where = (path: readonly (string | number)[]) => (path.length ? path.map((part) => clip(String(part))).join('.') : i18next.t('main:openFile.topLevel'))
export const quoted = (value: string) => i18next.t('main:openFile.quoted', { value: clip(value) })

// zod's type names, as a message says them (a record is an object to the user); an unlisted type keeps zod's name.
const typeKeys = { string: 'string', number: 'number', int: 'int', boolean: 'boolean', object: 'object', record: 'object', array: 'array', null: 'null' } as const

const typeName = (expected: string) =>
  Object.hasOwn(typeKeys, expected) ? i18next.t(`main:issue.types.${typeKeys[expected as keyof typeof typeKeys]}`) : expected

/**
 * Turns the first problem zod found into words of the catalogue that name the field, e.g.
 * `assessment.title must not be empty`; zod's own English never reaches the user.
 */
export function describeIssue(error: z.ZodError, root: unknown, prefix: readonly string[]): string {
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
