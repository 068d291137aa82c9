import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAssessmentRepository } from '../../electron/storage/assessment-repository'
import { decodeAssessment } from '../../electron/storage/assessment-file'
import { isTemporaryName } from '../../electron/files/durable'
import { writeBytesAtomically } from '../../electron/files/file-access'
import { openConfStore } from '../../electron/storage/open-conf-store'
import { crashDocument, exportBytes, saveNumberOf } from '../support/crash-document'
import { makeTempDir } from '../support/temp-dir'

/** Kills in all; PANORAMA_CRASH_KILLS asks for more (or fewer) on a given run. */
const KILLS = Number(process.env.PANORAMA_CRASH_KILLS ?? 40)
/** Writers killed side by side, each in its own data folder: the machine waits on the disk more than on the processor. */
const LANES = 2
/** Longest wait between "ready" and the kill: a few saves' worth, so kills land in every step of one. */
const MAX_DELAY_MS = 250
const ID = '0e6f1c2a-5b7d-4c3e-9f10-2a3b4c5d6e7f'

/**
 * A separate Node process runs the repository's whole save sequence (backup, file, library index)
 * and then an export through writeBytesAtomically, in a loop, printing each save and export once
 * it has returned; it is killed with SIGKILL at a random moment, again and again. After every
 * kill the repository is opened again, as the app would at its next start, and:
 * - the file holds the last save the writer reported, or the one it was writing, never an older one;
 * - it is whole (nothing to repair) and the library index agrees with it;
 * - every backup is whole, the last export is whole and no older than the last one reported;
 * - no temporary file is left in the data folder.
 * A kill cannot show what a power cut would undo (the page cache survives it): the fsync that
 * covers that is checked in durable-writes.test.ts.
 */
describe('crash safety of a save', () => {
  let work: string
  let writer: string

  beforeAll(async () => {
    work = makeTempDir('panorama-crash-')
    writer = path.join(work, 'writer.mjs')
    // One self-contained file: the child starts in a fraction of the time the TypeScript sources would take.
    await build({
      configFile: false,
      logLevel: 'silent',
      ssr: { noExternal: true, target: 'node' },
      build: {
        ssr: path.resolve('test/support/crash-writer.ts'),
        outDir: work,
        emptyOutDir: false,
        minify: false,
        copyPublicDir: false,
        rollupOptions: { output: { format: 'esm', entryFileNames: path.basename(writer) } },
      },
    })
  }, 60_000)

  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true })
  })

  it(`keeps the last acknowledged save through ${KILLS} kills at random moments`, async () => {
    const started = performance.now()
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, lane) => runLane(path.join(work, `lane-${lane}`), Math.ceil(KILLS / LANES))))
    const total = lanes.reduce((sum, lane) => ({
      saves: sum.saves + lane.saves,
      midWrite: sum.midWrite + lane.midWrite,
      indexBehind: sum.indexBehind + lane.indexBehind,
      savedAfterLastWord: sum.savedAfterLastWord + lane.savedAfterLastWord,
    }))
    console.info(
      `crash safety: ${KILLS} kills in ${((performance.now() - started) / 1000).toFixed(1)} s, ${total.saves} saves acknowledged; ` +
        `${total.midWrite} kills left a temporary file (mid-write), ${total.indexBehind} left the index behind the file, ` +
        `${total.savedAfterLastWord} found a save newer than the last one reported; every time the file held the last acknowledged save or newer`,
    )
    // The kills landed while files were being written, and after saves had been acknowledged.
    expect(total.midWrite).toBeGreaterThan(0)
    expect(total.saves).toBeGreaterThan(0)
  }, 120_000)

  async function runLane(laneDir: string, kills: number) {
    const dataDir = path.join(laneDir, 'data')
    const exportDir = path.join(laneDir, 'exports')
    const exportFile = path.join(exportDir, 'assessment.panorama')
    fs.mkdirSync(exportDir, { recursive: true })
    const open = () => createAssessmentRepository({ dataDir, openStore: openConfStore, now: () => new Date(), newId: () => ID })
    const first = open()
    first.create('Save 0')
    first.save(crashDocument(ID, 0))

    const counts = { saves: 0, midWrite: 0, indexBehind: 0, savedAfterLastWord: 0 }
    let lastSaved = 0
    let lastExported = 0
    const exportLeftovers = new Set<string>()
    for (let kill = 0; kill < kills; kill++) {
      const child = spawn(process.execPath, [writer, dataDir, exportFile, ID], { stdio: ['ignore', 'pipe', 'pipe'] })
      const said = listen(child)
      await said.ready
      await sleep(Math.random() * MAX_DELAY_MS)
      await killHard(child)
      const words = said.lines()
      const savedNow = Math.max(lastSaved, ...words.filter((line) => line.startsWith('saved ')).map((line) => Number(line.slice(6))))
      counts.saves += savedNow - lastSaved
      lastSaved = savedNow
      lastExported = Math.max(lastExported, ...words.filter((line) => line.startsWith('exported ')).map((line) => Number(line.slice(9))))
      const context = `after kill ${kill + 1} in ${path.basename(laneDir)} (last save reported: ${lastSaved})`

      // What the kill left, before anything tidies it.
      const newExportLeftovers = temporaryFiles(exportDir).filter((name) => !exportLeftovers.has(name))
      for (const name of newExportLeftovers) exportLeftovers.add(name)
      if (temporaryFiles(dataDir).length > 0 || newExportLeftovers.length > 0) counts.midWrite++
      const indexed = readJson(path.join(dataDir, 'library.json')) as { assessments?: Record<string, { title: string }> }
      const fileTitle = (readJson(path.join(dataDir, 'assessments', `assessment-${ID}.json`)) as { title?: string }).title
      if (indexed.assessments?.[ID]?.title !== fileTitle) counts.indexBehind++

      // The next start.
      const reopened = open()
      const listed = reopened.list()
      const stored = reopened.get(ID)
      expect(reopened.takeNotices(), context).toEqual([])
      const n = saveNumberOf(stored)
      expect(n, context).toBeGreaterThanOrEqual(lastSaved)
      if (n > lastSaved) counts.savedAfterLastWord++
      expect(stored, context).toEqual({ ...crashDocument(ID, n), createdAt: stored.createdAt, updatedAt: stored.updatedAt })

      const summary = { id: ID, title: stored.title, createdAt: stored.createdAt, updatedAt: stored.updatedAt }
      expect(listed, context).toEqual([summary])
      expect((readJson(path.join(dataDir, 'library.json')) as { assessments: unknown }).assessments, context).toEqual({ [ID]: summary })

      const backupDir = path.join(dataDir, 'backups', ID)
      for (const name of fs.readdirSync(backupDir)) {
        const decoded = decodeAssessment(fs.readFileSync(path.join(backupDir, name)))
        expect(decoded.status, `${context}: backup ${name}`).toBe('ok')
        if (decoded.status === 'ok') expect(saveNumberOf(decoded.assessment), `${context}: backup ${name}`).toBeLessThanOrEqual(n)
      }

      if (lastExported > 0) {
        const exported = JSON.parse(fs.readFileSync(exportFile, 'utf8')) as { save: number }
        expect(exported.save, context).toBeGreaterThanOrEqual(lastExported)
      }
      expect(temporaryFiles(dataDir), context).toEqual([])
    }
    // Exports go to the user's folders, which are not swept at start-up: the next export of the same
    // file removes what killed ones left.
    await writeBytesAtomically(exportFile, exportBytes(lastSaved))
    expect(temporaryFiles(exportDir)).toEqual([])
    return counts
  }
})

/** Every temporary file (by the app's naming schemes) anywhere under `dir`. */
function temporaryFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((name) => isTemporaryName(path.basename(name)))
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return {}
  }
}

/** Collects the writer's lines; `ready` resolves on the first, and rejects if the writer exits first. */
function listen(child: ChildProcess) {
  let output = ''
  let errors = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const ready = new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (!output.includes('ready\n')) return
      child.stdout!.off('data', onData)
      child.off('exit', onExit)
      resolve()
    }
    const onExit = (code: number | null) => reject(new Error(`The writer stopped before it was ready (exit ${code}): ${errors}`))
    child.stdout!.on('data', onData)
    child.once('exit', onExit)
  })
  return { ready, lines: () => output.split('\n').filter(Boolean) }
}

/** Kills the writer and waits until its output is drained, so every line it printed has been read. */
function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.stdout!.closed && child.exitCode !== null) return resolve()
    child.once('close', () => resolve())
    child.kill('SIGKILL')
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
