import fs from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { BACKUP_NAME_PATTERN } from '../../common/contract/backup-schema'
import { createAssessmentRepository, type AssessmentRepository } from '../../electron/storage/assessment-repository'
import { DAILY_BACKUP_DAYS, fileStamp, localDay, RECENT_BACKUPS } from '../../electron/storage/backups'
import { openConfStore } from '../../electron/storage/open-conf-store'
import { createTestBackend } from '../support/backend'
import { makeTempDir, snapshotDir } from '../support/temp-dir'

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
const APP = 'app://panorama/index.html'

describe('backups kept before each save', () => {
  let dataDir: string
  let clock: Date
  let repo: AssessmentRepository
  const fileOf = (id: string) => path.join(dataDir, 'assessments', `assessment-${id}.json`)
  const backupDir = () => path.join(dataDir, 'backups', A)
  const backupFiles = () => fs.readdirSync(backupDir()).sort()
  const titleIn = (name: string) => JSON.parse(fs.readFileSync(path.join(backupDir(), name), 'utf8')).title
  const open = () => createAssessmentRepository({ dataDir, openStore: openConfStore, now: () => clock, newId: () => A })
  /** Local noon, so the calendar day is the same in every time zone. */
  const day = (d: number, hour = 12, minute = 0) => new Date(2026, 2, d, hour, minute)

  beforeEach(() => {
    dataDir = makeTempDir()
    clock = day(1, 9)
    repo = open()
    repo.create('Version 0')
  })

  const saveAs = (title: string, at: Date) => {
    clock = at
    return repo.save({ ...repo.get(A), title })
  }

  it('keeps the version a save overwrites, byte for byte, as a recent backup and as the day’s first', () => {
    const before = fs.readFileSync(fileOf(A))
    saveAs('Version 1', day(1, 10))
    const recent = `recent-${fileStamp(day(1, 10))}.json`
    expect(backupFiles()).toEqual([`daily-${localDay(day(1))}.json`, recent])
    expect(fs.readFileSync(path.join(backupDir(), recent))).toEqual(before)
    expect(titleIn(`daily-${localDay(day(1))}.json`)).toBe('Version 0')
  })

  it('names backups with time stamps that sort in time order and are valid on Windows', () => {
    for (let i = 1; i <= 3; i++) saveAs(`Version ${i}`, day(1, 10, i))
    const names = backupFiles().filter((n) => n.startsWith('recent-'))
    for (const name of names) {
      expect(name).not.toMatch(/[:<>"/\\|?*]/)
      expect(name.slice(0, -'.json'.length)).toMatch(BACKUP_NAME_PATTERN)
    }
    expect(names.map(titleIn)).toEqual(['Version 0', 'Version 1', 'Version 2'])
  })

  it(`keeps only the last ${RECENT_BACKUPS} saves as recent backups`, () => {
    for (let i = 1; i <= 8; i++) saveAs(`Version ${i}`, day(1, 10, i))
    const recent = backupFiles().filter((n) => n.startsWith('recent-'))
    expect(recent.map(titleIn)).toEqual(['Version 3', 'Version 4', 'Version 5', 'Version 6', 'Version 7'])
    expect(repo.get(A).title).toBe('Version 8')
  })

  it('keeps every save even when the clock stands still or goes back', () => {
    clock = day(1, 10)
    for (let i = 1; i <= 3; i++) repo.save({ ...repo.get(A), title: `Version ${i}` })
    clock = day(1, 8)
    repo.save({ ...repo.get(A), title: 'Version 4' })
    const recent = backupFiles().filter((n) => n.startsWith('recent-'))
    expect(recent.map(titleIn)).toEqual(['Version 0', 'Version 1', 'Version 2', 'Version 3'])
  })

  it(`keeps the first save of each calendar day for ${DAILY_BACKUP_DAYS} days, and prunes older days`, () => {
    for (let d = 1; d <= 20; d++) {
      saveAs(`Day ${d} morning`, day(d, 9))
      saveAs(`Day ${d} evening`, day(d, 18))
    }
    const daily = backupFiles().filter((n) => n.startsWith('daily-'))
    expect(daily).toEqual(Array.from({ length: DAILY_BACKUP_DAYS }, (_, i) => `daily-${localDay(day(7 + i))}.json`))
    // Each day's backup is the version the day started with: the previous day's last save.
    expect(titleIn(`daily-${localDay(day(20))}.json`)).toBe('Day 19 evening')
    expect(titleIn(`daily-${localDay(day(7))}.json`)).toBe('Day 6 evening')
  })

  it('lists backups newest first, with their kind, the time the version was saved and its title then', () => {
    saveAs('Version 1', day(1, 10))
    saveAs('Version 2', day(2, 11))
    const list = repo.listBackups(A)
    expect(list).toEqual([
      { name: `recent-${fileStamp(day(2, 11))}`, kind: 'recent', savedAt: day(1, 10).toISOString(), title: 'Version 1' },
      { name: `daily-${localDay(day(2))}`, kind: 'daily', savedAt: day(1, 10).toISOString(), title: 'Version 1' },
      { name: `recent-${fileStamp(day(1, 10))}`, kind: 'recent', savedAt: day(1, 9).toISOString(), title: 'Version 0' },
      { name: `daily-${localDay(day(1))}`, kind: 'daily', savedAt: day(1, 9).toISOString(), title: 'Version 0' },
    ])
  })

  it('does not offer a backup that cannot be read', () => {
    saveAs('Version 1', day(1, 10))
    fs.writeFileSync(path.join(backupDir(), `recent-${fileStamp(day(1, 10))}.json`), '{"title": "cut sh')
    expect(repo.listBackups(A).map((b) => b.kind)).toEqual(['daily'])
  })

  it('restores a backup as the current version, keeping the current one first, so the restore can be undone', () => {
    saveAs('Version 1', day(1, 10))
    saveAs('Version 2', day(1, 11))
    const firstBackup = repo.listBackups(A).find((b) => b.title === 'Version 0' && b.kind === 'recent')!

    clock = day(1, 12)
    const restored = repo.restoreBackup(A, firstBackup.name)
    expect(restored).toMatchObject({ id: A, title: 'Version 0', createdAt: day(1, 9).toISOString(), updatedAt: day(1, 12).toISOString() })
    expect(repo.get(A)).toEqual(restored)
    expect(repo.list()).toEqual([expect.objectContaining({ id: A, title: 'Version 0', updatedAt: day(1, 12).toISOString() })])

    // What was current is now the newest backup; restoring it undoes the restore.
    const undo = repo.listBackups(A)[0]!
    expect(undo).toMatchObject({ kind: 'recent', title: 'Version 2' })
    clock = day(1, 13)
    expect(repo.restoreBackup(A, undo.name)).toMatchObject({ title: 'Version 2', updatedAt: day(1, 13).toISOString() })
  })

  it('refuses a backup that is gone or damaged, and changes nothing', () => {
    saveAs('Version 1', day(1, 10))
    const name = `recent-${fileStamp(day(1, 10))}`
    fs.writeFileSync(path.join(backupDir(), `${name}.json`), '{"schemaVersion": 1, "title": ')
    const before = snapshotDir(dataDir)
    expect(() => repo.restoreBackup(A, name)).toThrow(
      'This backup cannot be restored: the file is not valid JSON (it may have been cut short). The current version has not been changed.',
    )
    expect(() => repo.restoreBackup(A, 'recent-2020-01-01T00-00-00-000Z')).toThrow(/no longer kept/)
    expect(() => repo.restoreBackup(A, '../../assessments/assessment-x')).toThrow(/no longer kept/)
    expect(snapshotDir(dataDir)).toEqual(before)
  })

  it('still saves when a backup cannot be written, and tells the user', () => {
    fs.mkdirSync(path.join(dataDir, 'backups'), { recursive: true })
    fs.writeFileSync(path.join(dataDir, 'backups', A), 'a file where the folder should be')
    expect(saveAs('Version 1', day(1, 10)).title).toBe('Version 1')
    expect(repo.get(A).title).toBe('Version 1')
    expect(repo.takeNotices()).toEqual([expect.stringMatching(/^Panorama could not keep a backup of “Version 0” before saving it \(.+\)\. Your changes were saved/)])
    expect(repo.takeNotices()).toEqual([])
  })
})

describe('backups over IPC', () => {
  let clock: Date
  let backend: ReturnType<typeof createTestBackend>
  let dataDir: string
  let id: string

  beforeEach(async () => {
    dataDir = makeTempDir()
    clock = new Date('2026-03-01T09:00:00.000Z')
    backend = createTestBackend({ dataDir, now: () => clock })
    const created = await backend.dispatch('createAssessment', APP, { title: 'Workshop' })
    if (!created.ok) throw new Error(created.error.message)
    id = created.value.id
    clock = new Date('2026-03-01T10:00:00.000Z')
    await backend.dispatch('saveAssessment', APP, { assessment: { ...created.value, title: 'Workshop, edited' } })
  })

  it('lists and restores through the contract', async () => {
    const listed = await backend.dispatch('listBackups', APP, { id })
    if (!listed.ok) throw new Error(listed.error.message)
    expect(listed.value.map((b) => [b.kind, b.title])).toEqual([
      ['recent', 'Workshop'],
      ['daily', 'Workshop'],
    ])
    clock = new Date('2026-03-01T11:00:00.000Z')
    const restored = await backend.dispatch('restoreBackup', APP, { id, name: listed.value[0]!.name })
    expect(restored).toMatchObject({ ok: true, value: { id, title: 'Workshop', updatedAt: '2026-03-01T11:00:00.000Z' } })
    expect(await backend.dispatch('getAssessment', APP, { id })).toMatchObject({ ok: true, value: { title: 'Workshop' } })
  })

  it.each([
    ['a path', '../assessments/assessment-x'],
    ['an absolute path', '/etc/passwd'],
    ['a name with an extension', 'recent-2026-03-01T10-00-00-000Z.json'],
    ['a name with colons', 'recent-2026-03-01T10:00:00.000Z'],
    ['an unknown kind', 'deleted-2026-03-01'],
  ])('refuses %s as a backup name before it reaches the disk', async (_label, name) => {
    const before = snapshotDir(dataDir)
    const result = await backend.dispatch('restoreBackup', APP, { id, name })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', field: 'name' } })
    expect(snapshotDir(dataDir)).toEqual(before)
  })
})
