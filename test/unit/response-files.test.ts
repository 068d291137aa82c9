import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RESPONSE_FILE_MAX_BYTES, type ResponseFile } from '../../common/contract/response-file-schema'
import { exportResponseFile, openResponseFiles, RESPONSE_FILE_SUFFIX } from '../../electron/ipc/response-files'
import { createIncomingFiles } from '../../electron/ipc/incoming-files'
import { createTestBackend } from '../support/backend'
import { createFakeFileAccess } from '../support/fake-file-access'
import { sharedFileChecker } from '../support/file-worker'
import { makeTempDir, snapshotDir } from '../support/temp-dir'

const APP = 'app://panorama/index.html'

// One test writes a 6 MB file; temporary folders are removed rather than left to pile up.
const made: string[] = []
const tempDir = (prefix?: string) => {
  const dir = makeTempDir(prefix)
  made.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const valid: ResponseFile = {
  format: 'panorama-responses',
  formatVersion: 1,
  assessment: { origin: '00000000-0000-4000-8000-000000000001', title: 'Annual review 2026' },
  participant: { id: 'ben', name: 'Ben Okafor', role: 'staff' },
  exportedAt: '2026-06-01T09:30:00.000Z',
  responses: {
    'efqm-2025': {
      '1.1': { rating: { kind: 'quick', score: 70 }, note: 'Purpose is written down; vision less so.' },
      '1.2': { rating: { kind: 'radar', attributes: { sound: 55, integrated: 40 } } },
    },
    'iso-9001-2015': { '4.1': { rating: { kind: 'level', level: 2 } }, '8.3': { rating: { kind: 'not-applicable', justification: 'We design nothing.' } } },
  },
}

describe('reading and writing participant response files (main process)', () => {
  let dir: string
  let files: ReturnType<typeof createFakeFileAccess>
  let incoming: ReturnType<typeof createIncomingFiles>
  /** Reads and checks one file the way Import responses… does: off the main thread, in the file worker. */
  const readResponseFile = async (_files: unknown, file: string) => (await incoming.readResponses([file]))![0]!

  beforeEach(() => {
    dir = tempDir('panorama-responses-')
    files = createFakeFileAccess(dir)
    incoming = createIncomingFiles({ files, checker: sharedFileChecker() })
  })

  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name)
    fs.writeFileSync(file, content)
    return file
  }
  const withChange = (change: (data: Record<string, unknown>) => void) => {
    const data = structuredClone(valid) as unknown as Record<string, unknown>
    change(data)
    return JSON.stringify(data)
  }

  it('reads a valid file', async () => {
    const file = write('ben.json', JSON.stringify(valid))
    expect(await readResponseFile(files, file)).toEqual({ ok: true, path: file, file: valid })
  })

  it('refuses invalid JSON, saying the file may be damaged', async () => {
    const file = write('cut-off.json', JSON.stringify(valid).slice(0, 120))
    expect(await readResponseFile(files, file)).toEqual({
      ok: false,
      path: file,
      error: 'The file is not valid JSON, so it is not a Panorama response file (it may be damaged or incomplete).',
    })
  })

  it('refuses binary garbage, saying it is not text', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x7b, 0x22, 0x00, 0xc3, 0x28])
    const file = write('photo.json', Buffer.concat(Array.from({ length: 64 }, () => bytes)))
    expect(await readResponseFile(files, file)).toEqual({
      ok: false,
      path: file,
      error: 'This file cannot be imported: it holds binary data (such as a picture, an archive or a program), not text.',
    })
  })

  it('accepts a file that starts with a UTF-8 byte-order mark, as assessment files are', async () => {
    const file = write('ben-bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(valid))]))
    expect(await readResponseFile(files, file)).toEqual({ ok: true, path: file, file: valid })
  })

  it('refuses a file saved as Windows-1252 / Latin-1, naming the encoding, instead of reading “Zürich” as “Z�rich”', async () => {
    const latin1 = Buffer.from(JSON.stringify({ ...valid, participant: { ...valid.participant, name: 'Zürich' } }), 'latin1')
    expect(latin1.includes(0xfc)).toBe(true)
    const file = write('latin1.json', latin1)
    expect(await readResponseFile(files, file)).toEqual({
      ok: false,
      path: file,
      error:
        'This file cannot be imported: it is not saved as UTF-8 text, the encoding Panorama writes: it looks like Windows-1252 / Latin-1 (ISO 8859-1). Letters such as “ü” would be read wrongly, so open it in the program that changed it and save it as UTF-8.',
    })
  })

  it('refuses a file over the size limit without reading it', async () => {
    expect(RESPONSE_FILE_MAX_BYTES).toBe(5 * 1024 * 1024)
    const padding = ' '.repeat(6 * 1024 * 1024)
    const file = write('huge.json', `${JSON.stringify(valid).slice(0, -1)},"padding":"x"${padding}}`)
    expect(fs.statSync(file).size).toBeGreaterThan(6 * 1024 * 1024)
    expect(await readResponseFile(files, file)).toEqual({ ok: false, path: file, error: 'The file is larger than 5 MB, so it is not a response file.' })
  })

  it('refuses a file from a newer Panorama and says to update', async () => {
    const file = write('v2.json', withChange((data) => (data.formatVersion = 2)))
    expect(await readResponseFile(files, file)).toMatchObject({
      ok: false,
      error: 'This response file was made by a newer version of Panorama. Update Panorama to import it.',
    })
  })

  it('refuses a file with another format id, or none', async () => {
    const other = write('assessment.json', withChange((data) => (data.format = 'panorama-assessment')))
    expect(await readResponseFile(files, other)).toMatchObject({ ok: false, error: 'This is not a Panorama participant response file.' })
    const array = write('array.json', '[1, 2, 3]')
    expect(await readResponseFile(files, array)).toMatchObject({ ok: false, error: 'This is not a Panorama participant response file.' })
    const nullFile = write('null.json', 'null')
    expect(await readResponseFile(files, nullFile)).toMatchObject({ ok: false, error: 'This is not a Panorama participant response file.' })
  })

  it.each([
    [
      'a level of 7',
      withChange((data) => ((data.responses as ResponseFile['responses'])['iso-9001-2015']!['4.1'] = { rating: { kind: 'level', level: 7 } })),
      'The response file is not valid: responses.iso-9001-2015.4.1.rating.level must be a level from 0 to 5.',
    ],
    [
      'a RADAR score off the 5-point steps',
      withChange((data) => ((data.responses as ResponseFile['responses'])['efqm-2025']!['1.1'] = { rating: { kind: 'quick', score: 52 } })),
      'The response file is not valid: responses.efqm-2025.1.1.rating.score must be a step of 5 (0, 5, 10 … 100).',
    ],
    ['an extra key at the top', withChange((data) => (data.signedBy = 'Ben')), 'The response file is not valid: the file has a field Panorama does not know: “signedBy”.'],
    [
      'an extra key on an item',
      withChange((data) => ((data.responses as Record<string, Record<string, unknown>>)['efqm-2025']!['1.1'] = { note: 'x', consensus: 80 })),
      'The response file is not valid: responses.efqm-2025.1.1 has a field Panorama does not know: “consensus”.',
    ],
    [
      '__proto__ at the top',
      JSON.stringify(valid).replace('{', '{"__proto__":{"polluted":true},'),
      'The response file is not valid: it has a key named “__proto__” at the top level, which Panorama never writes and which could be used to tamper with the app.',
    ],
    [
      'an unknown role',
      withChange((data) => ((data.participant as Record<string, unknown>).role = 'boss')),
      expect.stringMatching(/^The response file is not valid: participant\.role /),
    ],
    [
      'an item id that is not one',
      withChange((data) => ((data.responses as Record<string, unknown>)['efqm-2025'] = { '../../etc': { note: 'x' } })),
      'The response file is not valid: responses.efqm-2025 has a key “../../etc” that is not allowed there; it must be an item id such as 4.1.',
    ],
    [
      'a missing participant',
      withChange((data) => delete data.participant),
      expect.stringMatching(/^The response file is not valid: participant /),
    ],
  ])('refuses %s with a message naming the field', async (_case, content, error) => {
    const file = write('bad.json', content)
    expect(await readResponseFile(files, file)).toEqual({ ok: false, path: file, error })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a __proto__ item key inside the responses (which zod’s records would quietly drop), in the catalogue’s words', async () => {
    const text = JSON.stringify(valid).replace('"efqm-2025":{', '"efqm-2025":{"__proto__":{"note":"x"},')
    expect(text).toContain('"__proto__":{"note":"x"}')
    const file = write('proto.json', text)
    expect(await readResponseFile(files, file)).toEqual({
      ok: false,
      path: file,
      error: 'The response file is not valid: it has a key named “__proto__” at responses.efqm-2025, which Panorama never writes and which could be used to tamper with the app.',
    })
    expect(({} as Record<string, unknown>).note).toBeUndefined()
  })

  it('refuses a file that is gone, and a folder, each with its own reason', async () => {
    const missing = path.join(dir, 'gone.json')
    expect(await readResponseFile(files, missing)).toEqual({ ok: false, path: missing, error: 'This file cannot be imported: it is no longer there (it may have been moved or deleted).' })
    const folder = path.join(dir, 'folder.json')
    fs.mkdirSync(folder)
    expect(await readResponseFile(files, folder)).toEqual({ ok: false, path: folder, error: 'This file cannot be imported: it is a folder, not a file.' })
  })

  it('opens several files at once, each with its own result, in the order chosen; a cancelled dialog gives none', async () => {
    const good = write('ben.json', JSON.stringify(valid))
    const bad = write('bad.json', '{')
    files.queueOpen([bad, good])
    const results = await openResponseFiles(files, incoming)
    expect(results.map((r) => [r.path, r.ok])).toEqual([
      [bad, false],
      [good, true],
    ])
    expect(await openResponseFiles(files, incoming)).toEqual([])
  })

  it('exports pretty JSON under a safe file name that reads back equal', async () => {
    const result = await exportResponseFile(files, valid, 'Annual review: 2026 / Ben Okafor')
    const target = path.join(dir, `Annual review- 2026 - Ben Okafor${RESPONSE_FILE_SUFFIX}`)
    expect(result).toEqual({ saved: true, path: target })
    const text = fs.readFileSync(target, 'utf8')
    expect(text).toBe(`${JSON.stringify(valid, null, 2)}\n`)
    expect(text).toContain('\n  "participant": {\n    "id": "ben",')
    expect(await readResponseFile(files, target)).toEqual({ ok: true, path: target, file: valid })
    // Written through a temporary file and a rename: nothing else is left behind.
    expect(fs.readdirSync(dir)).toEqual([path.basename(target)])
  })

  it('writes nothing when the save dialog is cancelled', async () => {
    const before = snapshotDir(dir)
    files.cancelNextSave()
    expect(await exportResponseFile(files, valid, 'Annual review 2026 - Ben Okafor')).toEqual({ saved: false })
    expect(snapshotDir(dir)).toEqual(before)
  })
})

describe('response files through the IPC dispatcher', () => {
  it('exports and opens a file end to end, and refuses a malformed export before any dialog opens', async () => {
    const dataDir = tempDir()
    const filesDir = tempDir('panorama-exports-')
    const backend = createTestBackend({ dataDir, filesDir })

    const exported = await backend.dispatch('exportResponses', APP, { file: valid, suggestedName: 'Annual review 2026 - Ben Okafor' })
    expect(exported).toEqual({ ok: true, value: { saved: true, path: path.join(filesDir, `Annual review 2026 - Ben Okafor${RESPONSE_FILE_SUFFIX}`) } })

    backend.files.queueOpen([backend.files.saved[0]!])
    expect(await backend.dispatch('openResponseFiles', APP, undefined)).toEqual({ ok: true, value: [{ ok: true, path: backend.files.saved[0], file: valid }] })

    const before = snapshotDir(filesDir)
    const badLevel = structuredClone(valid)
    badLevel.responses['iso-9001-2015']!['4.1'] = { rating: { kind: 'level', level: 7 } }
    const refused = await backend.dispatch('exportResponses', APP, { file: badLevel, suggestedName: 'x' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    expect(backend.files.saved).toHaveLength(1)
    expect(snapshotDir(filesDir)).toEqual(before)
  })
})
