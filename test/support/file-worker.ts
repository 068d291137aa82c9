import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { createFileChecker, type FileChecker, type FileCheckerOptions } from '../../electron/files/file-checker'

/**
 * The file worker for tests. The app starts out/main/file-worker.js, which `npm run build` makes;
 * the unit tests must not depend on a build being current, so their global set-up bundles
 * electron/files/file-worker.ts the same way (Vite, everything inlined) into a temporary folder
 * and names it in PANORAMA_FILE_WORKER. The e2e tests and the bench run after `npm run build`
 * and use the built one.
 */
export function fileWorkerPath(): string {
  return process.env.PANORAMA_FILE_WORKER ?? path.resolve('out/main/file-worker.js')
}

let shared: FileChecker | null = null

/** One checker (and so one worker thread) per test process, however many backends a test file makes. */
export function sharedFileChecker(): FileChecker {
  shared ??= createFileChecker({ workerUrl: fileWorkerPath() })
  return shared
}

/** A checker of its own, for tests of limits and time-outs. */
export function testFileChecker(options: Omit<FileCheckerOptions, 'workerUrl'> = {}): FileChecker {
  return createFileChecker({ workerUrl: fileWorkerPath(), ...options })
}

/** Bundles the worker into `outDir`; returns the script's path. */
export async function buildFileWorker(outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'panorama-file-worker-'))): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: process.cwd(),
    build: {
      ssr: path.resolve('electron/files/file-worker.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'file-worker.mjs' } },
    },
    ssr: { noExternal: true, target: 'node' },
  })
  return path.join(outDir, 'file-worker.mjs')
}
