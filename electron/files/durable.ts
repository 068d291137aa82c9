import fs from 'node:fs'
import path from 'node:path'

/**
 * Flushing to the disk. A rename makes a write whole (old file or new, never a mix), but until the
 * file's bytes and the folder entry the rename changed are flushed, a power cut can still bring
 * back the old version, or on some file systems an empty file. Every write the app reports as done
 * goes through here: the new file is flushed before the rename, its folder after.
 *
 * Node's fsync is F_FULLFSYNC on macOS (libuv), so it reaches the platter there too, not just the
 * drive's cache. The README (Storage, "After a power cut") says what this does not cover.
 */

/**
 * Errors from syncing a folder that mean "this platform or file system cannot", not "the write
 * failed" (PostgreSQL's fsync_fname ignores the same). Windows cannot open a folder for writing,
 * and FlushFileBuffers needs a handle opened for writing, so the open or the flush is refused
 * (EISDIR, EPERM or EACCES): there, NTFS journals the rename itself and commits it within seconds.
 * Elsewhere some file systems (network shares, FUSE, some virtual machine shares) answer EINVAL or
 * EBADF, having nothing to flush; failing the save for that would only make them unusable.
 */
function folderSyncUnsupported(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'EINVAL' || code === 'EBADF' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') return true
  return process.platform === 'win32' && (code === 'EISDIR' || code === 'EPERM' || code === 'EACCES')
}

/** Flushes a folder's entries (a rename into it, a file created in it) to the disk. */
export function syncFolderSync(dir: string): void {
  let fd: number
  try {
    fd = fs.openSync(dir, 'r')
  } catch (error) {
    if (folderSyncUnsupported(error)) return
    throw error
  }
  try {
    fs.fsyncSync(fd)
  } catch (error) {
    if (!folderSyncUnsupported(error)) throw error
  } finally {
    fs.closeSync(fd)
  }
}

/** As syncFolderSync, without blocking: for writes the main process awaits. */
export async function syncFolder(dir: string): Promise<void> {
  let handle: fs.promises.FileHandle
  try {
    handle = await fs.promises.open(dir, 'r')
  } catch (error) {
    if (folderSyncUnsupported(error)) return
    throw error
  }
  try {
    await handle.sync()
  } catch (error) {
    if (!folderSyncUnsupported(error)) throw error
  } finally {
    await handle.close()
  }
}

/**
 * Flushes a file someone else wrote (conf, a copy). Windows flushes only through a handle opened
 * for writing; a file without write permission is opened read-only, which POSIX systems accept.
 */
export function syncFileSync(file: string): void {
  let fd: number
  try {
    fd = fs.openSync(file, 'r+')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EACCES' && code !== 'EPERM') throw error
    fd = fs.openSync(file, 'r')
  }
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/** mkdir -p whose new folders survive a power cut: each one's entry in its parent is flushed. */
export function ensureFolderSync(dir: string): void {
  const first = fs.mkdirSync(dir, { recursive: true })
  if (first === undefined) return
  const created: string[] = []
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    created.push(current)
    if (current === path.resolve(first) || path.dirname(current) === current) break
  }
  for (const folder of created.reverse()) syncFolderSync(path.dirname(folder))
}

/**
 * Names of the temporary files this app's writes use, so that leftovers from a killed process can
 * be recognised, and nothing else ever is: `.<name>.<pid>.tmp` (copies), `.<name>.<pid>.<ms>.tmp`
 * (exported files) and atomically's `<name>.tmp-<10 digits><6 hex>` (every conf/electron-store write).
 */
const TEMPORARY_NAMES = [/^\..+\.\d+(?:\.\d+)?\.tmp$/, /^.+\.tmp-\d{10}[0-9a-f]{6}$/]

export function isTemporaryName(name: string): boolean {
  return TEMPORARY_NAMES.some((pattern) => pattern.test(name))
}

/**
 * Removes what a killed write left in `dir` (not below it): only regular files with one of the
 * names above. A leftover is never the only copy of anything: the file it was to replace is whole.
 * Returns the names removed.
 */
export function removeLeftoverTemporaryFiles(dir: string): string[] {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return []
    throw error
  }
  const removed: string[] = []
  for (const entry of entries) {
    if (!entry.isFile() || !isTemporaryName(entry.name)) continue
    try {
      fs.unlinkSync(path.join(dir, entry.name))
      removed.push(entry.name)
    } catch {
      // One that cannot be removed now (locked by a virus scanner, say) is tried again next start.
    }
  }
  return removed
}

/** A rename (a move within the data folder) that a power cut cannot undo once this returns. */
export function renameDurablySync(from: string, to: string): void {
  fs.renameSync(from, to)
  syncFolderSync(path.dirname(to))
  if (path.dirname(from) !== path.dirname(to)) syncFolderSync(path.dirname(from))
}

/**
 * Copies via a temporary file that is flushed before it is renamed into place, then flushes the
 * folder: the copy is whole or absent after a crash, and present after a power cut once this returns.
 */
export function copyFileDurablySync(source: string, target: string): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`)
  try {
    fs.copyFileSync(source, temporary)
    syncFileSync(temporary)
    fs.renameSync(temporary, target)
  } catch (error) {
    fs.rmSync(temporary, { force: true })
    throw error
  }
  syncFolderSync(path.dirname(target))
}
