import fs from 'node:fs/promises'
import path from 'node:path'
import i18next from 'i18next'

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
  /** Writes via a temporary file and a rename, so a failed write leaves any old file whole. */
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

export async function writeBytesAtomically(file: string, content: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`)
  try {
    await fs.writeFile(temporary, content, { flush: true })
    await fs.rename(temporary, file)
  } catch (error) {
    await fs.rm(temporary, { force: true })
    throw error
  }
}

/** Keeps a suggested file name to characters every OS accepts. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 120)
  return cleaned || 'panorama'
}
