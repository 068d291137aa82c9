/**
 * Turns a file's bytes into text without ever guessing silently. Panorama writes UTF-8; a file
 * in another encoding would otherwise open with "Zürich" turned into "Z�rich" and be saved
 * back that way, so it is refused with the encoding it most likely is. A byte-order mark says
 * for certain: UTF-8's is skipped, and UTF-16 text with one (what Windows Notepad once wrote as
 * "Unicode") is read correctly. Pure: no I/O, so it runs in the file worker and in tests alike.
 */

/** What a refused file most likely is, for the message. */
export type LikelyEncoding = 'windows-1252' | 'mixed' | 'utf-16le' | 'utf-16be' | 'utf-32'

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { ok: false; problem: 'not-utf8'; likely: LikelyEncoding }
  /** A byte-order mark, then bytes that are not valid in that encoding. */
  | { ok: false; problem: 'bad-utf16'; encoding: 'utf-16le' | 'utf-16be' }
  /** NUL and other control bytes that no text file has: a picture, an archive, a program. */
  | { ok: false; problem: 'binary' }

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte)

export function decodeText(bytes: Uint8Array): DecodedText {
  // UTF-32's little-endian mark begins with UTF-16's, so it is looked for first.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { ok: false, problem: 'not-utf8', likely: 'utf-32' }
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3))
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'utf-16le')
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'utf-16be')
  return decodeUtf8(bytes)
}

function decodeUtf8(bytes: Uint8Array): DecodedText {
  // JSON text never holds a NUL byte, and UTF-16 without a mark is full of them while still being valid UTF-8.
  if (bytes.indexOf(0) !== -1) return withNulBytes(bytes)
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return isBinary(bytes) ? { ok: false, problem: 'binary' } : { ok: false, problem: 'not-utf8', likely: hasUtf8Sequence(bytes) ? 'mixed' : 'windows-1252' }
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  if (bytes.length % 2 !== 0) return { ok: false, problem: 'bad-utf16', encoding }
  try {
    // Node's TextDecoder reads UTF-16 little-endian only; big-endian bytes are swapped into a copy first.
    const source = encoding === 'utf-16be' ? swapPairs(bytes) : bytes
    const text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(source)
    return text.includes('\u0000') ? { ok: false, problem: 'binary' } : { ok: true, text, encoding }
  } catch {
    return { ok: false, problem: 'bad-utf16', encoding }
  }
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length)
  for (let index = 0; index < bytes.length; index += 2) {
    swapped[index] = bytes[index + 1]!
    swapped[index + 1] = bytes[index]!
  }
  return swapped
}

const SAMPLE = 64 * 1024

/** NUL bytes on every other position are UTF-16 text without its mark; anywhere else, binary data. */
function withNulBytes(bytes: Uint8Array): DecodedText {
  const length = Math.min(bytes.length, SAMPLE) & ~1
  let evenNul = 0
  let oddNul = 0
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenNul++
    if (bytes[index + 1] === 0) oddNul++
  }
  const pairs = length / 2
  // ASCII-range text in UTF-16 has a NUL in nearly every pair, always on the same side.
  if (pairs > 0 && oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return { ok: false, problem: 'not-utf8', likely: 'utf-16le' }
  if (pairs > 0 && evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return { ok: false, problem: 'not-utf8', likely: 'utf-16be' }
  return { ok: false, problem: 'binary' }
}

/** Control bytes other than tab, line feed, carriage return and form feed; text has next to none. */
function isBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE)
  let control = 0
  for (let index = 0; index < length; index++) {
    const byte = bytes[index]!
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++
  }
  return control > length * 0.01
}

/**
 * Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence. A file that fails
 * to decode but has some is UTF-8 with a stretch pasted in from elsewhere; one with none is
 * single-byte text, in Western Europe nearly always Windows-1252 (a superset of Latin-1).
 */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index++) {
    const lead = bytes[index]!
    if (lead < 0xc2 || lead > 0xf4) continue
    const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4
    let continuation = 1
    while (continuation < length && ((bytes[index + continuation] ?? 0) & 0xc0) === 0x80) continuation++
    if (continuation === length) return true
  }
  return false
}
