import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../ipc/app-error'
import { ASSESSMENT_SCHEMA_VERSION, assessmentSummarySchema, type AssessmentSummary } from '../ipc/schemas'
import { assessmentSchema, type Assessment } from '../ipc/assessment-schema'
import { newAssessment } from '../ipc/assessment-schema'
import type { OpenStore } from './json-file-store'

export interface AssessmentRepositoryDeps {
  /** The app's data folder (userData in the app, a temporary folder in tests). */
  dataDir: string
  openStore: OpenStore
  now: () => Date
  newId: () => string
}

export interface AssessmentRepository {
  list(): AssessmentSummary[]
  create(title: string): Assessment
  get(id: string): Assessment
  save(assessment: Assessment): Assessment
  /** A copy under a new id that keeps the original's origin. */
  duplicate(id: string): Assessment
  delete(id: string): void
}

type LibraryIndex = { assessments: Record<string, AssessmentSummary> }

const FILE_PREFIX = 'assessment-'

/**
 * One store file per assessment (so a save rewrites one small file) plus a library index,
 * so the home screen lists hundreds of assessments without opening each file.
 * The index is a cache: if it is missing or damaged it is rebuilt from the files.
 */
export function createAssessmentRepository(deps: AssessmentRepositoryDeps): AssessmentRepository {
  const assessmentsDir = path.join(deps.dataDir, 'assessments')
  const deletedDir = path.join(assessmentsDir, 'deleted')
  fs.mkdirSync(assessmentsDir, { recursive: true })

  const openAssessment = (id: string) =>
    deps.openStore<Record<string, unknown>>({ cwd: assessmentsDir, name: `${FILE_PREFIX}${id}` })
  const libraryFile = path.join(deps.dataDir, 'library.json')
  const libraryStore = openLibrary()

  function openLibrary() {
    const open = () => deps.openStore<LibraryIndex>({ cwd: deps.dataDir, name: 'library' })
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

  function readIndex(): Record<string, AssessmentSummary> {
    try {
      const raw = libraryStore.store.assessments
      if (raw && typeof raw === 'object') {
        const entries: Record<string, AssessmentSummary> = {}
        for (const value of Object.values(raw)) {
          const parsed = assessmentSummarySchema.safeParse(value)
          if (parsed.success && fs.existsSync(fileOf(parsed.data.id))) entries[parsed.data.id] = parsed.data
        }
        return entries
      }
    } catch {
      // A damaged index is only a cache; fall through and rebuild it from the files.
    }
    return rebuildIndex()
  }

  function rebuildIndex(): Record<string, AssessmentSummary> {
    const entries: Record<string, AssessmentSummary> = {}
    for (const file of fs.readdirSync(assessmentsDir)) {
      const match = /^assessment-(.+)\.json$/.exec(file)
      if (!match?.[1]) continue
      try {
        entries[match[1]] = summaryOf(readAssessment(match[1]))
      } catch {
        // Unreadable files stay on disk untouched; they are reported when opened.
      }
    }
    writeIndex(entries)
    return entries
  }

  function writeIndex(entries: Record<string, AssessmentSummary>) {
    libraryStore.store = { assessments: entries }
  }

  function readAssessment(id: string): Assessment {
    if (!fs.existsSync(fileOf(id))) {
      throw new AppError('not-found', 'This assessment no longer exists. It may have been deleted.')
    }
    let raw: Record<string, unknown>
    try {
      raw = openAssessment(id).store
    } catch {
      throw new AppError('damaged-file', `The assessment file ${fileOf(id)} is damaged and cannot be read.`)
    }
    const version = raw.schemaVersion
    if (typeof version === 'number' && version > ASSESSMENT_SCHEMA_VERSION) {
      throw new AppError(
        'newer-version',
        'This assessment was made by a newer version of Panorama. Update Panorama to open it; the file has not been changed.',
      )
    }
    const parsed = assessmentSchema.safeParse(raw)
    if (!parsed.success) {
      throw new AppError('damaged-file', `The assessment file ${fileOf(id)} is damaged and cannot be read.`)
    }
    return parsed.data
  }

  function writeAssessment(assessment: Assessment) {
    try {
      openAssessment(assessment.id).store = assessment
    } catch (error) {
      throw new AppError('storage-failed', `The assessment could not be saved: ${describeIoError(error)}`)
    }
  }

  function updateIndexEntry(id: string, summary: AssessmentSummary | undefined) {
    const entries = readIndex()
    if (summary) entries[id] = summary
    else delete entries[id]
    writeIndex(entries)
  }

  return {
    list() {
      return Object.values(readIndex()).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    },

    create(title) {
      const stamp = deps.now().toISOString()
      const assessment = assessmentSchema.parse(newAssessment({ id: deps.newId(), title, now: stamp }))
      // The file first, then the index: a crash in between leaves a file the index rebuild finds.
      writeAssessment(assessment)
      updateIndexEntry(assessment.id, summaryOf(assessment))
      return assessment
    },

    get(id) {
      return readAssessment(id)
    },

    save(assessment) {
      const stored = readAssessment(assessment.id)
      // Main owns the bookkeeping: the creation date cannot be rewritten and the save time is main's clock.
      const next: Assessment = { ...assessment, createdAt: stored.createdAt, updatedAt: deps.now().toISOString() }
      writeAssessment(next)
      updateIndexEntry(next.id, summaryOf(next))
      return next
    },

    duplicate(id) {
      const source = readAssessment(id)
      const stamp = deps.now().toISOString()
      const copy = assessmentSchema.parse({
        ...source,
        id: deps.newId(),
        title: `${source.title.slice(0, 190)} (copy)`,
        createdAt: stamp,
        updatedAt: stamp,
      })
      writeAssessment(copy)
      updateIndexEntry(copy.id, summaryOf(copy))
      return copy
    },

    delete(id) {
      const file = fileOf(id)
      if (!fs.existsSync(file)) {
        throw new AppError('not-found', 'This assessment no longer exists. It may have been deleted.')
      }
      // Deleted assessments are moved aside, not erased, so a mistaken delete can still be recovered by hand.
      fs.mkdirSync(deletedDir, { recursive: true })
      const stamp = deps.now().toISOString().replace(/[:.]/g, '-')
      try {
        fs.renameSync(file, path.join(deletedDir, `${FILE_PREFIX}${id}.${stamp}.json`))
      } catch (error) {
        throw new AppError('storage-failed', `The assessment could not be deleted: ${describeIoError(error)}`)
      }
      updateIndexEntry(id, undefined)
    },
  }
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
      return 'the data folder is read-only or you do not have permission to write to it.'
    case 'ENOSPC':
      return 'the disk is full.'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
