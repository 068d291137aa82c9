import type { Assessment } from '../../common/contract/assessment-schema'
import { ASSESSMENT_FILE_MAX_BYTES } from '../../common/contract/portable-file-schema'
import { fullAssessment } from './full-assessment'
import { portableFileOf } from './portable-fixture'

/**
 * Files of the worst shapes that fit under the 20 MB limit, for the tests and the bench. Each
 * sits inside a real header, so only the look at the text before parsing stands between it and
 * `JSON.parse`. Built with `repeat`, so making one costs a few milliseconds.
 */

/** Just under the limit, so the size check lets every one of them through. */
export const JUST_UNDER = ASSESSMENT_FILE_MAX_BYTES - 1024

const header = '{"format":"panorama-assessment","formatVersion":1,"schemaVersion":1,"exportedAt":"2026-06-01T09:30:00.000Z","frameworks":[],"assessment":'

/** `[0,0,0,…]`: ten million list items, here as the assessment's notes. */
export function wideArrayFile(bytes = JUST_UNDER): string {
  const open = `${header}{"notes":[`
  const count = Math.floor((bytes - open.length - 4) / 2)
  return `${open}${'0,'.repeat(count)}0]}}`
}

/** The same list at the top level, with no header at all: the first character is enough. */
export function topLevelArrayFile(bytes = JUST_UNDER): string {
  return `[${'0,'.repeat(Math.floor((bytes - 3) / 2))}0]`
}

/** About 1.9 million keys in one object. */
export function manyKeysFile(bytes = JUST_UNDER): string {
  const parts: string[] = [`${header}{`]
  let length = parts[0]!.length
  for (let index = 0; length < bytes - 16; index++) {
    const part = `"k${index}":0,`
    parts.push(part)
    length += part.length
  }
  parts.push('"end":0}}')
  return parts.join('')
}

/** Over a million keys in objects of 4,000 each: no one object is too long, only the whole file. */
export function spreadKeysFile(bytes = JUST_UNDER): string {
  const group = Array.from({ length: 4000 }, (_, index) => `"k${index}":0`).join(',')
  const parts: string[] = [`${header}{`]
  let length = parts[0]!.length
  for (let index = 0; length + group.length + 16 < bytes; index++) {
    const part = `"g${index}":{${group}},`
    parts.push(part)
    length += part.length
  }
  parts.push('"end":0}}')
  return parts.join('')
}

/** Ten million brackets deep. */
export function deepFile(bytes = JUST_UNDER): string {
  const open = `${header}{"notes":`
  const depth = Math.floor((bytes - open.length - 4) / 2)
  return `${open}${'['.repeat(depth)}${']'.repeat(depth)}}}`
}

/**
 * A valid portable file of about `bytes` (both frameworks, 100 people, every RADAR attribute,
 * long notes from everyone): as large as a real file can be, to time the whole check.
 */
export function largeValidFile(bytes = 19 * 1024 * 1024, id = '33333333-3333-4333-8333-333333333333'): { text: string; document: Assessment } {
  const document = fullAssessment(id, 100, { efqmVotes: 'radar' })
  const people = document.participants.map((p) => p.id)
  const items = Object.values(document.responses).flatMap((items) => Object.values(items))
  const base = JSON.stringify(document).length
  const noteLength = Math.min(5000, Math.max(1, Math.floor((bytes - base - 2000) / (items.length * people.length) - 10)))
  const note = 'Seen in the minutes, the plan and the measures; discussed at length in the workshop. '.repeat(Math.ceil(noteLength / 84)).slice(0, noteLength)
  for (const item of items) item.notes = Object.fromEntries(people.map((p) => [p, note]))
  const file = portableFileOf(document)
  return { text: JSON.stringify(file), document }
}
