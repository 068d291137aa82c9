import { z } from 'zod'
import { isoTimestamp } from './schemas'

/**
 * Backups of an assessment as they cross the IPC boundary. Node-free, like the rest of the contract.
 *
 * A backup is named, never addressed by path: the renderer may only send back a name that
 * `listBackups` gave it, and the pattern rules out separators, dots and anything else a path needs.
 */

/** `recent-<UTC time stamp>` (one of the last saves) or `daily-<local date>` (the first save of a day). */
export const BACKUP_NAME_PATTERN = /^(?:recent-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z|daily-\d{4}-\d{2}-\d{2})$/

export const backupName = z.string().regex(BACKUP_NAME_PATTERN, { message: 'must be the name of a backup, as Panorama lists them' })

export const backupKindSchema = z.enum(['recent', 'daily'])
export type BackupKind = z.infer<typeof backupKindSchema>

export const backupSummarySchema = z.strictObject({
  name: backupName,
  kind: backupKindSchema,
  /** When the version in the backup was saved. */
  savedAt: isoTimestamp,
  /** The assessment's title in that version. */
  title: z.string().max(200),
})
export type BackupSummary = z.infer<typeof backupSummarySchema>
