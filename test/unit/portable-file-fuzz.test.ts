import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { assessmentSchema, emptyItemResponse, newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import { openFileResultSchema, type OpenFileResult } from '../../common/contract/portable-file-schema'
import { createTestBackend } from '../support/backend'
import { makeTempDir, snapshotDir } from '../support/temp-dir'
import { withinBounds } from '../support/bounded-case'
import { portableFileOf } from '../support/portable-fixture'

/**
 * Property tests for "Open file…": whatever bytes a file holds, opening it never throws, always
 * ends in a clear refusal or a valid assessment, and a refusal leaves the data folder exactly as
 * it was. 2,800 cases a run (a few seconds): random JSON, header-shaped JSON, raw text, and mutations of a
 * valid exported file (keys dropped, duplicated and renamed, types changed, `__proto__` inserted,
 * huge strings, out-of-range numbers, deep nesting).
 */

const FILE_ID = '22222222-2222-4222-8222-222222222222'

function smallWorkshop(): Assessment {
  return {
    ...newAssessment({ id: FILE_ID, title: 'Fuzz workshop', now: '2026-03-01T09:00:00.000Z' }),
    frameworks: ['efqm-2025', 'iso-9001-2015'],
    participants: [
      { id: 'ana', name: 'Ana Ruiz', role: 'leadership' },
      { id: 'ben', name: 'Ben Okafor', role: 'staff' },
    ],
    setupComplete: true,
    responses: {
      'efqm-2025': {
        '1.1': {
          ...emptyItemResponse(),
          mode: 'radar',
          ratings: { ana: { kind: 'radar', attributes: { sound: 55, integrated: 40 } }, ben: { kind: 'quick', score: 70 } },
          consensus: { kind: 'score', score: 55, rationale: 'Agreed in the room' },
          evidence: [{ id: 'e1', text: 'Strategy paper' }],
        },
      },
      'iso-9001-2015': {
        '4.1': {
          ...emptyItemResponse(),
          ratings: { ana: { kind: 'level', level: 3 }, ben: { kind: 'not-applicable', justification: 'Not our scope' } },
          notes: { ana: 'Context analysis is in the management review.' },
          consensus: { kind: 'level', level: 3, rationale: '' },
          finding: 'observation',
          strengths: [{ id: 's1', text: 'Clear scope' }],
          afis: [{ id: 'f1', text: 'Update the analysis yearly' }],
          flagged: true,
        },
      },
    },
    actions: [
      { id: 'a1', title: 'Yearly context review', owner: 'Ana', due: '2026-09-30', impact: 2, effort: 1, status: 'open', sources: [{ frameworkId: 'iso-9001-2015', itemId: '4.1', entryId: 'f1' }] },
    ],
  }
}

const validFile = (): Record<string, unknown> => portableFileOf(smallWorkshop())

type Container = Record<string, unknown> | unknown[]
type Slot = { parent: Container; key: string | number }

/** Every place in the tree a value sits (down to 20 levels, past any real file), so a mutation can pick one. */
function slots(root: unknown): Slot[] {
  const found: Slot[] = []
  const walk = (value: unknown, depth: number) => {
    if (depth > 20) return
    if (Array.isArray(value)) {
      value.forEach((child, index) => {
        found.push({ parent: value, key: index })
        walk(child, depth + 1)
      })
    } else if (value && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        found.push({ parent: value as Record<string, unknown>, key })
        walk((value as Record<string, unknown>)[key], depth + 1)
      }
    }
  }
  walk(root, 0)
  return found
}

/** Sets an own property even for `__proto__`, as JSON.parse would. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true })
}

/**
 * Deep nesting goes in as a placeholder string and is spliced into the JSON text afterwards, so
 * the test itself (cloning, stringifying) never recurses through it; only the code under test sees it.
 */
const deepMarker = (depth: number, asObject: boolean) => `@@deep:${asObject ? 'o' : 'a'}:${depth}@@`
function spliceDeep(json: string): string {
  return json.replace(/"@@deep:([oa]):(\d+)@@"/g, (_, kind: string, depth: string) => {
    const n = Number(depth)
    return kind === 'o' ? `${'{"a":'.repeat(n)}0${'}'.repeat(n)}` : `${'['.repeat(n)}0${']'.repeat(n)}`
  })
}

const prototypeKeys = ['__proto__', 'constructor', 'prototype']
const awkwardNumbers = [-1, 6, 7, 101, 105, 52, 0.5, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 4294967296]

const mutation = fc.record({
  op: fc.constantFrom('drop', 'duplicate', 'rename', 'retype', 'proto', 'huge', 'number', 'deep'),
  pick: fc.nat(),
  key: fc.oneof(fc.constantFrom(...prototypeKeys, 'p1', 'ana', 'ben', 'e1', 'a1', '4.1', 'efqm-2013', 'x'), fc.string({ maxLength: 12 })),
  value: fc.jsonValue({ maxDepth: 3 }),
  size: fc.integer({ min: 1, max: 1_000_000 }),
  number: fc.oneof(fc.constantFrom(...awkwardNumbers), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()),
  depth: fc.integer({ min: 5, max: 50_000 }),
})
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never

function mutate(file: Record<string, unknown>, m: Mutation): void {
  const all = slots(file)
  const objects = [file, ...all.map((s) => (s.parent as Record<string, unknown>[])[s.key as number]).filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v))]
  const slot = all[m.pick % all.length]!
  const parent = slot.parent as Record<string | number, unknown>
  switch (m.op) {
    case 'drop':
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1)
      else delete parent[slot.key]
      return
    case 'duplicate':
      // An array entry twice (duplicate ids), or an object's value under a second key.
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 0, structuredClone(slot.parent[slot.key as number]))
      else setOwn(parent as Record<string, unknown>, m.key, structuredClone(parent[slot.key]))
      return
    case 'rename':
      if (Array.isArray(slot.parent)) return
      setOwn(parent as Record<string, unknown>, m.key, parent[slot.key])
      if (m.key !== slot.key) delete parent[slot.key]
      return
    case 'retype':
      parent[slot.key] = m.value
      return
    case 'proto':
      setOwn(objects[m.pick % objects.length]!, prototypeKeys[m.size % prototypeKeys.length]!, m.value)
      return
    case 'huge':
      parent[slot.key] = 'x'.repeat(m.size)
      return
    case 'number':
      parent[slot.key] = m.number
      return
    case 'deep':
      parent[slot.key] = deepMarker(m.depth, m.size % 2 === 0)
  }
}

describe('opening any file at all (property tests)', () => {
  const dirs: string[] = []
  let dataDir: string
  let inbox: string
  let backend: ReturnType<typeof createTestBackend>
  const counts = { refused: 0, exists: 0, opened: 0 }

  beforeAll(() => {
    dataDir = makeTempDir('panorama-fuzz-data-')
    inbox = makeTempDir('panorama-fuzz-inbox-')
    dirs.push(dataDir, inbox)
    backend = createTestBackend({ dataDir, filesDir: inbox })
    backend.repository.create('Supplier audit 2025')
    // The valid file's assessment is already here, so an intact file asks first and writes nothing.
    backend.repository.createFromDocument(smallWorkshop(), { id: 'keep' })
  })
  afterAll(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
  })

  /** Puts the data folder back as it was (after a mutation that opened as a new assessment). */
  function restore(snapshot: Record<string, string>) {
    const current = snapshotDir(dataDir)
    for (const file of Object.keys(current)) if (!(file in snapshot)) fs.rmSync(path.join(dataDir, file))
    for (const [file, bytes] of Object.entries(snapshot)) {
      if (current[file] === bytes) continue
      fs.mkdirSync(path.dirname(path.join(dataDir, file)), { recursive: true })
      fs.writeFileSync(path.join(dataDir, file), Buffer.from(bytes, 'base64'))
    }
  }

  async function openAndCheck(content: string): Promise<OpenFileResult> {
    const file = path.join(inbox, 'fuzz.panorama.json')
    fs.writeFileSync(file, content)
    const before = snapshotDir(dataDir)
    backend.files.queueOpen([file])
    // The handler itself, not the dispatcher: it must not throw, whatever the file holds.
    const result = await withinBounds('open a fuzzed file', () => backend.handlers.openAssessmentFile(undefined))
    // What it returns passes the contract's own response schema (so it would cross IPC).
    expect(openFileResultSchema.parse(result)).toEqual(result)
    if (result.status !== 'cancelled') counts[result.status]++
    switch (result.status) {
      case 'refused':
        expect(result.message).toMatch(/^This file (cannot be opened: .+|was made by a newer version of Panorama\. .+) Nothing has been changed\.$/s)
        expect(snapshotDir(dataDir)).toEqual(before)
        break
      case 'exists': {
        expect(snapshotDir(dataDir)).toEqual(before)
        expect(await backend.handlers.resolveOpenedFile({ token: result.token, choice: 'cancel' })).toEqual({ status: 'cancelled' })
        expect(snapshotDir(dataDir)).toEqual(before)
        break
      }
      case 'opened': {
        // Only a document that passes every check is stored.
        expect(assessmentSchema.safeParse(backend.repository.get(result.assessment.id)).success).toBe(true)
        restore(before)
        break
      }
      case 'cancelled':
        throw new Error('a queued file was reported as cancelled')
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames)
    return result
  }
  const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort()

  it('an intact exported file asks before touching the assessment already here', async () => {
    expect(await openAndCheck(JSON.stringify(validFile()))).toMatchObject({ status: 'exists' })
  })

  it('mutations of a valid file: 2,000 cases', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const file = validFile()
        for (const m of mutations) mutate(file, m)
        await openAndCheck(spliceDeep(JSON.stringify(file)))
      }),
      { numRuns: 2000 },
    )
    // The mutations reach past the first checks: most files are refused, and some stay valid and are accepted.
    expect(counts.refused).toBeGreaterThan(1000)
    expect(counts.exists + counts.opened).toBeGreaterThanOrEqual(5)
  })

  it('random JSON values, and JSON shaped like a header: 600 cases', { timeout: 60_000 }, async () => {
    const headerShaped = fc.record({
      format: fc.oneof(fc.constant('panorama-assessment'), fc.jsonValue()),
      formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
      schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
      exportedAt: fc.oneof(fc.constant('2026-06-01T09:30:00.000Z'), fc.jsonValue()),
      frameworks: fc.oneof(fc.constant([{ id: 'iso-9001-2015', edition: '2015' }]), fc.jsonValue()),
      assessment: fc.oneof(fc.constant(smallWorkshop() as unknown), fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())),
    })
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), headerShaped), async (value) => {
        await openAndCheck(JSON.stringify(value) ?? 'null')
      }),
      { numRuns: 600 },
    )
  })

  it('raw text that may not be JSON at all: 200 cases', { timeout: 30_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json().map((json) => json.slice(0, Math.max(1, json.length - 1)))), async (text) => {
        const result = await openAndCheck(text)
        expect(result.status).not.toBe('opened')
      }),
      { numRuns: 200 },
    )
  })
})
