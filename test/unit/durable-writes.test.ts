import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAssessmentRepository } from '../../electron/storage/assessment-repository'
import { openConfStore } from '../../electron/storage/open-conf-store'
import { writeBytesAtomically } from '../../electron/files/file-access'
import { removeLeftoverTemporaryFiles, syncFolderSync } from '../../electron/files/durable'
import { makeTempDir } from '../support/temp-dir'

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'

/**
 * A kill cannot undo what the page cache holds, so crash-safety.test.ts cannot see a missing
 * fsync. These tests watch the calls instead: every file a save or an export writes is flushed
 * before it is renamed into place (or, for conf's own writes, after), and the folder after.
 */
describe('writes are flushed to the disk before they are reported done', () => {
  let dataDir: string
  let clock: Date
  let log: string[]

  const open = () => createAssessmentRepository({ dataDir, openStore: openConfStore, now: () => clock, newId: () => A })
  const relative = (file: string) => path.relative(dataDir, file) || '.'

  /** Records fsyncSync and renameSync by path, in order. */
  function watchSyncCalls() {
    const opened = new Map<number, string>()
    const realOpen = fs.openSync
    vi.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, ...rest: unknown[]) => {
      const fd = (realOpen as (...args: unknown[]) => number)(file, ...rest)
      opened.set(fd, String(file))
      return fd
    }) as typeof fs.openSync)
    const realSync = fs.fsyncSync
    vi.spyOn(fs, 'fsyncSync').mockImplementation((fd) => {
      log.push(`fsync ${relative(opened.get(fd as number) ?? '?')}`)
      realSync(fd)
    })
    const realRename = fs.renameSync
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      log.push(`rename ${relative(String(from))} → ${relative(String(to))}`)
      realRename(from, to)
    })
  }

  beforeEach(() => {
    dataDir = makeTempDir('panorama-durable-')
    clock = new Date('2026-03-01T09:00:00.000Z')
    log = []
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('a save flushes its backup, then the file, then the index, each with its folder, before it returns', () => {
    const repo = open()
    repo.create('First')
    clock = new Date('2026-03-01T09:05:00.000Z')
    watchSyncCalls()
    repo.save({ ...repo.get(A), title: 'Second' })

    const file = `assessments/assessment-${A}.json`
    const backup = `backups/${A}/recent-2026-03-01T09-05-00-000Z.json`
    const at = (entry: string) => {
      const index = log.indexOf(entry)
      expect(index, `${entry} in\n${log.join('\n')}`).toBeGreaterThanOrEqual(0)
      return index
    }
    // The backup: its temporary file flushed before the rename, the folder after.
    const backupTemp = log.find((entry) => entry.startsWith(`fsync backups/${A}/.recent-`))!
    expect(backupTemp).toMatch(/\.tmp$/)
    expect(at(backupTemp)).toBeLessThan(at(`rename ${backupTemp.slice(6)} → ${backup}`))
    expect(at(`rename ${backupTemp.slice(6)} → ${backup}`)).toBeLessThan(log.indexOf(`fsync backups/${A}`))
    // Then the file and its folder (conf renames its own flushed temporary file; the folder is ours).
    expect(log.indexOf(`fsync backups/${A}`)).toBeLessThan(at(`fsync ${file}`))
    expect(at(`fsync ${file}`)).toBeLessThan(at('fsync assessments'))
    // Then the index and its folder.
    expect(at('fsync assessments')).toBeLessThan(at('fsync library.json'))
    expect(at('fsync library.json')).toBeLessThan(log.lastIndexOf('fsync .'))
  })

  it('a new folder is flushed into its parent', () => {
    watchSyncCalls()
    open()
    expect(log).toContain('fsync .')
    expect(fs.existsSync(path.join(dataDir, 'assessments'))).toBe(true)
  })

  it('an export is flushed before it is renamed into place, and its folder after', async () => {
    const target = path.join(dataDir, 'report.pdf')
    const promises = fs.promises
    const realOpen = promises.open
    vi.spyOn(promises, 'open').mockImplementation(async (file, ...rest) => {
      const handle = await realOpen(file, ...rest)
      const realSync = handle.sync.bind(handle)
      handle.sync = async () => {
        log.push(`sync ${relative(String(file))}`)
        return realSync()
      }
      return handle
    })
    const realRename = promises.rename
    vi.spyOn(promises, 'rename').mockImplementation(async (from, to) => {
      log.push(`rename ${relative(String(from))} → ${relative(String(to))}`)
      return realRename(from, to)
    })
    await writeBytesAtomically(target, Buffer.from('%PDF-1.7 …'))

    expect(log).toHaveLength(3)
    expect(log[0]).toMatch(/^sync \.report\.pdf\.\d+\.\d+\.tmp$/)
    expect(log[1]).toBe(`rename ${log[0]!.slice(5)} → report.pdf`)
    expect(log[2]).toBe('sync .')
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 …')
  })

  it('the next export of a file removes what a killed one left, and nothing else', async () => {
    const target = path.join(dataDir, 'out.panorama')
    const dead = [`.out.panorama.999999.1700000000000.tmp`, `.out.panorama.${process.pid + 1}.1700000000001.tmp`]
    const others = ['.other.panorama.999999.1700000000000.tmp', '.out.panorama.notes.tmp', 'out.panorama.999999.1.tmp']
    for (const name of [...dead, ...others]) fs.writeFileSync(path.join(dataDir, name), 'x')
    await writeBytesAtomically(target, Buffer.from('{}'))
    expect(fs.readdirSync(dataDir).sort()).toEqual([...others, 'out.panorama'].sort())
  })

  it('a folder flush refused by Windows or by a file system that cannot is not a failure; a disk error is', () => {
    const platform = process.platform
    const fail = (code: string) => Object.assign(new Error(code), { code })
    try {
      Object.defineProperty(process, 'platform', { value: 'win32' })
      for (const code of ['EISDIR', 'EPERM', 'EACCES']) {
        vi.spyOn(fs, 'openSync').mockImplementationOnce(() => {
          throw fail(code)
        })
        expect(() => syncFolderSync(dataDir), code).not.toThrow()
      }
      Object.defineProperty(process, 'platform', { value: 'linux' })
      vi.spyOn(fs, 'openSync').mockImplementationOnce(() => {
        throw fail('EACCES')
      })
      expect(() => syncFolderSync(dataDir)).toThrow('EACCES')
      for (const code of ['EINVAL', 'EBADF']) {
        vi.spyOn(fs, 'fsyncSync').mockImplementationOnce(() => {
          throw fail(code)
        })
        expect(() => syncFolderSync(dataDir), code).not.toThrow()
      }
      vi.spyOn(fs, 'fsyncSync').mockImplementationOnce(() => {
        throw fail('EIO')
      })
      expect(() => syncFolderSync(dataDir)).toThrow('EIO')
    } finally {
      Object.defineProperty(process, 'platform', { value: platform })
    }
  })

  it('a failed flush fails the save, in words from the catalogue', () => {
    const repo = open()
    repo.create('First')
    vi.spyOn(fs, 'fsyncSync').mockImplementation(() => {
      throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' })
    })
    expect(() => repo.save({ ...repo.get(A), title: 'Second' })).toThrow('The assessment could not be saved: EIO: i/o error, fsync')
  })
})

describe('leftovers of killed writes', () => {
  let dataDir: string
  beforeEach(() => {
    dataDir = makeTempDir('panorama-leftovers-')
  })

  it('are removed when storage opens: only names of the app’s own temporary files, only files', () => {
    const assessments = path.join(dataDir, 'assessments')
    const backups = path.join(dataDir, 'backups', A)
    fs.mkdirSync(assessments, { recursive: true })
    fs.mkdirSync(backups, { recursive: true })
    const leftovers = [
      'library.json.tmp-1761234567abcdef',
      'settings.json.tmp-17612345670a1b2c',
      `assessments/assessment-${A}.json.tmp-1761234567123abc`,
      `backups/${A}/.recent-2026-03-01T09-05-00-000Z.json.4242.tmp`,
      `backups/${A}/.daily-2026-03-01.json.4242.tmp`,
    ]
    const kept = [
      'notes.tmp',
      '.hidden',
      'library.json.tmp-12',
      'library.json.tmp-1761234567abcdeg',
      `assessments/assessment-${A}.json.tmp`,
      `backups/${A}/recent-2026-03-01T09-05-00-000Z.json`,
      `backups/${A}/.recent.json.tmp`,
    ]
    for (const name of [...leftovers, ...kept]) fs.writeFileSync(path.join(dataDir, name), 'x')
    // A folder that happens to have such a name is not a leftover.
    fs.mkdirSync(path.join(dataDir, 'assessments', '.folder.json.1.tmp'))

    createAssessmentRepository({ dataDir, openStore: openConfStore, now: () => new Date(), newId: () => A })
    for (const name of leftovers) expect(fs.existsSync(path.join(dataDir, name)), name).toBe(false)
    for (const name of kept) expect(fs.existsSync(path.join(dataDir, name)), name).toBe(true)
    expect(fs.existsSync(path.join(dataDir, 'assessments', '.folder.json.1.tmp'))).toBe(true)
  })

  it('a folder that does not exist has none', () => {
    expect(removeLeftoverTemporaryFiles(path.join(dataDir, 'missing'))).toEqual([])
  })
})

describe('the library index agrees with the files', () => {
  let dataDir: string
  const open = () => createAssessmentRepository({ dataDir, openStore: openConfStore, now: () => new Date('2026-03-01T09:00:00.000Z'), newId: () => A })
  const fileOf = (id: string) => path.join(dataDir, 'assessments', `assessment-${id}.json`)
  const indexed = () => (JSON.parse(fs.readFileSync(path.join(dataDir, 'library.json'), 'utf8')) as { assessments: Record<string, { title: string }> }).assessments

  beforeEach(() => {
    dataDir = makeTempDir('panorama-index-')
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('after a crash between the file and the index, the next start lists what the file holds', () => {
    const repo = open()
    repo.create('Before')
    // What a save killed after its file and before its index leaves behind.
    const document = JSON.parse(fs.readFileSync(fileOf(A), 'utf8'))
    openConfStore({ cwd: path.join(dataDir, 'assessments'), name: `assessment-${A}` }).store = { ...document, title: 'After' }
    expect(indexed()[A]?.title).toBe('Before')

    expect(open().list().map((a) => a.title)).toEqual(['After'])
    expect(indexed()[A]?.title).toBe('After')
  })

  it('after a crash inside create (file written, index not), the next start lists it', () => {
    open().create('Listed')
    const document = JSON.parse(fs.readFileSync(fileOf(A), 'utf8'))
    fs.writeFileSync(fileOf(B), JSON.stringify({ ...document, id: B, origin: B, title: 'Not yet indexed' }))
    expect(open().list().map((a) => a.title).sort()).toEqual(['Listed', 'Not yet indexed'])
    expect(Object.keys(indexed()).sort()).toEqual([A, B])
  })

  it('reads only the files that changed since the index last saw them', () => {
    const repo = open()
    repo.create('One')
    const document = JSON.parse(fs.readFileSync(fileOf(A), 'utf8'))
    fs.writeFileSync(fileOf(B), JSON.stringify({ ...document, id: B, origin: B, title: 'Two' }))
    repo.list()

    const read = vi.spyOn(fs, 'readFileSync')
    const assessmentReads = () => read.mock.calls.filter(([file]) => String(file).includes(`${path.sep}assessments${path.sep}`)).length
    open().list()
    expect(assessmentReads()).toBe(0)
    fs.writeFileSync(fileOf(B), JSON.stringify({ ...document, id: B, origin: B, title: 'Two, edited elsewhere' }))
    expect(open().list().map((a) => a.title).sort()).toEqual(['One', 'Two, edited elsewhere'])
    expect(assessmentReads()).toBe(1)
  })
})
