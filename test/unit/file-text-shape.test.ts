import { describe, expect, it } from 'vitest'
import { decodeText } from '../../electron/files/decode-text'
import { findShapeProblem } from '../../electron/files/json-shape'

const limits = { maxNesting: 3, maxEntries: 4, maxValues: 12 }

describe('decoding a file’s bytes', () => {
  const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'))

  it('reads UTF-8, with or without its byte-order mark', () => {
    expect(decodeText(utf8('{"city":"Zürich"}'))).toEqual({ ok: true, text: '{"city":"Zürich"}', encoding: 'utf-8' })
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a":1}')]))).toEqual({ ok: true, text: '{"a":1}', encoding: 'utf-8' })
  })

  it('reads UTF-16 with a byte-order mark, either way round', () => {
    const le = Buffer.from('{"city":"Zürich ✓"}', 'utf16le')
    const be = Buffer.from(le)
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!]
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]))).toEqual({ ok: true, text: '{"city":"Zürich ✓"}', encoding: 'utf-16le' })
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ ok: true, text: '{"city":"Zürich ✓"}', encoding: 'utf-16be' })
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x7b]))).toEqual({ ok: false, problem: 'bad-utf16', encoding: 'utf-16le' })
  })

  it('names the likely encoding of text that is not UTF-8', () => {
    expect(decodeText(new Uint8Array(Buffer.from('{"city":"Zürich"}', 'latin1')))).toEqual({ ok: false, problem: 'not-utf8', likely: 'windows-1252' })
    // Windows-1252's curly quotes (0x93, 0x94) are not Latin-1 letters, but still the same guess.
    expect(decodeText(new Uint8Array([0x7b, 0x22, 0x93, 0x61, 0x94, 0x22, 0x7d]))).toEqual({ ok: false, problem: 'not-utf8', likely: 'windows-1252' })
    expect(decodeText(new Uint8Array([...utf8('{"a":"ü'), 0xfc, ...utf8('"}')]))).toEqual({ ok: false, problem: 'not-utf8', likely: 'mixed' })
    expect(decodeText(new Uint8Array(Buffer.from('{"a":1}', 'utf16le')))).toEqual({ ok: false, problem: 'not-utf8', likely: 'utf-16le' })
    expect(decodeText(new Uint8Array([0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x7b]))).toEqual({ ok: false, problem: 'not-utf8', likely: 'utf-32' })
  })

  it('calls bytes with NULs or control codes scattered through them binary', () => {
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))).toEqual({ ok: false, problem: 'binary' })
    expect(decodeText(new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x01 : 0xe9))))).toEqual({ ok: false, problem: 'binary' })
  })
})

describe('the look at a JSON text before it is parsed', () => {
  it('lets through what a real file looks like', () => {
    expect(findShapeProblem('  {"a":[1,2,{"b":"x,[{\\"y"}],"c":null}\n', limits)).toBeNull()
    expect(findShapeProblem('{"a":{"b":{"c":[]}}}', limits)).toBeNull()
  })

  it('names an empty text, one that is not JSON, and JSON that is not an object', () => {
    expect(findShapeProblem(' \n\t', limits)).toEqual({ kind: 'empty' })
    expect(findShapeProblem('<html>', limits)).toEqual({ kind: 'not-json' })
    for (const text of ['[1]', '"x"', '-1', '7', 'true', 'false', 'null']) expect(findShapeProblem(text, limits)).toEqual({ kind: 'not-object' })
  })

  it('finds nesting past the limit and says where, keys unescaped and list positions counted', () => {
    expect(findShapeProblem('{"a":{"b\\u0021":[0,[[1]]]}}', limits)).toEqual({ kind: 'too-deep', path: ['a', 'b!', 1, 0] })
    // Brackets inside strings are text, not nesting.
    expect(findShapeProblem('{"a":"[[[[[[[[[[","b":"\\"[[[[[[["}', limits)).toBeNull()
  })

  it('finds a list or object with too many entries, and too many values in all', () => {
    expect(findShapeProblem('{"a":[1,2,3,4]}', limits)).toBeNull()
    expect(findShapeProblem('{"a":[1,2,3,4,5]}', limits)).toEqual({ kind: 'too-many-entries', path: ['a'], max: 4 })
    expect(findShapeProblem('{"a":1,"b":2,"c":3,"d":4,"e":5}', limits)).toEqual({ kind: 'too-many-entries', path: [], max: 4 })
    expect(findShapeProblem('{"a":[1,2,3],"b":[1,2,3],"c":[1,2,3]}', limits)).toEqual({ kind: 'too-many-values', max: 12 })
  })

  it('stops at the first problem, so ten million brackets cost no more than a few', () => {
    const deep = `{"a":${'['.repeat(10_000_000)}`
    // Reading a character makes V8 flatten the joined string first; that copy is not the scan's cost.
    expect(deep.charCodeAt(deep.length - 1)).toBe(0x5b)
    const started = performance.now()
    expect(findShapeProblem(deep, limits)).toEqual({ kind: 'too-deep', path: ['a', 0, 0, 0] })
    expect(performance.now() - started).toBeLessThan(50)
  })
})
