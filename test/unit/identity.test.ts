import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import { assessmentSchema, BUILT_IN_NAMES, newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import { assessmentId } from '../../common/contract/schemas'
import { responseFileSchema } from '../../common/contract/response-file-schema'
import type { Result } from '../../common/contract/contract'
import type { OpenFileResult } from '../../common/contract/portable-file-schema'
import { parseFramework } from '../../common/domain/framework'
import { ownValue } from '../../common/domain/records'
import { countAssessmentItem, notApplicableDraft } from '../../common/domain/workshop-input'
import { createAssessmentRepository } from '../../electron/storage/assessment-repository'
import { openConfStore } from '../../electron/storage/open-conf-store'
import { createTestBackend } from '../support/backend'
import { fullAssessment } from '../support/full-assessment'
import { makeTempDir, snapshotDir } from '../support/temp-dir'
import { portableFileOf } from '../support/portable-fixture'

const APP = 'app://panorama/index.html'
const ID = '5c0ffee0-aaaa-4bbb-8ccc-0123456789ab'
const CAPITALS = ID.toUpperCase()
const isoFramework = parseFramework(isoJson)

const made: string[] = []
const tempDir = (prefix: string) => {
  const dir = makeTempDir(prefix)
  made.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const portable = (assessment: Assessment) => portableFileOf(assessment)

describe('assessment ids are read in lower case', () => {
  it('by every schema that reads one: documents, the IPC contract, participant files', () => {
    expect(assessmentId.parse(CAPITALS)).toBe(ID)
    const document = assessmentSchema.parse({ ...newAssessment({ id: CAPITALS, title: 'Capitals', now: '2026-03-01T09:00:00.000Z' }) })
    expect([document.id, document.origin]).toEqual([ID, ID])
    const file = responseFileSchema.parse({
      format: 'panorama-responses',
      formatVersion: 1,
      assessment: { origin: CAPITALS, title: 'Capitals' },
      participant: { id: 'p1', name: 'Ana', role: 'staff' },
      exportedAt: '2026-03-01T09:00:00.000Z',
      responses: {},
    })
    expect(file.assessment.origin).toBe(ID)
  })

  describe('opening a file whose id is spelled in capitals', () => {
    let dataDir: string
    let inbox: string
    let backend: ReturnType<typeof createTestBackend>

    beforeEach(() => {
      dataDir = tempDir('panorama-ids-')
      inbox = tempDir('panorama-ids-inbox-')
      backend = createTestBackend({ dataDir, filesDir: inbox })
    })

    async function open(document: Assessment): Promise<OpenFileResult> {
      const file = path.join(inbox, 'incoming.panorama')
      fs.writeFileSync(file, JSON.stringify(portable(document)))
      backend.files.queueOpen([file])
      const result = (await backend.dispatch('openAssessmentFile', APP, undefined)) as Result<OpenFileResult>
      if (!result.ok) throw new Error(result.error.message)
      return result.value
    }

    it('finds the assessment already here and asks, as for the same id: never a silent second copy', async () => {
      const original = fullAssessment(ID, 2)
      expect(await open(original)).toMatchObject({ status: 'opened', assessment: { id: ID } })
      const before = snapshotDir(dataDir)

      const asked = await open({ ...original, id: CAPITALS, origin: CAPITALS, title: 'The same, exported elsewhere' })
      expect(asked).toMatchObject({ status: 'exists', title: 'The same, exported elsewhere', existingTitle: original.title })
      expect(snapshotDir(dataDir)).toEqual(before)

      const replaced = (await backend.dispatch('resolveOpenedFile', APP, { token: (asked as { token: string }).token, choice: 'replace' })) as Result<OpenFileResult>
      expect(replaced).toMatchObject({ ok: true, value: { status: 'opened', assessment: { id: ID, title: 'The same, exported elsewhere' } } })
      expect(backend.repository.list().map((a) => a.id)).toEqual([ID])
      expect(fs.readdirSync(path.join(dataDir, 'assessments')).filter((name) => name.endsWith('.json'))).toEqual([`assessment-${ID}.json`])
    })

    it('a first opening stores it under the lower-case id', async () => {
      expect(await open({ ...fullAssessment(ID, 2), id: CAPITALS, origin: CAPITALS })).toMatchObject({ status: 'opened', assessment: { id: ID } })
      expect(backend.repository.get(CAPITALS).id).toBe(ID)
      expect(fs.existsSync(path.join(dataDir, 'assessments', `assessment-${ID}.json`))).toBe(true)
    })
  })

  describe('files named in capitals by an earlier version', () => {
    let dataDir: string
    const open = (newId = () => '00000000-0000-4000-8000-000000000099') =>
      createAssessmentRepository({ dataDir, openStore: openConfStore, now: () => new Date('2026-03-02T09:00:00.000Z'), newId })
    const assessments = () => path.join(dataDir, 'assessments')
    const write = (name: string, document: Assessment) => fs.writeFileSync(path.join(assessments(), name), JSON.stringify(document))

    beforeEach(() => {
      dataDir = tempDir('panorama-ids-disk-')
      fs.mkdirSync(assessments(), { recursive: true })
    })

    it('are renamed to the lower-case id at start-up, backups included, and listed once', () => {
      write(`assessment-${CAPITALS}.json`, { ...fullAssessment(ID, 2), id: CAPITALS, origin: CAPITALS, title: 'Kept in capitals' })
      fs.mkdirSync(path.join(dataDir, 'backups', CAPITALS), { recursive: true })
      write(`../backups/${CAPITALS}/recent-2026-03-01T09-00-00-000Z.json`, { ...fullAssessment(ID, 2), id: CAPITALS, title: 'An older version' })

      const repo = open()
      expect(fs.readdirSync(assessments())).toEqual([`assessment-${ID}.json`])
      expect(repo.list().map((a) => [a.id, a.title])).toEqual([[ID, 'Kept in capitals']])
      expect(repo.get(ID).origin).toBe(ID)
      expect(repo.listBackups(ID).map((b) => b.title)).toEqual(['An older version'])
      expect(fs.readdirSync(path.join(dataDir, 'backups'))).toEqual([ID])
    })

    it('where both spellings are files (a case-sensitive disk), the capitalised copy keeps being a copy, under an id of its own', () => {
      write(`assessment-${ID}.json`, { ...fullAssessment(ID, 2), title: 'Original' })
      write(`assessment-${CAPITALS}.json`, { ...fullAssessment(ID, 2), id: CAPITALS, origin: CAPITALS, title: 'Second copy' })
      if (fs.readdirSync(assessments()).length < 2) return // A case-insensitive disk cannot hold both.

      const copyId = '00000000-0000-4000-8000-000000000077'
      const repo = open(() => copyId)
      expect(repo.list().map((a) => [a.id, a.title]).sort()).toEqual([
        [copyId, 'Second copy'],
        [ID, 'Original'],
      ])
      expect(repo.get(copyId).origin).toBe(ID)
      expect(fs.readdirSync(assessments()).filter((name) => name.endsWith('.json')).sort()).toEqual([`assessment-${copyId}.json`, `assessment-${ID}.json`])
      // The file as it was is kept, as a deletion keeps it.
      expect(fs.readdirSync(path.join(assessments(), 'deleted'))).toEqual([expect.stringMatching(new RegExp(`^assessment-${CAPITALS}\\.`))])
      expect(repo.takeNotices()).toEqual([])
    })
  })
})

describe('ids that are the names of built-in properties (toString, constructor …)', () => {
  const base = () => fullAssessment(ID, 2)

  it('are refused by the schemas wherever an id is a key, with the catalogue’s message', () => {
    expect([...BUILT_IN_NAMES]).toEqual(expect.arrayContaining(['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__']))
    const refusal = (document: unknown) => {
      const parsed = assessmentSchema.safeParse(document)
      expect(parsed.success).toBe(false)
      return parsed.error!.issues[0]!
    }
    const message = 'must not be the name of a built-in property such as toString'
    const participant = refusal({ ...base(), participants: [...base().participants, { id: 'toString', name: 'Tosh', role: 'staff' }] })
    expect(participant).toMatchObject({ path: ['participants', 2, 'id'], message })
    const rating = refusal({ ...base(), responses: { 'iso-9001-2015': { '4.1': { ...base().responses['iso-9001-2015']!['4.1']!, ratings: { valueOf: { kind: 'level', level: 3 } } } } } })
    expect(rating.path).toEqual(['responses', 'iso-9001-2015', '4.1', 'ratings', 'valueOf'])
    expect(JSON.stringify(rating)).toContain(message)
    const item = refusal({ ...base(), responses: { 'iso-9001-2015': { constructor: base().responses['iso-9001-2015']!['4.1']! } } })
    expect(item.path).toEqual(['responses', 'iso-9001-2015', 'constructor'])
    const attribute = refusal({ ...base(), responses: { 'efqm-2025': { '1.1': { ...base().responses['efqm-2025']!['1.1']!, ratings: { p1: { kind: 'radar', attributes: { hasOwnProperty: 50 } } } } } } })
    expect(JSON.stringify(attribute)).toContain(message)
  })

  it('a save over IPC with such a participant id is refused in words from the catalogue, and nothing is written', async () => {
    const dataDir = tempDir('panorama-ids-ipc-')
    const backend = createTestBackend({ dataDir, newId: () => ID })
    backend.repository.create('Workshop')
    const before = snapshotDir(dataDir)
    const result = await backend.dispatch('saveAssessment', APP, { assessment: { ...backend.repository.get(ID), participants: [{ id: 'toString', name: 'Tosh', role: 'staff' }] } })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: expect.stringContaining('must not be the name of a built-in property such as toString') } })
    expect(snapshotDir(dataDir)).toEqual(before)
  })

  it('a framework that uses one as an item id is refused when it loads', () => {
    const broken = structuredClone(isoJson) as typeof isoJson
    broken.sections[0]!.items[0]!.id = 'constructor'
    expect(() => parseFramework(broken)).toThrow('the id constructor is the name of a property every object has, and cannot be used')
  })

  it('an assessment that has one anyway (made without the schema) reads it as a person with no vote and no note', () => {
    // The document main would refuse, built by hand: lookups must not rely on the refusal.
    const document: Assessment = {
      ...base(),
      participants: [
        { id: 'toString', name: 'Tosh', role: 'staff' },
        { id: 'constructor', name: 'Connie', role: 'leadership' },
        { id: 'p1', name: 'Ana', role: 'staff' },
      ],
      responses: { 'iso-9001-2015': { '4.1': { ...base().responses['iso-9001-2015']!['4.1']!, ratings: { p1: { kind: 'not-applicable', justification: 'Out of scope' } }, notes: {} } } },
    }
    const response = document.responses['iso-9001-2015']!['4.1']!
    expect(ownValue(response.ratings, 'toString')).toBeUndefined()
    expect(ownValue(response.notes, 'constructor')).toBeUndefined()
    expect(ownValue(document.responses, 'toString')).toBeUndefined()
    expect(ownValue(response.ratings, 'p1')).toEqual({ kind: 'not-applicable', justification: 'Out of scope' })

    // Exactly what the same room makes of people with ordinary ids and no vote.
    const ordinary: Assessment = { ...document, participants: document.participants.map((p, i) => (i < 2 ? { ...p, id: `x${i}` } : p)) }
    const { summary, count } = countAssessmentItem(isoFramework, '4.1', document)
    expect(summary.notApplicable).toEqual(['p1'])
    expect(summary.scores).toEqual([])
    expect(count).toEqual(countAssessmentItem(isoFramework, '4.1', ordinary).count)
    expect(notApplicableDraft(response, { ...summary, notApplicable: ['toString', 'p1'] }, document.participants)).toContain('Out of scope')
    expect(notApplicableDraft(response, { ...summary, notApplicable: ['toString', 'p1'] }, document.participants)).not.toContain('function')
    // An item that is not in the document at all is found as missing, not as a built-in.
    expect(countAssessmentItem(isoFramework, '4.2', { ...document, responses: {} }).summary.scores).toEqual([])
  })
})
