import fs from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { openConfStore } from '../../electron/storage/open-conf-store'
import { MAX_RECENT_FILES, openSettingsStore } from '../../electron/storage/settings-store'
import { makeTempDir } from '../support/temp-dir'

describe('settings store', () => {
  let dataDir: string
  const now = () => new Date('2026-05-05T05:05:05.000Z')
  const open = () => openSettingsStore({ dataDir, openStore: openConfStore, now })

  beforeEach(() => {
    dataDir = makeTempDir()
  })

  it('starts with sensible defaults', () => {
    expect(open().read()).toEqual({ theme: 'system', windowBounds: null, recentFiles: [], lastAssessmentId: null, collapsedPanels: [] })
  })

  it('persists theme, window bounds and the last assessment across restarts', () => {
    open().update({
      theme: 'dark',
      windowBounds: { x: 10, y: 20, width: 1200, height: 800, maximized: false },
      lastAssessmentId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    })
    expect(open().read()).toMatchObject({ theme: 'dark', windowBounds: { x: 10, width: 1200 }, lastAssessmentId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa' })
  })

  it('validates every write against the JSON schema and keeps the previous value', () => {
    const settings = open()
    expect(() => settings.update({ theme: 'neon' as never })).toThrow()
    expect(() => settings.update({ windowBounds: { width: 5, height: 5, maximized: false } })).toThrow()
    expect(settings.read().theme).toBe('system')
  })

  it('keeps the most recent files first, without duplicates, capped', () => {
    const settings = open()
    for (let i = 0; i < MAX_RECENT_FILES + 3; i++) settings.addRecentFile(`/files/${i}.panorama.json`)
    settings.addRecentFile('/files/5.panorama.json')
    const recent = open().read().recentFiles
    expect(recent).toHaveLength(MAX_RECENT_FILES)
    expect(recent[0]).toBe('/files/5.panorama.json')
    expect(new Set(recent).size).toBe(recent.length)
  })

  it.each([
    ['broken JSON', Buffer.from('{"theme": "dark"')],
    ['a value the schema forbids', Buffer.from(JSON.stringify({ theme: 'neon' }))],
    ['no content at all', Buffer.alloc(0)],
    ['binary garbage', Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x13, 0x37, 0x00, 0x9c])],
  ])('moves a settings file with %s aside, keeps it, and starts from defaults', (_label, content) => {
    fs.writeFileSync(path.join(dataDir, 'settings.json'), content)
    const settings = open()
    expect(settings.read().theme).toBe('system')
    expect(settings.damagedCopy).toBe(path.join(dataDir, 'settings.damaged-2026-05-05T05-05-05-000Z.json'))
    expect(fs.readFileSync(settings.damagedCopy!)).toEqual(content)
  })
})
