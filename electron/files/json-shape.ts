/**
 * The cheap look at a JSON text before anything parses it. `JSON.parse` builds every value of
 * a file at once: 20 MB of `[0,0,0,…]` becomes ten million array slots, and a million keys a
 * million properties, before any check can say the file is not an assessment. One pass over
 * the characters, allocating nothing per value, finds the shapes no Panorama file has (a top
 * level that is not an object, nesting deeper than any real file, a list or map far longer than
 * any real one, or far more values in all) and stops at the first. Pure, so the file worker and
 * the tests share it.
 */

export interface ShapeLimits {
  /** Containers may sit this many levels below the top-level object, and no deeper. */
  maxNesting: number
  /** Entries (list items or keys) in any one list or object. */
  maxEntries: number
  /** Values in the whole file. */
  maxValues: number
}

export type ShapeProblem =
  | { kind: 'empty' }
  /** Cannot be JSON at all: the first character begins no JSON value. */
  | { kind: 'not-json' }
  /** JSON whose top level is not an object (a list, a string, a number, true, false, null). */
  | { kind: 'not-object' }
  /** `path` leads to the first container nested deeper than `maxNesting`. */
  | { kind: 'too-deep'; path: Array<string | number> }
  | { kind: 'too-many-entries'; path: Array<string | number>; max: number }
  | { kind: 'too-many-values'; max: number }

const SPACE = 0x20
const TAB = 0x09
const LF = 0x0a
const CR = 0x0d
const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const COLON = 0x3a
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_LIST = 0x5b
const CLOSE_LIST = 0x5d

const isSpace = (code: number) => code === SPACE || code === LF || code === CR || code === TAB
/** `"`, `[`, `-`, a digit, or the first letter of true, false and null. */
const beginsValue = (code: number) =>
  code === QUOTE || code === OPEN_LIST || code === 0x2d || (code >= 0x30 && code <= 0x39) || code === 0x74 || code === 0x66 || code === 0x6e

/**
 * The first shape problem in `text`, or null. Not a JSON validator: brackets that do not match
 * and other syntax errors are left to `JSON.parse`, which only ever sees text that passed here.
 */
export function findShapeProblem(text: string, limits: ShapeLimits): ShapeProblem | null {
  const length = text.length
  let index = 0
  while (index < length && isSpace(text.charCodeAt(index))) index++
  if (index === length) return { kind: 'empty' }
  const first = text.charCodeAt(index)
  if (first !== OPEN_OBJECT) return beginsValue(first) ? { kind: 'not-object' } : { kind: 'not-json' }

  // One slot per open container, the top level at depth 1; a key is kept as its place in the text, read only for a message.
  const slots = limits.maxNesting + 2
  const isObject = new Uint8Array(slots)
  const awaitingFirst = new Uint8Array(slots)
  const expectingKey = new Uint8Array(slots)
  const entries = new Float64Array(slots)
  const keyStart = new Int32Array(slots)
  const keyEnd = new Int32Array(slots)
  let depth = 0
  let values = 1

  const pathTo = (level: number): Array<string | number> => {
    const path: Array<string | number> = []
    for (let at = 1; at < level; at++) path.push(isObject[at] ? keyText(text, keyStart[at]!, keyEnd[at]!) : entries[at]! - 1)
    return path
  }
  /** Counts a value that begins the current container's first entry; false once a limit is passed. */
  const firstEntry = (): boolean => {
    if (depth === 0 || !awaitingFirst[depth]) return true
    awaitingFirst[depth] = 0
    entries[depth] = 1
    return ++values <= limits.maxValues
  }

  for (; index < length; index++) {
    const code = text.charCodeAt(index)
    if (code === QUOTE) {
      const start = index
      index = closingQuote(text, index)
      if (!firstEntry()) return { kind: 'too-many-values', max: limits.maxValues }
      if (depth > 0 && expectingKey[depth]) {
        expectingKey[depth] = 0
        keyStart[depth] = start
        keyEnd[depth] = index + 1
      }
    } else if (code === OPEN_OBJECT || code === OPEN_LIST) {
      if (!firstEntry()) return { kind: 'too-many-values', max: limits.maxValues }
      depth++
      if (depth > limits.maxNesting + 1) return { kind: 'too-deep', path: pathTo(depth) }
      isObject[depth] = code === OPEN_OBJECT ? 1 : 0
      expectingKey[depth] = isObject[depth]!
      awaitingFirst[depth] = 1
      entries[depth] = 0
    } else if (code === CLOSE_OBJECT || code === CLOSE_LIST) {
      if (depth > 0) depth--
    } else if (code === COMMA) {
      if (depth === 0) continue
      entries[depth] = entries[depth]! + 1
      if (entries[depth]! > limits.maxEntries) return { kind: 'too-many-entries', path: pathTo(depth), max: limits.maxEntries }
      if (++values > limits.maxValues) return { kind: 'too-many-values', max: limits.maxValues }
      if (isObject[depth]) expectingKey[depth] = 1
    } else if (code !== COLON && !isSpace(code)) {
      // The first character of a number, true, false or null.
      if (!firstEntry()) return { kind: 'too-many-values', max: limits.maxValues }
    }
  }
  return null
}

/** The index of the quote that closes the string opening at `open` (the text's length if none does). */
function closingQuote(text: string, open: number): number {
  let from = open + 1
  for (;;) {
    const quote = text.indexOf('"', from)
    if (quote === -1) return text.length
    let backslashes = 0
    while (quote - backslashes - 1 > open && text.charCodeAt(quote - backslashes - 1) === BACKSLASH) backslashes++
    if (backslashes % 2 === 0) return quote
    from = quote + 1
  }
}

/** A key as the file means it (escapes resolved), or its raw text if it does not parse. */
function keyText(text: string, start: number, end: number): string {
  const raw = text.slice(start, end)
  try {
    const key: unknown = JSON.parse(raw)
    return typeof key === 'string' ? key : raw
  } catch {
    return raw
  }
}
