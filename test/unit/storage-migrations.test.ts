import fs from 'node:fs'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { ASSESSMENT_SCHEMA_VERSION } from '../../common/contract/schemas'
import { assessmentSchema } from '../../common/contract/assessment-schema'
import { decodeAssessment } from '../../electron/storage/assessment-file'
import { createAssessmentRepository } from '../../electron/storage/assessment-repository'
import { migrate, MigrationError, migrations, type MigrationTable, type RawAssessment } from '../../electron/storage/migrations'
import { openConfStore } from '../../electron/storage/open-conf-store'
import { makeTempDir, snapshotDir } from '../support/temp-dir'

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
const FIXTURE_V1 = path.resolve('test/fixtures/assessment-v1.json')
const FIXTURE_ID = '3f1c2b9e-7a4d-4e8b-9c21-5d6e7f8a9b01'

/**
 * A made-up "version 0" format, for the tests only: it called the title `name`, had no action
 * plan and no target source. The step below is what a real migration looks like.
 */
const v0File = {
  schemaVersion: 0,
  id: A,
  origin: A,
  name: 'Plant review, old format',
  createdAt: '2025-11-01T10:00:00.000Z',
  updatedAt: '2025-11-02T15:30:00.000Z',
  organisation: { name: 'Old Works', sector: 'commercial', size: null, scope: '', date: null },
  frameworks: ['iso-9001-2015'],
  participants: [{ id: 'p1', name: 'Ana', role: 'staff' }],
  target: { customers: 0.5, people: 0.1, owners: 0.1, partners: 0.1, society: 0.1, regulators: 0.1 },
  stakeholderWeights: {},
  setupComplete: true,
  responses: {
    'iso-9001-2015': {
      '4.1': { ratings: { p1: { kind: 'level', level: 4 } }, notes: {}, evidence: [], strengths: [], afis: [], flagged: false },
    },
  },
}
const fromV0: MigrationTable = {
  0: ({ name, ...rest }: RawAssessment) => ({ ...rest, title: name, targetSource: 'custom', actions: [] }),
}

describe('migrate (one plain function per version step)', () => {
  const step = (label: string) => (raw: RawAssessment) => ({ ...raw, steps: [...((raw.steps as string[] | undefined) ?? []), label] })
  const table: MigrationTable = { 0: step('0→1'), 1: step('1→2'), 2: step('2→3') }

  it('applies every step from the file’s version to the target, in order, and stamps the new version', () => {
    expect(migrate({ schemaVersion: 0 }, 0, table, 3)).toEqual({ schemaVersion: 3, steps: ['0→1', '1→2', '2→3'] })
    expect(migrate({ schemaVersion: 2 }, 2, table, 3)).toEqual({ schemaVersion: 3, steps: ['2→3'] })
  })

  it('leaves a file of the current version as it is, and never changes its input', () => {
    const input = { schemaVersion: 3, nested: { kept: true } }
    const output = migrate(input, 3, table, 3)
    expect(output).toEqual(input)
    output.nested = 'changed'
    expect(input.nested).toEqual({ kept: true })
  })

  it('refuses a gap in the table and a step that fails, naming the version', () => {
    expect(() => migrate({ schemaVersion: 0 }, 0, { 0: table[0]! }, 3)).toThrow(new MigrationError('there is no upgrade from file format version 1'))
    expect(() => migrate({ schemaVersion: 0 }, 0, { 0: () => { throw new Error('boom') } }, 1)).toThrow(/upgrade from file format version 0 failed \(boom\)/)
    expect(() => migrate({ schemaVersion: 0 }, 0, { 0: () => [] as never }, 1)).toThrow(/did not produce an assessment/)
  })

  it('the app’s own table has a step for every version below the current one', () => {
    for (let version = 1; version < ASSESSMENT_SCHEMA_VERSION; version++) expect(Object.hasOwn(migrations, version), `step from ${version}`).toBe(true)
  })
})

describe('old files in the repository', () => {
  let dataDir: string
  let clock: Date
  const fileOf = (id: string) => path.join(dataDir, 'assessments', `assessment-${id}.json`)
  const open = (table?: MigrationTable) =>
    createAssessmentRepository({
      dataDir,
      openStore: openConfStore,
      now: () => clock,
      newId: () => A,
      ...(table ? { migrations: table } : {}),
    })

  beforeEach(() => {
    dataDir = makeTempDir()
    clock = new Date('2026-03-01T09:00:00.000Z')
    fs.mkdirSync(path.join(dataDir, 'assessments'), { recursive: true })
  })

  it('migrates an old file before validating it, keeps the original, then saves the upgraded file', () => {
    const original = JSON.stringify(v0File, undefined, '\t')
    fs.writeFileSync(fileOf(A), original)
    const repo = open(fromV0)

    const loaded = repo.get(A)
    expect(loaded).toMatchObject({ schemaVersion: ASSESSMENT_SCHEMA_VERSION, title: 'Plant review, old format', targetSource: 'custom', actions: [] })
    expect(loaded.responses['iso-9001-2015']!['4.1']!.ratings.p1).toEqual({ kind: 'level', level: 4 })
    // Upgrading is not an edit: the save time stays the one the file had.
    expect(loaded.updatedAt).toBe('2025-11-02T15:30:00.000Z')

    // The original bytes are kept, untouched, next to the assessment's other backups.
    const backupDir = path.join(dataDir, 'backups', A)
    expect(fs.readdirSync(backupDir)).toEqual(['before-upgrade-from-v0-2026-03-01T09-00-00-000Z.json'])
    expect(fs.readFileSync(path.join(backupDir, 'before-upgrade-from-v0-2026-03-01T09-00-00-000Z.json'), 'utf8')).toBe(original)

    // The file on disk is now the current format, valid as it stands.
    const onDisk = JSON.parse(fs.readFileSync(fileOf(A), 'utf8'))
    expect(assessmentSchema.parse(onDisk)).toEqual(loaded)
    // A second read has nothing left to upgrade and keeps no second copy.
    expect(open(fromV0).get(A)).toEqual(loaded)
    expect(fs.readdirSync(backupDir)).toHaveLength(1)
    expect(open(fromV0).list().map((a) => a.title)).toEqual(['Plant review, old format'])
  })

  it('upgrades old files found while rebuilding the library index', () => {
    fs.writeFileSync(fileOf(A), JSON.stringify(v0File))
    expect(open(fromV0).list()).toEqual([
      { id: A, title: 'Plant review, old format', createdAt: '2025-11-01T10:00:00.000Z', updatedAt: '2025-11-02T15:30:00.000Z' },
    ])
    expect(JSON.parse(fs.readFileSync(fileOf(A), 'utf8')).schemaVersion).toBe(ASSESSMENT_SCHEMA_VERSION)
  })

  it('leaves an old file untouched when it cannot be upgraded, and says so', () => {
    fs.writeFileSync(fileOf(A), JSON.stringify(v0File))
    const repo = open({ 0: () => { throw new Error('unexpected layout') } })
    const before = snapshotDir(dataDir)
    expect(() => repo.get(A)).toThrow(/older file format that this version of Panorama could not upgrade: the upgrade from file format version 0 failed \(unexpected layout\)\. The file has not been changed/)
    expect(snapshotDir(dataDir)).toEqual(before)
  })

  it('without a step for its version (the app has none for version 0), an old file is refused and left as it is', () => {
    fs.writeFileSync(fileOf(A), JSON.stringify(v0File))
    const before = snapshotDir(dataDir)
    expect(() => open().get(A)).toThrow(/there is no upgrade from file format version 0/)
    expect(snapshotDir(dataDir)).toEqual(before)
  })
})

describe('the version 1 fixture (test/fixtures/assessment-v1.json) stays readable', () => {
  // Do not edit the fixture when the format changes: add a migration, and a fixture for the new version.
  const bytes = fs.readFileSync(FIXTURE_V1)
  const fixture = JSON.parse(bytes.toString('utf8'))

  it('is a version 1 file', () => {
    expect(fixture.schemaVersion).toBe(1)
    expect(fixture.id).toBe(FIXTURE_ID)
  })

  it('opens through the repository with the app’s own migrations, keeping everything the team typed', () => {
    const dataDir = makeTempDir()
    fs.mkdirSync(path.join(dataDir, 'assessments'))
    fs.copyFileSync(FIXTURE_V1, path.join(dataDir, 'assessments', `assessment-${FIXTURE_ID}.json`))
    const repo = createAssessmentRepository({ dataDir, openStore: openConfStore, now: () => new Date('2030-01-01T00:00:00.000Z'), newId: () => FIXTURE_ID })

    expect(repo.list().map((a) => a.title)).toEqual(['Annual self-assessment 2026'])
    const loaded = repo.get(FIXTURE_ID)
    expect(loaded.schemaVersion).toBe(ASSESSMENT_SCHEMA_VERSION)
    expect(loaded).toMatchObject({
      title: 'Annual self-assessment 2026',
      createdAt: '2026-02-10T08:30:00.000Z',
      organisation: { name: 'Städtische Werke Zürich — Ørsted Łódź', sector: 'public' },
      frameworks: ['efqm-2025', 'iso-9001-2015'],
      participants: [{ name: 'Ana Pereira' }, { name: 'Jonas Weber' }, { name: 'Ελένη Παπαδοπούλου' }],
    })
    const efqm = loaded.responses['efqm-2025']!
    const iso = loaded.responses['iso-9001-2015']!
    expect(efqm['1.1']!.ratings).toEqual({ p1: { kind: 'quick', score: 60 }, p2: { kind: 'quick', score: 45 }, p3: { kind: 'quick', score: 55 } })
    expect(efqm['1.1']!.notes.p2).toBe('The purpose statement is known at head office, less so at the plants.')
    expect(efqm['2.3']!.ratings.p1).toMatchObject({ kind: 'radar', attributes: { sound: 70, improvementInnovation: 40 } })
    expect(efqm['2.3']!.consensus).toMatchObject({ score: 40, rationale: expect.stringContaining('settled below the median') })
    expect(iso['7.1.5']!.consensus).toMatchObject({ level: 2 })
    expect(iso['7.1.5']!.afis).toEqual([{ id: 'a2', text: 'Calibration due dates are not tracked centrally.' }])
    expect(iso['8.1']!.consensus).toMatchObject({ kind: 'not-applicable' })
    expect(loaded.actions).toEqual([expect.objectContaining({ title: 'Track calibration due dates in the maintenance system', status: 'in-progress' })])
  })

  it('decodes as it is while version 1 is current (nothing to upgrade)', () => {
    const decoded = decodeAssessment(bytes)
    expect(decoded.status).toBe('ok')
    if (decoded.status === 'ok' && ASSESSMENT_SCHEMA_VERSION === 1) expect(decoded.assessment).toEqual(fixture)
  })
})
