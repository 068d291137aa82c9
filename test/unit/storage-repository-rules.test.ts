import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAssessmentRepository, describeIoError, type AssessmentRepository } from '../../electron/storage/assessment-repository'
import { fileStamp } from '../../electron/storage/backups'
import type { OpenStore } from '../../electron/storage/json-file-store'
import { openConfStore } from '../../electron/storage/open-conf-store'
import { makeTempDir } from '../support/temp-dir'

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'
const C = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc'
const READ_ONLY = 'the data folder is read-only or you do not have permission to write to it.'
const DISK_FULL = 'the disk is full.'

const ioError = (code: string) => Object.assign(new Error(`${code}: raw`), { code })

describe('assessment repository rules', () => {
  let dataDir: string
  let clock: Date
  let ids: string[]
  let repo: AssessmentRepository
  /** A store name whose writes fail (read-only disk), or null. */
  let failWritesOf: string | null = null
  const openStore: OpenStore = <T extends Record<string, unknown>>(options: Parameters<OpenStore>[0]) => {
    const inner = openConfStore<T>(options)
    return {
      get path() {
        return inner.path
      },
      get store() {
        return inner.store
      },
      set store(value: T) {
        if (failWritesOf !== null && options.name === failWritesOf) throw ioError('EROFS')
        inner.store = value
      },
    }
  }
  const open = () =>
    createAssessmentRepository({
      dataDir,
      openStore,
      now: () => clock,
      newId: () => ids.shift() ?? 'ffffffff-ffff-4fff-8fff-ffffffffffff',
    })
  const assessmentsDir = () => path.join(dataDir, 'assessments')
  const fileOf = (id: string) => path.join(assessmentsDir(), `assessment-${id}.json`)
  const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'))
  const index = () => readJson(path.join(dataDir, 'library.json'))

  beforeEach(() => {
    failWritesOf = null
    dataDir = makeTempDir()
    clock = new Date('2026-03-01T09:00:00.000Z')
    ids = [A, B, C]
    repo = open()
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  describe('describeIoError words', () => {
    it('names permission and read-only errors, a full disk, and passes other messages through', () => {
      expect(describeIoError(ioError('EACCES'))).toBe(READ_ONLY)
      expect(describeIoError(ioError('EPERM'))).toBe(READ_ONLY)
      expect(describeIoError(ioError('EROFS'))).toBe(READ_ONLY)
      expect(describeIoError(ioError('ENOSPC'))).toBe(DISK_FULL)
      expect(describeIoError(ioError('EIO'))).toBe('EIO: raw')
      expect(describeIoError(undefined)).toBe('undefined')
      expect(describeIoError('plain')).toBe('plain')
    })
  })

  describe('list', () => {
    it('lists summaries with exactly their four fields, newest change first', () => {
      repo.create('First')
      clock = new Date('2026-03-03T09:00:00.000Z')
      repo.create('Third')
      clock = new Date('2026-03-02T09:00:00.000Z')
      repo.create('Second')
      const listed = open().list()
      expect(listed).toEqual([
        { id: B, title: 'Third', createdAt: '2026-03-03T09:00:00.000Z', updatedAt: '2026-03-03T09:00:00.000Z' },
        { id: C, title: 'Second', createdAt: '2026-03-02T09:00:00.000Z', updatedAt: '2026-03-02T09:00:00.000Z' },
        { id: A, title: 'First', createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z' },
      ])
    })

    it('ignores files whose names are not exactly assessment-<lower-case id>.json', () => {
      repo.create('Real')
      const body = fs.readFileSync(fileOf(A))
      const other = (id: string) => JSON.stringify({ ...readJson(fileOf(A)), id, origin: id })
      fs.writeFileSync(path.join(assessmentsDir(), `old-assessment-${B}.json`), other(B))
      fs.writeFileSync(path.join(assessmentsDir(), `assessment-${C}.json.bak`), other(C))
      fs.writeFileSync(path.join(assessmentsDir(), `assessment-not-an-id.json`), body)
      const reopened = open()
      expect(reopened.list().map((a) => a.id)).toEqual([A])
      expect(Object.keys(index().files)).toEqual([A])
      expect(Object.keys(index().assessments)).toEqual([A])
      expect(reopened.takeNotices()).toEqual([])
    })

    it('writes the index with a summary and a stamp per file', () => {
      repo.create('One')
      const stat = fs.statSync(fileOf(A))
      expect(index()).toEqual({
        assessments: { [A]: { id: A, title: 'One', createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-01T09:00:00.000Z' } },
        files: { [A]: { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino } },
      })
    })

    it('rebuilds the index from the files when it has no assessments record', () => {
      repo.create('One')
      fs.writeFileSync(path.join(dataDir, 'library.json'), JSON.stringify({ assessments: [], files: {} }))
      expect(open().list().map((a) => a.title)).toEqual(['One'])
      expect(Object.keys(index().assessments)).toEqual([A])
    })

    it('rereads a file whose stamp in the index is not a full stamp, or whose summary names another id', () => {
      repo.create('One')
      const stored = index()
      fs.writeFileSync(
        path.join(dataDir, 'library.json'),
        JSON.stringify({ assessments: { [A]: { ...stored.assessments[A], title: 'Stale' } }, files: { [A]: { size: stored.files[A].size, mtimeMs: stored.files[A].mtimeMs } } }),
      )
      expect(open().list().map((a) => a.title)).toEqual(['One'])
      expect(index().files[A]).toEqual(stored.files[A])
      fs.writeFileSync(
        path.join(dataDir, 'library.json'),
        JSON.stringify({ assessments: { [A]: { ...stored.assessments[A], id: B, title: 'Other' } }, files: stored.files }),
      )
      expect(open().list()).toEqual([])
    })

    it('rereads a file whose size, time or inode differs from the stamp', () => {
      repo.create('One')
      const stored = index()
      for (const field of ['size', 'mtimeMs', 'ino'] as const) {
        fs.writeFileSync(
          path.join(dataDir, 'library.json'),
          JSON.stringify({ assessments: { [A]: { ...stored.assessments[A], title: 'Stale' } }, files: { [A]: { ...stored.files[A], [field]: stored.files[A][field] + 1 } } }),
        )
        expect(open().list().map((a) => a.title)).toEqual(['One'])
        expect(index().assessments[A].title).toBe('One')
      }
    })

    it('drops from the index a file that is gone, and leaves an index that agrees untouched', () => {
      repo.create('One')
      repo.create('Two')
      fs.rmSync(fileOf(B))
      expect(repo.list().map((a) => a.id)).toEqual([A])
      expect(Object.keys(index().files)).toEqual([A])
      const before = fs.statSync(path.join(dataDir, 'library.json')).mtimeMs
      const text = fs.readFileSync(path.join(dataDir, 'library.json'), 'utf8')
      fs.writeFileSync(path.join(dataDir, 'library.json'), text.replace('"One"', '"Cached"'))
      fs.utimesSync(path.join(dataDir, 'library.json'), new Date(before), new Date(before))
      // The file agrees with the stamp, so the cached summary is used as stored.
      expect(repo.list().map((a) => a.title)).toEqual(['Cached'])
      expect(fs.readFileSync(path.join(dataDir, 'library.json'), 'utf8')).toContain('"Cached"')
    })

    it('keeps a file from a newer Panorama in the stamps but not the list', () => {
      repo.create('One')
      fs.writeFileSync(fileOf(B), JSON.stringify({ ...readJson(fileOf(A)), id: B, origin: B, schemaVersion: 999 }))
      expect(repo.list().map((a) => a.id)).toEqual([A])
      expect(Object.keys(index().files).sort()).toEqual([A, B])
      expect(Object.keys(index().assessments)).toEqual([A])
      // Next time the stamp of the unlisted file is read from the index, with no summary beside it.
      expect(open().list().map((a) => a.id)).toEqual([A])
      expect(Object.keys(index().files).sort()).toEqual([A, B])
    })
  })

  describe('the index as a cache', () => {
    it('rebuilds an index whose assessments are not a record, even when its stamps agree', () => {
      repo.create('One')
      const stored = index()
      fs.writeFileSync(path.join(dataDir, 'library.json'), JSON.stringify({ assessments: 'none', files: stored.files }))
      expect(open().list().map((a) => a.title)).toEqual(['One'])
      expect(index().assessments[A].title).toBe('One')
    })

    it('rebuilds an index whose assessments are a list', () => {
      repo.create('One')
      const stored = index()
      fs.writeFileSync(path.join(dataDir, 'library.json'), JSON.stringify({ assessments: [stored.assessments[A]], files: stored.files }))
      expect(open().list().map((a) => a.title)).toEqual(['One'])
    })

    it('writes an empty index over an unusable one, with no files on disk', () => {
      fs.writeFileSync(path.join(dataDir, 'library.json'), JSON.stringify({ assessments: 5 }))
      expect(open().list()).toEqual([])
      expect(index()).toEqual({ assessments: {}, files: {} })
    })

    it('does not rewrite an index that agrees with the files, ignoring stamps for names that are not ids', () => {
      repo.create('One')
      const stored = index()
      const stamp = stored.files[A]
      const files = {
        ...stored.files,
        'NOT-AN-ID': stamp,
        [B.toUpperCase()]: stamp,
        [B]: { ...stamp, size: 'x' },
        [C]: { ...stamp, mtimeMs: 'x' },
        'dddddddd-dddd-4ddd-8ddd-dddddddddddd': { ...stamp, ino: 'x' },
        'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee': 5,
      }
      const text = JSON.stringify({ ...stored, files })
      fs.writeFileSync(path.join(dataDir, 'library.json'), text)
      expect(open().list().map((a) => a.title)).toEqual(['One'])
      expect(fs.readFileSync(path.join(dataDir, 'library.json'), 'utf8')).toBe(text)
    })

    it('skips a file that cannot be stat-ed (a dangling link) and drops it from the index', () => {
      repo.create('One')
      repo.create('Two')
      fs.rmSync(fileOf(B))
      fs.symlinkSync(path.join(dataDir, 'nowhere.json'), fileOf(B))
      expect(open().list().map((a) => a.id)).toEqual([A])
      expect(Object.keys(index().files)).toEqual([A])
    })

    it('leaves out of the index a damaged file with no backup, which was moved aside', () => {
      repo.create('One')
      fs.writeFileSync(fileOf(A), '')
      const reopened = open()
      expect(reopened.list()).toEqual([])
      expect(index()).toEqual({ assessments: {}, files: {} })
      expect(reopened.takeNotices()).toHaveLength(1)
    })

    it('says once a notice that happened twice', () => {
      const created = repo.create('One')
      vi.spyOn(fs, 'copyFileSync').mockImplementation(() => {
        throw ioError('ENOSPC')
      })
      repo.save({ ...created, title: 'One' })
      repo.save({ ...created, title: 'One' })
      expect(repo.takeNotices()).toEqual([
        'Panorama could not keep a backup of “One” before saving it (the disk is full). Your changes were saved, but the list of backups may be missing versions.',
      ])
      expect(repo.takeNotices()).toEqual([])
    })
  })

  describe('delete', () => {
    it('refuses an id that is not there', () => {
      expect(() => repo.delete(A)).toThrow('This assessment no longer exists. It may have been deleted.')
    })

    it('moves the file to deleted/ under a time stamp, takes any case of the id, and drops it from the index', () => {
      repo.create('One')
      repo.create('Two')
      repo.delete(A.toUpperCase())
      expect(fs.readdirSync(path.join(assessmentsDir(), 'deleted'))).toEqual([`assessment-${A}.2026-03-01T09-00-00-000Z.json`])
      expect(Object.keys(index().assessments)).toEqual([B])
      expect(Object.keys(index().files)).toEqual([B])
    })

    it('says why a delete failed and keeps the assessment', () => {
      repo.create('One')
      vi.spyOn(fs, 'renameSync').mockImplementationOnce(() => {
        throw ioError('EACCES')
      })
      expect(() => repo.delete(A)).toThrow(`The assessment could not be deleted: ${READ_ONLY}`)
      expect(fs.existsSync(fileOf(A))).toBe(true)
    })
  })

  describe('get, save and duplicate', () => {
    it('reports a file that cannot be read for a reason other than absence', () => {
      repo.create('One')
      vi.spyOn(fs, 'readFileSync').mockImplementationOnce(() => {
        throw ioError('EACCES')
      })
      expect(() => repo.get(A)).toThrow(`The assessment could not be read: ${READ_ONLY}`)
    })

    it('refuses a newer file with the newer wording', () => {
      repo.create('One')
      fs.writeFileSync(fileOf(A), JSON.stringify({ ...readJson(fileOf(A)), schemaVersion: 999 }))
      expect(() => repo.get(A)).toThrow('This assessment was made by a newer version of Panorama. Update Panorama to open it; the file has not been changed.')
    })

    it('saves under the lower-case id when given capitals', () => {
      const created = repo.create('One')
      clock = new Date('2026-03-02T09:00:00.000Z')
      const saved = repo.save({ ...created, id: A.toUpperCase(), title: 'Edited' })
      expect(saved.id).toBe(A)
      expect(readJson(fileOf(A)).title).toBe('Edited')
      expect(fs.readdirSync(assessmentsDir()).filter((f) => f.endsWith('.json'))).toEqual([`assessment-${A}.json`])
      expect(repo.list().map((a) => [a.id, a.title])).toEqual([[A, 'Edited']])
    })

    it('says a backup could not be kept without the final full stop, and still saves', () => {
      const created = repo.create('One')
      vi.spyOn(fs, 'copyFileSync').mockImplementationOnce(() => {
        throw ioError('ENOSPC')
      })
      repo.save({ ...created, title: 'Edited' })
      expect(repo.takeNotices()).toEqual([
        'Panorama could not keep a backup of “One” before saving it (the disk is full). Your changes were saved, but the list of backups may be missing versions.',
      ])
      expect(readJson(fileOf(A)).title).toBe('Edited')
    })

    it('says a save failed', () => {
      const created = repo.create('One')
      failWritesOf = `assessment-${A}`
      expect(() => repo.save({ ...created, title: 'Edited' })).toThrow(`The assessment could not be saved: ${READ_ONLY}`)
    })

    it('titles a copy of a long title with its first 190 characters', () => {
      const long = 'x'.repeat(195)
      repo.create(long)
      const copy = repo.duplicate(A.toUpperCase())
      expect(copy.title).toBe(`${'x'.repeat(190)} (copy)`)
      expect(copy.id).toBe(B)
      expect(index().assessments[B].title).toBe(`${'x'.repeat(190)} (copy)`)
    })

    it('refuses a file in an old format it cannot upgrade, naming the problem and the file', () => {
      repo.create('One')
      fs.writeFileSync(fileOf(A), JSON.stringify({ ...readJson(fileOf(A)), schemaVersion: 0 }))
      const before = fs.readFileSync(fileOf(A))
      expect(() => repo.get(A)).toThrow(
        /^This assessment was saved in an older file format that this version of Panorama could not upgrade: .+\. The file has not been changed: /,
      )
      expect(() => repo.get(A)).toThrow(`The file has not been changed: ${fileOf(A)}`)
      expect(fs.readFileSync(fileOf(A))).toEqual(before)
    })

    it('restores from whichever backup still decodes, and says when that version was saved', () => {
      const created = repo.create('One')
      clock = new Date('2026-03-02T09:00:00.000Z')
      repo.save({ ...created, title: 'Two' })
      const backupDir = path.join(dataDir, 'backups', A)
      const names = fs.readdirSync(backupDir)
      expect(names).toHaveLength(2)
      for (const broken of names) {
        const kept = fs.readFileSync(path.join(backupDir, broken))
        fs.writeFileSync(path.join(backupDir, broken), '')
        fs.writeFileSync(fileOf(A), '')
        expect(repo.get(A).title).toBe('One')
        const [notice] = repo.takeNotices()
        const savedAt = new Date('2026-03-01T09:00:00.000Z').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
        expect(notice).toMatch(
          new RegExp(`^The assessment “One” could not be read: the file is empty\\. Panorama restored its most recent good backup, the version saved ${savedAt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. Anything changed`),
        )
        fs.writeFileSync(path.join(backupDir, broken), kept)
      }
    })

    it('says a backup could not be kept, dropping only the final full stop', () => {
      const created = repo.create('One')
      vi.spyOn(fs, 'copyFileSync').mockImplementationOnce(() => {
        throw new Error('bad.path.')
      })
      repo.save({ ...created, title: 'Edited' })
      expect(repo.takeNotices()).toEqual([
        'Panorama could not keep a backup of “One” before saving it (bad.path). Your changes were saved, but the list of backups may be missing versions.',
      ])
    })

    it('keeps no upgrade when the original cannot be kept first, and says why', () => {
      repo.create('One')
      fs.writeFileSync(fileOf(A), JSON.stringify({ ...readJson(fileOf(A)), schemaVersion: 0 }))
      const before = fs.readFileSync(fileOf(A))
      const upgrading = createAssessmentRepository({ dataDir, openStore, now: () => clock, newId: () => C, migrations: { 0: (raw) => raw } })
      vi.spyOn(fs, 'copyFileSync').mockImplementationOnce(() => {
        throw ioError('EACCES')
      })
      expect(() => upgrading.get(A)).toThrow(
        `This assessment needs upgrading to the current file format, but a copy of the original could not be kept first, so the file has not been changed: ${READ_ONLY}`,
      )
      expect(fs.readFileSync(fileOf(A))).toEqual(before)
      expect(upgrading.get(A).title).toBe('One')
      expect(readJson(fileOf(A)).schemaVersion).toBe(1)
    })

    it('for the same save time, restores the recent backup before the daily one', () => {
      const created = repo.create('One')
      clock = new Date('2026-03-02T09:00:00.000Z')
      repo.save({ ...created, title: 'Two' })
      const backupDir = path.join(dataDir, 'backups', A)
      for (const name of fs.readdirSync(backupDir)) {
        const file = path.join(backupDir, name)
        fs.writeFileSync(file, JSON.stringify({ ...readJson(file), title: name.startsWith('recent-') ? 'Recent' : 'Daily' }))
      }
      expect(repo.listBackups(A).map((b) => [b.kind, b.title])).toEqual([
        ['recent', 'Recent'],
        ['daily', 'Daily'],
      ])
      fs.writeFileSync(fileOf(A), '')
      expect(repo.get(A).title).toBe('Recent')
    })

    it('passes over a backup that cannot be read at all (a folder in its place)', () => {
      const created = repo.create('One')
      clock = new Date('2026-03-02T09:00:00.000Z')
      repo.save({ ...created, title: 'Two' })
      fs.mkdirSync(path.join(dataDir, 'backups', A, 'recent-2026-03-09T09-00-00-000Z.json'))
      expect(repo.listBackups(A).map((b) => b.title)).toEqual(['One', 'One'])
      fs.writeFileSync(fileOf(A), '')
      expect(repo.get(A).title).toBe('One')
    })

    it('lists a repaired file with its backup after a duplicate', () => {
      const created = repo.create('One')
      clock = new Date('2026-03-02T09:00:00.000Z')
      repo.save({ ...created, title: 'Two' })
      fs.writeFileSync(fileOf(A), '')
      repo.duplicate(A)
      expect(index().assessments[A].title).toBe('One')
      expect(repo.list().map((a) => a.title).sort()).toEqual(['One', 'One (copy)'])
    })

    it('lists a repaired file with the backup it was restored from, after get and after duplicate', () => {
      const created = repo.create('One')
      clock = new Date('2026-03-02T09:00:00.000Z')
      repo.save({ ...created, title: 'Two' })
      clock = new Date('2026-03-03T09:00:00.000Z')
      repo.save({ ...repo.get(A), title: 'Three' })
      fs.writeFileSync(fileOf(A), '')
      expect(repo.get(A).title).toBe('Two')
      expect(index().assessments[A].title).toBe('Two')
      fs.writeFileSync(fileOf(A), '')
      repo.duplicate(A)
      expect(index().assessments[A].title).toBe('Two')
      expect(repo.list().map((a) => a.title).sort()).toEqual(['Two', 'Two (copy)'])
    })

    it('chooses the newest backup that decodes, and names the damaged copies -2, -3', () => {
      const created = repo.create('One')
      clock = new Date('2026-03-02T09:00:00.000Z')
      repo.save({ ...created, title: 'Two' })
      clock = new Date('2026-03-03T09:00:00.000Z')
      repo.save({ ...repo.get(A), title: 'Three' })
      for (let i = 0; i < 3; i++) {
        fs.writeFileSync(fileOf(A), '')
        repo.get(A)
      }
      const base = `assessment-${A}.${fileStamp(clock)}`
      expect(fs.readdirSync(path.join(assessmentsDir(), 'damaged')).sort()).toEqual([`${base}-2.json`, `${base}-3.json`, `${base}.json`])
      expect(repo.get(A).title).toBe('Two')
    })

    it('says a damaged file could not be moved aside', () => {
      repo.create('One')
      fs.writeFileSync(fileOf(A), '')
      vi.spyOn(fs, 'renameSync').mockImplementationOnce(() => {
        throw ioError('EACCES')
      })
      expect(() => repo.get(A)).toThrow(`The assessment file ${fileOf(A)} could not be read (the file is empty), and it could not be moved aside to restore a backup: ${READ_ONLY}`)
    })

    it('puts a damaged file back if its backup cannot be written', () => {
      const created = repo.create('One')
      clock = new Date('2026-03-02T09:00:00.000Z')
      repo.save({ ...created, title: 'Two' })
      fs.writeFileSync(fileOf(A), '')
      failWritesOf = `assessment-${A}`
      expect(() => repo.get(A)).toThrow(`The assessment could not be saved: ${READ_ONLY}`)
      expect(fs.readFileSync(fileOf(A), 'utf8')).toBe('')
    })
  })

  describe('backups', () => {
    it('offers only backups with a string title and an ISO time, titles cut to 200 characters', () => {
      const created = repo.create('One')
      clock = new Date('2026-03-02T09:00:00.000Z')
      repo.save({ ...created, title: 'Two' })
      const backupDir = path.join(dataDir, 'backups', A)
      for (const name of fs.readdirSync(backupDir)) {
        const file = path.join(backupDir, name)
        fs.writeFileSync(file, JSON.stringify({ ...readJson(file), title: 'y'.repeat(210) }))
      }
      const listed = repo.listBackups(A.toUpperCase())
      expect(listed.length).toBeGreaterThan(0)
      expect(listed.map((b) => b.title)).toEqual(listed.map(() => 'y'.repeat(200)))
      expect(listed[0]).toEqual({ name: listed[0]!.name, kind: listed[0]!.kind, savedAt: '2026-03-01T09:00:00.000Z', title: 'y'.repeat(200) })
      for (const name of fs.readdirSync(backupDir)) {
        const file = path.join(backupDir, name)
        fs.writeFileSync(file, JSON.stringify({ ...readJson(file), updatedAt: 'yesterday' }))
      }
      expect(repo.listBackups(A)).toEqual([])
      for (const name of fs.readdirSync(backupDir)) {
        const file = path.join(backupDir, name)
        fs.writeFileSync(file, JSON.stringify({ ...readJson(file), updatedAt: 5 }))
      }
      expect(repo.listBackups(A)).toEqual([])
      for (const name of fs.readdirSync(backupDir)) {
        const file = path.join(backupDir, name)
        fs.writeFileSync(file, JSON.stringify({ ...readJson(file), updatedAt: '2026-03-01T09:00:00.000Z', title: 7 }))
      }
      expect(repo.listBackups(A)).toEqual([])
      for (const name of fs.readdirSync(backupDir)) fs.writeFileSync(path.join(backupDir, name), '{')
      expect(repo.listBackups(A)).toEqual([])
    })

    it('refuses a backup that is gone, unreadable, from a newer Panorama, or when the current cannot be kept', () => {
      const created = repo.create('One')
      clock = new Date('2026-03-02T09:00:00.000Z')
      repo.save({ ...created, title: 'Two' })
      const [backup] = repo.listBackups(A)
      expect(() => repo.restoreBackup(A, 'nope.json')).toThrow('This backup is no longer kept. Open the list of backups again to see the ones there are.')

      vi.spyOn(fs, 'readFileSync').mockImplementationOnce(() => {
        throw ioError('ENOSPC')
      })
      expect(() => repo.restoreBackup(A, backup!.name)).toThrow(`The backup could not be read: ${DISK_FULL}`)
      vi.restoreAllMocks()

      vi.spyOn(fs, 'copyFileSync').mockImplementationOnce(() => {
        throw ioError('EPERM')
      })
      expect(() => repo.restoreBackup(A, backup!.name)).toThrow(`The current version could not be kept as a backup, so nothing was restored: ${READ_ONLY}`)
      vi.restoreAllMocks()

      const backupDir = path.join(dataDir, 'backups', A)
      for (const name of fs.readdirSync(backupDir)) {
        const file = path.join(backupDir, name)
        fs.writeFileSync(file, JSON.stringify({ ...readJson(file), schemaVersion: 999 }))
      }
      expect(() => repo.restoreBackup(A, backup!.name)).toThrow(
        'This backup cannot be restored: it was made by a newer version of Panorama. The current version has not been changed.',
      )
      expect(readJson(fileOf(A)).title).toBe('Two')
    })

    it('restores a backup as the current version and lists it', () => {
      const created = repo.create('One')
      clock = new Date('2026-03-02T09:00:00.000Z')
      repo.save({ ...created, title: 'Two' })
      const [backup] = repo.listBackups(A)
      clock = new Date('2026-03-04T09:00:00.000Z')
      const restored = repo.restoreBackup(A.toUpperCase(), backup!.name)
      expect(restored).toMatchObject({ id: A, title: 'One', updatedAt: '2026-03-04T09:00:00.000Z' })
      expect(index().assessments[A]).toEqual({ id: A, title: 'One', createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-04T09:00:00.000Z' })
    })
  })

  describe('createFromDocument', () => {
    const document = () => {
      const made = repo.create('Source')
      repo.delete(made.id)
      return { ...made, title: 'Opened' }
    }

    it('stores under a new id keeping the origin, or under its own id', () => {
      const doc = document()
      const fresh = repo.createFromDocument(doc, { id: 'new' })
      expect(fresh).toMatchObject({ id: B, origin: A, title: 'Opened' })
      expect(readJson(fileOf(B)).id).toBe(B)
      const kept = repo.createFromDocument(doc, { id: 'keep' })
      expect(kept).toMatchObject({ id: A, origin: A })
      expect(repo.list().map((a) => a.id).sort()).toEqual([A, B])
    })

    it('refuses an id already here unless replace, and replacing moves the old one to deleted/', () => {
      const doc = document()
      repo.createFromDocument(doc, { id: 'keep' })
      expect(() => repo.createFromDocument({ ...doc, title: 'Again' }, { id: 'keep' })).toThrow(
        'An assessment with this id is already here, so nothing was written. Choose “Replace it” or “Keep both”.',
      )
      expect(readJson(fileOf(A)).title).toBe('Opened')
      clock = new Date('2026-03-05T10:11:12.345Z')
      repo.createFromDocument({ ...doc, title: 'Again' }, { id: 'keep', replace: true })
      expect(readJson(fileOf(A)).title).toBe('Again')
      expect(fs.readdirSync(path.join(assessmentsDir(), 'deleted'))).toContain(`assessment-${A}.2026-03-05T10-11-12-345Z.json`)
      expect(readJson(path.join(assessmentsDir(), 'deleted', `assessment-${A}.2026-03-05T10-11-12-345Z.json`)).title).toBe('Opened')
      expect(index().assessments[A].title).toBe('Again')
    })

    it('says a replace failed, and puts the replaced one back if the write fails', () => {
      const doc = document()
      repo.createFromDocument(doc, { id: 'keep' })
      vi.spyOn(fs, 'renameSync').mockImplementationOnce(() => {
        throw ioError('EACCES')
      })
      expect(() => repo.createFromDocument(doc, { id: 'keep', replace: true })).toThrow(`The assessment could not be replaced: ${READ_ONLY}`)
      vi.restoreAllMocks()
      failWritesOf = `assessment-${A}`
      expect(() => repo.createFromDocument({ ...doc, title: 'Again' }, { id: 'keep', replace: true })).toThrow(`The assessment could not be saved: ${READ_ONLY}`)
      failWritesOf = null
      expect(readJson(fileOf(A)).title).toBe('Opened')
      expect(repo.list().map((a) => a.title)).toEqual(['Opened'])
    })

    it('a failed write of a new one leaves no file behind', () => {
      const doc = document()
      failWritesOf = `assessment-${A}`
      const rename = vi.spyOn(fs, 'renameSync')
      expect(() => repo.createFromDocument(doc, { id: 'keep' })).toThrow(`The assessment could not be saved: ${READ_ONLY}`)
      expect(rename.mock.calls.filter(([from]) => String(from).includes('deleted'))).toEqual([])
    })
  })

  describe('file names in capitals', () => {
    it('renames a capitalised file to lower case', () => {
      repo.create('One')
      fs.renameSync(fileOf(A), fileOf(A.toUpperCase()))
      const reopened = open()
      expect(reopened.list().map((a) => a.id)).toEqual([A])
      expect(fs.existsSync(fileOf(A))).toBe(true)
      expect(reopened.takeNotices()).toEqual([])
    })

    it('makes a capitalised second copy a new assessment and moves it to deleted/', () => {
      repo.create('One')
      fs.writeFileSync(fileOf(A.toUpperCase()), JSON.stringify({ ...readJson(fileOf(A)), id: A.toUpperCase(), title: 'Twin' }))
      ids = [C]
      const reopened = open()
      expect(reopened.list().map((a) => [a.id, a.title]).sort()).toEqual([
        [A, 'One'],
        [C, 'Twin'],
      ])
      expect(fs.readdirSync(path.join(assessmentsDir(), 'deleted'))[0]).toMatch(new RegExp(`^assessment-${A.toUpperCase()}\\.`))
    })

    it('reports a capitalised second copy that is damaged, or from a newer Panorama, once', () => {
      repo.create('One')
      const upper = fileOf(A.toUpperCase())
      fs.writeFileSync(upper, '')
      const opened = open()
      expect(opened.takeNotices()).toEqual([
        `The assessment file ${upper} names its assessment in capital letters, and Panorama could not give it the lower-case name it now uses (the file is empty). The file has been left as it is, and is not listed until it can be renamed.`,
      ])
      fs.writeFileSync(upper, JSON.stringify({ ...readJson(fileOf(A)), schemaVersion: 999 }))
      expect(open().takeNotices()).toEqual([
        `The assessment file ${upper} names its assessment in capital letters, and Panorama could not give it the lower-case name it now uses (it was made by a newer version of Panorama). The file has been left as it is, and is not listed until it can be renamed.`,
      ])
      expect(fs.existsSync(upper)).toBe(true)
    })

    it('reports a capitalised file that could not be renamed, without the full stop', () => {
      repo.create('One')
      fs.renameSync(fileOf(A), fileOf(A.toUpperCase()))
      vi.spyOn(fs, 'renameSync').mockImplementationOnce(() => {
        throw ioError('ENOSPC')
      })
      expect(open().takeNotices()).toEqual([
        `The assessment file ${fileOf(A.toUpperCase())} names its assessment in capital letters, and Panorama could not give it the lower-case name it now uses (the disk is full). The file has been left as it is, and is not listed until it can be renamed.`,
      ])
      vi.spyOn(fs, 'renameSync').mockImplementationOnce(() => {
        throw new Error('bad.path.')
      })
      expect(open().takeNotices()).toEqual([
        `The assessment file ${fileOf(A.toUpperCase())} names its assessment in capital letters, and Panorama could not give it the lower-case name it now uses (bad.path). The file has been left as it is, and is not listed until it can be renamed.`,
      ])
    })

    it('leaves alone names that only contain assessment-<ID>.json', () => {
      repo.create('One')
      const body = JSON.stringify({ ...readJson(fileOf(A)), id: B, origin: B })
      const names = [`old-assessment-${B.toUpperCase()}.json`, `assessment-${B.toUpperCase()}.json.bak`]
      for (const name of names) fs.writeFileSync(path.join(assessmentsDir(), name), body)
      const reopened = open()
      expect(fs.readdirSync(assessmentsDir()).sort()).toEqual([`assessment-${A}.json`, ...names].sort())
      expect(reopened.list().map((a) => a.id)).toEqual([A])
    })

    it('gives a capitalised second copy the backups kept under its spelling', () => {
      const created = repo.create('One')
      clock = new Date('2026-03-02T09:00:00.000Z')
      repo.save({ ...created, title: 'Two' })
      fs.writeFileSync(fileOf(A.toUpperCase()), JSON.stringify({ ...readJson(fileOf(A)), id: A.toUpperCase(), title: 'Twin' }))
      fs.mkdirSync(path.join(dataDir, 'backups', A.toUpperCase()))
      for (const name of fs.readdirSync(path.join(dataDir, 'backups', A))) {
        fs.copyFileSync(path.join(dataDir, 'backups', A, name), path.join(dataDir, 'backups', A.toUpperCase(), name))
      }
      ids = [C]
      const reopened = open()
      expect(fs.existsSync(path.join(dataDir, 'backups', A.toUpperCase()))).toBe(false)
      expect(reopened.listBackups(C).map((b) => [b.name, b.title])).toEqual(reopened.listBackups(A).map((b) => [b.name, 'One']))
      expect(reopened.listBackups(C)).not.toEqual([])
    })
  })
})
