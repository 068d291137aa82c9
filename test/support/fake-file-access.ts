import path from 'node:path'
import { readFileBytes, writeBytesAtomically, writeTextAtomically, type FileAccess } from '../../electron/files/file-access'

/**
 * Real reads and writes with stand-in dialogs: "Save" writes into `dir` under the suggested
 * name; "Open" returns whatever paths the test queued with `queueOpen` (nothing = cancelled).
 */
export function createFakeFileAccess(dir: string): FileAccess & { queueOpen(paths: string[]): void; saved: string[]; cancelNextSave(): void } {
  const openQueue: string[][] = []
  const saved: string[] = []
  let cancelSave = false
  return {
    saved,
    queueOpen(paths) {
      openQueue.push(paths)
    },
    cancelNextSave() {
      cancelSave = true
    },
    async chooseSavePath({ defaultName }) {
      if (cancelSave) {
        cancelSave = false
        return null
      }
      const file = path.join(dir, defaultName)
      saved.push(file)
      return file
    },
    async chooseOpenPaths() {
      return openQueue.shift() ?? []
    },
    readBytes: readFileBytes,
    writeText: writeTextAtomically,
    writeBytes: writeBytesAtomically,
  }
}
