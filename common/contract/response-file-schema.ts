import { z } from 'zod'
import { frameworkId, itemId, participantSchema, ratingSchema } from './assessment-schema'
import { assessmentId, assessmentTitle, isoTimestamp } from './schemas'

/** The participant response file format this build writes; a higher number is refused. */
export const RESPONSE_FILE_VERSION = 1
export const RESPONSE_FILE_FORMAT = 'panorama-responses'
/** Response files are small; anything bigger is not one. */
export const RESPONSE_FILE_MAX_BYTES = 5 * 1024 * 1024

/**
 * One participant's own answers, exported from their copy of an assessment and merged into the
 * workshop file. It carries the assessment's origin, so a file for another assessment is refused.
 */
export const responseFileSchema = z.strictObject({
  format: z.literal(RESPONSE_FILE_FORMAT),
  formatVersion: z.literal(RESPONSE_FILE_VERSION),
  assessment: z.strictObject({ origin: assessmentId, title: assessmentTitle }),
  participant: participantSchema,
  exportedAt: isoTimestamp,
  responses: z.record(
    frameworkId,
    z.record(itemId, z.strictObject({ rating: ratingSchema.optional(), note: z.string().max(5000).optional() })),
  ),
})
export type ResponseFile = z.infer<typeof responseFileSchema>

/** What reading one chosen file gave: the parsed file, or why it was refused. */
export const openedResponseFileSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    path: z.string(),
    file: responseFileSchema,
    /** Cells of a filled pre-work pack that were left out, each a sentence naming file, sheet, row and item. */
    issues: z.array(z.string().max(2000)).max(2000).optional(),
  }),
  z.strictObject({ ok: z.literal(false), path: z.string(), error: z.string() }),
])
export type OpenedResponseFile = z.infer<typeof openedResponseFileSchema>
