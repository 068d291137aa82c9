import { unzipSync } from 'fflate'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import efqmJson from '../../assets/frameworks/efqm-2025.json'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import type { Assessment } from '../../common/contract/assessment-schema'
import { ASSESSMENT_FILE_MAX_BYTES, type OpenFileResult } from '../../common/contract/portable-file-schema'
import { buildPortableFile, createPortableFiles, importedTitle } from '../../electron/ipc/portable-file'
import { AppError } from '../../electron/ipc/app-error'
import type { IncomingFiles } from '../../electron/ipc/incoming-files'
import type { FileAccess } from '../../electron/files/file-access'
import type { AssessmentRepository } from '../../electron/storage/assessment-repository'
import { newAssessment, emptyItemResponse } from '../../common/contract/assessment-schema'
import type { PortableAssessmentFile } from '../../common/contract/portable-file-schema'
import { miniMaturity, miniRadar } from '../support/mini-frameworks'
import type { Result } from '../../common/contract/contract'
import { createTestBackend } from '../support/backend'
import { fullAssessment } from '../support/full-assessment'
import { makeTempDir, snapshotDir } from '../support/temp-dir'
import { portableFileOf } from '../support/portable-fixture'
import { bundledFrameworks as bundled } from '../../electron/ipc/known-frameworks'

const APP = 'app://panorama/index.html'
const FILE_ID = '11111111-1111-4111-8111-111111111111'
const NOTHING = 'Nothing has been changed.'
const cannot = (detail: string) => `This file cannot be opened: ${detail}. ${NOTHING}`

const made: string[] = []
const tempDir = (prefix: string) => {
  const dir = makeTempDir(prefix)
  made.push(dir)
  return dir
}
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A realistic workshop: both frameworks, three people, every item rated, notes, one action. */
function workshop(): Assessment {
  const doc = fullAssessment(FILE_ID, 3)
  return {
    ...doc,
    title: 'Annual review 2026',
    organisation: { name: 'Zürich — Ørsted ✓ Łódź Ελλάδα Москва', sector: 'public', size: '50-249', scope: 'Whole organisation', date: '2026-03-01' },
    actions: [
      {
        id: 'a1',
        title: 'Write down the context analysis',
        owner: 'Participant 1',
        due: '2026-09-30',
        impact: 3,
        effort: 2,
        status: 'open',
        sources: [{ frameworkId: 'iso-9001-2015', itemId: '4.1', entryId: doc.responses['iso-9001-2015']!['4.1']!.afis[0]!.id }],
      },
    ],
  }
}

const portable = (assessment: Assessment = workshop()) => portableFileOf(assessment)

/** The valid file with one change; `file` is loosely typed because most changes break it on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function variant(change: (file: any) => void): string {
  const file = structuredClone(portable())
  change(file)
  return JSON.stringify(file)
}

describe('portable assessment files: opening', () => {
  let dataDir: string
  let inbox: string
  let backend: ReturnType<typeof createTestBackend>

  beforeEach(() => {
    dataDir = tempDir('panorama-data-')
    inbox = tempDir('panorama-inbox-')
    backend = createTestBackend({ dataDir, filesDir: inbox })
    // Something already in the library, so "nothing changed" is checked against real files.
    backend.repository.create('Supplier audit 2025')
  })

  const place = (content: string | Buffer, name = 'incoming.panorama.json') => {
    const file = path.join(inbox, name)
    fs.writeFileSync(file, content)
    return file
  }
  async function open(content: string | Buffer): Promise<OpenFileResult> {
    backend.files.queueOpen([place(content)])
    const result = (await backend.dispatch('openAssessmentFile', APP, undefined)) as Result<OpenFileResult>
    if (!result.ok) throw new Error(`dispatch failed: ${result.error.message}`)
    return result.value
  }
  async function resolve(token: string, choice: 'replace' | 'copy' | 'cancel'): Promise<OpenFileResult> {
    const result = (await backend.dispatch('resolveOpenedFile', APP, { token, choice })) as Result<OpenFileResult>
    if (!result.ok) throw new Error(`dispatch failed: ${result.error.message}`)
    return result.value
  }
  /** Opens the content, expects exactly this refusal, and proves the data folder did not change. */
  async function expectRefused(content: string | Buffer, message: string) {
    const before = snapshotDir(dataDir)
    expect(await open(content)).toEqual({ status: 'refused', message })
    expect(snapshotDir(dataDir)).toEqual(before)
  }

  it('reports a cancelled dialog as cancelled and changes nothing', async () => {
    const before = snapshotDir(dataDir)
    expect(await backend.dispatch('openAssessmentFile', APP, undefined)).toEqual({ ok: true, value: { status: 'cancelled' } })
    expect(snapshotDir(dataDir)).toEqual(before)
  })

  it('opens a valid file as a new assessment, exactly as it was written', async () => {
    const document = workshop()
    const result = await open(JSON.stringify(portable(document)))
    expect(result).toEqual({
      status: 'opened',
      assessment: { id: FILE_ID, title: 'Annual review 2026', createdAt: document.createdAt, updatedAt: document.updatedAt },
    })
    expect(backend.repository.get(FILE_ID)).toEqual(document)
    expect(backend.repository.list().map((a) => a.id)).toContain(FILE_ID)
  })

  it('accepts a file that starts with a UTF-8 byte-order mark', async () => {
    const result = await open(`\uFEFF${JSON.stringify(portable())}`)
    expect(result.status).toBe('opened')
  })

  it('stores HTML and script in text fields as plain text, unchanged', async () => {
    const hostile = '<img src=x onerror=alert(1)>'
    const document = { ...workshop(), title: hostile, organisation: { ...workshop().organisation, scope: '<script>alert("x")</script>' } }
    const result = await open(JSON.stringify(portable(document)))
    expect(result).toMatchObject({ status: 'opened', assessment: { title: hostile } })
    const stored = backend.repository.get(FILE_ID)
    expect(stored.title).toBe(hostile)
    expect(stored.organisation.scope).toBe('<script>alert("x")</script>')

    // And out again: the exported file carries the same text.
    const exported = await backend.dispatch('exportAssessmentFile', APP, { id: FILE_ID })
    expect(exported).toMatchObject({ ok: true, value: { saved: true } })
    const written = JSON.parse(fs.readFileSync((exported as { value: { path: string } }).value.path, 'utf8'))
    expect(written.assessment.title).toBe(hostile)
  })

  describe('refuses, naming the problem, and changes nothing on disk', () => {
    it('a file larger than 20 MB, without reading it', async () => {
      const file = place('')
      fs.truncateSync(file, ASSESSMENT_FILE_MAX_BYTES + 1)
      const opened = vi.spyOn(fsp, 'open')
      const before = snapshotDir(dataDir)
      backend.files.queueOpen([file])
      expect(await backend.dispatch('openAssessmentFile', APP, undefined)).toEqual({
        ok: true,
        value: { status: 'refused', message: cannot('it is larger than 20 MB, so it is not a Panorama assessment file') },
      })
      expect(opened).not.toHaveBeenCalled()
      expect(snapshotDir(dataDir)).toEqual(before)
      // The spy does see reads: a file within the limit is opened through it.
      await open(JSON.stringify(portable()))
      expect(opened).toHaveBeenCalledTimes(1)
    })

    it('a file that is gone, and a folder', async () => {
      const before = snapshotDir(dataDir)
      backend.files.queueOpen([path.join(inbox, 'moved-away.panorama.json')])
      expect(await backend.dispatch('openAssessmentFile', APP, undefined)).toEqual({
        ok: true,
        value: { status: 'refused', message: cannot('it is no longer there (it may have been moved or deleted)') },
      })
      backend.files.queueOpen([inbox])
      expect(await backend.dispatch('openAssessmentFile', APP, undefined)).toEqual({
        ok: true,
        value: { status: 'refused', message: cannot('it is a folder, not a file') },
      })
      expect(snapshotDir(dataDir)).toEqual(before)
    })

    it('a file that is not JSON', async () => {
      await expectRefused('{"format": "panorama-assessment", ', cannot('it is not valid JSON, so it is not a Panorama assessment file (it may be damaged or incomplete)'))
      await expectRefused(Buffer.from([0xff, 0xfe, 0x00, 0x01]), cannot('it is not valid JSON, so it is not a Panorama assessment file (it may be damaged or incomplete)'))
    })

    it('JSON that is not a Panorama assessment file, and a participant response file', async () => {
      const notOurs = cannot('it is not a Panorama assessment file. Choose a file made with “Export assessment…” (its name ends in .panorama)')
      await expectRefused('{"hello": "world"}', notOurs)
      await expectRefused('[1, 2, 3]', notOurs)
      await expectRefused('null', notOurs)
      await expectRefused(
        JSON.stringify({ format: 'panorama-responses', formatVersion: 1 }),
        cannot('it is a participant response file, not an assessment. Open the assessment it belongs to and use “Import responses…”'),
      )
    })

    // An own property named like this is what JSON.parse makes of such a key; JSON.stringify writes it back out.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const ownKey = (target: any, key: string, value: unknown) => Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true })
    it.each([
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      ['__proto__', 'the top level', (file: any) => ownKey(file, '__proto__', { polluted: 'yes' })],
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      ['__proto__', 'assessment.responses.iso-9001-2015', (file: any) => ownKey(file.assessment.responses['iso-9001-2015'], '__proto__', { polluted: 'yes' })],
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      ['constructor', 'assessment.responses.iso-9001-2015.4.1.ratings', (file: any) => ownKey(file.assessment.responses['iso-9001-2015']['4.1'].ratings, 'constructor', { kind: 'level', level: 3 })],
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      ['prototype', 'assessment.organisation', (file: any) => ownKey(file.assessment.organisation, 'prototype', { polluted: 'yes' })],
    ])('a key named %s (at %s), and Object.prototype stays clean', async (key, where, inject) => {
      const content = variant(inject)
      expect(content).toContain(`"${key}":`)
      await expectRefused(
        content,
        cannot(`it has a key named “${key}” at ${where}, which Panorama never writes and which could be used to tamper with the app`),
      )
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty('polluted')
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
    })

    it('a participant whose id is a prototype name', async () => {
      await expectRefused(
        variant((file) => file.assessment.participants.push({ id: 'constructor', name: 'Mallory', role: 'staff' })),
        cannot('assessment.participants.3.id must not be “constructor”'),
      )
    })

    it('duplicate ids: participants, note entries and actions', async () => {
      await expectRefused(
        variant((file) => file.assessment.participants.push({ id: 'p2', name: 'Second P2', role: 'staff' })),
        cannot('assessment.participants.3.id “p2” is used twice; every participant needs its own id'),
      )
      await expectRefused(
        variant((file) => (file.assessment.responses['iso-9001-2015']['4.1'].evidence = [{ id: 'e1', text: 'Minutes' }, { id: 'e1', text: 'Policy' }])),
        cannot('assessment.responses.iso-9001-2015.4.1.evidence.1.id “e1” is used twice; every note entry needs its own id'),
      )
      await expectRefused(
        variant((file) => file.assessment.actions.push({ ...file.assessment.actions[0], title: 'Again' })),
        cannot('assessment.actions.1.id “a1” is used twice; every action needs its own id'),
      )
    })

    it('frameworks this version does not know, in the header, the assessment and its responses', async () => {
      const knows = '(it knows efqm-2025, iso-9001-2015)'
      await expectRefused(
        variant((file) => file.frameworks.push({ id: 'caf-2020', edition: '2020' })),
        cannot(`frameworks.2.id names the framework “caf-2020”, which this version of Panorama does not know ${knows}`),
      )
      await expectRefused(
        variant((file) => file.assessment.frameworks.push('iso-9004-2018')),
        cannot(`assessment.frameworks.2 names the framework “iso-9004-2018”, which this version of Panorama does not know ${knows}`),
      )
      await expectRefused(
        variant((file) => (file.assessment.responses['efqm-2013'] = {})),
        cannot(`assessment.responses.efqm-2013 holds answers for a framework this version of Panorama does not know ${knows}`),
      )
    })

    it('scores outside their scale', async () => {
      await expectRefused(
        variant((file) => (file.assessment.responses['iso-9001-2015']['4.1'].ratings.p1 = { kind: 'level', level: 7 })),
        cannot('assessment.responses.iso-9001-2015.4.1.ratings.p1.level must be a level from 0 to 5'),
      )
      await expectRefused(
        variant((file) => (file.assessment.responses['iso-9001-2015']['4.1'].ratings.p1 = { kind: 'level', level: -1 })),
        cannot('assessment.responses.iso-9001-2015.4.1.ratings.p1.level must be a level from 0 to 5'),
      )
      await expectRefused(
        variant((file) => (file.assessment.responses['efqm-2025']['1.1'].ratings.p2 = { kind: 'quick', score: 105 })),
        cannot('assessment.responses.efqm-2025.1.1.ratings.p2.score must be between 0 and 100'),
      )
      await expectRefused(
        variant((file) => (file.assessment.responses['efqm-2025']['1.1'].consensus = { kind: 'score', score: 52, rationale: '' })),
        cannot('assessment.responses.efqm-2025.1.1.consensus.score must be a step of 5 (0, 5, 10 … 100)'),
      )
      await expectRefused(
        variant((file) => (file.assessment.responses['efqm-2025']['1.2'].ratings.p1 = { kind: 'radar', attributes: { sound: 1000 } })),
        cannot('assessment.responses.efqm-2025.1.2.ratings.p1.attributes.sound must be between 0 and 100'),
      )
      await expectRefused(variant((file) => (file.assessment.actions[0].impact = 4)), cannot('assessment.actions.0.impact must be 1, 2 or 3'))
    })

    it('a file from a newer Panorama', async () => {
      const newer = `This file was made by a newer version of Panorama. Update Panorama to open it. ${NOTHING}`
      await expectRefused(variant((file) => (file.formatVersion = 2)), newer)
      await expectRefused(variant((file) => (file.schemaVersion = 2)), newer)
      await expectRefused(variant((file) => (file.assessment.schemaVersion = 2)), newer)
    })

    it('missing, unknown and mistyped fields, each by name', async () => {
      await expectRefused(variant((file) => delete file.assessment.title), cannot('assessment.title is missing'))
      await expectRefused(variant((file) => delete file.exportedAt), cannot('exportedAt is missing'))
      await expectRefused(variant((file) => (file.assessment.title = '   ')), cannot('assessment.title must not be empty'))
      await expectRefused(variant((file) => (file.assessment.title = 'x'.repeat(201))), cannot('assessment.title must be 200 characters or fewer'))
      await expectRefused(variant((file) => (file.assessment.participants = 'everyone')), cannot('assessment.participants must be a list'))
      await expectRefused(variant((file) => (file.assessment.setupComplete = 'yes')), cannot('assessment.setupComplete must be true or false'))
      await expectRefused(variant((file) => (file.assessment.id = '../../etc/passwd')), cannot('assessment.id must be an assessment id (a UUID)'))
      await expectRefused(variant((file) => (file.assessment.colour = 'blue')), cannot('assessment has a field Panorama does not know: “colour”'))
      await expectRefused(variant((file) => (file.extra = 1)), cannot('the file has a field Panorama does not know: “extra”'))
      await expectRefused(variant((file) => (file.assessment = [])), cannot('assessment must hold the assessment (an object)'))
      await expectRefused(
        variant((file) => (file.assessment.responses['iso-9001-2015']['4.1'].ratings.p1 = { kind: 'stars', stars: 5 })),
        cannot('assessment.responses.iso-9001-2015.4.1.ratings.p1.kind must be one of quick, radar, level, not-applicable'),
      )
      await expectRefused(
        variant((file) => (file.assessment.responses['iso-9001-2015']['not an item!'] = file.assessment.responses['iso-9001-2015']['4.1'])),
        cannot('assessment.responses.iso-9001-2015 has a key “not an item!” that is not allowed there; it must be an item id such as 4.1'),
      )
    })

    it('nesting deeper than any Panorama file', async () => {
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
      await expectRefused(
        variant((file) => (file.assessment.organisation.scope = '@@DEEP@@')).replace('"@@DEEP@@"', deep),
        cannot('it is nested more deeply than any Panorama file, at assessment.organisation.scope.0.0.0.0.0.0.0.0.0.0'),
      )
    })
  })

  describe('a file whose assessment is already here', () => {
    beforeEach(async () => {
      expect(await open(JSON.stringify(portable()))).toMatchObject({ status: 'opened' })
      // The copy here has moved on since the file was written.
      backend.repository.save({ ...backend.repository.get(FILE_ID), title: 'Annual review 2026 (facilitator’s copy)' })
    })

    async function ask(document = { ...workshop(), title: 'Annual review 2026 (from Ana)' }) {
      const before = snapshotDir(dataDir)
      const result = await open(JSON.stringify(portable(document)))
      expect(result).toEqual({
        status: 'exists',
        token: expect.stringMatching(/^[0-9a-f-]{36}$/),
        title: document.title,
        existingTitle: 'Annual review 2026 (facilitator’s copy)',
      })
      // Nothing is written until the user chooses.
      expect(snapshotDir(dataDir)).toEqual(before)
      return { token: (result as { token: string }).token, document, before }
    }

    it('Replace it: the file takes the id; the replaced assessment is moved to deleted/, not erased', async () => {
      const { token, document } = await ask()
      const result = await resolve(token, 'replace')
      expect(result).toMatchObject({ status: 'opened', assessment: { id: FILE_ID, title: 'Annual review 2026 (from Ana)' } })
      expect(backend.repository.get(FILE_ID)).toEqual(document)
      const setAside = fs.readdirSync(path.join(dataDir, 'assessments', 'deleted'))
      expect(setAside).toHaveLength(1)
      expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'assessments', 'deleted', setAside[0]!), 'utf8')).title).toBe(
        'Annual review 2026 (facilitator’s copy)',
      )
      expect(backend.repository.list().filter((a) => a.id === FILE_ID)).toHaveLength(1)
    })

    it('Keep both: a new id, the same origin, and “(imported)” after the title', async () => {
      const { token, document } = await ask()
      const result = await resolve(token, 'copy')
      expect(result).toMatchObject({ status: 'opened', assessment: { title: 'Annual review 2026 (from Ana) (imported)' } })
      const copyId = (result as { assessment: { id: string } }).assessment.id
      expect(copyId).not.toBe(FILE_ID)
      expect(backend.repository.get(copyId)).toEqual({ ...document, id: copyId, title: 'Annual review 2026 (from Ana) (imported)', origin: FILE_ID })
      expect(backend.repository.get(FILE_ID).title).toBe('Annual review 2026 (facilitator’s copy)')
    })

    it('Cancel: nothing changes, and the token cannot be used again', async () => {
      const { token, before } = await ask()
      expect(await resolve(token, 'cancel')).toEqual({ status: 'cancelled' })
      expect(snapshotDir(dataDir)).toEqual(before)
      expect(await resolve(token, 'replace')).toEqual({
        status: 'refused',
        message: `This file is no longer waiting to be opened. Open it again with “Open file…”. ${NOTHING}`,
      })
      expect(snapshotDir(dataDir)).toEqual(before)
    })

    it('a token is used once; an unknown token is refused', async () => {
      const { token } = await ask()
      expect(await resolve(token, 'copy')).toMatchObject({ status: 'opened' })
      expect(await resolve(token, 'copy')).toMatchObject({ status: 'refused' })
      expect(await resolve('00000000-0000-4000-8000-00000000dead', 'replace')).toMatchObject({ status: 'refused' })
      expect(await backend.dispatch('resolveOpenedFile', APP, { token: 'not-a-token', choice: 'replace' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload', message: 'token: must be the token Panorama gave when the file was opened' },
      })
    })

    it('a failed write keeps the question open, so the choice can be tried again', async () => {
      const { token, document } = await ask()
      const original = backend.repository.createFromDocument
      backend.repository.createFromDocument = () => {
        throw new Error('EIO')
      }
      expect(await backend.dispatch('resolveOpenedFile', APP, { token, choice: 'replace' })).toMatchObject({ ok: false, error: { code: 'internal' } })
      backend.repository.createFromDocument = original
      expect(await resolve(token, 'replace')).toMatchObject({ status: 'opened' })
      expect(backend.repository.get(FILE_ID)).toEqual(document)
    })
  })

  it('keeps an imported title within 200 characters', () => {
    expect(importedTitle('Review')).toBe('Review (imported)')
    const long = importedTitle('x'.repeat(200))
    expect(long).toHaveLength(200)
    expect(long.endsWith('x (imported)')).toBe(true)
  })
})

describe('portable assessment files: exporting', () => {
  let dataDir: string
  let documents: string
  let backend: ReturnType<typeof createTestBackend>

  beforeEach(() => {
    dataDir = tempDir('panorama-data-')
    documents = tempDir('panorama-documents-')
    backend = createTestBackend({ dataDir, filesDir: documents })
  })

  it('writes a self-describing .panorama file named after the title, read from storage by id', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-06-02T10:00:00.000Z') })
    const stored = backend.repository.createFromDocument({ ...workshop(), title: 'Q3: review / “final”?' }, { id: 'keep' })
    const result = await backend.dispatch('exportAssessmentFile', APP, { id: FILE_ID })
    const expectedPath = path.join(documents, 'Q3- review - “final”-.panorama')
    expect(result).toEqual({ ok: true, value: { saved: true, path: expectedPath } })
    expect(backend.files.saved).toEqual([expectedPath])
    const text = fs.readFileSync(expectedPath, 'utf8')
    expect(JSON.parse(text)).toEqual({
      format: 'panorama-assessment',
      formatVersion: 1,
      schemaVersion: 1,
      exportedAt: '2026-06-02T10:00:00.000Z',
      frameworks: [
        { id: 'efqm-2025', edition: efqmJson.edition },
        { id: 'iso-9001-2015', edition: isoJson.edition },
      ],
      assessment: stored,
    })
    // Written through a temporary file and a rename: nothing else is left in the folder.
    expect(fs.readdirSync(documents)).toEqual([path.basename(expectedPath)])
  })

  it('round trip: export, then open in another Panorama, gives the same document', async () => {
    const stored = backend.repository.createFromDocument(workshop(), { id: 'keep' })
    const exported = await backend.dispatch('exportAssessmentFile', APP, { id: FILE_ID })
    const file = (exported as { value: { path: string } }).value.path

    const elsewhere = createTestBackend({ dataDir: tempDir('panorama-elsewhere-') })
    elsewhere.files.queueOpen([file])
    expect(await elsewhere.dispatch('openAssessmentFile', APP, undefined)).toMatchObject({ ok: true, value: { status: 'opened', assessment: { id: FILE_ID } } })
    expect(elsewhere.repository.get(FILE_ID)).toEqual(stored)

    // And back into the same library as a copy: equal except for its id and title.
    backend.files.queueOpen([file])
    const asked = await backend.dispatch('openAssessmentFile', APP, undefined)
    const token = (asked as { value: { token: string } }).value.token
    const copy = await backend.dispatch('resolveOpenedFile', APP, { token, choice: 'copy' })
    const copyId = (copy as { value: { assessment: { id: string } } }).value.assessment.id
    expect(backend.repository.get(copyId)).toEqual({ ...stored, id: copyId, title: `${stored.title} (imported)` })
  })

  it('writes nothing when the save dialog is cancelled', async () => {
    backend.repository.createFromDocument(workshop(), { id: 'keep' })
    backend.files.cancelNextSave()
    expect(await backend.dispatch('exportAssessmentFile', APP, { id: FILE_ID })).toEqual({ ok: true, value: { saved: false } })
    backend.files.cancelNextSave()
    expect(await backend.dispatch('exportWorkbook', APP, { id: FILE_ID })).toEqual({ ok: true, value: { saved: false } })
    expect(await backend.dispatch('exportCsv', APP, { id: FILE_ID })).toMatchObject({ ok: true, value: { saved: true } })
    expect(fs.readdirSync(documents)).toEqual(['Annual review 2026 (CSV).zip'])
  })

  it('says so when the assessment is gone, or the file cannot be written', async () => {
    expect(await backend.dispatch('exportAssessmentFile', APP, { id: '00000000-0000-4000-8000-000000000999' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await backend.dispatch('exportWorkbook', APP, { id: '00000000-0000-4000-8000-000000000999' })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    backend.repository.createFromDocument(workshop(), { id: 'keep' })
    const full = () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))
    backend.files.writeText = full
    backend.files.writeBytes = full
    expect(await backend.dispatch('exportAssessmentFile', APP, { id: FILE_ID })).toEqual({
      ok: false,
      error: { code: 'storage-failed', message: 'The assessment file could not be saved: the disk is full. Choose another folder and try again.' },
    })
    expect(await backend.dispatch('exportCsv', APP, { id: FILE_ID })).toEqual({
      ok: false,
      error: { code: 'storage-failed', message: 'The CSV files could not be saved: the disk is full. Choose another folder and try again.' },
    })
    expect(await backend.dispatch('exportWorkbook', APP, { id: FILE_ID })).toEqual({
      ok: false,
      error: { code: 'storage-failed', message: 'The workbook could not be saved: the disk is full. Choose another folder and try again.' },
    })
    expect(fs.readdirSync(documents)).toEqual([])
  })

  it('writes the CSV files zipped, one per table, each UTF-8 with a byte-order mark, named after the title', async () => {
    backend.repository.createFromDocument(workshop(), { id: 'keep' })
    const result = await backend.dispatch('exportCsv', APP, { id: FILE_ID })
    expect(result).toEqual({ ok: true, value: { saved: true, path: path.join(documents, 'Annual review 2026 (CSV).zip') } })
    const files = unzipSync(fs.readFileSync(path.join(documents, 'Annual review 2026 (CSV).zip')))
    expect(Object.keys(files)).toEqual(['summary.csv', 'votes.csv', 'consensus.csv', 'notes.csv', 'findings.csv', 'actions.csv', 'crosswalk.csv'])
    const votes = Buffer.from(files['votes.csv']!)
    expect([...votes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(votes.toString('utf8').slice(1).split('\r\n')[0]).toMatch(/^framework,framework_edition,item,item_title,participant,role,kind,score,level,not_applicable_reason,note,item_status(,radar_\w+)*$/)
  })

  it('writes the results workbook as .xlsx, named after the title', async () => {
    backend.repository.createFromDocument(workshop(), { id: 'keep' })
    const result = await backend.dispatch('exportWorkbook', APP, { id: FILE_ID })
    expect(result).toEqual({ ok: true, value: { saved: true, path: path.join(documents, 'Annual review 2026.xlsx') } })
    const files = unzipSync(fs.readFileSync(path.join(documents, 'Annual review 2026.xlsx')))
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet7.xml']))
  })
})

/**
 * createPortableFiles against stand-ins that write down what they are asked: the dialog options,
 * the repository's calls, the frameworks the reader is told of and the recent-files list.
 */
function standIns(options: { stored?: Assessment[]; getFails?: Error; frameworks?: () => ReturnType<typeof miniRadar>[]; openPath?: string | null } = {}) {
  const stored = new Map((options.stored ?? []).map((assessment) => [assessment.id, assessment]))
  const created: Array<{ id: string; title: string; options: { id: 'new' | 'keep'; replace?: boolean } }> = []
  const repository: Pick<AssessmentRepository, 'get' | 'createFromDocument'> = {
    get(id) {
      if (options.getFails) throw options.getFails
      const found = stored.get(id)
      if (!found) throw new AppError('not-found', `No assessment ${id}.`)
      return found
    },
    createFromDocument(document, how) {
      const saved = how.id === 'new' ? { ...document, id: '22222222-2222-4222-8222-222222222222' } : document
      created.push({ id: saved.id, title: saved.title, options: how })
      stored.set(saved.id, saved)
      return saved
    },
  }
  const saveDialogs: Array<Parameters<FileAccess['chooseSavePath']>[0]> = []
  const openDialogs: Array<Parameters<FileAccess['chooseOpenPaths']>[0]> = []
  const written = new Map<string, string>()
  const files: Pick<FileAccess, 'chooseSavePath' | 'chooseOpenPaths' | 'writeText'> = {
    async chooseSavePath(dialog) {
      saveDialogs.push(dialog)
      return `/documents/${dialog.defaultName}`
    },
    async chooseOpenPaths(dialog) {
      openDialogs.push(dialog)
      return options.openPath === null ? [] : [options.openPath ?? '/inbox/shared.panorama']
    },
    async writeText(file, content) {
      written.set(file, content)
    },
  }
  const reads: Array<{ path: string; knownFrameworkIds: readonly string[] }> = []
  let document: Assessment = newAssessment({ id: FILE_ID, title: 'Shared review', now: '2026-03-01T09:00:00.000Z' })
  const incoming: Pick<IncomingFiles, 'readAssessment'> = {
    async readAssessment(path, knownFrameworkIds) {
      reads.push({ path, knownFrameworkIds })
      return { ok: true, file: portableFileOf(document) as PortableAssessmentFile }
    },
  }
  const recent: string[] = []
  let tokens = 0
  const portable = createPortableFiles({
    repository: repository as AssessmentRepository,
    files: files as FileAccess,
    incoming: incoming as IncomingFiles,
    onRecentFile: (file) => recent.push(file),
    newToken: () => `token-${++tokens}`,
    now: () => new Date('2026-06-02T10:00:00.000Z'),
    ...(options.frameworks ? { frameworks: options.frameworks } : {}),
  })
  return { portable, created, saveDialogs, openDialogs, written, reads, recent, setDocument: (next: Assessment) => (document = next) }
}

describe('portable assessment files: what main asks of the dialogs, the repository and the reader', () => {
  const review = () => newAssessment({ id: FILE_ID, title: 'Shared review', now: '2026-03-01T09:00:00.000Z' })

  it('asks the save dialog for a .panorama file, with a translated title and filter, and lists the saved file as recent', async () => {
    const { portable, saveDialogs, recent } = standIns({ stored: [review()] })
    expect(await portable.exportAssessmentFile(FILE_ID)).toEqual({ saved: true, path: '/documents/Shared review.panorama' })
    expect(saveDialogs).toEqual([{ title: 'Export assessment', defaultName: 'Shared review.panorama', filters: [{ name: 'Panorama assessment', extensions: ['panorama'] }] }])
    expect(recent).toEqual(['/documents/Shared review.panorama'])
  })

  it('asks the open dialog for one assessment file, .panorama or the older .json, with a translated title', async () => {
    const { portable, openDialogs } = standIns({ openPath: null })
    expect(await portable.openAssessmentFile()).toEqual({ status: 'cancelled' })
    expect(openDialogs).toEqual([{ title: 'Open Panorama assessment file', filters: [{ name: 'Panorama assessment', extensions: ['panorama', 'json'] }], multiple: false, purpose: 'assessment' }])
  })

  it('stores a file new to the library under its own id, and lists the path it came from as recent', async () => {
    const { portable, created, recent } = standIns()
    expect(await portable.openAssessmentFile()).toMatchObject({ status: 'opened', assessment: { id: FILE_ID } })
    expect(created).toEqual([{ id: FILE_ID, title: 'Shared review', options: { id: 'keep' } }])
    expect(recent).toEqual(['/inbox/shared.panorama'])
  })

  it('Replace it keeps the file’s id and replaces; Keep both takes a new id; each lists the file as recent, Cancel does not', async () => {
    const { portable, created, recent } = standIns({ stored: [review()] })
    const ask = async () => ((await portable.openFromPath('/inbox/shared.panorama')) as { token: string }).token
    expect(portable.resolveOpenedFile(await ask(), 'cancel')).toEqual({ status: 'cancelled' })
    expect(recent).toEqual([])
    expect(portable.resolveOpenedFile(await ask(), 'replace')).toMatchObject({ status: 'opened', assessment: { id: FILE_ID } })
    expect(portable.resolveOpenedFile(await ask(), 'copy')).toMatchObject({ status: 'opened', assessment: { title: 'Shared review (imported)' } })
    expect(created).toEqual([
      { id: FILE_ID, title: 'Shared review', options: { id: 'keep', replace: true } },
      { id: '22222222-2222-4222-8222-222222222222', title: 'Shared review (imported)', options: { id: 'new' } },
    ])
    expect(recent).toEqual(['/inbox/shared.panorama', '/inbox/shared.panorama'])
  })

  it('treats an id whose stored file cannot be read as taken, and asks before touching it', async () => {
    for (const failure of [new AppError('storage-failed', 'The file is damaged.'), new Error('EACCES')]) {
      const { portable, created } = standIns({ getFails: failure })
      expect(await portable.openAssessmentFile()).toEqual({ status: 'exists', token: 'token-1', title: 'Shared review', existingTitle: 'an assessment file Panorama cannot read' })
      expect(created).toEqual([])
    }
  })

  it('keeps at most eight opened files waiting for an answer, dropping the oldest first', async () => {
    const { portable } = standIns({ stored: [review()] })
    for (let i = 1; i <= 8; i += 1) expect(await portable.openFromPath(`/inbox/${i}.panorama`)).toMatchObject({ status: 'exists', token: `token-${i}` })
    expect(portable.pendingCount()).toBe(8)
    await portable.openFromPath('/inbox/9.panorama')
    expect(portable.pendingCount()).toBe(8)
    expect(portable.resolveOpenedFile('token-1', 'cancel')).toEqual({ status: 'refused', message: `This file is no longer waiting to be opened. Open it again with “Open file…”. ${NOTHING}` })
    expect(portable.resolveOpenedFile('token-2', 'cancel')).toEqual({ status: 'cancelled' })
    expect(portable.resolveOpenedFile('token-9', 'cancel')).toEqual({ status: 'cancelled' })
    expect(portable.pendingCount()).toBe(6)
  })

  it('checks opened files against the frameworks it is given, and writes their editions into an export', async () => {
    const given = () => [miniRadar(), miniMaturity()]
    const { portable, reads, written } = standIns({ stored: [{ ...review(), frameworks: ['mini-radar'] }], frameworks: given })
    await portable.openFromPath('/inbox/shared.panorama')
    expect(reads).toEqual([{ path: '/inbox/shared.panorama', knownFrameworkIds: ['mini-radar', 'mini-maturity'] }])
    await portable.exportAssessmentFile(FILE_ID)
    expect(JSON.parse(written.get('/documents/Shared review.panorama')!).frameworks).toEqual([{ id: 'mini-radar', edition: miniRadar().edition }])
  })

  it('checks opened files against the bundled frameworks when given none', async () => {
    const { portable, reads } = standIns()
    await portable.openFromPath('/inbox/shared.panorama')
    expect(reads).toEqual([{ path: '/inbox/shared.panorama', knownFrameworkIds: ['efqm-2025', 'iso-9001-2015'] }])
  })
})

describe('the header of a .panorama file', () => {
  it('names every framework the assessment uses or holds answers for, with its edition, or none for one this build does not know', () => {
    const assessment: Assessment = {
      ...newAssessment({ id: FILE_ID, title: 'Header', now: '2026-03-01T09:00:00.000Z' }),
      frameworks: ['iso-9001-2015'],
      responses: { 'efqm-2025': { '1.1': emptyItemResponse() }, 'iso-9001-2015': {}, 'caf-2020': {} },
    }
    const file = buildPortableFile(assessment, [miniRadar(), ...bundled()], new Date('2026-06-02T10:00:00.000Z'))
    expect(file.frameworks).toEqual([
      { id: 'iso-9001-2015', edition: isoJson.edition },
      { id: 'efqm-2025', edition: efqmJson.edition },
      { id: 'caf-2020', edition: '' },
    ])
    expect(file.exportedAt).toBe('2026-06-02T10:00:00.000Z')
  })
})

describe('the title of a kept copy', () => {
  it('drops the spaces left at the end of a long title cut to fit, and keeps those at its start', () => {
    const added = ' (imported)'.length
    const cut = 200 - added
    expect(importedTitle(`${'x'.repeat(cut - 2)}  ${'y'.repeat(10)}`)).toBe(`${'x'.repeat(cut - 2)} (imported)`)
    expect(importedTitle(' Review')).toBe(' Review (imported)')
  })
})
