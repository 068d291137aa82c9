import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackups, localDay } from '../../electron/storage/backups'
import { migrate, MigrationError } from '../../electron/storage/migrations'
import { openConfStore } from '../../electron/storage/open-conf-store'
import { openSettingsStore } from '../../electron/storage/settings-store'
import { makeTempDir } from '../support/temp-dir'

const ID = '00000000-0000-4000-8000-0000000000aa'
const at = (iso: string) => () => new Date(iso)
const source = (dir: string, text = '{"v":1}') => {
  const file = path.join(dir, 'source.json')
  fs.writeFileSync(file, text)
  return file
}

describe('backups on disk', () => {
  it('writes the calendar day with a one-based month', () => {
    expect(localDay(new Date(2026, 0, 9))).toBe('2026-01-09')
    expect(localDay(new Date(2026, 11, 31))).toBe('2026-12-31')
  })

  it('refuses an id that could name another path, whole or in part', () => {
    const backups = createBackups({ dir: makeTempDir(), now: at('2026-03-01T09:00:00Z') })
    for (const id of ['../etc', 'a/b', `${ID}/..`, `../${ID}`, '', 'x'.repeat(65)]) expect(() => backups.folderOf(id)).toThrow(`Not an assessment id: ${id}`)
    expect(backups.folderOf(ID.toUpperCase())).toMatch(new RegExp(`${ID}$`))
  })

  it('lists recent and daily backups newest first, and nothing else in the folder', () => {
    const dir = makeTempDir()
    let now = new Date('2026-03-01T09:00:00Z')
    const backups = createBackups({ dir, now: () => now })
    const file = source(makeTempDir())
    backups.keep(ID, file)
    now = new Date('2026-03-02T10:00:00Z')
    backups.keep(ID, file)
    fs.writeFileSync(path.join(backups.folderOf(ID), 'notes.txt'), 'not a backup')
    fs.writeFileSync(path.join(backups.folderOf(ID), 'before-upgrade-from-v0-x.json'), '{}')
    expect(backups.list(ID).map((b) => [b.name, b.kind])).toEqual([
      ['recent-2026-03-02T10-00-00-000Z', 'recent'],
      ['recent-2026-03-01T09-00-00-000Z', 'recent'],
      ['daily-2026-03-02', 'daily'],
      ['daily-2026-03-01', 'daily'],
    ])
    expect(backups.list('00000000-0000-4000-8000-0000000000bb')).toEqual([])
  })

  it('finds only a name list could give, and only while the file is there', () => {
    const dir = makeTempDir()
    const backups = createBackups({ dir, now: at('2026-03-01T09:00:00Z') })
    backups.keep(ID, source(makeTempDir()))
    expect(backups.find(ID, 'recent-2026-03-01T09-00-00-000Z')).toBe(path.join(backups.folderOf(ID), 'recent-2026-03-01T09-00-00-000Z.json'))
    expect(backups.find(ID, '../../settings')).toBeNull()
    // Even when the file a climbing name points at is there.
    fs.writeFileSync(path.join(dir, 'settings.json'), '{}')
    expect(backups.find(ID, '../settings')).toBeNull()
    expect(backups.find(ID, 'recent-2027-03-01T09-00-00-000Z')).toBeNull()
  })

  it('keeps every original before an upgrade, numbering a second one made in the same millisecond', () => {
    const dir = makeTempDir()
    const backups = createBackups({ dir, now: at('2026-03-01T09:00:00Z') })
    const file = source(makeTempDir())
    const first = backups.keepBeforeUpgrade(ID, file, 0)
    const second = backups.keepBeforeUpgrade(ID, file, 0)
    const third = backups.keepBeforeUpgrade(ID, file, 0)
    expect([first, second, third].map((f) => path.basename(f))).toEqual([
      'before-upgrade-from-v0-2026-03-01T09-00-00-000Z.json',
      'before-upgrade-from-v0-2026-03-01T09-00-00-000Z-2.json',
      'before-upgrade-from-v0-2026-03-01T09-00-00-000Z-3.json',
    ])
    for (const f of [first, second, third]) expect(fs.readFileSync(f, 'utf8')).toBe('{"v":1}')
  })

  it('moves the backups of an id spelled in capitals into the lower-case folder, keeping the ones already there', () => {
    const dir = makeTempDir()
    const upper = ID.toUpperCase()
    fs.mkdirSync(path.join(dir, upper))
    fs.writeFileSync(path.join(dir, upper, 'recent-2026-03-01T09-00-00-000Z.json'), 'from the capitals')
    fs.writeFileSync(path.join(dir, upper, 'daily-2026-03-01.json'), 'daily from the capitals')
    fs.mkdirSync(path.join(dir, ID))
    fs.writeFileSync(path.join(dir, ID, 'daily-2026-03-01.json'), 'already here')
    createBackups({ dir, now: at('2026-03-02T09:00:00Z') }).adopt(upper, ID)
    expect(fs.readFileSync(path.join(dir, ID, 'recent-2026-03-01T09-00-00-000Z.json'), 'utf8')).toBe('from the capitals')
    expect(fs.readFileSync(path.join(dir, ID, 'daily-2026-03-01.json'), 'utf8')).toBe('already here')
    // The clashing file stays where it was, so the folder it is in stays too; nothing is lost.
    expect(fs.readdirSync(path.join(dir, upper))).toEqual(['daily-2026-03-01.json'])

    const clean = makeTempDir()
    fs.mkdirSync(path.join(clean, upper))
    fs.writeFileSync(path.join(clean, upper, 'recent-2026-03-01T09-00-00-000Z.json'), 'x')
    fs.mkdirSync(path.join(clean, ID))
    createBackups({ dir: clean, now: at('2026-03-02T09:00:00Z') }).adopt(upper, ID)
    expect(fs.readdirSync(clean)).toEqual([ID])
  })
})

describe('a backups folder that is not a folder', () => {
  it('is an error, not an empty list, so a save does not go ahead without its backup', () => {
    const dir = makeTempDir()
    fs.writeFileSync(path.join(dir, ID), 'a file where the folder should be')
    const backups = createBackups({ dir, now: at('2026-03-01T09:00:00Z') })
    expect(() => backups.list(ID)).toThrow(/ENOTDIR/)
  })
})

describe('the recent-files list', () => {
  it('forgets exactly the file removed, and keeps the others in order', () => {
    const settings = openSettingsStore({ dataDir: makeTempDir(), openStore: openConfStore, now: at('2026-03-01T09:00:00Z') })
    for (const file of ['/a.panorama', '/b.panorama', '/c.panorama']) settings.addRecentFile(file)
    expect(settings.removeRecentFile('/b.panorama')).toEqual(['/c.panorama', '/a.panorama'])
    expect(settings.read().recentFiles).toEqual(['/c.panorama', '/a.panorama'])
    expect(settings.removeRecentFile('/not-listed.panorama')).toEqual(['/c.panorama', '/a.panorama'])
  })
})

describe('file format upgrades', () => {
  it('refuses a step that returns no assessment, naming the version', () => {
    for (const result of [null, 'text', [1]]) {
      let error: unknown
      try {
        migrate({ schemaVersion: 0 }, 0, { 0: () => result as never }, 1)
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(MigrationError)
      expect((error as Error).name).toBe('MigrationError')
      expect((error as Error).message).toMatch(/\b0\b/)
    }
  })
})
