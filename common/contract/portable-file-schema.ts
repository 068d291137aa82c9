import { z } from 'zod'
import { ASSESSMENT_SCHEMA_VERSION, assessmentSummarySchema, assessmentTitle, isoTimestamp } from './schemas'
import { frameworkId, type Assessment } from './assessment-schema'

/**
 * The portable assessment file (`.panorama`): one whole assessment with a header that says
 * what it is, which version of Panorama wrote it and which framework editions it was scored
 * against. Node-free, so the contract (and through it the renderer's types) can share it.
 */
export const ASSESSMENT_FILE_FORMAT = 'panorama-assessment'
/** The file format this build writes. Files with a higher number are refused. */
export const ASSESSMENT_FILE_VERSION = 1
/** Checked before the file is read: a real assessment, even a large workshop, is a few MB. */
export const ASSESSMENT_FILE_MAX_BYTES = 20 * 1024 * 1024
/**
 * New files get one extension: Windows and macOS match a double extension on its last part, so
 * associating `.panorama.json` would claim every `.json` file. Files named the old way still open.
 */
export const ASSESSMENT_FILE_EXTENSION = '.panorama'
export const ACCEPTED_ASSESSMENT_EXTENSIONS = [ASSESSMENT_FILE_EXTENSION, '.panorama.json'] as const

export function isAssessmentFileName(name: string): boolean {
  const base = (name.split(/[\\/]/).pop() ?? '').toLowerCase()
  return ACCEPTED_ASSESSMENT_EXTENSIONS.some((extension) => base.endsWith(extension) && base.length > extension.length)
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The header; `assessment` is checked separately against the assessment schema. */
export const portableFileHeaderSchema = z.strictObject({
  format: z.literal(ASSESSMENT_FILE_FORMAT),
  formatVersion: z.literal(ASSESSMENT_FILE_VERSION),
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  exportedAt: isoTimestamp,
  frameworks: z
    .array(
      z.strictObject({
        id: frameworkId,
        edition: z.string({ message: 'must be text' }).max(200, { message: 'must be 200 characters or fewer' }),
      }),
    )
    .max(10, { message: 'must list 10 frameworks or fewer' }),
  assessment: z.custom<Record<string, unknown>>(isPlainObject, { message: 'must hold the assessment (an object)' }),
})

export interface PortableAssessmentFile {
  format: typeof ASSESSMENT_FILE_FORMAT
  formatVersion: typeof ASSESSMENT_FILE_VERSION
  schemaVersion: typeof ASSESSMENT_SCHEMA_VERSION
  exportedAt: string
  frameworks: Array<{ id: string; edition: string }>
  assessment: Assessment
}

/** What opening a file (or answering the "already here" question) comes to. */
export const openFileResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({ status: z.literal('refused'), message: z.string().min(1).max(2000) }),
  z.strictObject({ status: z.literal('opened'), assessment: assessmentSummarySchema }),
  z.strictObject({
    status: z.literal('exists'),
    /** Names the validated document main holds in memory; the renderer never sends the file or its path. */
    token: z.uuid(),
    title: assessmentTitle,
    existingTitle: z.string().min(1).max(300),
  }),
])
export type OpenFileResult = z.infer<typeof openFileResultSchema>

export const openChoiceSchema = z.enum(['replace', 'copy', 'cancel'])
export type OpenChoice = z.infer<typeof openChoiceSchema>
