import { randomUUID } from 'node:crypto'
import path from 'node:path'
import i18next from 'i18next'
import { ASSESSMENT_FILE_MAX_BYTES } from '../../common/contract/portable-file-schema'
import { RESPONSE_FILE_MAX_BYTES, type OpenedResponseFile } from '../../common/contract/response-file-schema'
import type { FileProgress } from '../../common/contract/schemas'
import { FileReadError, type FileAccess, type ReadProblem } from '../files/file-access'
import type { CheckOutcome, FileChecker } from '../files/file-checker'
import type { ReadResult } from './portable-file-check'
import { looksLikeZip, PACK_MAX_BYTES, type PackCheck } from '../exports/prework-read'
import type { ResponseCheck } from './response-file-check'

/**
 * Every way a file comes into Panorama (Open file…, the recent list, a double-click or the
 * command line, participant response files) goes through here: read without blocking, with
 * progress; checked in the file worker under its limits; cancellable by the id its progress
 * events carry. Pure apart from the FileAccess and checker it is given.
 */
export interface IncomingFilesDeps {
  files: FileAccess
  checker: FileChecker
  /** Sent to the window: how far a read has got. */
  onProgress?: (progress: FileProgress) => void
  newId?: () => string
}

export type Cancelled = { status: 'cancelled' }

export function createIncomingFiles(deps: IncomingFilesDeps) {
  const newId = deps.newId ?? randomUUID
  const running = new Map<string, AbortController>()

  /** Runs one read (of one or more files) under a fresh id and its own abort controller. */
  async function underId<T>(run: (id: string, signal: AbortSignal) => Promise<T>): Promise<T> {
    const id = newId()
    const controller = new AbortController()
    running.set(id, controller)
    try {
      return await run(id, controller.signal)
    } finally {
      running.delete(id)
    }
  }

  type Step<T> = { status: 'checked'; value: T } | Cancelled | { status: 'unreadable'; problem: ReadProblem; code?: string } | { status: 'too-large' } | { status: 'failed'; detail: string }

  async function readAndCheck<T>(
    file: string,
    at: { id: string; index: number; count: number; signal: AbortSignal; maxBytes: number },
    check: (bytes: Uint8Array) => Promise<CheckOutcome<T>>,
  ): Promise<Step<T>> {
    const progress = (stage: FileProgress['stage'], done: number, total: number) =>
      deps.onProgress?.({ id: at.id, name: path.basename(file).slice(0, 300), index: at.index, count: at.count, stage, done, total })
    let bytes: Uint8Array
    try {
      bytes = await deps.files.readBytes(file, { maxBytes: at.maxBytes, signal: at.signal, onProgress: (done, total) => progress('reading', done, total) })
    } catch (error) {
      if (at.signal.aborted) return { status: 'cancelled' }
      if (error instanceof FileReadError) return error.problem === 'too-large' ? { status: 'too-large' } : { status: 'unreadable', problem: error.problem, ...(error.code ? { code: error.code } : {}) }
      return { status: 'unreadable', problem: 'system', code: (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown' }
    }
    const size = bytes.length
    progress('checking', size, size)
    const outcome = await check(bytes)
    switch (outcome.status) {
      case 'done':
        return { status: 'checked', value: outcome.value }
      case 'cancelled':
        return { status: 'cancelled' }
      case 'timeout':
        return { status: 'failed', detail: i18next.t('main:incoming.tookTooLong', { count: outcome.seconds }) }
      case 'memory':
        return { status: 'failed', detail: i18next.t('main:incoming.tooComplex') }
      case 'failed':
        return { status: 'failed', detail: i18next.t('main:incoming.checkFailed') }
    }
  }

  return {
    /** Reads and checks a portable assessment file; every refusal is a sentence that says nothing changed. */
    readAssessment(file: string, knownFrameworkIds: readonly string[]): Promise<ReadResult | Cancelled> {
      return underId(async (id, signal) => {
        const step = await readAndCheck(file, { id, index: 1, count: 1, signal, maxBytes: ASSESSMENT_FILE_MAX_BYTES }, (bytes) =>
          deps.checker.check({ kind: 'assessment', bytes, knownFrameworkIds, language: i18next.language }, signal),
        )
        const refuse = (detail: string): ReadResult => ({ ok: false, message: i18next.t('main:openFile.cannotOpen', { detail }) })
        switch (step.status) {
          case 'checked':
            return step.value
          case 'cancelled':
            return step
          case 'too-large':
            return refuse(i18next.t('main:openFile.tooLarge', { size: ASSESSMENT_FILE_MAX_BYTES / 1024 / 1024 }))
          case 'unreadable':
            return refuse(readProblem(step.problem, step.code))
          case 'failed':
            return refuse(step.detail)
        }
      })
    },

    /** Reads and checks response files one after another (each worker run has the whole memory limit); null if cancelled. */
    readResponses(files: readonly string[]): Promise<OpenedResponseFile[] | null> {
      return underId(async (id, signal) => {
        const opened: OpenedResponseFile[] = []
        for (const [index, file] of files.entries()) {
          // A filled pre-work pack is an Excel workbook, a zip: its bytes start with "PK".
          const namedPack = /\.xlsx$/i.test(file)
          const maxBytes = namedPack ? PACK_MAX_BYTES : RESPONSE_FILE_MAX_BYTES
          const step = await readAndCheck(file, { id, index: index + 1, count: files.length, signal, maxBytes }, (bytes) =>
            namedPack || looksLikeZip(bytes)
              ? deps.checker.check({ kind: 'prework', bytes, fileName: path.basename(file), language: i18next.language }, signal)
              : deps.checker.check({ kind: 'responses', bytes, language: i18next.language }, signal),
          )
          const refuse = (error: string): OpenedResponseFile => ({ ok: false, path: file, error })
          switch (step.status) {
            case 'cancelled':
              return null
            case 'checked': {
              const value: ResponseCheck | PackCheck = step.value
              if (!value.ok) opened.push(refuse(value.error))
              else {
                // Only a pack has cells that were left out.
                const issues = (value as { issues?: string[] }).issues
                opened.push(issues ? { ok: true, path: file, file: value.file, issues } : { ok: true, path: file, file: value.file })
              }
              break
            }
            case 'too-large':
              opened.push(refuse(i18next.t('main:responses.tooLarge', { size: maxBytes / 1024 / 1024 })))
              break
            case 'unreadable':
              opened.push(refuse(i18next.t('main:responses.cannotImport', { detail: readProblem(step.problem, step.code) })))
              break
            case 'failed':
              opened.push(refuse(i18next.t('main:responses.cannotImport', { detail: step.detail })))
          }
        }
        return opened
      })
    },

    /** Stops the read with this id; false if there is none (it has finished). */
    cancel(id: string): boolean {
      const controller = running.get(id)
      if (!controller) return false
      controller.abort()
      return true
    },
  }
}

export type IncomingFiles = ReturnType<typeof createIncomingFiles>

const problemKeys = {
  folder: 'folder',
  pipe: 'pipe',
  device: 'device',
  socket: 'socket',
  'not-a-file': 'notAFile',
  'link-loop': 'linkLoop',
  gone: 'gone',
  'no-permission': 'noPermission',
  'path-not-folder': 'pathNotFolder',
  'name-too-long': 'nameTooLong',
  busy: 'busy',
  changed: 'changed',
  system: 'system',
} as const satisfies Record<Exclude<ReadProblem, 'too-large'>, string>

/** Why a path could not be read, as a phrase ("it is a named pipe (FIFO), not a file saved on disk"). */
export function readProblem(problem: ReadProblem, code?: string): string {
  if (problem === 'too-large') return i18next.t('main:readProblem.system', { code: 'EFBIG' })
  return i18next.t(`main:readProblem.${problemKeys[problem]}`, { code: code ?? 'unknown' })
}
