import { z } from 'zod'
import { frameworkId, participantId } from './assessment-schema'
import { assessmentId } from './schemas'

/**
 * Pre-work packs: what the facilitator asks main to write, one pack per chosen participant.
 * The workbook main builds itself from the stored assessment (by id), so the page cannot put
 * anyone else's votes into a pack; the printable PDFs are built by the report code in the
 * renderer and only written by main.
 */

/** How an EFQM part is answered in a pack: a RADAR band, a 0–100 score, or every RADAR attribute. */
export const efqmAnswerSchema = z.enum(['bands', 'score', 'attributes'])
export type EfqmAnswer = z.infer<typeof efqmAnswerSchema>

export const PREWORK_PDF_MAX_BASE64 = 8 * 1024 * 1024

export const preworkRequestSchema = z
  .strictObject({
    id: assessmentId,
    participantIds: z
      .array(participantId)
      .min(1, { message: 'must name at least one participant' })
      .max(100)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'must not name a participant twice' }),
    frameworks: z
      .array(frameworkId)
      .min(1, { message: 'must name at least one framework' })
      .max(10)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'must not name a framework twice' }),
    efqmAnswer: efqmAnswerSchema,
    /** Write the Excel workbook (.xlsx) for each participant. */
    workbook: z.boolean(),
    /** The printable pack of each participant, as the renderer built it. */
    pdfs: z
      .array(
        z.strictObject({
          participantId,
          base64: z.string().min(8).max(PREWORK_PDF_MAX_BASE64).regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'must be base64' }),
        }),
      )
      .max(100),
  })
  .refine((request) => request.workbook || request.pdfs.length > 0, { message: 'must ask for a workbook or a PDF' })
export type PreworkRequest = z.infer<typeof preworkRequestSchema>

export const preworkWrittenSchema = z.strictObject({
  saved: z.boolean(),
  /** The folder chosen for the packs. */
  folder: z.string().optional(),
  /** The names of the files written there, in the order of the participants. */
  files: z.array(z.string()).max(200),
})
