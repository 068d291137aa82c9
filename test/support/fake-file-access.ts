import path from 'node:path'
import { readFileBytes, writeBytesAtomically, writeTextAtomically, type FileAccess } from '../../electron/files/file-access'

/**
 * Real reads and writes with stand-in dialogs: "Save" writes into `dir` under the suggested
 * name; "Open" returns whatever paths the test queued with `queueOpen` (nothing = cancelled);
 * "Choose folder" picks `dir`.
 */
export function createFakeFileAccess(dir: string): FileAccess & { queueOpen(paths: string[]): void; saved: string[]; cancelNextSave(): void; cancelNextFolder(): void; folderTitles: string[] } {
  const openQueue: string[][] = []
  const saved: string[] = []
  const folderTitles: string[] = []
  let cancelSave = false
  let cancelFolder = false
  return {
    saved,
    folderTitles,
    cancelNextFolder() {
      cancelFolder = true
    },
    async chooseFolder({ title }) {
      folderTitles.push(title)
      if (cancelFolder) {
        cancelFolder = false
        return null
      }
      return dir
    },
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

/**
 * Makes reads arrive slowly, as from a network share or a USB stick: the bytes are read for real
 * (every check of the real reader applies), then handed over a chunk at a time, `delayMs` apart,
 * with progress after each chunk and the abort signal honoured between them.
 */
export function slowReads(files: FileAccess, { chunkBytes = 256 * 1024, delayMs = 50 }: { chunkBytes?: number; delayMs?: number } = {}): void {
  files.readBytes = async (file, { maxBytes, signal, onProgress }) => {
    const bytes = await readFileBytes(file, { maxBytes, ...(signal ? { signal } : {}) })
    onProgress?.(0, bytes.length)
    for (let done = 0; done < bytes.length; ) {
      await new Promise((resolve) => setTimeout(resolve, delayMs))
      signal?.throwIfAborted()
      done = Math.min(bytes.length, done + chunkBytes)
      onProgress?.(done, bytes.length)
    }
    return bytes
  }
}
