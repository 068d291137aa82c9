import { z } from 'zod'
import { openedResponseFileSchema, responseFileSchema } from './response-file-schema'
import { assessmentId, assessmentSummarySchema, assessmentTitle, menuCommandSchema, settingsSchema, themeSchema } from './schemas'
import { assessmentSchema } from './assessment-schema'

/**
 * The one IPC contract. Every renderer → main call is listed here with its request and response
 * schema; `Api` (what `window.api` looks like) is derived from it, the preload builds its methods
 * from it, and main validates every payload against it. Node-free on purpose.
 */
export const contract = {
  /** Everything the first screen needs, in one round trip. */
  getStartupState: {
    channel: 'app:startup',
    request: z.undefined(),
    response: z.strictObject({ settings: settingsSchema, assessments: z.array(assessmentSummarySchema) }),
  },
  listAssessments: {
    channel: 'assessments:list',
    request: z.undefined(),
    response: z.array(assessmentSummarySchema),
  },
  createAssessment: {
    channel: 'assessments:create',
    request: z.strictObject({ title: assessmentTitle }),
    response: assessmentSchema,
  },
  getAssessment: {
    channel: 'assessments:get',
    request: z.strictObject({ id: assessmentId }),
    response: assessmentSchema,
  },
  saveAssessment: {
    channel: 'assessments:save',
    request: z.strictObject({ assessment: assessmentSchema }),
    response: assessmentSchema,
  },
  /** A copy with a new id and the same origin, e.g. for a participant to fill in. */
  duplicateAssessment: {
    channel: 'assessments:duplicate',
    request: z.strictObject({ id: assessmentId }),
    response: assessmentSchema,
  },
  /** Shows a save dialog and writes one participant's response file. */
  exportResponses: {
    channel: 'responses:export',
    request: z.strictObject({ file: responseFileSchema, suggestedName: z.string().min(1).max(200) }),
    response: z.strictObject({ saved: z.boolean(), path: z.string().optional() }),
  },
  /** Shows an open dialog (several files allowed) and reads and validates each chosen response file. */
  openResponseFiles: {
    channel: 'responses:open',
    request: z.undefined(),
    response: z.array(openedResponseFileSchema),
  },
  /** Shows a save dialog and writes a PDF the renderer built (sent as base64, up to 30 MB). */
  savePdf: {
    channel: 'report:save-pdf',
    request: z.strictObject({
      base64: z.string().min(8).max(40 * 1024 * 1024).regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'must be base64' }),
      suggestedName: z.string().min(1).max(200),
    }),
    response: z.strictObject({ saved: z.boolean(), path: z.string().optional() }),
  },
  /** The renderer has written everything; the window may close now. */
  confirmClose: {
    channel: 'window:confirm-close',
    request: z.undefined(),
    response: z.strictObject({ closing: z.boolean() }),
  },
  deleteAssessment: {
    channel: 'assessments:delete',
    request: z.strictObject({ id: assessmentId }),
    response: z.strictObject({ id: assessmentId }),
  },
  getSettings: {
    channel: 'settings:get',
    request: z.undefined(),
    response: settingsSchema,
  },
  updateSettings: {
    channel: 'settings:update',
    request: z
      .strictObject({ theme: themeSchema.optional(), lastAssessmentId: assessmentId.nullable().optional() })
      .refine((patch) => Object.keys(patch).length > 0, { message: 'must change at least one setting' }),
    response: settingsSchema,
  },
} as const

/** Main → renderer events. The preload exposes a named subscribe method for each. */
export const events = {
  onMenuCommand: { channel: 'menu:command', payload: menuCommandSchema },
} as const

export type Contract = typeof contract
export type Method = keyof Contract
export type EventName = keyof typeof events

export const errorCodes = [
  'invalid-payload',
  'forbidden-sender',
  'not-found',
  'newer-version',
  'damaged-file',
  'storage-failed',
  'internal',
] as const
export type ErrorCode = (typeof errorCodes)[number]

export const appErrorSchema = z.strictObject({
  code: z.enum(errorCodes),
  message: z.string(),
  field: z.string().optional(),
})
export type AppErrorData = z.infer<typeof appErrorSchema>

/** Every call resolves (never rejects across IPC) to a result the renderer must look at. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData }

export type Request<M extends Method> = z.input<Contract[M]['request']>
export type Response<M extends Method> = z.output<Contract[M]['response']>

type Call<M extends Method> = Request<M> extends undefined
  ? () => Promise<Result<Response<M>>>
  : (request: Request<M>) => Promise<Result<Response<M>>>

type Subscribe<E extends EventName> = (
  listener: (payload: z.output<(typeof events)[E]['payload']>) => void,
) => () => void

export type Api = { readonly [M in Method]: Call<M> } & { readonly [E in EventName]: Subscribe<E> }

export const methodNames = Object.keys(contract) as Method[]
export const eventNames = Object.keys(events) as EventName[]
