import { z } from 'zod'
import { ASSESSMENT_SCHEMA_VERSION, assessmentId, assessmentTitle, isoTimestamp } from './schemas'

/**
 * The assessment document: what one file on disk holds, and what the renderer edits. Every
 * field is bounded, every map's keys are pattern-checked (so `__proto__` can never be a key),
 * and every score is checked against its scale, so main refuses a malformed save outright.
 */

const shortText = (max: number) => z.string({ message: 'must be text' }).max(max, { message: `must be ${max} characters or fewer` })
const requiredText = (max: number) => shortText(max).trim().min(1, { message: 'must not be empty' })

/**
 * The names every plain object answers to without having them (`toString`, `constructor`,
 * `valueOf`, `__proto__` …). An id is a key of the document's maps (ratings and notes by
 * participant, responses by framework and item, scores by attribute), and a lookup of a key that
 * is missing would find the built-in function instead. Lookups check own properties
 * (common/domain/records.ts); ids refuse these names as well, so a file can never rely on either alone.
 */
export const BUILT_IN_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype))
export const isBuiltInName = (id: string) => BUILT_IN_NAMES.has(id)
const notBuiltIn = (schema: z.ZodString) => schema.refine((id) => !isBuiltInName(id), { message: 'must not be the name of a built-in property such as toString' })

export const frameworkId = notBuiltIn(z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'must be a framework id such as efqm-2025' }))
export const itemId = notBuiltIn(z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.-]{0,19}$/, { message: 'must be an item id such as 4.1' }))
// Ids start with a letter or digit, which rules out `__proto__`; the other built-in names are refused by name.
export const participantId = notBuiltIn(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, { message: 'must be a participant id' }))
export const entryId = notBuiltIn(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, { message: 'must be an entry id' }))
const attributeId = notBuiltIn(z.string().regex(/^[a-z][a-zA-Z0-9-]{0,39}$/, { message: 'must be a RADAR attribute id' }))

export const radarScore = z
  .number({ message: 'must be a number' })
  .int({ message: 'must be a whole number' })
  .min(0, { message: 'must be between 0 and 100' })
  .max(100, { message: 'must be between 0 and 100' })
  .refine((value) => value % 5 === 0, { message: 'must be a step of 5 (0, 5, 10 … 100)' })
export const isoLevel = z
  .number({ message: 'must be a number' })
  .int({ message: 'must be a whole number' })
  .min(0, { message: 'must be a level from 0 to 5' })
  .max(5, { message: 'must be a level from 0 to 5' })

export const ratingSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('quick'), score: radarScore }),
  z.strictObject({ kind: z.literal('radar'), attributes: z.record(attributeId, radarScore) }),
  z.strictObject({ kind: z.literal('level'), level: isoLevel }),
  // A person's own reason is optional: the team gives the reason once, where it agrees (consensus).
  z.strictObject({ kind: z.literal('not-applicable'), justification: shortText(2000) }),
])
export type StoredRating = z.infer<typeof ratingSchema>

/** The team's agreed answer. A rationale is needed where it departs from the proposed median (checked by the app). */
export const consensusSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('score'), score: radarScore, rationale: shortText(5000) }),
  z.strictObject({ kind: z.literal('level'), level: isoLevel, rationale: shortText(5000) }),
  z.strictObject({ kind: z.literal('not-applicable'), justification: requiredText(5000) }),
])
export type StoredConsensus = z.infer<typeof consensusSchema>

export const noteEntrySchema = z.strictObject({ id: entryId, text: shortText(5000) })
export type NoteEntry = z.infer<typeof noteEntrySchema>

export const findingTypeSchema = z.enum(['major-nonconformity', 'minor-nonconformity', 'observation', 'opportunity'])

export const itemResponseSchema = z.strictObject({
  /** How this EFQM item is being scored: one part score, or every RADAR attribute. */
  mode: z.enum(['quick', 'radar']).optional(),
  ratings: z.record(participantId, ratingSchema),
  /** Each participant's own notes on the item. */
  notes: z.record(participantId, shortText(5000)),
  consensus: consensusSchema.optional(),
  finding: findingTypeSchema.optional(),
  evidence: z.array(noteEntrySchema).max(500),
  strengths: z.array(noteEntrySchema).max(500),
  afis: z.array(noteEntrySchema).max(500),
  flagged: z.boolean(),
})
export type ItemResponse = z.infer<typeof itemResponseSchema>

export const roleSchema = z.enum(['leadership', 'staff', 'external'])
export const participantSchema = z.strictObject({ id: participantId, name: requiredText(120), role: roleSchema })
export type StoredParticipant = z.infer<typeof participantSchema>

const share = z.number().min(0, { message: 'must not be negative' }).max(1, { message: 'must be at most 100 %' })
export const groupVectorSchema = z
  .strictObject({ customers: share, people: share, owners: share, partners: share, society: share, regulators: share })
  .refine((v) => Math.abs(v.customers + v.people + v.owners + v.partners + v.society + v.regulators - 1) < 1e-6, {
    message: 'must add up to 100 %',
  })

export const sectorSchema = z.enum(['public', 'commercial', 'non-profit', 'other'])
export const sizeSchema = z.enum(['1-9', '10-49', '50-249', '250-999', '1000+'])

export const organisationSchema = z.strictObject({
  name: shortText(200),
  sector: sectorSchema,
  size: sizeSchema.nullable(),
  scope: shortText(5000),
  date: z.iso.date({ message: 'must be a date (YYYY-MM-DD)' }).nullable(),
})

export const actionSchema = z.strictObject({
  id: entryId,
  title: requiredText(300),
  owner: shortText(120),
  due: z.iso.date({ message: 'must be a date (YYYY-MM-DD)' }).nullable(),
  impact: z.number().int().min(1, { message: 'must be 1, 2 or 3' }).max(3, { message: 'must be 1, 2 or 3' }),
  effort: z.number().int().min(1, { message: 'must be 1, 2 or 3' }).max(3, { message: 'must be 1, 2 or 3' }),
  status: z.enum(['open', 'in-progress', 'done']),
  /** The areas for improvement it came from: framework, item and AFI entry. */
  sources: z.array(z.strictObject({ frameworkId, itemId, entryId })).max(50),
})
export type Action = z.infer<typeof actionSchema>

const unique = <T>(values: T[], key: (value: T) => string) => new Set(values.map(key)).size === values.length

export const assessmentSchema = z.strictObject({
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  id: assessmentId,
  /** The assessment this one was copied from (itself for an original): participant files match on it. */
  origin: assessmentId,
  title: assessmentTitle,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  organisation: organisationSchema,
  frameworks: z.array(frameworkId).max(10).refine((ids) => unique(ids, (id) => id), { message: 'must not list a framework twice' }),
  participants: z
    .array(participantSchema)
    .max(100, { message: 'must be 100 people or fewer' })
    .refine((list) => unique(list, (p) => p.id), { message: 'must not contain the same participant id twice' }),
  target: groupVectorSchema,
  targetSource: z.enum(['public', 'commercial', 'non-profit', 'balanced', 'custom']),
  /** Per stakeholder-weighted EFQM criterion (3 and 6): how much each group matters. */
  stakeholderWeights: z.record(notBuiltIn(z.string().regex(/^[0-9A-Za-z.-]{1,10}$/)), groupVectorSchema),
  setupComplete: z.boolean(),
  /**
   * The share of participants whose votes let an item's proposed median count without an agreed
   * consensus (common/domain/counting.ts). Absent means everyone.
   */
  countingShare: z.number({ message: 'must be a number' }).min(0.1, { message: 'must be a share from 0.1 to 1' }).max(1, { message: 'must be a share from 0.1 to 1' }).optional(),
  responses: z.record(frameworkId, z.record(itemId, itemResponseSchema)),
  /** The action plan: areas for improvement turned into owned, prioritised actions. */
  actions: z.array(actionSchema).max(1000).refine((list) => unique(list, (a) => a.id), { message: 'must not contain the same action id twice' }),
})
export type Assessment = z.infer<typeof assessmentSchema>

export const balancedTarget = { customers: 1 / 6, people: 1 / 6, owners: 1 / 6, partners: 1 / 6, society: 1 / 6, regulators: 1 / 6 }

/** A new assessment: everything blank except what has a sensible default. */
export function newAssessment(fields: { id: string; title: string; now: string }): Assessment {
  return {
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    id: fields.id,
    origin: fields.id,
    title: fields.title,
    createdAt: fields.now,
    updatedAt: fields.now,
    organisation: { name: '', sector: 'other', size: null, scope: '', date: fields.now.slice(0, 10) },
    frameworks: [],
    participants: [],
    target: { ...balancedTarget },
    targetSource: 'balanced',
    stakeholderWeights: {},
    setupComplete: false,
    responses: {},
    actions: [],
  }
}

export const emptyItemResponse = (): ItemResponse => ({ ratings: {}, notes: {}, evidence: [], strengths: [], afis: [], flagged: false })
