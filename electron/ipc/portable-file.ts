import { randomUUID } from 'node:crypto'
import i18next from 'i18next'
import type { Framework } from '../../common/domain/framework'
import { safeFileName, type FileAccess } from '../files/file-access'
import { describeIoError, type AssessmentRepository } from '../storage/assessment-repository'
import { AppError } from './app-error'
import type { Assessment } from '../../common/contract/assessment-schema'
import { bundledFrameworkIds, bundledFrameworks } from './known-frameworks'
import {
  ASSESSMENT_FILE_FORMAT,
  ASSESSMENT_FILE_EXTENSION,
  ASSESSMENT_FILE_VERSION,
  type OpenChoice,
  type OpenFileResult,
  type PortableAssessmentFile,
} from '../../common/contract/portable-file-schema'
import { ASSESSMENT_SCHEMA_VERSION, type AssessmentSummary } from '../../common/contract/schemas'
import type { IncomingFiles } from './incoming-files'

/**
 * Portable assessment files (`.panorama`): building them, and opening a file
 * someone hands you only once all of it is right (portable-file-check.ts, run in the file worker).
 * Pure apart from the FileAccess, repository and reader it is given, so the tests run it against a
 * temporary folder.
 */

/** Validated documents waiting for "Replace it" / "Keep both"; the oldest is dropped past this. */
const MAX_PENDING = 8

export interface PortableFileDeps {
  repository: AssessmentRepository
  files: FileAccess
  /** Reads and checks an opened file off the main event loop (file worker), with progress and cancel. */
  incoming: IncomingFiles
  /** The frameworks this build knows (default: the bundled files). */
  frameworks?: () => readonly Framework[]
  now?: () => Date
  newToken?: () => string
  /** Told of every file opened or exported, for the recent-documents lists. */
  onRecentFile: (file: string) => void
}

/** The handlers' bodies. Opened documents wait here, in memory, under a random token. */
export function createPortableFiles(deps: PortableFileDeps) {
  const frameworks = deps.frameworks ?? bundledFrameworks
  const frameworkIds = deps.frameworks ? () => deps.frameworks!().map((framework) => framework.id) : bundledFrameworkIds
  const now = deps.now ?? (() => new Date())
  const newToken = deps.newToken ?? randomUUID
  const pending = new Map<string, { document: Assessment; path: string }>()

  const opened = (assessment: Assessment): OpenFileResult => ({ status: 'opened', assessment: summaryOf(assessment) })

  /** The title of what is stored under this id, or null if nothing is. */
  function storedTitle(id: string): string | null {
    try {
      return deps.repository.get(id).title
    } catch (error) {
      if (error instanceof AppError && error.code === 'not-found') return null
      // A stored file that cannot be read (damaged, or from a newer Panorama) still occupies the id.
      return i18next.t('main:openFile.unreadableStored')
    }
  }

  return {
    async exportAssessmentFile(id: string): Promise<{ saved: boolean; path?: string }> {
      const assessment = deps.repository.get(id)
      const file = buildPortableFile(assessment, frameworks(), now())
      const result = await saveText(deps.files, {
        title: i18next.t('main:dialogs.exportAssessment'),
        defaultName: `${safeFileName(assessment.title)}${ASSESSMENT_FILE_EXTENSION}`,
        // Dialog filters take extensions without the dot.
        filters: [{ name: i18next.t('main:filters.assessment'), extensions: ['panorama'] }],
        content: `${JSON.stringify(file, null, 2)}\n`,
        failed: (problem) => i18next.t('main:export.assessmentNotSaved', { problem }),
      })
      if (result.path) deps.onRecentFile(result.path)
      return result
    },

    async openAssessmentFile(): Promise<OpenFileResult> {
      const [path] = await deps.files.chooseOpenPaths({
        title: i18next.t('main:dialogs.openAssessment'),
        // Matched on the last part of the name: 'json' keeps old .panorama.json files visible.
        filters: [{ name: i18next.t('main:filters.assessment'), extensions: ['panorama', 'json'] }],
        multiple: false,
        purpose: 'assessment',
      })
      if (!path) return { status: 'cancelled' }
      return this.openFromPath(path)
    },

    /** Opens a file main already knows the path of (the recent list), with every check of Open file…. */
    async openFromPath(path: string): Promise<OpenFileResult> {
      const read = await deps.incoming.readAssessment(path, frameworkIds())
      if ('status' in read) return { status: 'cancelled' }
      if (!read.ok) return { status: 'refused', message: read.message }
      const document = read.file.assessment
      const existingTitle = storedTitle(document.id)
      if (existingTitle === null) {
        const result = opened(deps.repository.createFromDocument(document, { id: 'keep' }))
        deps.onRecentFile(path)
        return result
      }
      const token = newToken()
      pending.set(token, { document, path })
      while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!)
      return { status: 'exists', token, title: document.title, existingTitle }
    },

    resolveOpenedFile(token: string, choice: OpenChoice): OpenFileResult {
      const waiting = pending.get(token)
      if (!waiting) {
        return { status: 'refused', message: i18next.t('main:openFile.noLongerWaiting') }
      }
      const { document, path } = waiting
      let result: OpenFileResult
      if (choice === 'cancel') result = { status: 'cancelled' }
      else if (choice === 'replace') result = opened(deps.repository.createFromDocument(document, { id: 'keep', replace: true }))
      else result = opened(deps.repository.createFromDocument({ ...document, title: importedTitle(document.title) }, { id: 'new' }))
      // Only now: if the write failed, the same choice can be tried again.
      pending.delete(token)
      if (result.status === 'opened') deps.onRecentFile(path)
      return result
    },

    /** For tests: how many opened files are waiting for an answer. */
    pendingCount: () => pending.size,
  }
}

export type PortableFiles = ReturnType<typeof createPortableFiles>

/** "Keep both": the copy's title says where it came from, within the 200-character limit. */
export function importedTitle(title: string): string {
  const added = i18next.t('main:openFile.importedTitle', { title: '' }).length
  return i18next.t('main:openFile.importedTitle', { title: title.slice(0, 200 - added).trimEnd() })
}

export function buildPortableFile(assessment: Assessment, frameworks: readonly Framework[], at: Date): PortableAssessmentFile {
  const used = [...assessment.frameworks, ...Object.keys(assessment.responses).filter((id) => !assessment.frameworks.includes(id))]
  return {
    format: ASSESSMENT_FILE_FORMAT,
    formatVersion: ASSESSMENT_FILE_VERSION,
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    exportedAt: at.toISOString(),
    frameworks: used.map((id) => ({ id, edition: frameworks.find((f) => f.id === id)?.edition ?? '' })),
    assessment,
  }
}

async function saveText(
  files: FileAccess,
  options: { title: string; defaultName: string; filters: { name: string; extensions: string[] }[]; content: string; failed: (problem: string) => string },
): Promise<{ saved: boolean; path?: string }> {
  const target = await files.chooseSavePath({ title: options.title, defaultName: options.defaultName, filters: options.filters })
  if (!target) return { saved: false }
  try {
    await files.writeText(target, options.content)
  } catch (error) {
    throw new AppError('storage-failed', options.failed(describeIoError(error)))
  }
  return { saved: true, path: target }
}

function summaryOf({ id, title, createdAt, updatedAt }: Assessment): AssessmentSummary {
  return { id, title, createdAt, updatedAt }
}
