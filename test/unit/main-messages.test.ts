import fs from 'node:fs'
import type { MenuItemConstructorOptions } from 'electron'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildMenuTemplate } from '../../electron/menu'
import { initCatalogue } from '../../common/i18n/full-catalogue'
import { en } from '../../common/i18n/resources'
import { PSEUDO_CLOSE, PSEUDO_LOCALE, PSEUDO_OPEN } from '../../common/i18n/pseudo-locale'
import { createTestBackend } from '../support/backend'
import { makeTempDir } from '../support/temp-dir'

const APP = 'app://panorama/index.html'
const bracketed = (text: string | undefined) => !!text && text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE)

describe('the main process speaks through the catalogue', () => {
  beforeAll(() => {
    initCatalogue(PSEUDO_LOCALE)
  })
  afterAll(() => {
    initCatalogue('en')
  })

  it('every menu label comes from the catalogue on every platform, except macOS’s own app-menu roles', () => {
    const actions = { send: () => {}, about: () => {}, quit: () => {} }
    const labels = (items: MenuItemConstructorOptions[]): (string | undefined)[] =>
      items.flatMap((item) => [...(item.type === 'separator' || (item.role && !item.label) ? [] : [item.label]), ...labels((item.submenu as MenuItemConstructorOptions[] | undefined) ?? [])])
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const found = labels(buildMenuTemplate(actions, platform)).filter((label) => !bracketed(label))
      expect(found, platform).toEqual([])
    }
  })

  it('a refused request is explained in the user’s language, schema wording included', async () => {
    const backend = createTestBackend({ dataDir: makeTempDir('panorama-main-messages-'), trustedOrigins: ['app://panorama'], newId: () => crypto.randomUUID() })
    const refused = await backend.dispatch('createAssessment', APP, { title: '' })
    expect(refused.ok).toBe(false)
    if (!refused.ok) {
      expect(refused.error.code).toBe('invalid-payload')
      expect(refused.error.message).toContain(PSEUDO_OPEN)
      // The schema's own English ("must not be empty") is replaced by the catalogue's wording.
      expect(refused.error.message).not.toContain('must not be empty')
    }
    const stranger = await backend.dispatch('listAssessments', 'https://example.com/', undefined)
    expect(!stranger.ok && bracketed(stranger.error.message)).toBe(true)
  })

  it('a refused file is explained in the user’s language, worded in the file worker and read from disk alike', async () => {
    const dir = makeTempDir('panorama-main-messages-files-')
    const backend = createTestBackend({ dataDir: dir, filesDir: dir })
    const latin1 = `${dir}/latin1.panorama`
    fs.writeFileSync(latin1, Buffer.from('{"organisation":"Zürich"}', 'latin1'))
    const bad = `${dir}/ben.json`
    fs.writeFileSync(bad, JSON.stringify({ format: 'panorama-responses', formatVersion: 1, extra: true }))
    backend.files.queueOpen([latin1])
    const opened = await backend.dispatch('openAssessmentFile', APP, undefined)
    backend.files.queueOpen([bad, dir])
    const imported = await backend.dispatch('openResponseFiles', APP, undefined)
    const messages = [
      opened.ok && opened.value.status === 'refused' ? opened.value.message : 'not refused',
      ...(imported.ok ? imported.value.map((file) => (file.ok ? 'not refused' : file.error)) : ['not refused']),
    ]
    expect(messages).toHaveLength(3)
    for (const message of messages) {
      expect(message).toContain(PSEUDO_OPEN)
      // zod's own English and Node's never get through.
      expect(message).not.toMatch(/Unrecognized|Invalid input|EISDIR|illegal operation/)
    }
    fs.rmSync(dir, { recursive: true, force: true })
  })
})

describe('schema messages', () => {
  it('every message the IPC schemas write is one of main:validation, so main can say it in the user’s language', () => {
    const wording = Object.values(en.main.validation).map((message) => new RegExp(`^${message.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\{max\}\}/g, '(\\d+|\\$\\{max\\})')}$`))
    const files = ['common/contract', 'electron/ipc'].flatMap((dir) => fs.readdirSync(dir).filter((name) => /schema|protocol/.test(name)).map((name) => `${dir}/${name}`))
    const messages = files.flatMap((name) => [...fs.readFileSync(name, 'utf8').matchAll(/message: ['`]([^'`]+)['`]/g)].map((m) => ({ name, message: m[1]! })))
    expect(messages.length).toBeGreaterThan(25)
    const unknown = messages.filter(({ message }) => !wording.some((pattern) => pattern.test(message)))
    expect(unknown, 'add these to assets/locales/en/main.json under "validation"').toEqual([])
  })
})
