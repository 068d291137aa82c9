import { z } from 'zod'

/**
 * Data shapes that cross the IPC boundary and live on disk. Node-free, so the renderer can
 * share the types and the e2e harness can share the schemas.
 */

/** The assessment file format this build writes. Files with a higher number are refused. */
export const ASSESSMENT_SCHEMA_VERSION = 1

// Ids name files on disk, so they are restricted to UUIDs: no separators, no dots, no surprises.
// Read in lower case: a UUID's letters carry no meaning, case-insensitive disks (Windows, macOS)
// give both spellings one file, and an id spelled in capitals must be found as the same assessment.
export const assessmentId = z.uuid({ message: 'must be an assessment id (a UUID)' }).toLowerCase()

export const assessmentTitle = z
  .string({ message: 'must be text' })
  .trim()
  .min(1, { message: 'must not be empty' })
  .max(200, { message: 'must be 200 characters or fewer' })

export const isoTimestamp = z.iso.datetime({ message: 'must be an ISO 8601 date-time', offset: true })

export const assessmentSummarySchema = z.strictObject({
  id: assessmentId,
  title: assessmentTitle,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
})
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>

export const themeSchema = z.enum(['system', 'light', 'dark'])
export type Theme = z.infer<typeof themeSchema>

/** Panels of the questionnaire item that the user can fold away; the choice is remembered. */
export const itemPanelSchema = z.enum(['questions', 'scale'])
export type ItemPanel = z.infer<typeof itemPanelSchema>

export const settingsSchema = z.strictObject({
  theme: themeSchema,
  lastAssessmentId: assessmentId.nullable(),
  /** Assessment files opened or exported lately, newest first (shown on the home screen). */
  recentFiles: z.array(z.string().max(4096)).max(10),
  /** Item panels folded away (questions to discuss, the scale beside the vote grid). */
  collapsedPanels: z.array(itemPanelSchema).max(itemPanelSchema.options.length),
})
export type RendererSettings = z.infer<typeof settingsSchema>

/** Commands the native menu sends to the renderer. */
export const menuCommandSchema = z.enum(['new-assessment', 'open-assessment', 'show-method', 'undo', 'redo', 'undo-key', 'redo-key', 'toggle-projector', 'before-close', 'export-pdf', 'export-workbook', 'print', 'open-file'])
export type MenuCommand = z.infer<typeof menuCommandSchema>

/** Names one read of a file (or of several chosen together), so the page can cancel it. */
export const fileReadId = z.uuid({ message: 'must be the id Panorama gave when it began reading the file' })

/**
 * How far main has got with a file it was asked to open: reading it from disk (bytes of the
 * file's size), then checking it in the file worker. Sent for every file; the page shows it once
 * a file is large or slow, with a Cancel button.
 */
export const fileProgressSchema = z.strictObject({
  id: fileReadId,
  /** The file's name, without its folder. */
  name: z.string().max(300),
  /** Which of the files chosen together this is (1-based), and how many there are. */
  index: z.number().int().min(1).max(1000),
  count: z.number().int().min(1).max(1000),
  stage: z.enum(['reading', 'checking']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
})
export type FileProgress = z.infer<typeof fileProgressSchema>
