import { beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { contract, methodNames, type Method } from '../../common/contract/contract'
import { newAssessment } from '../../common/contract/assessment-schema'
import { createDispatch, createSenderCheck, validationError } from '../../electron/ipc/dispatch'
import type { Handlers } from '../../electron/ipc/handlers'
import { createTestBackend } from '../support/backend'
import { makeTempDir, snapshotDir } from '../support/temp-dir'
import { roomPayloads } from '../support/room-payloads'

const APP = 'app://panorama/index.html'

describe('IPC dispatch in front of the real handlers', () => {
  let dataDir: string
  let backend: ReturnType<typeof createTestBackend>

  beforeEach(() => {
    dataDir = makeTempDir()
    backend = createTestBackend({ dataDir })
  })

  async function seed() {
    const created = await backend.dispatch('createAssessment', APP, { title: 'Annual review' })
    if (!created.ok) throw new Error(created.error.message)
    return created.value
  }

  it('creates, lists, reads, saves and deletes an assessment for the app itself', async () => {
    const created = await seed()
    expect(created).toMatchObject({ title: 'Annual review', schemaVersion: 1 })

    const list = await backend.dispatch('listAssessments', APP, undefined)
    expect(list).toEqual({ ok: true, value: [expect.objectContaining({ id: created.id, title: 'Annual review' })] })
    expect(await backend.dispatch('getStartupState', APP, undefined)).toEqual({
      ok: true,
      value: { settings: { theme: 'system', lastAssessmentId: null, recentFiles: [], collapsedPanels: [] }, assessments: [expect.objectContaining({ id: created.id })], notices: [], openFileWaiting: false, reopenAssessmentId: null },
    })

    const saved = await backend.dispatch('saveAssessment', APP, { assessment: { ...created, title: 'Renamed' } })
    expect(saved).toMatchObject({ ok: true, value: { title: 'Renamed', createdAt: created.createdAt } })

    expect(await backend.dispatch('getAssessment', APP, { id: created.id })).toMatchObject({ ok: true, value: { title: 'Renamed' } })
    expect(await backend.dispatch('deleteAssessment', APP, { id: created.id })).toEqual({ ok: true, value: { id: created.id } })
    expect(await backend.dispatch('listAssessments', APP, undefined)).toEqual({ ok: true, value: [] })
  })

  const badPayloads: Array<[Method, unknown, RegExp]> = [
    ['createAssessment', undefined, /expected object/i],
    ['createAssessment', { title: '' }, /^title: must not be empty$/],
    ['createAssessment', { title: '   ' }, /^title: must not be empty$/],
    ['createAssessment', { title: 'x'.repeat(201) }, /^title: must be 200 characters or fewer$/],
    ['createAssessment', { title: 42 }, /^title: must be text$/],
    ['createAssessment', { title: 'ok', extra: true }, /extra/],
    ['createAssessment', JSON.parse('{"title":"ok","__proto__":{"polluted":true}}'), /__proto__/],
    ['getAssessment', { id: '../../etc/passwd' }, /^id: must be an assessment id/],
    ['getAssessment', { id: null }, /^id: /],
    ['deleteAssessment', {}, /^id: /],
    ['saveAssessment', { assessment: { title: 'no id' } }, /^assessment\./],
    ['listAssessments', { unexpected: 1 }, /expected undefined/i],
    ['getStartupState', 'please', /expected undefined/i],
    ['updateSettings', {}, /must change at least one setting/],
    ['updateSettings', { theme: 'neon' }, /^theme: /],
  ]

  it.each(badPayloads)('rejects a bad %s payload with a readable message and changes nothing', async (method, payload, message) => {
    await seed()
    const before = snapshotDir(dataDir)
    const result = await backend.dispatch(method, APP, payload)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid-payload')
    expect(result.error.message).toMatch(message)
    expect(snapshotDir(dataDir)).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a save with a schema version from the future and leaves the file as it was', async () => {
    const created = await seed()
    const before = snapshotDir(dataDir)
    const result = await backend.dispatch('saveAssessment', APP, { assessment: { ...created, schemaVersion: 99 } })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', field: 'assessment.schemaVersion' } })
    expect(snapshotDir(dataDir)).toEqual(before)
  })

  it('reports an assessment that does not exist as not found, without creating a file', async () => {
    const before = snapshotDir(dataDir)
    const id = '11111111-2222-4333-8444-555555555555'
    expect(await backend.dispatch('getAssessment', APP, { id })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    const save = await backend.dispatch('saveAssessment', APP, {
      assessment: newAssessment({ id, title: 'Ghost', now: '2026-01-01T00:00:00.000Z' }),
    })
    expect(save).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(snapshotDir(dataDir)).toEqual(before)
  })

  const foreignSenders = [
    undefined,
    '',
    'https://evil.example/index.html',
    'http://127.0.0.1:5173/',
    'file:///home/user/index.html',
    'app://other/index.html',
    'app://panorama.evil.example/index.html',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
  ]

  it.each(foreignSenders)('refuses every channel from the foreign sender %s and changes nothing', async (sender) => {
    const created = await seed()
    const before = snapshotDir(dataDir)
    const payloads: Record<Method, unknown> = {
      getStartupState: undefined,
      setOpenAssessment: { id: created.id },
      cancelClose: undefined,
      takeNotices: undefined,
      listBackups: { id: created.id },
      restoreBackup: { id: created.id, name: 'recent-2026-03-01T09-00-00-000Z' },
      listAssessments: undefined,
      createAssessment: { title: 'Injected' },
      getAssessment: { id: created.id },
      saveAssessment: { assessment: { ...created, title: 'Hijacked' } },
      deleteAssessment: { id: created.id },
      duplicateAssessment: { id: created.id },
      exportResponses: { file: {}, suggestedName: 'x' },
      openResponseFiles: undefined,
      confirmClose: undefined,
      savePdf: { base64: 'JVBERi0xLjQK', suggestedName: 'x' },
      exportAssessmentFile: { id: created.id },
      openAssessmentFile: undefined,
      openRecentFile: { file: '/tmp/not-on-the-list.panorama.json' },
      resolveOpenedFile: { token: '00000000-0000-4000-8000-00000000abcd', choice: 'replace' },
      cancelFileRead: { id: '00000000-0000-4000-8000-00000000cafe' },
      exportCsv: { id: created.id },
      exportWorkbook: { id: created.id },
      writePreworkPacks: { id: created.id, participantIds: ['ben'], frameworks: ['iso-9001-2015'], efqmAnswer: 'bands', workbook: true, pdfs: [] },
      getSettings: undefined,
      updateSettings: { theme: 'dark' },
      ...roomPayloads(created.id),
    }
    for (const method of methodNames) {
      const result = await backend.dispatch(method, sender, payloads[method])
      expect(result, `${method} from ${String(sender)}`).toEqual({
        ok: false,
        error: { code: 'forbidden-sender', message: 'This request did not come from Panorama and was refused.' },
      })
    }
    expect(snapshotDir(dataDir)).toEqual(before)
    expect(backend.logs).toHaveLength(methodNames.length)
  })

  it('refuses a method name that is not in the contract, including inherited property names', async () => {
    for (const name of ['constructor', 'toString', 'runShell']) {
      const result = await backend.dispatch(name as Method, APP, undefined)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    }
  })

  it('hides internal failures behind a message that says nothing was changed', async () => {
    const failing = createTestBackend({ dataDir })
    failing.repository.list = () => {
      throw new Error('EIO: disk exploded at 0x1234')
    }
    // The dispatcher holds the handlers object, which closes over the repository object we just changed.
    const result = await failing.dispatch('listAssessments', APP, undefined)
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Panorama. Your data has not been changed; please try again.' },
    })
  })

  it('declares a distinct channel for every method', () => {
    const channels = methodNames.map((m) => contract[m].channel)
    expect(new Set(channels).size).toBe(channels.length)
  })
})

describe('sender check', () => {
  it('trusts exactly the configured scheme and host', () => {
    const check = createSenderCheck(['app://panorama', 'http://127.0.0.1:4321'])
    expect(check('app://panorama/index.html')).toBe(true)
    expect(check('APP://PANORAMA/assets/x.js')).toBe(true)
    expect(check('http://127.0.0.1:4321/index.html')).toBe(true)
    expect(check('http://127.0.0.1:4322/index.html')).toBe(false)
    expect(check('https://127.0.0.1:4321/')).toBe(false)
    expect(check('app://panorama@evil/')).toBe(false)
    expect(check(undefined)).toBe(false)
    expect(check('')).toBe(false)
    expect(check('not a url')).toBe(false)
  })

  it('trusts nobody through an origin that does not parse, not even a sender without an address', () => {
    const check = createSenderCheck(['not a url', ''])
    for (const sender of [undefined, '', 'not a url', 'app://panorama/index.html']) expect(check(sender)).toBe(false)
  })
})

describe('what dispatch tells the user and the log', () => {
  const failingHandlers = { listAssessments: () => { throw new Error('EIO') } } as unknown as Handlers

  it('words an unknown request from the catalogue', async () => {
    const dispatch = createDispatch({ handlers: failingHandlers, isTrustedSender: () => true, log: () => {} })
    await expect(dispatch('runShell' as Method, APP, undefined)).resolves.toEqual({ ok: false, error: { code: 'invalid-payload', message: 'Unknown request.' } })
  })

  it('logs a refused sender and a failed handler with their channel, to the console when no log is given', async () => {
    const logs: string[] = []
    const dispatch = createDispatch({ handlers: failingHandlers, isTrustedSender: (url) => url === APP, log: (message) => logs.push(message) })
    await dispatch('listAssessments', 'https://evil.example/', undefined)
    await dispatch('listAssessments', APP, undefined)
    expect(logs).toEqual([`Refused ${contract.listAssessments.channel} from untrusted sender https://evil.example/`, `Handler ${contract.listAssessments.channel} failed`])

    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {})
    try {
      await createDispatch({ handlers: failingHandlers, isTrustedSender: () => false })('listAssessments', undefined, undefined)
      expect(console.mock.calls).toEqual([[`Refused ${contract.listAssessments.channel} from untrusted sender undefined`, undefined]])
    } finally {
      console.mockRestore()
    }
  })

  it('names the offending field by its path, and no field when the payload is wrong as a whole', () => {
    const nested = z.strictObject({ organisation: z.strictObject({ sites: z.array(z.string()) }) }).safeParse({ organisation: { sites: ['a', 7] } })
    const deep = validationError(nested.error!)
    expect(deep.field).toBe('organisation.sites.1')
    expect(deep.message).toMatch(/^organisation\.sites\.1: /)
    const whole = validationError(z.strictObject({ id: z.string() }).safeParse('just text').error!)
    expect(whole.field).toBeUndefined()
    expect(whole.message).toMatch(/^The request was not valid: /)
  })
})
