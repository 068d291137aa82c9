import fs from 'node:fs/promises'
import path from 'node:path'
import i18next from 'i18next'
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
  /** Rejects with code EFBIG if the file is larger than `maxBytes`, before reading it. */
  readText(file: string, maxBytes: number): Promise<string>
  /** Writes via a flushed temporary file and a rename, so a failed write leaves any old file whole. */
  writeText(file: string, content: string): Promise<void>
  /** As writeText, for binary files such as PDFs. */
  writeBytes(file: string, content: Uint8Array): Promise<void>
}

export async function readTextLimited(file: string, maxBytes: number): Promise<string> {
  const stat = await fs.stat(file)
  if (!stat.isFile()) throw Object.assign(new Error(i18next.t('main:io.notAFile', { file })), { code: 'EISDIR' })
  if (stat.size > maxBytes) throw Object.assign(new Error(i18next.t('main:io.tooLarge', { file })), { code: 'EFBIG' })
  return fs.readFile(file, 'utf8')
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
