import fs from 'node:fs'
import path from 'node:path'
import i18next from 'i18next'
import { AppError } from '../ipc/app-error'
import { ASSESSMENT_SCHEMA_VERSION, assessmentId, assessmentSummarySchema, isoTimestamp, type AssessmentSummary } from '../../common/contract/schemas'
import { assessmentSchema, type Assessment } from '../../common/contract/assessment-schema'
import { newAssessment } from '../../common/contract/assessment-schema'
import type { BackupSummary } from '../../common/contract/backup-schema'
import { durableStores, type OpenStore } from './json-file-store'
import { ensureFolderSync, removeLeftoverTemporaryFiles, renameDurablySync } from '../files/durable'
import { decodeAssessment, type DecodedAssessment } from './assessment-file'
import { createBackups, fileStamp } from './backups'
import { migrations as appMigrations, type MigrationTable } from './migrations'

export interface AssessmentRepositoryDeps {
  /** The app's data folder (userData in the app, a temporary folder in tests). */
  dataDir: string
  openStore: OpenStore
  now: () => Date
  newId: () => string
  /** File format upgrades by the version they start from; the app's own unless a test injects steps. */
  migrations?: MigrationTable
}

export interface AssessmentRepository {
  list(): AssessmentSummary[]
  create(title: string): Assessment
  get(id: string): Assessment
  save(assessment: Assessment): Assessment
  /** A copy under a new id that keeps the original's origin. */
  duplicate(id: string): Assessment
  delete(id: string): void
  /** The assessment's backups, newest version first. */
  listBackups(id: string): BackupSummary[]
  /**
   * Makes a backup the current version (same id, saved now). The current version is kept as a
   * backup first, so the restore can itself be undone.
   */
  restoreBackup(id: string, name: string): Assessment
  /** Messages for the user about files that were repaired since the last call (then forgotten). */
  takeNotices(): string[]
  /**
   * Stores a complete, validated document (e.g. one opened from a file) as it is: under a new id
   * (`id: 'new'`, origin kept), or under its own id. An assessment already stored under that id is
   * refused unless `replace`, when it is moved to deleted/ first (recoverable, as with delete).
   */
  createFromDocument(document: Assessment, options: { id: 'new' | 'keep'; replace?: boolean }): Assessment
}

/** Size, modification time and inode of a file when the index last read or wrote it. */
type FileStamp = { size: number; mtimeMs: number; ino: number }
/**
 * `files` has a stamp for every assessment file the index has seen, listed or not (one from a
 * newer Panorama is not listed): a file whose stamp differs is read again, so a save the index
 * missed (a crash between the file and the index) is found without reading every file.
 */
type LibraryIndex = { assessments: Record<string, AssessmentSummary>; files?: Record<string, FileStamp> }
type IndexEntry = { summary: AssessmentSummary | null; stamp: FileStamp }

const FILE_PREFIX = 'assessment-'

/**
 * One store file per assessment (so a save rewrites one small file) plus a library index,
 * so the home screen lists hundreds of assessments without opening each file.
 * The index is a cache: if it is missing or damaged it is rebuilt from the files, and a file
 * that changed since the index last saw it is read again.
 *
 * A save is backup, file, index, each flushed to the disk (file and folder) before the next
 * starts and before the save returns, so what the renderer shows as saved survives a crash or a
 * power cut; what a killed write leaves behind is removed when the repository opens.
 */
export function createAssessmentRepository(deps: AssessmentRepositoryDeps): AssessmentRepository {
  const assessmentsDir = path.join(deps.dataDir, 'assessments')
  const deletedDir = path.join(assessmentsDir, 'deleted')
  const damagedDir = path.join(assessmentsDir, 'damaged')
  const openStore = durableStores(deps.openStore)
  ensureFolderSync(assessmentsDir)
  const backups = createBackups({ dir: path.join(deps.dataDir, 'backups'), now: deps.now })
  // Only this process writes here (the app holds a single-instance lock), so any temporary file is a dead write's.
  removeLeftoverTemporaryFiles(deps.dataDir)
  removeLeftoverTemporaryFiles(assessmentsDir)
  backups.removeLeftovers()
  const migrationTable = deps.migrations ?? appMigrations
  const notices: string[] = []
  const notify = (message: string) => {
    if (!notices.includes(message)) notices.push(message)
  }

  const openAssessment = (id: string) =>
    openStore<Record<string, unknown>>({ cwd: assessmentsDir, name: `${FILE_PREFIX}${id}` })
  const libraryFile = path.join(deps.dataDir, 'library.json')
  const libraryStore = openLibrary()

  function openLibrary() {
    const open = () => openStore<LibraryIndex>({ cwd: deps.dataDir, name: 'library' })
    try {
      const store = open()
      void store.store
      return store
    } catch {
      // The index is only a cache of the assessment files; a damaged one is set aside (not erased) and rebuilt.
      fs.renameSync(libraryFile, path.join(deps.dataDir, `library.damaged-${Date.now()}.json`))
      return open()
    }
  }
  const fileOf = (id: string) => path.join(assessmentsDir, `${FILE_PREFIX}${id}.json`)
  normaliseFileNames()

  /**
   * Ids are read in lower case (the schemas say why), so files are named that way too. One
   * named in capitals (Open file… used to keep an id as the file spelled it) is renamed, with its
   * backups. Where the lower-case file is there as well (a case-sensitive disk held both), the
   * capitalised one was opened as a second copy and stays one: it gets an id of its own, and the
   * original file is moved to deleted/, as a deletion would.
   */
  function normaliseFileNames() {
    const names = fs.readdirSync(assessmentsDir)
    for (const name of names) {
      const spelled = /^assessment-(.+)\.json$/.exec(name)?.[1]
      if (!spelled || spelled === spelled.toLowerCase() || !assessmentId.safeParse(spelled).success) continue
      const file = path.join(assessmentsDir, name)
      const id = spelled.toLowerCase()
      try {
        if (!names.includes(`${FILE_PREFIX}${id}.json`)) {
          renameDurablySync(file, fileOf(id))
          backups.adopt(spelled, id)
          continue
        }
        const decoded = decodeAssessment(fs.readFileSync(file), migrationTable)
        if (decoded.status !== 'ok') {
          notify(i18next.t('main:storage.idNotNormalised', { file, problem: decoded.status === 'newer' ? i18next.t('main:storage.backupNewer') : decoded.problem }))
          continue
        }
        const copy = normalId(deps.newId())
        writeAssessment({ ...decoded.assessment, id: copy })
        ensureFolderSync(deletedDir)
        renameDurablySync(file, path.join(deletedDir, `${FILE_PREFIX}${spelled}.${fileStamp(deps.now())}.json`))
        backups.adopt(spelled, copy)
      } catch (error) {
        notify(i18next.t('main:storage.idNotNormalised', { file, problem: describeIoError(error).replace(/\.$/, '') }))
      }
    }
  }

  /** The index as stored, or null if it is missing or damaged. */
  function storedIndex(): Map<string, IndexEntry> | null {
    let raw: unknown
    try {
      raw = libraryStore.store
    } catch {
      return null
    }
    if (!isRecord(raw) || !isRecord(raw.assessments)) return null
    const summaries = raw.assessments
    const stamps = isRecord(raw.files) ? raw.files : {}
    const entries = new Map<string, IndexEntry>()
    for (const id of Object.keys(stamps)) {
      const stamp = stamps[id]
      if (!isStamp(stamp) || !assessmentFileId(id)) continue
      const parsed = Object.hasOwn(summaries, id) ? assessmentSummarySchema.safeParse(summaries[id]) : null
      entries.set(id, { summary: parsed?.success && parsed.data.id === id ? parsed.data : null, stamp })
    }
    return entries
  }

  /**
   * The index made to agree with the files: each file's stamp is compared with the index's and
   * only a file that is new or changed is read. Written back only if something differed.
   */
  function readIndex(): Map<string, IndexEntry> {
    const stored = storedIndex()
    let changed = stored === null
    const entries = new Map<string, IndexEntry>()
    for (const id of idsOnDisk()) {
      const stamp = stampOf(fileOf(id))
      if (!stamp) continue
      const known = stored?.get(id)
      if (known && sameStamp(known.stamp, stamp)) {
        entries.set(id, known)
        continue
      }
      changed = true
      let summary: AssessmentSummary | null = null
      try {
        summary = summaryOf(readAssessment(id))
      } catch (error) {
        // A damaged file with no good backup has been moved aside: say where. Files from a newer
        // Panorama stay on disk untouched and are reported when opened.
        if (error instanceof AppError && error.code === 'damaged-file') notify(error.message)
      }
      // Reading may have repaired or upgraded the file, so its stamp is taken afterwards.
      const after = stampOf(fileOf(id))
      if (after) entries.set(id, { summary, stamp: after })
    }
    if (stored) for (const id of stored.keys()) if (!entries.has(id)) changed = true
    if (changed) writeIndex(entries)
    return entries
  }

  /** Ids of the assessment files on disk, in the form files are named (lower case). */
  function idsOnDisk(): string[] {
    const ids: string[] = []
    for (const file of fs.readdirSync(assessmentsDir)) {
      const match = /^assessment-(.+)\.json$/.exec(file)
      if (match?.[1] && assessmentFileId(match[1])) ids.push(match[1])
    }
    return ids
  }

  function writeIndex(entries: Map<string, IndexEntry>) {
    const assessments: Record<string, AssessmentSummary> = {}
    const files: Record<string, FileStamp> = {}
    for (const [id, entry] of entries) {
      if (entry.summary) assessments[id] = entry.summary
      files[id] = entry.stamp
    }
    libraryStore.store = { assessments, files }
  }

  function readAssessment(id: string): Assessment {
    return loadAssessment(id).assessment
  }

  /**
   * Reads, upgrades and validates one assessment file. A damaged file is moved aside and its
   * newest good backup put in its place (`repaired`); a file from a newer Panorama is refused
   * and left alone; an older one is upgraded and written back once its original is kept.
   * `unsaved` is the version a save is about to write: it replaces a damaged file instead of a backup.
   */
  function loadAssessment(id: string, unsaved?: Assessment): { assessment: Assessment; repaired: boolean } {
    const file = fileOf(id)
    let bytes: Buffer
    try {
      bytes = fs.readFileSync(file)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new AppError('not-found', i18next.t('main:storage.notFound'))
      }
      throw new AppError('storage-failed', i18next.t('main:storage.unreadable', { problem: describeIoError(error) }))
    }
    const decoded = decodeAssessment(bytes, migrationTable)
    switch (decoded.status) {
      case 'newer':
        throw new AppError('newer-version', i18next.t('main:storage.newer'))
      case 'not-upgraded':
        throw new AppError('damaged-file', i18next.t('main:storage.notUpgraded', { problem: decoded.problem, file }))
      case 'damaged':
        return { assessment: recover(id, decoded.problem, unsaved), repaired: true }
      case 'ok':
        if (decoded.fromVersion < ASSESSMENT_SCHEMA_VERSION) {
          try {
            backups.keepBeforeUpgrade(id, file, decoded.fromVersion)
          } catch (error) {
            throw new AppError('storage-failed', i18next.t('main:storage.upgradeCopyFailed', { problem: describeIoError(error) }))
          }
          writeAssessment(decoded.assessment)
        }
        return { assessment: decoded.assessment, repaired: false }
    }
  }

  /**
   * A damaged file is never cleared: it is moved to assessments/damaged/ and kept, the newest
   * backup that reads and validates takes its place, and the user is told both. When a save
   * found the damage, the version being saved takes its place instead: it is newer than any backup.
   */
  function recover(id: string, problem: string, unsaved?: Assessment): Assessment {
    const file = fileOf(id)
    const base = `${FILE_PREFIX}${id}.${fileStamp(deps.now())}`
    let damagedCopy = path.join(damagedDir, `${base}.json`)
    for (let n = 2; fs.existsSync(damagedCopy); n++) damagedCopy = path.join(damagedDir, `${base}-${n}.json`)
    try {
      ensureFolderSync(damagedDir)
      renameDurablySync(file, damagedCopy)
    } catch (error) {
      throw new AppError('damaged-file', i18next.t('main:storage.cannotMoveAside', { file, problem, reason: describeIoError(error) }))
    }
    if (unsaved) {
      notify(i18next.t('main:storage.savedOverDamaged', { title: unsaved.title, problem, damagedCopy }))
      return unsaved
    }
    const backup = newestGoodBackup(id)
    if (!backup) {
      throw new AppError('damaged-file', i18next.t('main:storage.noGoodBackup', { problem, damagedCopy }))
    }
    const restored: Assessment = { ...backup, id }
    try {
      writeAssessment(restored)
    } catch (error) {
      // Leave things as they were found rather than with no file at all.
      fs.renameSync(damagedCopy, file)
      throw error
    }
    notify(i18next.t('main:storage.restoredBackup', { title: restored.title, problem, savedAt: describeTime(restored.updatedAt), damagedCopy }))
    return restored
  }

  function newestGoodBackup(id: string): Assessment | null {
    let best: Assessment | null = null
    for (const entry of backups.list(id)) {
      let bytes: Buffer
      try {
        bytes = fs.readFileSync(entry.file)
      } catch {
        continue
      }
      const decoded = decodeAssessment(bytes, migrationTable)
      if (decoded.status !== 'ok') continue
      if (!best || Date.parse(decoded.assessment.updatedAt) > Date.parse(best.updatedAt)) best = decoded.assessment
    }
    return best
  }

  /** Keeps the version a save is about to overwrite. A backup that fails does not stop the save. */
  function keepBackup(assessment: Assessment) {
    if (!fs.existsSync(fileOf(assessment.id))) return
    try {
      backups.keep(assessment.id, fileOf(assessment.id))
    } catch (error) {
      notify(i18next.t('main:storage.backupNotKept', { title: assessment.title, problem: describeIoError(error).replace(/\.$/, '') }))
    }
  }

  function writeAssessment(assessment: Assessment) {
    try {
      openAssessment(assessment.id).store = assessment
    } catch (error) {
      throw new AppError('storage-failed', i18next.t('main:storage.notSaved', { problem: describeIoError(error) }))
    }
  }

  /**
   * After a write of one file: its entry and stamp change, the rest are kept as stored (a full
   * comparison with the files is left to `list`, so a save reads no other file).
   */
  function updateIndexEntry(id: string, summary: AssessmentSummary | undefined) {
    const entries = storedIndex() ?? readIndex()
    const stamp = summary ? stampOf(fileOf(id)) : null
    if (summary && stamp) entries.set(id, { summary, stamp })
    else entries.delete(id)
    writeIndex(entries)
  }

  return {
    list() {
      const summaries: AssessmentSummary[] = []
      for (const { summary } of readIndex().values()) if (summary) summaries.push(summary)
      return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    },

    create(title) {
      const stamp = deps.now().toISOString()
      const assessment = assessmentSchema.parse(newAssessment({ id: deps.newId(), title, now: stamp }))
      // The file first, then the index: a crash in between leaves a file the index rebuild finds.
      writeAssessment(assessment)
      updateIndexEntry(assessment.id, summaryOf(assessment))
      return assessment
    },

    get(anyId) {
      const id = normalId(anyId)
      const { assessment, repaired } = loadAssessment(id)
      if (repaired) updateIndexEntry(id, summaryOf(assessment))
      return assessment
    },

    save(given) {
      const assessment = given.id === normalId(given.id) ? given : { ...given, id: normalId(given.id) }
      const stored = loadAssessment(assessment.id, assessment).assessment
      // Main owns the bookkeeping: the creation date cannot be rewritten and the save time is main's clock.
      const next: Assessment = { ...assessment, createdAt: stored.createdAt, updatedAt: deps.now().toISOString() }
      keepBackup(stored)
      writeAssessment(next)
      updateIndexEntry(next.id, summaryOf(next))
      return next
    },

    duplicate(anyId) {
      const id = normalId(anyId)
      const { assessment: source, repaired } = loadAssessment(id)
      if (repaired) updateIndexEntry(id, summaryOf(source))
      const stamp = deps.now().toISOString()
      const copy = assessmentSchema.parse({
        ...source,
        id: deps.newId(),
        title: i18next.t('main:storage.copyTitle', { title: source.title.slice(0, 190) }),
        createdAt: stamp,
        updatedAt: stamp,
      })
      writeAssessment(copy)
      updateIndexEntry(copy.id, summaryOf(copy))
      return copy
    },

    delete(anyId) {
      const id = normalId(anyId)
      const file = fileOf(id)
      if (!fs.existsSync(file)) {
        throw new AppError('not-found', i18next.t('main:storage.notFound'))
      }
      // Deleted assessments are moved aside, not erased, so a mistaken delete can still be recovered by hand.
      ensureFolderSync(deletedDir)
      const stamp = deps.now().toISOString().replace(/[:.]/g, '-')
      try {
        renameDurablySync(file, path.join(deletedDir, `${FILE_PREFIX}${id}.${stamp}.json`))
      } catch (error) {
        throw new AppError('storage-failed', i18next.t('main:storage.notDeleted', { problem: describeIoError(error) }))
      }
      updateIndexEntry(id, undefined)
    },

    listBackups(anyId) {
      const id = normalId(anyId)
      const found: BackupSummary[] = []
      for (const entry of backups.list(id)) {
        let raw: unknown
        try {
          raw = JSON.parse(fs.readFileSync(entry.file, 'utf8'))
        } catch {
          continue // An unreadable backup cannot be restored, so it is not offered.
        }
        const { title, updatedAt } = (raw ?? {}) as { title?: unknown; updatedAt?: unknown }
        if (typeof title !== 'string' || typeof updatedAt !== 'string' || !isoTimestamp.safeParse(updatedAt).success) continue
        found.push({ name: entry.name, kind: entry.kind, savedAt: updatedAt, title: title.slice(0, 200) })
      }
      // Newest version first; for the same version, the recent backup before the daily one.
      return found.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt))
    },

    restoreBackup(anyId, name) {
      const id = normalId(anyId)
      const source = backups.find(id, name)
      if (!source) {
        throw new AppError('not-found', i18next.t('main:storage.backupGone'))
      }
      let bytes: Buffer
      try {
        bytes = fs.readFileSync(source)
      } catch (error) {
        throw new AppError('storage-failed', i18next.t('main:storage.backupUnreadable', { problem: describeIoError(error) }))
      }
      const decoded = decodeAssessment(bytes, migrationTable)
      if (decoded.status !== 'ok') {
        throw new AppError('damaged-file', i18next.t('main:storage.backupNotRestorable', { problem: problemOf(decoded) }))
      }
      const current = readAssessment(id)
      try {
        backups.keep(id, fileOf(id))
      } catch (error) {
        throw new AppError('storage-failed', i18next.t('main:storage.currentNotKept', { problem: describeIoError(error) }))
      }
      const restored: Assessment = { ...decoded.assessment, id, createdAt: current.createdAt, updatedAt: deps.now().toISOString() }
      writeAssessment(restored)
      updateIndexEntry(id, summaryOf(restored))
      return restored
    },

    takeNotices() {
      return notices.splice(0)
    },

    createFromDocument(document, { id, replace = false }) {
      const stored = assessmentSchema.parse(id === 'new' ? { ...document, id: deps.newId() } : document)
      const file = fileOf(stored.id)
      let setAside: string | null = null
      if (fs.existsSync(file)) {
        if (!replace) {
          throw new AppError('storage-failed', i18next.t('main:storage.alreadyHere'))
        }
        ensureFolderSync(deletedDir)
        setAside = path.join(deletedDir, `${FILE_PREFIX}${stored.id}.${deps.now().toISOString().replace(/[:.]/g, '-')}.json`)
        try {
          renameDurablySync(file, setAside)
        } catch (error) {
          throw new AppError('storage-failed', i18next.t('main:storage.notReplaced', { problem: describeIoError(error) }))
        }
      }
      try {
        writeAssessment(stored)
      } catch (error) {
        // Put the replaced assessment back, so a failed write loses nothing.
        if (setAside) fs.renameSync(setAside, file)
        throw error
      }
      updateIndexEntry(stored.id, summaryOf(stored))
      return stored
    },
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const isStamp = (value: unknown): value is FileStamp =>
  isRecord(value) && typeof value.size === 'number' && typeof value.mtimeMs === 'number' && typeof value.ino === 'number'

const sameStamp = (a: FileStamp, b: FileStamp) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino

/** The stamp of a file, or null if there is none. */
function stampOf(file: string): FileStamp | null {
  const stats = fs.statSync(file, { throwIfNoEntry: false })
  return stats ? { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino } : null
}

/** Whether a file name's id is an assessment id as files are named: a UUID in lower case. */
function assessmentFileId(id: string): boolean {
  const parsed = assessmentId.safeParse(id)
  return parsed.success && parsed.data === id
}

const normalId = (id: string) => id.toLowerCase()

function problemOf(decoded: Exclude<DecodedAssessment, { status: 'ok' }>): string {
  return decoded.status === 'newer' ? i18next.t('main:storage.backupNewer') : decoded.problem
}

/** A date and time for a message, in the user's own format. */
function describeTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

function summaryOf(assessment: Assessment): AssessmentSummary {
  return {
    id: assessment.id,
    title: assessment.title,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
  }
}

/** Turns Node's error codes into words a user can act on. */
export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return i18next.t('main:io.readOnly')
    case 'ENOSPC':
      return i18next.t('main:io.diskFull')
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
