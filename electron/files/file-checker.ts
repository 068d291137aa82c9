import { Worker } from 'node:worker_threads'
import type { ReadResult } from '../ipc/portable-file-check'
import type { ResponseCheck } from '../ipc/response-file-check'
import type { PackCheck } from '../exports/prework-read'

/**
 * Parsing and validating a file someone hands Panorama happens in a worker thread, never on the
 * main process's event loop: a 20 MB file (or a hostile one) cannot freeze the window, and the
 * thread runs under a memory limit and a time limit, so the worst it can do is be stopped. The
 * same code runs in Electron's main process and in plain Node (the tests).
 *
 * One worker serves every file, one at a time; it is started on first use, stopped when idle,
 * and replaced after it is stopped for a cancel, a time-out or running out of memory.
 */

export type CheckTask =
  | { kind: 'assessment'; bytes: Uint8Array; knownFrameworkIds: readonly string[]; language: string }
  | { kind: 'responses'; bytes: Uint8Array; language: string }
  /** A filled pre-work pack (.xlsx); its name goes into the sentences about bad cells. */
  | { kind: 'prework'; bytes: Uint8Array; fileName: string; language: string }

export interface CheckAnswers {
  assessment: ReadResult
  responses: ResponseCheck
  prework: PackCheck
}

/** What the worker sends back for one task. */
export type WorkerReply = { id: number; ok: true; answer: CheckAnswers[CheckTask['kind']] } | { id: number; ok: false }

export type CheckOutcome<T> =
  | { status: 'done'; value: T }
  | { status: 'cancelled' }
  | { status: 'timeout'; seconds: number }
  /** The worker reached its memory limit and was stopped. */
  | { status: 'memory' }
  /** The worker could not start, or failed in a way the checks never should. */
  | { status: 'failed' }

export interface FileCheckerOptions {
  /** The bundled worker: out/main/file-worker.js in the app; a build of electron/files/file-worker.ts in the tests. */
  workerUrl: URL | string
  /** Far beyond what the largest real file needs (well under two seconds for 20 MB). */
  timeLimitMs?: number
  /** The worker's V8 old-generation limit. */
  memoryLimitMb?: number
  /** An idle worker is stopped after this long, giving its memory back. */
  idleMs?: number
  log?: (message: string, error?: unknown) => void
}

export interface FileChecker {
  check<K extends CheckTask['kind']>(task: Extract<CheckTask, { kind: K }>, signal?: AbortSignal): Promise<CheckOutcome<CheckAnswers[K]>>
  /** Stops the worker (a check in progress ends as failed). */
  close(): Promise<void>
}

export const DEFAULT_TIME_LIMIT_MS = 15_000
export const DEFAULT_MEMORY_LIMIT_MB = 384

export function createFileChecker(options: FileCheckerOptions): FileChecker {
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS
  const memoryLimitMb = options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB
  const idleMs = options.idleMs ?? 30_000
  const log = options.log ?? ((message, error) => console.error(message, error))

  let worker: Worker | null = null
  let idleTimer: ReturnType<typeof setTimeout> | undefined
  let queue: Promise<unknown> = Promise.resolve()
  let nextId = 0
  /** The task the worker is on, if any; events of a worker that has been replaced never reach a later task. */
  let current: { id: number; worker: Worker; settle: (outcome: CheckOutcome<never> | { status: 'done'; value: unknown }) => void } | null = null

  function start(): Worker {
    const started = new Worker(options.workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    })
    started.on('message', (reply: WorkerReply) => {
      if (current?.worker !== started || current.id !== reply.id) return
      current.settle(reply.ok ? { status: 'done', value: reply.answer } : { status: 'failed' })
    })
    started.on('error', (error: Error & { code?: string }) => {
      if (worker === started) worker = null
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      if (!outOfMemory) log('The file worker failed', error)
      if (current?.worker === started) current.settle(outOfMemory ? { status: 'memory' } : { status: 'failed' })
    })
    started.on('exit', () => {
      if (worker === started) worker = null
      if (current?.worker === started) current.settle({ status: 'failed' })
    })
    // An idle worker must not keep a process (a test run, a quitting app) alive; it is held only while it works.
    started.unref()
    return started
  }

  function stop(target: Worker) {
    if (worker === target) worker = null
    void target.terminate()
  }

  function runNow(task: CheckTask, signal: AbortSignal | undefined): Promise<CheckOutcome<unknown>> {
    if (signal?.aborted) return Promise.resolve({ status: 'cancelled' })
    clearTimeout(idleTimer)
    let active: Worker
    try {
      active = worker ??= start()
    } catch (error) {
      log('The file worker could not start', error)
      return Promise.resolve({ status: 'failed' })
    }
    active.ref()
    const id = ++nextId
    return new Promise((resolve) => {
      const settle = (outcome: CheckOutcome<unknown>) => {
        if (current?.id !== id) return
        current = null
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
        active.unref()
        if (outcome.status !== 'done') stop(active)
        else {
          idleTimer = setTimeout(() => worker && !current && stop(worker), idleMs)
          idleTimer.unref()
        }
        resolve(outcome)
      }
      const timer = setTimeout(() => settle({ status: 'timeout', seconds: Math.max(1, Math.round(timeLimitMs / 1000)) }), timeLimitMs)
      const onAbort = () => settle({ status: 'cancelled' })
      signal?.addEventListener('abort', onAbort, { once: true })
      current = { id, worker: active, settle }
      const { buffer, byteOffset, byteLength } = task.bytes
      // The bytes move to the worker without a copy when they are a buffer of their own.
      const transfer = buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength ? [buffer] : []
      try {
        active.postMessage({ id, task }, transfer)
      } catch (error) {
        log('The file worker could not be given the file', error)
        settle({ status: 'failed' })
      }
    })
  }

  return {
    check(task, signal) {
      const job = queue.then(() => runNow(task, signal))
      queue = job.catch(() => undefined)
      return job as never
    },
    async close() {
      clearTimeout(idleTimer)
      const running = worker
      worker = null
      current?.settle({ status: 'failed' })
      if (running) await running.terminate()
    },
  }
}
