import fs from 'node:fs'
import path from 'node:path'
import { BACKUP_NAME_PATTERN, type BackupKind } from '../../common/contract/backup-schema'
import { copyFileDurablySync as copyWhole, ensureFolderSync, removeLeftoverTemporaryFiles, renameDurablySync } from '../files/durable'

/** How many of the most recent saves are kept. */
export const RECENT_BACKUPS = 5
/** How many calendar days (today included) keep their first save. */
export const DAILY_BACKUP_DAYS = 14

export interface BackupFile {
  /** The name the renderer sees and sends back, e.g. `recent-2026-03-01T09-00-00-000Z`. */
  name: string
  kind: BackupKind
  /** Absolute path of the file. */
  file: string
}

export interface Backups {
  /**
   * Keeps a copy of `source` (the file a save is about to overwrite) as the newest recent
   * backup, and as today's daily backup if there is none yet; then prunes the old ones.
   */
  keep(id: string, source: string): void
  /** Keeps the original of a file about to be upgraded to a newer format. Never pruned. Returns its path. */
  keepBeforeUpgrade(id: string, source: string, fromVersion: number): string
  /** Every recent and daily backup of the assessment, newest first within each kind. */
  list(id: string): BackupFile[]
  /** The path of a listed backup, or null if the name is not one `list` could return or the file is gone. */
  find(id: string, name: string): string | null
  /** The folder that holds the assessment's backups. */
  folderOf(id: string): string
  /** Removes the temporary files of copies a killed process left in any assessment's folder (at start-up). */
  removeLeftovers(): void
  /** Makes the backups kept under the id `from` (spelled as its folder is) those of the id `to`. */
  adopt(from: string, to: string): void
}

const RECENT_FILE = /^recent-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/
const DAILY_FILE = /^daily-(\d{4}-\d{2}-\d{2})\.json$/

/** A UTC time stamp that sorts as text and is a valid file name on Windows (no colons). */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-')
}

function dateOfRecent(match: RegExpExecArray): Date {
  const [, day, hours, minutes, seconds, millis] = match
  return new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`)
}

/** The user's calendar day, YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * Backups of each assessment in `<dir>/<id>/`: the versions before the last RECENT_BACKUPS
 * saves (`recent-<time stamp>.json`) and, for DAILY_BACKUP_DAYS days, the version before the
 * first save of each day (`daily-<YYYY-MM-DD>.json`). Time comes from the injected clock.
 */
export function createBackups(deps: { dir: string; now: () => Date }): Backups {
  const folderAsSpelled = (id: string) => {
    // Ids are UUIDs by contract; this keeps a path from ever being made of anything else.
    if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) throw new Error(`Not an assessment id: ${id}`)
    return path.join(deps.dir, id)
  }
  // Folders are named by the id in lower case, as ids are read.
  const folderOf = (id: string) => folderAsSpelled(id.toLowerCase())
  const namesIn = (folder: string): string[] => {
    try {
      return fs.readdirSync(folder)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
  }

  return {
    folderOf,

    keep(id, source) {
      const folder = folderOf(id)
      ensureFolderSync(folder)
      const files = namesIn(folder)
      const recent = files.filter((name) => RECENT_FILE.test(name)).sort()
      const now = deps.now()
      // Names must stay unique and in order even if the clock stands still or steps back.
      let at = now
      const newest = recent.length > 0 ? dateOfRecent(RECENT_FILE.exec(recent[recent.length - 1]!)!) : null
      if (newest && at.getTime() <= newest.getTime()) at = new Date(newest.getTime() + 1)
      const recentName = `recent-${fileStamp(at)}.json`
      copyWhole(source, path.join(folder, recentName))
      recent.push(recentName)

      const today = localDay(now)
      const daily = files.filter((name) => DAILY_FILE.test(name))
      if (!daily.includes(`daily-${today}.json`)) {
        copyWhole(source, path.join(folder, `daily-${today}.json`))
        daily.push(`daily-${today}.json`)
      }

      const cutoff = new Date(now)
      cutoff.setDate(cutoff.getDate() - (DAILY_BACKUP_DAYS - 1))
      const oldestKept = localDay(cutoff)
      const expired = [
        ...recent.slice(0, Math.max(0, recent.length - RECENT_BACKUPS)),
        ...daily.filter((name) => DAILY_FILE.exec(name)![1]! < oldestKept),
      ]
      for (const name of expired) fs.rmSync(path.join(folder, name), { force: true })
    },

    keepBeforeUpgrade(id, source, fromVersion) {
      const folder = folderOf(id)
      ensureFolderSync(folder)
      let target = path.join(folder, `before-upgrade-from-v${fromVersion}-${fileStamp(deps.now())}.json`)
      for (let n = 2; fs.existsSync(target); n++) {
        target = path.join(folder, `before-upgrade-from-v${fromVersion}-${fileStamp(deps.now())}-${n}.json`)
      }
      copyWhole(source, target)
      return target
    },

    list(id) {
      const folder = folderOf(id)
      const found: BackupFile[] = []
      for (const name of namesIn(folder).sort().reverse()) {
        const kind = RECENT_FILE.test(name) ? 'recent' : DAILY_FILE.test(name) ? 'daily' : null
        if (kind) found.push({ name: name.slice(0, -'.json'.length), kind, file: path.join(folder, name) })
      }
      return found
    },

    adopt(from, to) {
      const source = folderAsSpelled(from)
      if (!namesIn(deps.dir).includes(from)) return
      // Compared by exact name: on a case-insensitive disk the two spellings are one folder, renamed in place.
      if (!namesIn(deps.dir).includes(to.toLowerCase())) {
        renameDurablySync(source, folderOf(to))
        return
      }
      const target = folderOf(to)
      const present = namesIn(target)
      for (const name of namesIn(source)) if (!present.includes(name)) renameDurablySync(path.join(source, name), path.join(target, name))
      if (namesIn(source).length === 0) fs.rmdirSync(source)
    },

    removeLeftovers() {
      for (const entry of namesIn(deps.dir)) removeLeftoverTemporaryFiles(path.join(deps.dir, entry))
    },

    find(id, name) {
      if (!BACKUP_NAME_PATTERN.test(name)) return null
      const file = path.join(folderOf(id), `${name}.json`)
      return fs.existsSync(file) ? file : null
    },
  }
}
