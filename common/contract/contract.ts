import { z } from 'zod'
import { openedResponseFileSchema, responseFileSchema } from './response-file-schema'
import { assessmentId, assessmentSummarySchema, assessmentTitle, fileProgressSchema, fileReadId, itemPanelSchema, menuCommandSchema, settingsSchema, themeSchema } from './schemas'
import { assessmentSchema } from './assessment-schema'
import { backupName, backupSummarySchema } from './backup-schema'
import { openChoiceSchema, openFileResultSchema } from './portable-file-schema'
import { openRoomRequestSchema, roomInterfaceSchema, roomItemRefSchema, roomItemsSchema, roomOpenedSchema, roomSeatRefSchema, roomStatusSchema } from './room-schemas'
import { joinCode, roomEventSchema } from './room-protocol'
import { preworkRequestSchema, preworkWrittenSchema } from './prework-schema'

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
    response: z.strictObject({
      settings: settingsSchema,
      assessments: z.array(assessmentSummarySchema),
      /** What storage repaired while starting (e.g. a damaged file replaced by its backup), for the user. */
      notices: z.array(z.string()),
      /** The OS asked Panorama to open an assessment file (double-click, command line): run Open file… for it. */
      openFileWaiting: z.boolean(),
      /** The window was reloaded after its renderer crashed: reopen this assessment, which was on screen. */
      reopenAssessmentId: assessmentId.nullable(),
    }),
  },
  /** Which assessment is on screen (null: none), so main can bring it back if the renderer crashes. */
  setOpenAssessment: {
    channel: 'app:open-assessment',
    request: z.strictObject({ id: assessmentId.nullable() }),
    response: z.undefined(),
  },
  /** Storage messages for the user since the last call, e.g. after opening an assessment whose file was damaged. */
  takeNotices: {
    channel: 'app:notices',
    request: z.undefined(),
    response: z.array(z.string()),
  },
  /** The backups kept of one assessment, newest version first. */
  listBackups: {
    channel: 'backups:list',
    request: z.strictObject({ id: assessmentId }),
    response: z.array(backupSummarySchema),
  },
  /** Makes a backup the current version; the current one is kept as a backup first. Takes a listed name, never a path. */
  restoreBackup: {
    channel: 'backups:restore',
    request: z.strictObject({ id: assessmentId, name: backupName }),
    response: assessmentSchema,
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
  /** Shows an open dialog (several files allowed) and reads and validates each chosen response file or filled pre-work pack. */
  openResponseFiles: {
    channel: 'responses:open',
    request: z.undefined(),
    response: z.array(openedResponseFileSchema),
  },
  /** Writes the stored assessment (main reads it by id) as a self-describing .panorama file, via a save dialog. */
  exportAssessmentFile: {
    channel: 'assessments:export-file',
    request: z.strictObject({ id: assessmentId }),
    response: z.strictObject({ saved: z.boolean(), path: z.string().optional() }),
  },
  /** Shows an open dialog, validates the chosen file completely, and stores it as a new assessment (or asks first). */
  openAssessmentFile: {
    channel: 'assessments:open-file',
    request: z.undefined(),
    response: openFileResultSchema,
  },
  /** Answers "An assessment with this id is already here": replace it, keep both, or cancel. */
  resolveOpenedFile: {
    channel: 'assessments:resolve-open',
    request: z.strictObject({ token: z.uuid({ message: 'must be the token Panorama gave when the file was opened' }), choice: openChoiceSchema }),
    response: openFileResultSchema,
  },
  /** Writes every table of the stored assessment as CSV files (UTF-8 with BOM, RFC 4180), zipped, via a save dialog. */
  exportCsv: {
    channel: 'assessments:export-csv',
    request: z.strictObject({ id: assessmentId }),
    response: z.strictObject({ saved: z.boolean(), path: z.string().optional() }),
  },
  /** Writes every table of the stored assessment into one Excel workbook (.xlsx), via a save dialog. */
  exportWorkbook: {
    channel: 'assessments:export-workbook',
    request: z.strictObject({ id: assessmentId }),
    response: z.strictObject({ saved: z.boolean(), path: z.string().optional() }),
  },
  /**
   * Asks for a folder and writes one pre-work pack per chosen participant there: an Excel
   * workbook that holds only that person's name and questions, and the printable PDF if sent.
   */
  writePreworkPacks: {
    channel: 'prework:write',
    request: preworkRequestSchema,
    response: preworkWrittenSchema,
  },
  /** Opens a file from the recent list (by its path, which must be on that list) with every check of Open file…. */
  openRecentFile: {
    channel: 'assessments:open-recent',
    request: z.strictObject({ file: z.string().min(1).max(4096) }),
    response: openFileResultSchema,
  },
  /**
   * Stops reading and checking a file (Open file…, a recent file, a file from the OS, response
   * files), named by the id its progress events carry. The open then ends as cancelled and
   * nothing changes; false if that read had already finished.
   */
  cancelFileRead: {
    channel: 'files:cancel-read',
    request: z.strictObject({ id: fileReadId }),
    response: z.strictObject({ cancelled: z.boolean() }),
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
  /** The renderer keeps the window open after all (a save failed and the user chose to stay): a quit in progress stops. */
  cancelClose: {
    channel: 'window:cancel-close',
    request: z.undefined(),
    response: z.undefined(),
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
      .strictObject({
        theme: themeSchema.optional(),
        lastAssessmentId: assessmentId.nullable().optional(),
        collapsedPanels: z.array(itemPanelSchema).max(itemPanelSchema.options.length).optional(),
      })
      .refine((patch) => Object.keys(patch).length > 0, { message: 'must change at least one setting' }),
    response: settingsSchema,
  },
  /** The machine's network addresses a room can listen on (room's network first, this computer only last). */
  listRoomInterfaces: {
    channel: 'room:interfaces',
    request: z.undefined(),
    response: z.array(roomInterfaceSchema).max(64),
  },
  /** Opens the live room for an assessment on one chosen address (closing any room open before). */
  openRoom: {
    channel: 'room:open',
    request: openRoomRequestSchema,
    response: roomOpenedSchema,
  },
  /** The room main holds now ({ open: false } if none): a reloaded window shows a room that stayed open. */
  getRoomStatus: {
    channel: 'room:status',
    request: z.undefined(),
    response: roomStatusSchema,
  },
  closeRoom: {
    channel: 'room:close',
    request: z.undefined(),
    response: z.undefined(),
  },
  /** Puts one item (or a self-paced set) on the phones; the items showing before close. */
  roomPutItems: {
    channel: 'room:put-items',
    request: roomItemsSchema,
    response: z.undefined(),
  },
  /** Ends voting on an item: later votes are refused on the phone. */
  roomCloseItem: {
    channel: 'room:close-item',
    request: roomItemRefSchema,
    response: z.undefined(),
  },
  /** Shows the votes on an item: the window hears their values from now on. */
  roomReveal: {
    channel: 'room:reveal',
    request: roomItemRefSchema,
    response: z.undefined(),
  },
  roomLock: {
    channel: 'room:lock',
    request: z.strictObject({ locked: z.boolean() }),
    response: z.undefined(),
  },
  roomReleaseSeat: {
    channel: 'room:release-seat',
    request: roomSeatRefSchema,
    response: z.undefined(),
  },
  /** A fresh join code; the old one stops working (and a locked one unlocks). */
  roomRenewJoinCode: {
    channel: 'room:renew-code',
    request: z.undefined(),
    response: z.strictObject({ joinCode }),
  },
} as const

/** Main → renderer events. The preload exposes a named subscribe method for each. */
export const events = {
  onMenuCommand: { channel: 'menu:command', payload: menuCommandSchema },
  /** Progress of a file being read and checked, so a large one shows how far it has got and can be cancelled. */
  onFileProgress: { channel: 'files:progress', payload: fileProgressSchema },
  /** What happens in the live room: who joined, who voted (never a value before the reveal), revealed votes. */
  onRoomEvent: { channel: 'room:event', payload: roomEventSchema },
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
