/**
 * The file worker: its own entry in the main-process build (out/main/file-worker.js), started
 * by file-checker.ts in a worker thread with memory limits. It decodes, parses and validates
 * the bytes of one file at a time and answers with the checked document or the refusal, worded
 * from the catalogue in the language main is using. No Electron and no disk.
 */
import { parentPort } from 'node:worker_threads'
import { initCatalogue } from '../../common/i18n/full-catalogue'
import { checkPortableBytes } from '../ipc/portable-file-check'
import { checkResponseBytes } from '../ipc/response-file-check'
import type { CheckTask, WorkerReply } from './file-checker'

parentPort?.on('message', ({ id, task }: { id: number; task: CheckTask }) => {
  let reply: WorkerReply
  try {
    initCatalogue(task.language)
    reply = task.kind === 'assessment' ? { id, ok: true, answer: checkPortableBytes(task.bytes, task.knownFrameworkIds) } : { id, ok: true, answer: checkResponseBytes(task.bytes) }
  } catch {
    // The checks are written not to throw; this keeps the worker answering if one ever does.
    reply = { id, ok: false }
  }
  parentPort?.postMessage(reply)
})
