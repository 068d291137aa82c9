import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Result } from '../../common/contract/contract'
import type { OpenFileResult } from '../../common/contract/portable-file-schema'
import { fileProgressSchema, type FileProgress } from '../../common/contract/schemas'
import { readFileBytes } from '../../electron/files/file-access'
import { createTestBackend } from '../support/backend'
import { slowReads } from '../support/fake-file-access'
import { testFileChecker } from '../support/file-worker'
import { deepFile, JUST_UNDER, largeValidFile, manyKeysFile, spreadKeysFile, topLevelArrayFile, wideArrayFile } from '../support/hostile-files'
import { makeTempDir, snapshotDir } from '../support/temp-dir'

/**
 * Issue 14, "no file can freeze or crash the main process": the worst shapes that fit under the
 * 20 MB limit, files in other encodings, and paths that are not ordinary files, each through
 * the real handlers and the real file worker. Each is refused in the catalogue's words, quickly,
 * with the main event loop free, and nothing on disk changes.
 */

const APP = 'app://panorama/index.html'
const NOTHING = 'Nothing has been changed.'
const cannot = (detail: string) => `This file cannot be opened: ${detail}. ${NOTHING}`

const made: string[] = []
const tempDir = (prefix: string) => {
  const dir = makeTempDir(prefix)
  made.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** The longest the main event loop went without running a 5 ms timer while `run` ran. */
async function longestBlock<T>(run: () => Promise<T>): Promise<{ value: T; blockedMs: number; ms: number }> {
  let last = performance.now()
  let blockedMs = 0
  const probe = setInterval(() => {
    const now = performance.now()
    blockedMs = Math.max(blockedMs, now - last - 5)
    last = now
  }, 5)
  const started = performance.now()
  try {
    const value = await run()
    return { value, blockedMs, ms: performance.now() - started }
  } finally {
    clearInterval(probe)
  }
}

describe('opening hostile and awkward files', () => {
  let dataDir: string
  let inbox: string
  let backend: ReturnType<typeof createTestBackend>

  beforeEach(() => {
    dataDir = tempDir('panorama-hostile-data-')
    inbox = tempDir('panorama-hostile-inbox-')
    backend = createTestBackend({ dataDir, filesDir: inbox })
    backend.repository.create('Supplier audit 2025')
  })
  afterEach(() => {
    fs.rmSync(inbox, { recursive: true, force: true })
  })

  const place = (content: string | Buffer, name = 'incoming.panorama') => {
    const file = path.join(inbox, name)
    fs.writeFileSync(file, content)
    return file
  }
  async function openPath(file: string): Promise<OpenFileResult> {
    backend.files.queueOpen([file])
    const result = (await backend.dispatch('openAssessmentFile', APP, undefined)) as Result<OpenFileResult>
    if (!result.ok) throw new Error(`dispatch failed: ${result.error.message}`)
    return result.value
  }
  /** Opens the file, expects exactly this refusal, and proves the data folder did not change. */
  async function expectRefused(file: string, message: string) {
    const before = snapshotDir(dataDir)
    expect(await openPath(file)).toEqual({ status: 'refused', message })
    expect(snapshotDir(dataDir)).toEqual(before)
  }

  describe('the worst shapes under 20 MB are refused at once, before anything parses them', () => {
    it.each([
      ['a wide list, [0,0,0,…] inside a real header', wideArrayFile, cannot('assessment.notes holds more than 5,000 entries, far more than any Panorama file')],
      [
        'the same list as the whole file',
        topLevelArrayFile,
        cannot('it is not a Panorama assessment file. Choose a file made with “Export assessment…” (its name ends in .panorama)'),
      ],
      ['1.9 million keys in one object', manyKeysFile, cannot('assessment holds more than 5,000 entries, far more than any Panorama file')],
      ['a million keys spread over objects of 4,000', spreadKeysFile, cannot('it holds more than 500,000 values, far more than any Panorama file')],
      ['ten million levels of nesting', deepFile, cannot('it is nested more deeply than any Panorama file, at assessment.notes.0.0.0.0.0.0.0.0.0.0.0')],
    ])('%s', { timeout: 30_000 }, async (_shape, make, message) => {
      const file = place(make())
      expect(fs.statSync(file).size).toBeGreaterThan(JUST_UNDER - 64 * 1024)
      expect(fs.statSync(file).size).toBeLessThanOrEqual(20 * 1024 * 1024)
      const before = snapshotDir(dataDir)
      const { value, ms, blockedMs } = await longestBlock(() => openPath(file))
      expect(value).toEqual({ status: 'refused', message })
      expect(snapshotDir(dataDir)).toEqual(before)
      // The bench holds these to 1.5 s and 100 ms on a quiet machine; the test allows for a busy one.
      expect(ms).toBeLessThan(5_000)
      expect(blockedMs).toBeLessThan(250)
    })

    it('a recent file of such a shape goes through the same checks', { timeout: 30_000 }, async () => {
      const file = place(wideArrayFile(), 'recent.panorama')
      backend.settings.addRecentFile(file)
      expect(await backend.dispatch('openRecentFile', APP, { file })).toEqual({
        ok: true,
        value: { status: 'refused', message: cannot('assessment.notes holds more than 5,000 entries, far more than any Panorama file') },
      })
    })
  })

  describe('a large real file is checked off the main event loop', () => {
    const large = largeValidFile()

    it('the window’s event loop keeps running while a 19 MB file is read, parsed and validated', { timeout: 60_000 }, async () => {
      expect(large.text.length).toBeGreaterThan(18 * 1024 * 1024)
      // Already here, so the open ends at the question and stores nothing: what is timed is reading and checking.
      backend.repository.createFromDocument(large.document, { id: 'keep' })
      const file = place(large.text)
      const before = snapshotDir(dataDir)
      const { value, blockedMs } = await longestBlock(() => openPath(file))
      expect(value).toMatchObject({ status: 'exists', title: large.document.title })
      expect(snapshotDir(dataDir)).toEqual(before)
      // Parsed on this loop the file held it for seconds; a busy two-core machine alone can stall
      // any loop for a fifth of that, so the test's line is 250 ms and the bench holds the 100 ms budget.
      expect(blockedMs).toBeLessThan(250)

      // The probe does see a blocked loop.
      const busy = await longestBlock(async () => {
        await new Promise((resolve) => setTimeout(resolve, 20))
        const until = performance.now() + 150
        while (performance.now() < until);
        await new Promise((resolve) => setTimeout(resolve, 20))
      })
      expect(busy.blockedMs).toBeGreaterThan(140)
    })

    it('a 19 MB file that is valid opens as it was written', { timeout: 60_000 }, async () => {
      expect(await openPath(place(large.text))).toMatchObject({ status: 'opened', assessment: { id: large.document.id } })
      expect(backend.repository.get(large.document.id)).toEqual(large.document)
    })

    it('reports reading (bytes of the size) and then checking, under one id the page can cancel by', { timeout: 60_000 }, async () => {
      const file = place(large.text)
      await openPath(file)
      const events = backend.progress
      for (const event of events) expect(fileProgressSchema.parse(event)).toEqual(event)
      expect(new Set(events.map((e) => e.id)).size).toBe(1)
      expect(events.every((e) => e.name === 'incoming.panorama' && e.index === 1 && e.count === 1)).toBe(true)
      const size = fs.statSync(file).size
      const reading = events.filter((e) => e.stage === 'reading')
      expect(reading[0]).toMatchObject({ done: 0, total: size })
      expect(reading.at(-1)).toMatchObject({ done: size, total: size })
      expect(reading.length).toBeGreaterThanOrEqual(20)
      expect(reading.map((e) => e.done)).toEqual([...reading.map((e) => e.done)].sort((a, b) => a - b))
      expect(events.at(-1)).toMatchObject({ stage: 'checking', done: size, total: size })
    })

    it('Cancel while the file is being checked stops the worker at once; nothing changes, and the next file opens', { timeout: 60_000 }, async () => {
      const file = place(large.text)
      const before = snapshotDir(dataDir)
      let cancelledAt = 0
      const cancelling = createTestBackend({
        dataDir,
        filesDir: inbox,
        onFileProgress: (event: FileProgress) => {
          if (event.stage !== 'checking' || cancelledAt) return
          cancelledAt = performance.now()
          void cancelling.dispatch('cancelFileRead', APP, { id: event.id }).then((answer) => expect(answer).toEqual({ ok: true, value: { cancelled: true } }))
        },
      })
      cancelling.files.queueOpen([file])
      expect(await cancelling.dispatch('openAssessmentFile', APP, undefined)).toEqual({ ok: true, value: { status: 'cancelled' } })
      expect(performance.now() - cancelledAt).toBeLessThan(1_000)
      expect(snapshotDir(dataDir)).toEqual(before)
      // The read is over: cancelling it again finds nothing to stop.
      expect(await cancelling.dispatch('cancelFileRead', APP, { id: cancelling.progress[0]!.id })).toEqual({ ok: true, value: { cancelled: false } })

      cancelling.files.queueOpen([file])
      expect(await cancelling.dispatch('openAssessmentFile', APP, undefined)).toMatchObject({ ok: true, value: { status: 'opened' } })
    })

    it('Cancel while a slow disk is still being read stops reading; nothing changes', { timeout: 30_000 }, async () => {
      const file = place(large.text)
      const before = snapshotDir(dataDir)
      let reads = 0
      const slow = createTestBackend({
        dataDir,
        filesDir: inbox,
        onFileProgress: (event) => {
          if (event.stage === 'reading' && event.done > 0 && ++reads === 2) void slow.dispatch('cancelFileRead', APP, { id: event.id })
        },
      })
      slowReads(slow.files, { delayMs: 50 })
      slow.files.queueOpen([file])
      expect(await slow.dispatch('openAssessmentFile', APP, undefined)).toEqual({ ok: true, value: { status: 'cancelled' } })
      expect(slow.progress.filter((e) => e.stage === 'checking')).toEqual([])
      expect(slow.progress.at(-1)!.done).toBeLessThan(fs.statSync(file).size)
      expect(snapshotDir(dataDir)).toEqual(before)
    })

    it('a check that runs past its time limit is stopped and refused in words', { timeout: 30_000 }, async () => {
      const checker = testFileChecker({ timeLimitMs: 50 })
      const limited = createTestBackend({ dataDir, filesDir: inbox, fileChecker: checker })
      const before = snapshotDir(dataDir)
      limited.files.queueOpen([place(large.text)])
      expect(await limited.dispatch('openAssessmentFile', APP, undefined)).toEqual({
        ok: true,
        value: { status: 'refused', message: cannot('checking it took longer than 1 second, far longer than any Panorama file needs, so Panorama stopped') },
      })
      expect(snapshotDir(dataDir)).toEqual(before)
      await checker.close()
    })

    it('a check that needs more memory than the worker may have is stopped; the main process lives on', { timeout: 30_000 }, async () => {
      const checker = testFileChecker({ memoryLimitMb: 16 })
      const limited = createTestBackend({ dataDir, filesDir: inbox, fileChecker: checker })
      const before = snapshotDir(dataDir)
      limited.files.queueOpen([place(large.text)])
      expect(await limited.dispatch('openAssessmentFile', APP, undefined)).toEqual({
        ok: true,
        value: { status: 'refused', message: cannot('checking it needed more memory than any Panorama file needs, so Panorama stopped') },
      })
      expect(snapshotDir(dataDir)).toEqual(before)
      expect(limited.logs).toEqual([])
      await checker.close()
    })
  })

  describe('encodings', () => {
    const document = () =>
      JSON.stringify({
        format: 'panorama-assessment',
        formatVersion: 1,
        schemaVersion: 1,
        exportedAt: '2026-06-01T09:30:00.000Z',
        frameworks: [],
        assessment: {
          schemaVersion: 1,
          id: '44444444-4444-4444-8444-444444444444',
          origin: '44444444-4444-4444-8444-444444444444',
          title: 'Zürich — Ørsted ✓ Łódź',
          createdAt: '2026-03-01T09:00:00.000Z',
          updatedAt: '2026-03-01T09:00:00.000Z',
          organisation: { name: 'Zürich', sector: 'public', size: null, scope: '', date: null },
          frameworks: [],
          participants: [],
          target: { customers: 0.5, people: 0.5, owners: 0, partners: 0, society: 0, regulators: 0 },
          targetSource: 'custom',
          stakeholderWeights: {},
          setupComplete: false,
          responses: {},
          actions: [],
        },
      })
    const utf16 = (text: string, order: 'le' | 'be') => {
      const le = Buffer.from(text, 'utf16le')
      if (order === 'be') for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!]
      return le
    }
    const notUtf8 = (encoding: string) =>
      cannot(
        `it is not saved as UTF-8 text, the encoding Panorama writes: it looks like ${encoding}. Letters such as “ü” would be read wrongly, so open it in the program that changed it and save it as UTF-8`,
      )

    it('a Latin-1 file (“Zürich” with ü as the byte 0xFC) is refused, naming Windows-1252 / Latin-1, instead of opening as “Z�rich”', async () => {
      const latin1 = Buffer.from(document().replace('Zürich — Ørsted ✓ Łódź', 'Zürich'), 'latin1')
      expect(latin1.indexOf(Buffer.from([0x5a, 0xfc, 0x72]))).toBeGreaterThan(0)
      await expectRefused(place(latin1), notUtf8('Windows-1252 / Latin-1 (ISO 8859-1)'))
    })

    it('UTF-8 with a stretch pasted in from Windows-1252 is refused as a mixture', async () => {
      const mixed = Buffer.concat([Buffer.from(document().slice(0, 200), 'utf8'), Buffer.from([0xfc]), Buffer.from(document().slice(200), 'utf8')])
      await expectRefused(place(mixed), notUtf8('UTF-8 with parts in another encoding, such as Windows-1252 / Latin-1'))
    })

    it.each(['le', 'be'] as const)('UTF-16 %s with a byte-order mark is read correctly', async (order) => {
      const bom = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]
      const result = await openPath(place(Buffer.concat([Buffer.from(bom), utf16(document(), order)])))
      expect(result).toMatchObject({ status: 'opened', assessment: { title: 'Zürich — Ørsted ✓ Łódź' } })
    })

    it.each([
      ['little', 'le', 'UTF-16 (little-endian) without a byte-order mark'],
      ['big', 'be', 'UTF-16 (big-endian) without a byte-order mark'],
    ] as const)('UTF-16 %s-endian without a byte-order mark is refused, naming it', async (_name, order, named) => {
      await expectRefused(place(utf16(document(), order)), notUtf8(named))
    })

    it('UTF-32, and a UTF-16 mark followed by bytes that are not UTF-16, are refused, naming the encoding', async () => {
      await expectRefused(place(Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x7b, 0x00, 0x00, 0x00])), notUtf8('UTF-32'))
      await expectRefused(
        place(Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x00, 0xdc])),
        cannot('it starts with the byte-order mark of UTF-16 (little-endian), but what follows is not valid text in that encoding'),
      )
    })

    it('an empty file, and a binary one, say what they are', async () => {
      await expectRefused(place(''), cannot('it is empty'))
      await expectRefused(place(' \n\t '), cannot('it is empty'))
      await expectRefused(place(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])), cannot('it holds binary data (such as a picture, an archive or a program), not text'))
    })
  })

  describe('paths that are not ordinary files each get their own message', () => {
    const posix = process.platform !== 'win32'

    it('a folder', async () => {
      await expectRefused(inbox, cannot('it is a folder, not a file'))
    })

    it.runIf(posix && fs.existsSync('/dev/zero'))('/dev/zero, without reading a byte of it', async () => {
      await expectRefused('/dev/zero', cannot('it is a device (such as /dev/zero), not a file saved on disk'))
    })

    it.runIf(posix)('a named pipe (FIFO), without waiting for a writer', async () => {
      const fifo = path.join(inbox, 'pipe.panorama')
      execFileSync('mkfifo', [fifo])
      const { value, ms } = await longestBlock(() => openPath(fifo))
      expect(value).toEqual({ status: 'refused', message: cannot('it is a named pipe (FIFO), not a file saved on disk') })
      expect(ms).toBeLessThan(5_000)
    })

    it.runIf(posix)('a socket', async () => {
      const socket = path.join(inbox, 'socket.panorama')
      const server = net.createServer()
      await new Promise<void>((resolve) => server.listen(socket, resolve))
      try {
        await expectRefused(socket, cannot('it is a socket, not a file saved on disk'))
      } finally {
        await new Promise((resolve) => server.close(resolve))
      }
    })

    it.runIf(posix)('a symbolic link that leads to itself, and a chain of two that loop', async () => {
      const self = path.join(inbox, 'self.panorama')
      fs.symlinkSync(self, self)
      const loop = cannot('it is a symbolic link that leads back to itself (or through too many other links), so there is no file behind it')
      await expectRefused(self, loop)
      fs.symlinkSync(path.join(inbox, 'b.panorama'), path.join(inbox, 'a.panorama'))
      fs.symlinkSync(path.join(inbox, 'a.panorama'), path.join(inbox, 'b.panorama'))
      await expectRefused(path.join(inbox, 'a.panorama'), loop)
    })

    it('a file that is gone, and a path through a file', async () => {
      await expectRefused(path.join(inbox, 'moved-away.panorama'), cannot('it is no longer there (it may have been moved or deleted)'))
      const plain = place('{}', 'plain.txt')
      await expectRefused(path.join(plain, 'inside.panorama'), cannot('part of its path is a file where a folder should be'))
    })

    it.runIf(posix && process.getuid?.() !== 0)('a file nobody may read', async () => {
      const locked = place('{}', 'locked.panorama')
      fs.chmodSync(locked, 0o000)
      await expectRefused(locked, cannot('you do not have permission to read it'))
    })

    it.runIf(posix)('a response file that is a pipe or a device is refused the same way', async () => {
      const fifo = path.join(inbox, 'ben.json')
      execFileSync('mkfifo', [fifo])
      backend.files.queueOpen([fifo, '/dev/zero'])
      expect(await backend.dispatch('openResponseFiles', APP, undefined)).toEqual({
        ok: true,
        value: [
          { ok: false, path: fifo, error: 'This file cannot be imported: it is a named pipe (FIFO), not a file saved on disk.' },
          { ok: false, path: '/dev/zero', error: 'This file cannot be imported: it is a device (such as /dev/zero), not a file saved on disk.' },
        ],
      })
    })
  })

  it('the reader itself never opens a special file, so nothing can wait on it', async () => {
    const fifo = path.join(inbox, 'raw-pipe')
    if (process.platform === 'win32') return
    execFileSync('mkfifo', [fifo])
    await expect(readFileBytes(fifo, { maxBytes: 1024 })).rejects.toMatchObject({ name: 'FileReadError', problem: 'pipe' })
    await expect(readFileBytes('/dev/zero', { maxBytes: 1024 })).rejects.toMatchObject({ problem: 'device' })
    await expect(readFileBytes(place('x'.repeat(2048), 'big.txt'), { maxBytes: 1024 })).rejects.toMatchObject({ problem: 'too-large' })
  })
})
