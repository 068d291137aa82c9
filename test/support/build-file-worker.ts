import fs from 'node:fs'
import path from 'node:path'
import { buildFileWorker } from './file-worker'

/** vitest global set-up: one build of the file worker for the whole run (see file-worker.ts). */
export default async function setup() {
  const script = await buildFileWorker()
  process.env.PANORAMA_FILE_WORKER = script
  return () => fs.rmSync(path.dirname(script), { recursive: true, force: true })
}
