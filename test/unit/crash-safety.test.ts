import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { safeStoreOptions } from '../../electron/storage/json-file-store'
import { makeTempDir } from '../support/temp-dir'

const KILLS = 200
const MAX_DELAY_MS = 40

/**
 * A separate Node process rewrites one store file with `conf` (the code electron-store runs) in
 * a tight loop, alternating two large contents, and is killed with SIGKILL at a random moment.
 * Whatever the moment, the file must hold one whole version: never a mix, a truncation or nothing.
 */
describe('crash safety of a store write', () => {
  it(`leaves a whole file after ${KILLS} kills at random moments`, async () => {
    const dir = makeTempDir('panorama-crash-')
    const confUrl = pathToFileURL(createRequire(path.resolve('package.json')).resolve('conf')).href
    // Two large contents of different lengths, so a half-written or mixed file cannot pass for either.
    const a = { version: 'A', rows: Array.from({ length: 3000 }, (_, i) => ({ id: `a${i}`, text: `Evidence line ${i} for version A — Zürich, Łódź`, score: i % 101 })) }
    const b = { version: 'B', rows: Array.from({ length: 2200 }, (_, i) => ({ id: `b${i}`, text: `Area for improvement ${i}, version B`, flagged: i % 3 === 0 })) }
    fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify(a))
    fs.writeFileSync(path.join(dir, 'b.json'), JSON.stringify(b))
    const script = path.join(dir, 'writer.mjs')
    fs.writeFileSync(
      script,
      `import fs from 'node:fs'
import Conf from ${JSON.stringify(confUrl)}
const [cwd] = process.argv.slice(2)
const a = JSON.parse(fs.readFileSync(cwd + '/a.json', 'utf8'))
const b = JSON.parse(fs.readFileSync(cwd + '/b.json', 'utf8'))
const store = new Conf({ ...${JSON.stringify(safeStoreOptions)}, cwd: cwd + '/data', configName: 'store' })
for (let i = 0; ; i++) {
  store.store = i % 2 === 0 ? a : b
  if (i === 0) process.stdout.write('writing\\n')
}
`,
    )
    const storeFile = path.join(dir, 'data', 'store.json')
    // What conf writes for each: JSON with tab indentation.
    const wholeA = JSON.stringify(a, undefined, '\t')
    const wholeB = JSON.stringify(b, undefined, '\t')

    const seen = { A: 0, B: 0 }
    const started = performance.now()
    let child: ChildProcess | undefined
    try {
      for (let kill = 0; kill < KILLS; kill++) {
        // One writer per kill; the next starts only once the file the last one left has been checked.
        child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'pipe'] })
        await said(child, 'writing')
        await sleep(Math.random() * MAX_DELAY_MS)
        await killHard(child)

        const text = fs.readFileSync(storeFile, 'utf8')
        if (text === wholeA) seen.A++
        else if (text === wholeB) seen.B++
        else expect.fail(`After kill ${kill + 1} the file holds neither version whole (${text.length} characters).`)
        expect(JSON.parse(text)).toEqual(text === wholeA ? a : b)
      }
    } finally {
      if (child) await killHard(child)
    }
    const seconds = (performance.now() - started) / 1000
    // A temporary file left behind is a kill that landed in the middle of a write.
    const midWrite = fs.readdirSync(path.join(dir, 'data')).filter((name) => name.includes('.tmp-')).length
    console.info(
      `crash safety: ${KILLS} kills in ${seconds.toFixed(1)} s, ${midWrite} of them in the middle of a write; the file held A ${seen.A} times and B ${seen.B} times, whole every time`,
    )
    expect(seen.A + seen.B).toBe(KILLS)
    // Kills landed at different points of the loop, writes in progress among them.
    expect(seen.A).toBeGreaterThan(0)
    expect(seen.B).toBeGreaterThan(0)
    expect(midWrite).toBeGreaterThan(0)
    fs.rmSync(dir, { recursive: true, force: true })
  }, 120_000)
})

/** Resolves when the writer prints `word`; rejects if it exits first. */
function said(child: ChildProcess, word: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let errors = ''
    const onError = (chunk: Buffer) => (errors += chunk.toString())
    const onOutput = (chunk: Buffer) => {
      if (!chunk.toString().includes(word)) return
      child.stdout!.off('data', onOutput)
      child.stderr!.off('data', onError)
      child.off('exit', onExit)
      resolve()
    }
    const onExit = (code: number | null) => reject(new Error(`The writer stopped before it said "${word}" (exit ${code}): ${errors}`))
    child.stdout!.on('data', onOutput)
    child.stderr!.on('data', onError)
    child.once('exit', onExit)
  })
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
