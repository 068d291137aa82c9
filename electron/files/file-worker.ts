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
import { checkPackBytes } from '../exports/prework-read'
import { bundledFrameworks } from '../ipc/known-frameworks'
import type { CheckAnswers, CheckTask, WorkerReply } from './file-checker'

async function answer(task: CheckTask): Promise<CheckAnswers[CheckTask['kind']]> {
  switch (task.kind) {
    case 'assessment':
      return checkPortableBytes(task.bytes, task.knownFrameworkIds)
    case 'responses':
      return checkResponseBytes(task.bytes)
    case 'prework':
      return checkPackBytes(task.bytes, task.fileName, bundledFrameworks())
  }
}

// The checker hands the worker one task at a time, so an asynchronous check (a workbook) is
// never overtaken by the next one.
parentPort?.on('message', async ({ id, task }: { id: number; task: CheckTask }) => {
  let reply: WorkerReply
  try {
    initCatalogue(task.language)
    reply = { id, ok: true, answer: await answer(task) }
  } catch {
    // The checks are written not to throw; this keeps the worker answering if one ever does.
    reply = { id, ok: false }
  }
  parentPort?.postMessage(reply)
})
