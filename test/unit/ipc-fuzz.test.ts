import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { appErrorSchema, contract, methodNames, type Method } from '../../common/contract/contract'
import type { Assessment } from '../../common/contract/assessment-schema'
import { createTestBackend } from '../support/backend'
import { makeTempDir, snapshotDir } from '../support/temp-dir'
import { withinBounds } from '../support/bounded-case'
import { roomPayloads } from '../support/room-payloads'

/**
 * Every channel, fed malformed payloads: random values of every type, wrong types, extra keys,
 * `__proto__` keys, huge strings, out-of-range numbers, and mutations of a valid payload for that
 * channel. Each must be refused as `invalid-payload` with a message, and the data folder must be
 * byte-for-byte as it was. A generated payload that happens to be valid is skipped, never sent.
 */

const APP = 'app://panorama/index.html'
const RUNS_PER_CHANNEL = 120
const HUGE = 'x'.repeat(1_000_000)
/** Base64 and over savePdf's 40 MB limit. */
const HUGE_BASE64 = 'A'.repeat(40 * 1024 * 1024 + 4)
const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf']

const outOfRangeNumbers = fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 0.5, 1e308, -1e308, 2 ** 53 + 2, Number.MIN_VALUE, 4294967296, 101, 6, 7.5)
const hugeStrings = fc.constantFrom(HUGE, `${HUGE}\u0000`, '\u0000', '', ' ', '../../etc/passwd', 'C:\\Windows\\win.ini', '\ud800', '<script>alert(1)</script>')

/** An object with a dangerous key as an own property, as JSON.parse (and IPC's structured clone) make them. */
const dangerousObject = fc
  .tuple(fc.constantFrom(...DANGEROUS_KEYS), fc.jsonValue(), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }))
  .map(([key, value, rest]) => withOwnKey({ ...rest }, key, value))

const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withNullPrototype: true,
    withBoxedValues: true,
    withSparseArray: true,
    withObjectString: true,
  }),
  outOfRangeNumbers,
  hugeStrings,
  dangerousObject,
  fc.constantFrom(null, undefined, true, false, 0, 1, [], {}, 'undefined', 'null'),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
)

function withOwnKey<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true })
  return target
}

type Path = Array<string | number>

/** Every path to an object, array or leaf inside `value`, the root (`[]`) included. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix)
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) pathsOf(inner, [...prefix, Array.isArray(value) ? Number(key) : key], out)
  }
  return out
}

function containerAt(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let current = root
  for (const step of path) current = (current as Record<string | number, unknown>)[step]
  return current !== null && typeof current === 'object' ? (current as Record<string | number, unknown>) : undefined
}

/** Mutations of one valid payload: a value replaced, a key removed, a key added, or the whole thing wrapped. */
function mutationsOf(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid)
  const pick = fc.nat({ max: paths.length - 1 }).map((i) => paths[i]!)
  const replace = fc.tuple(pick, badValue).map(([path, value]) => {
    if (path.length === 0) return value
    const copy = structuredClone(valid)
    containerAt(copy, path.slice(0, -1))![path.at(-1)!] = value
    return copy
  })
  const remove = pick
    .filter((path) => path.length > 0)
    .map((path) => {
      const copy = structuredClone(valid)
      const parent = containerAt(copy, path.slice(0, -1))!
      if (Array.isArray(parent)) parent.splice(Number(path.at(-1)), 1)
      else delete parent[path.at(-1)!]
      return copy
    })
  const addKey = fc
    .tuple(pick, fc.oneof(fc.constantFrom(...DANGEROUS_KEYS, 'extra', 'id', ''), fc.string({ maxLength: 12 })), badValue)
    .map(([path, key, value]) => {
      const copy = structuredClone(valid)
      const target = containerAt(copy, path)
      if (target && !Array.isArray(target)) withOwnKey(target, key, value)
      else if (target) (target as unknown[]).push(value)
      return path.length === 0 && !target ? withOwnKey({}, key, value) : copy
    })
  const wrap = fc.constantFrom([valid], JSON.stringify(valid), { payload: valid }, [valid, valid])
  return fc.oneof({ arbitrary: replace, weight: 4 }, { arbitrary: remove, weight: 2 }, { arbitrary: addKey, weight: 3 }, { arbitrary: wrap, weight: 1 })
}

describe('IPC fuzzing: every channel refuses malformed payloads and changes nothing', () => {
  let dataDir: string
  let backend: ReturnType<typeof createTestBackend>
  let seeded: Assessment
  let validPayloads: Record<Method, unknown>

  beforeAll(async () => {
    dataDir = makeTempDir('panorama-ipc-fuzz-')
    backend = createTestBackend({ dataDir })
    const created = await backend.dispatch('createAssessment', APP, { title: 'Annual review' })
    if (!created.ok) throw new Error(created.error.message)
    // Saved once more so a backup and the settings file exist on disk as well.
    const saved = await backend.dispatch('saveAssessment', APP, { assessment: { ...created.value, title: 'Annual review 2026' } })
    if (!saved.ok) throw new Error(saved.error.message)
    const settings = await backend.dispatch('updateSettings', APP, { lastAssessmentId: created.value.id })
    if (!settings.ok) throw new Error(settings.error.message)
    seeded = saved.value
    const id = seeded.id
    validPayloads = {
      getStartupState: undefined,
      setOpenAssessment: { id },
      cancelClose: undefined,
      takeNotices: undefined,
      listBackups: { id },
      restoreBackup: { id, name: 'recent-2026-03-01T09-00-00-000Z' },
      listAssessments: undefined,
      createAssessment: { title: 'A new one' },
      getAssessment: { id },
      saveAssessment: { assessment: seeded },
      duplicateAssessment: { id },
      exportResponses: {
        file: {
          format: 'panorama-responses',
          formatVersion: 1,
          assessment: { origin: id, title: 'Annual review 2026' },
          participant: { id: 'ben', name: 'Ben Okafor', role: 'staff' },
          exportedAt: '2026-03-01T09:00:00.000Z',
          responses: { 'efqm-2025': { '1.1': { rating: { kind: 'quick', score: 50 }, note: 'Seen in the plan' } } },
        },
        suggestedName: 'ben.panorama-responses.json',
      },
      openResponseFiles: undefined,
      exportAssessmentFile: { id },
      openAssessmentFile: undefined,
      openRecentFile: { file: '/tmp/not-on-the-list.panorama.json' },
      resolveOpenedFile: { token: '00000000-0000-4000-8000-00000000abcd', choice: 'replace' },
      cancelFileRead: { id: '00000000-0000-4000-8000-00000000cafe' },
      exportCsv: { id },
      exportWorkbook: { id: id },
      writePreworkPacks: { id: id, participantIds: ['ben'], frameworks: ['iso-9001-2015'], efqmAnswer: 'bands', workbook: true, pdfs: [] },
      savePdf: { base64: 'JVBERi0xLjQK', suggestedName: 'report.pdf' },
      confirmClose: undefined,
      deleteAssessment: { id },
      ...roomPayloads(id),
      getSettings: undefined,
      updateSettings: { theme: 'dark' },
    }
  })

  it('starts every mutation from a payload the channel accepts', () => {
    expect(Object.keys(validPayloads).sort()).toEqual([...methodNames].sort())
    for (const method of methodNames) {
      const parsed = contract[method].request.safeParse(validPayloads[method])
      expect(parsed.success, `${method}: ${parsed.error?.message}`).toBe(true)
    }
  })

  it.each(methodNames)(
    '%s',
    async (method) => {
      const request = contract[method].request
      const valid = validPayloads[method]
      const extra = method === 'savePdf' ? [fc.constant({ base64: HUGE_BASE64, suggestedName: 'big.pdf' })] : []
      const payloads =
        valid === undefined
          ? fc.oneof(badValue, dangerousObject, fc.dictionary(fc.string({ maxLength: 10 }), badValue, { minKeys: 1, maxKeys: 4 }))
          : fc.oneof({ arbitrary: mutationsOf(valid), weight: 3 }, { arbitrary: badValue, weight: 2 }, ...extra.map((arbitrary) => ({ arbitrary, weight: 1 })))

      const before = snapshotDir(dataDir)
      const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
      let refused = 0

      await fc.assert(
        fc.asyncProperty(payloads, async (payload) => {
          fc.pre(!request.safeParse(payload).success)
          let result: Awaited<ReturnType<typeof backend.dispatch>>
          try {
            result = await withinBounds(method, () => backend.dispatch(method, APP, payload))
          } catch (error) {
            if (error instanceof Error && / a case may (take|use)$/.test(error.message)) throw error
            throw new Error(`dispatch threw instead of resolving: ${String(error)}`)
          }
          expect(Object.keys(result).sort()).toEqual(['error', 'ok'])
          expect(result.ok).toBe(false)
          if (result.ok) return
          expect(appErrorSchema.safeParse(result.error).success).toBe(true)
          expect(result.error.code).toBe('invalid-payload')
          expect(result.error.message.trim().length).toBeGreaterThan(0)
          expect(snapshotDir(dataDir)).toEqual(before)
          expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
          refused++
        }),
        { numRuns: RUNS_PER_CHANNEL, maxSkipsPerRun: 100 },
      )
      expect(refused).toBeGreaterThanOrEqual(100)
      expect(backend.logs).toEqual([])
    },
    30_000,
  )

  /** Frames the app never is: other schemes, look-alike hosts, ports, paths only, nothing at all. */
  const foreignSender = fc.oneof(
    fc.constantFrom(
      undefined,
      '',
      'about:blank',
      'app://evil/index.html',
      'app://panorama.evil/index.html',
      'app://panorama:8080/index.html',
      'app://panoramas/index.html',
      'https://panorama/index.html',
      'http://127.0.0.1:5173/',
      'file:///home/ana/index.html',
      'devtools://devtools/bundled/inspector.html',
      'chrome-extension://abcdef/index.html',
      'data:text/html,<script>1</script>',
      'blob:app://panorama/5f0c',
      'javascript:alert(1)',
      '/index.html',
      'panorama',
    ),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.string({ maxLength: 40 }),
    fc.tuple(fc.constantFrom('app', 'App', 'apps', 'ap', 'https', 'file'), fc.domain()).map(([scheme, host]) => `${scheme}://${host}/index.html`),
  )
  const isTheApp = (url: string | undefined) => {
    if (!url || !URL.canParse(url)) return false
    const parsed = new URL(url)
    return parsed.protocol === 'app:' && parsed.host === 'panorama'
  }

  it.each(methodNames)(
    '%s refuses every sender frame that is not the app, even with a valid payload',
    async (method) => {
      const before = snapshotDir(dataDir)
      await fc.assert(
        fc.asyncProperty(foreignSender, async (sender) => {
          fc.pre(!isTheApp(sender))
          const result = await withinBounds(method, () => backend.dispatch(method, sender, validPayloads[method]))
          expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
          expect(snapshotDir(dataDir)).toEqual(before)
        }),
        { numRuns: 60 },
      )
    },
    30_000,
  )

  it('the bounds themselves fail a case that is too slow or too greedy', async () => {
    await expect(withinBounds('slow', () => new Promise((resolve) => setTimeout(resolve, 60)), { milliseconds: 20, peakGrowthMb: 400 })).rejects.toThrow(/took \d+ ms/)
    await expect(
      withinBounds(
        'greedy',
        // Beyond the highest peak so far, whatever earlier cases used, so the peak must rise.
        () => Buffer.alloc(Math.max(0, process.resourceUsage().maxRSS * 1024 - process.memoryUsage().rss) + 128 * 1024 * 1024, 1).length,
        { milliseconds: 5_000, peakGrowthMb: 64 },
      ),
    ).rejects.toThrow(/peak memory grew/)
  })
})
