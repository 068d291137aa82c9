import { constants as fsConstants, type Stats } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { syncFolder } from './durable'

export interface FileFilter {
  name: string
  extensions: string[]
}

/**
 * Everything a handler needs to let the user pick files and to read and write them. In the app
 * it is Electron's native dialogs and the disk; in tests, fixed paths in a temporary folder.
 */
export interface FileAccess {
  chooseSavePath(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>
  /** `purpose: 'assessment'` lets a file the OS asked Panorama to open stand in for the dialog. */
  chooseOpenPaths(options: { title: string; filters: FileFilter[]; multiple: boolean; purpose?: 'assessment' }): Promise<string[]>
  /** A folder to write several files into (the dialog may create one); null if cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>
  /** A whole ordinary file's bytes; rejects with a FileReadError naming what is wrong (too large, a folder, a pipe…). */
  readBytes(file: string, options: ReadOptions): Promise<Uint8Array>
  /** Writes via a flushed temporary file and a rename, so a failed write leaves any old file whole. */
  writeText(file: string, content: string): Promise<void>
  /** As writeText, for binary files such as PDFs. */
  writeBytes(file: string, content: Uint8Array): Promise<void>
}

/** Why a path could not be read, for a message in the user's words. */
export type ReadProblem =
  | 'too-large'
  | 'folder'
  | 'pipe'
  | 'device'
  | 'socket'
  | 'not-a-file'
  | 'link-loop'
  | 'gone'
  | 'no-permission'
  | 'path-not-folder'
  | 'name-too-long'
  | 'busy'
  | 'changed'
  | 'system'

export class FileReadError extends Error {
  constructor(
    readonly problem: ReadProblem,
    /** The system's error code, for `system` (shown to the user, who may look it up). */
    readonly code?: string,
  ) {
    super(code ? `${problem} (${code})` : problem)
    this.name = 'FileReadError'
  }
}

export interface ReadOptions {
  /** Checked before anything is read, and again on the opened file. */
  maxBytes: number
  /** Checked between chunks: an aborted read rejects with the signal's reason. */
  signal?: AbortSignal
  /** Bytes read so far, of the file's size; called before the first chunk and after each. */
  onProgress?: (done: number, total: number) => void
}

/** Large enough that a 20 MB file is 20 reads; small enough that progress and Cancel respond. */
const CHUNK_BYTES = 1024 * 1024

const problemOfCode: Record<string, ReadProblem> = {
  ENOENT: 'gone',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  EISDIR: 'folder',
  ELOOP: 'link-loop',
  ENOTDIR: 'path-not-folder',
  ENAMETOOLONG: 'name-too-long',
  EBUSY: 'busy',
}

function asReadError(error: unknown): FileReadError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return new FileReadError((code && problemOfCode[code]) || 'system', code ?? 'unknown')
}

function specialFile(stat: Stats): ReadProblem | null {
  if (stat.isFile()) return null
  if (stat.isDirectory()) return 'folder'
  if (stat.isFIFO()) return 'pipe'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device'
  if (stat.isSocket()) return 'socket'
  return 'not-a-file'
}

/**
 * Reads an ordinary file of at most `maxBytes` into one buffer of its own (so it can be handed
 * to the file worker without a copy), a chunk at a time, never blocking the event loop. A
 * folder, a pipe, a device such as /dev/zero, a socket and a symbolic-link loop are each named
 * before anything is opened; the opened file is checked again, because a path can be swapped
 * for a pipe in between, and a pipe opened without O_NONBLOCK would wait for a writer forever.
 */
export async function readFileBytes(file: string, { maxBytes, signal, onProgress }: ReadOptions): Promise<Uint8Array> {
  signal?.throwIfAborted()
  const stat = await fs.stat(file).catch((error: unknown) => {
    throw asReadError(error)
  })
  const special = specialFile(stat)
  if (special) throw new FileReadError(special)
  if (stat.size > maxBytes) throw new FileReadError('too-large')

  const handle = await fs.open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0)).catch((error: unknown) => {
    throw asReadError(error)
  })
  try {
    const opened = await handle.stat()
    const swapped = specialFile(opened)
    if (swapped) throw new FileReadError(swapped)
    if (opened.size > maxBytes) throw new FileReadError('too-large')
    const bytes = new Uint8Array(opened.size)
    let done = 0
    onProgress?.(0, bytes.length)
    while (done < bytes.length) {
      signal?.throwIfAborted()
      const { bytesRead } = await handle.read(bytes, done, Math.min(CHUNK_BYTES, bytes.length - done), done)
      if (bytesRead === 0) throw new FileReadError('changed')
      done += bytesRead
      onProgress?.(done, bytes.length)
    }
    // A file still being written has grown past the size it had when it was opened.
    if ((await handle.read(new Uint8Array(1), 0, 1, done)).bytesRead > 0) throw new FileReadError('changed')
    return bytes
  } catch (error) {
    if (error instanceof FileReadError || signal?.aborted) throw error
    throw asReadError(error)
  } finally {
    await handle.close()
  }
}

export function writeTextAtomically(file: string, content: string): Promise<void> {
  return writeBytesAtomically(file, Buffer.from(content, 'utf8'))
}

/**
 * Temporary file, flushed, renamed over the target, then the folder flushed: a crash leaves the old
 * file or the new one whole, and once this resolves the new one survives a power cut too.
 */
export async function writeBytesAtomically(file: string, content: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`)
  try {
    const handle = await fs.open(temporary, 'w')
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temporary, file)
  } catch (error) {
    await fs.rm(temporary, { force: true })
    throw error
  }
  await syncFolder(path.dirname(file))
  await removeDeadTemporaries(file)
}

/**
 * The user's folders are not swept at start-up, so a write killed mid-way (a crash, a power cut)
 * would leave its hidden temporary file there for good; the next write of the same file removes
 * it. Only this file's temporaries from other processes: the app runs one instance at a time.
 */
async function removeDeadTemporaries(file: string): Promise<void> {
  const prefix = `.${path.basename(file)}.`
  try {
    for (const name of await fs.readdir(path.dirname(file))) {
      if (!name.startsWith(prefix)) continue
      const match = /^(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length))
      if (match && Number(match[1]) !== process.pid) await fs.rm(path.join(path.dirname(file), name), { force: true })
    }
  } catch {
    // Tidying only: the file itself is written.
  }
}

/** Keeps a suggested file name to characters every OS accepts. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 120)
  return cleaned || 'panorama'
}
