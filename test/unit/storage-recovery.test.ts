import fs from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createAssessmentRepository, type AssessmentRepository } from '../../electron/storage/assessment-repository'
import { fileStamp } from '../../electron/storage/backups'
import { openConfStore } from '../../electron/storage/open-conf-store'
import { createTestBackend } from '../support/backend'
import { makeTempDir, snapshotDir } from '../support/temp-dir'

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'
const APP = 'app://panorama/index.html'

/** Ways a file can be damaged: each gets the bytes of the good file and returns the damaged ones. */
const damages: Array<[string, (good: Buffer) => Buffer, RegExp]> = [
  ['an empty file', () => Buffer.alloc(0), /the file is empty/],
  ['a truncated file', (good) => good.subarray(0, Math.floor(good.length / 2)), /not valid JSON \(it may have been cut short\)/],
  ['binary garbage', () => Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256)), /binary data instead of text/],
  ['invalid JSON', () => Buffer.from('{ "schemaVersion": 1, "title": "Board review", }'), /not valid JSON/],
  ['a wrong schema (valid JSON, wrong shape)', () => Buffer.from(JSON.stringify({ schemaVersion: 1, id: A, title: 12, ratings: [] })), /does not hold a valid assessment/],
]

describe('a damaged assessment file is moved aside and its newest good backup restored', () => {
  let dataDir: string
  let clock: Date
  let repo: AssessmentRepository
  const fileOf = (id: string) => path.join(dataDir, 'assessments', `assessment-${id}.json`)
  const damagedDir = () => path.join(dataDir, 'assessments', 'damaged')
  const open = () => createAssessmentRepository({ dataDir, openStore: openConfStore, now: () => clock, newId: () => A })

  beforeEach(() => {
    dataDir = makeTempDir()
    clock = new Date('2026-03-01T09:00:00.000Z')
    repo = open()
    repo.create('Version 0')
    clock = new Date('2026-03-01T10:00:00.000Z')
    repo.save({ ...repo.get(A), title: 'Version 1' })
    clock = new Date('2026-03-01T11:00:00.000Z')
    repo.save({ ...repo.get(A), title: 'Version 2' })
    clock = new Date('2026-03-02T08:00:00.000Z')
  })

  /** Damages the current file and returns the exact bytes written, and where recovery must keep them. */
  function damage(make: (good: Buffer) => Buffer) {
    const bytes = make(fs.readFileSync(fileOf(A)))
    fs.writeFileSync(fileOf(A), bytes)
    return { bytes, kept: path.join(damagedDir(), `assessment-${A}.${fileStamp(clock)}.json`) }
  }

  it.each(damages)('on open: %s', (_label, make, problem) => {
    const { bytes, kept } = damage(make)
    const restored = repo.get(A)

    // The newest backup is the version before the last save.
    expect(restored).toMatchObject({ id: A, title: 'Version 1', updatedAt: '2026-03-01T10:00:00.000Z' })
    expect(JSON.parse(fs.readFileSync(fileOf(A), 'utf8'))).toEqual(restored)
    // The damaged file is kept whole, never deleted.
    expect(fs.readdirSync(damagedDir())).toEqual([path.basename(kept)])
    expect(fs.readFileSync(kept)).toEqual(bytes)
    // The user is told what happened and where the damaged file is.
    const notices = repo.takeNotices()
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatch(problem)
    expect(notices[0]).toContain('Panorama restored its most recent good backup')
    expect(notices[0]).toContain(`which has been kept at ${kept}.`)
    expect(repo.takeNotices()).toEqual([])
    expect(repo.list()).toEqual([expect.objectContaining({ id: A, title: 'Version 1' })])
  })

  it.each(damages)('at start-up, when the library index is rebuilt: %s', (_label, make) => {
    const { bytes, kept } = damage(make)
    fs.rmSync(path.join(dataDir, 'library.json'))
    const restarted = open()
    expect(restarted.list()).toEqual([expect.objectContaining({ id: A, title: 'Version 1' })])
    expect(fs.readFileSync(kept)).toEqual(bytes)
    expect(restarted.takeNotices()).toEqual([expect.stringContaining(kept)])
  })

  it('skips damaged backups and restores the newest one that reads and validates', () => {
    const newest = repo.listBackups(A)[0]!
    expect(newest.title).toBe('Version 1')
    fs.writeFileSync(path.join(dataDir, 'backups', A, `${newest.name}.json`), '{"schemaVersion": 1, "title": "Version 1", "cut')
    damage(() => Buffer.from('garbage'))
    expect(repo.get(A)).toMatchObject({ title: 'Version 0', updatedAt: '2026-03-01T09:00:00.000Z' })
  })

  it('with no good backup, still keeps the damaged file and says where it is', () => {
    fs.rmSync(path.join(dataDir, 'backups'), { recursive: true })
    const { bytes, kept } = damage(() => Buffer.from('{"title": "Ver'))
    expect(() => repo.get(A)).toThrow(
      `An assessment file could not be read: the file is not valid JSON (it may have been cut short). There is no good backup of it to restore. The damaged file has been moved to ${kept} and kept there, so nothing in it has been deleted.`,
    )
    expect(fs.readFileSync(kept)).toEqual(bytes)
    expect(repo.list()).toEqual([])
  })

  it('with no good backup at start-up, lists the rest and reports the damaged file in a notice', () => {
    createAssessmentRepository({ dataDir, openStore: openConfStore, now: () => clock, newId: () => B }).create('Another')
    fs.rmSync(path.join(dataDir, 'backups'), { recursive: true })
    const { bytes, kept } = damage(() => Buffer.alloc(0))
    fs.rmSync(path.join(dataDir, 'library.json'))
    const restarted = open()
    expect(restarted.list().map((a) => a.title)).toEqual(['Another'])
    expect(restarted.takeNotices()).toEqual([expect.stringContaining(`The damaged file has been moved to ${kept} and kept there`)])
    expect(fs.readFileSync(kept)).toEqual(bytes)
  })

  it('when a save finds the file damaged, saves the open version in its place and keeps the damaged file', () => {
    const open = repo.get(A)
    const { bytes, kept } = damage(() => Buffer.from('\u0000\u0001\u0002'))
    const saved = repo.save({ ...open, title: 'Typed during the workshop' })
    expect(saved.title).toBe('Typed during the workshop')
    expect(repo.get(A).title).toBe('Typed during the workshop')
    expect(fs.readFileSync(kept)).toEqual(bytes)
    expect(repo.takeNotices()).toEqual([expect.stringContaining(`It has been moved to ${kept} and kept there, and the version you had open was saved in its place.`)])
  })

  it('leaves a file from a newer Panorama alone, even when the index is rebuilt', () => {
    const future = { ...JSON.parse(fs.readFileSync(fileOf(A), 'utf8')), schemaVersion: 99, somethingNew: true }
    fs.writeFileSync(fileOf(A), JSON.stringify(future))
    fs.rmSync(path.join(dataDir, 'library.json'))
    const before = snapshotDir(dataDir)
    const restarted = open()
    expect(restarted.list()).toEqual([])
    expect(() => restarted.get(A)).toThrow(/made by a newer version of Panorama/)
    // Only the rebuilt index (a cache) is new; the file, its backups and everything else are as they were.
    const { 'library.json': _index, ...after } = snapshotDir(dataDir)
    expect(after).toEqual(before)
    expect(restarted.takeNotices()).toEqual([])
  })
})

describe('notices reach the renderer', () => {
  let dataDir: string
  let backend: ReturnType<typeof createTestBackend>
  let id: string
  let clock: Date

  beforeEach(async () => {
    dataDir = makeTempDir()
    clock = new Date('2026-03-01T09:00:00.000Z')
    backend = createTestBackend({ dataDir, now: () => clock })
    const created = await backend.dispatch('createAssessment', APP, { title: 'Board review' })
    if (!created.ok) throw new Error(created.error.message)
    id = created.value.id
    clock = new Date('2026-03-01T10:00:00.000Z')
    await backend.dispatch('saveAssessment', APP, { assessment: { ...created.value, title: 'Board review, day 1' } })
    fs.writeFileSync(path.join(dataDir, 'assessments', `assessment-${id}.json`), '{"schemaVersion": 1, "ti')
  })

  it('on start-up, in getStartupState', async () => {
    fs.rmSync(path.join(dataDir, 'library.json'))
    const restarted = createTestBackend({ dataDir, now: () => clock })
    const startup = await restarted.dispatch('getStartupState', APP, undefined)
    if (!startup.ok) throw new Error(startup.error.message)
    expect(startup.value.assessments).toEqual([expect.objectContaining({ id, title: 'Board review' })])
    expect(startup.value.notices).toEqual([expect.stringMatching(/^The assessment “Board review” could not be read: the file is not valid JSON.*kept at .*assessments[/\\]damaged[/\\]assessment-/)])
  })

  it('after opening, through takeNotices (once)', async () => {
    expect(await backend.dispatch('getAssessment', APP, { id })).toMatchObject({ ok: true, value: { id, title: 'Board review' } })
    const notices = await backend.dispatch('takeNotices', APP, undefined)
    expect(notices).toEqual({ ok: true, value: [expect.stringContaining(path.join(dataDir, 'assessments', 'damaged'))] })
    expect(await backend.dispatch('takeNotices', APP, undefined)).toEqual({ ok: true, value: [] })
  })
})
