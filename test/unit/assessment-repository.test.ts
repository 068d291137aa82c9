import fs from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createAssessmentRepository, type AssessmentRepository } from '../../electron/storage/assessment-repository'
import { openConfStore } from '../../electron/storage/open-conf-store'
import { makeTempDir, snapshotDir } from '../support/temp-dir'

describe('assessment repository on disk', () => {
  let dataDir: string
  let clock: Date
  let repo: AssessmentRepository
  let ids: string[]

  const open = () =>
    createAssessmentRepository({
      dataDir,
      openStore: openConfStore,
      now: () => clock,
      newId: () => ids.shift() ?? 'ffffffff-ffff-4fff-8fff-ffffffffffff',
    })
  const fileOf = (id: string) => path.join(dataDir, 'assessments', `assessment-${id}.json`)
  const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
  const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'

  beforeEach(() => {
    dataDir = makeTempDir()
    clock = new Date('2026-03-01T09:00:00.000Z')
    ids = [A, B]
    repo = open()
  })

  it('writes one JSON file per assessment, carrying its schema version', () => {
    repo.create('Board review')
    const onDisk = JSON.parse(fs.readFileSync(fileOf(A), 'utf8'))
    expect(onDisk).toMatchObject({
      schemaVersion: 1,
      id: A,
      origin: A,
      title: 'Board review',
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
      frameworks: [],
      participants: [],
      setupComplete: false,
      responses: {},
    })
  })

  it('lists assessments newest change first, and the list survives a restart', () => {
    repo.create('First')
    clock = new Date('2026-03-02T09:00:00.000Z')
    repo.create('Second')
    clock = new Date('2026-03-03T09:00:00.000Z')
    repo.save({ ...repo.get(A), title: 'First, edited' })

    const reopened = open()
    expect(reopened.list().map((a) => a.title)).toEqual(['First, edited', 'Second'])
  })

  it('keeps the creation date and stamps the save time with its own clock', () => {
    const created = repo.create('Stamped')
    clock = new Date('2026-04-01T10:30:00.000Z')
    const saved = repo.save({ ...created, createdAt: '1999-01-01T00:00:00.000Z', updatedAt: '1999-01-01T00:00:00.000Z' })
    expect(saved.createdAt).toBe('2026-03-01T09:00:00.000Z')
    expect(saved.updatedAt).toBe('2026-04-01T10:30:00.000Z')
    expect(repo.get(A)).toEqual(saved)
  })

  it('makes a copy under a new id that keeps the origin, the answers and the setup', () => {
    const original = repo.create('Workshop')
    repo.save({ ...original, participants: [{ id: 'p1', name: 'Ana', role: 'staff' }] })
    clock = new Date('2026-03-05T09:00:00.000Z')
    const copy = repo.duplicate(A)
    expect(copy).toMatchObject({ id: B, origin: A, title: 'Workshop (copy)', createdAt: '2026-03-05T09:00:00.000Z', participants: [{ id: 'p1' }] })
    expect(repo.list().map((a) => a.title).sort()).toEqual(['Workshop', 'Workshop (copy)'])
  })

  it('moves a deleted assessment aside instead of erasing it', () => {
    repo.create('To delete')
    repo.delete(A)
    expect(fs.existsSync(fileOf(A))).toBe(false)
    const kept = fs.readdirSync(path.join(dataDir, 'assessments', 'deleted'))
    expect(kept).toHaveLength(1)
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'assessments', 'deleted', kept[0]!), 'utf8')).title).toBe('To delete')
    expect(repo.list()).toEqual([])
    expect(() => repo.get(A)).toThrow(/no longer exists/)
  })

  it('rebuilds a missing or damaged library index from the assessment files', () => {
    repo.create('One')
    repo.create('Two')
    fs.rmSync(path.join(dataDir, 'library.json'))
    expect(open().list().map((a) => a.title).sort()).toEqual(['One', 'Two'])

    fs.writeFileSync(path.join(dataDir, 'library.json'), '{ not json')
    expect(open().list().map((a) => a.title).sort()).toEqual(['One', 'Two'])
  })

  it('refuses a file made by a newer Panorama and leaves it untouched', () => {
    repo.create('Future')
    const future = { ...JSON.parse(fs.readFileSync(fileOf(A), 'utf8')), schemaVersion: 7, newField: 'x' }
    fs.writeFileSync(fileOf(A), JSON.stringify(future))
    const before = snapshotDir(dataDir)
    expect(() => repo.get(A)).toThrow(/made by a newer version of Panorama/)
    expect(() => repo.save({ ...future, schemaVersion: 1, title: 'Overwrite' })).toThrow(/newer version/)
    expect(snapshotDir(dataDir)).toEqual(before)
  })

  it.each([
    ['invalid JSON', '{"schemaVersion": 1, "title": '],
    ['an empty file', ''],
    ['a wrong shape', JSON.stringify({ schemaVersion: 1, id: A, title: 12 })],
  ])('with no backup, moves a file with %s aside, keeps it whole and says where it is', (_label, content) => {
    repo.create('Damaged')
    fs.writeFileSync(fileOf(A), content)
    const kept = path.join(dataDir, 'assessments', 'damaged', `assessment-${A}.2026-03-01T09-00-00-000Z.json`)
    expect(() => repo.get(A)).toThrow(`There is no good backup of it to restore. The damaged file has been moved to ${kept}`)
    expect(fs.readFileSync(kept, 'utf8')).toBe(content)
    expect(fs.existsSync(fileOf(A))).toBe(false)
    expect(repo.list()).toEqual([])
  })

  it('reports a write to a read-only folder in words a user can act on, and keeps the old file', () => {
    if (process.getuid?.() === 0) {
      // root ignores file permissions; simulate the OS error instead.
      const failing = createAssessmentRepository({
        dataDir,
        openStore: ((options: Parameters<typeof openConfStore>[0]) => {
          const store = openConfStore<Record<string, unknown>>(options)
          if (options.name.startsWith('assessment-')) {
            Object.defineProperty(store, 'store', {
              get: () => JSON.parse(fs.readFileSync(fileOf(A), 'utf8')),
              set: () => {
                throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' })
              },
            })
          }
          return store
        }) as typeof openConfStore,
        now: () => clock,
        newId: () => A,
      })
      repo.create('Original')
      const before = fs.readFileSync(fileOf(A), 'utf8')
      expect(() => failing.save({ ...repo.get(A), title: 'Changed' })).toThrow(
        'The assessment could not be saved: the data folder is read-only or you do not have permission to write to it.',
      )
      expect(fs.readFileSync(fileOf(A), 'utf8')).toBe(before)
      return
    }
    repo.create('Original')
    const before = fs.readFileSync(fileOf(A), 'utf8')
    fs.chmodSync(path.join(dataDir, 'assessments'), 0o555)
    try {
      expect(() => repo.save({ ...repo.get(A), title: 'Changed' })).toThrow(/read-only or you do not have permission/)
    } finally {
      fs.chmodSync(path.join(dataDir, 'assessments'), 0o755)
    }
    expect(fs.readFileSync(fileOf(A), 'utf8')).toBe(before)
  })
})
