import { z } from 'zod'
import { frameworkId, itemId, participantId, ratingSchema } from './assessment-schema'

/**
 * The live room's wire protocol: what a participant's device and the room server say to each
 * other, and the events the server gives main for the renderer. Node-free, so the participant
 * page (its own small build) can share it. Every message is bounded and strict, and a vote's
 * rating is the very schema a typed vote goes through (assessment-schema.ts), so a phone can send
 * nothing the grid could not. Messages are English here, like every schema's, and read back
 * through `main:validation` (electron/ipc/schema-message.ts).
 */

const text = (max: number) => z.string({ message: 'must be text' }).max(max, { message: `must be ${max} characters or fewer` })

/** Random bytes behind a room or device token: 18 bytes is 144 bits, 24 characters of base64url. */
export const TOKEN_BYTES = 18
const tokenPattern = /^[A-Za-z0-9_-]{24}$/
export const roomToken = z.string().regex(tokenPattern, { message: 'must be a room token' })
export const deviceToken = z.string().regex(tokenPattern, { message: 'must be a device token' })

/** The short code a participant types by hand, at the room's own address. */
export const JOIN_CODE_DIGITS = 6
export const joinCode = z.string().regex(/^[0-9]{6}$/, { message: 'must be a join code of 6 digits' })

/** Made by the device for each vote it means, so a vote sent twice (a retry after a dropped socket) counts once. */
export const voteId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'must be a vote id' })

/**
 * A seat in the room: a participant's id, or an anonymous seat's (`anonymous-1` …), which main
 * turns into a participant of its own when it keeps the vote.
 */
export const seatId = participantId

// ——— what the device is shown ———

/** The RADAR bands a score falls in, as the scale guide shows them. */
const bandSchema = z.strictObject({ from: z.number().int().min(0).max(100), to: z.number().int().min(0).max(100), label: text(80) })
const attributeSchema = z.strictObject({ id: z.string().regex(/^[a-z][a-zA-Z0-9-]{0,39}$/), name: text(120), help: text(2000) })
const elementSchema = z.strictObject({ id: z.string().regex(/^[a-z][a-zA-Z0-9-]{0,39}$/), name: text(120), attributes: z.array(attributeSchema).max(10) })

export const roomScaleSchema = z.discriminatedUnion('kind', [
  /** EFQM: the quick part score, or every RADAR attribute, as the facilitator chose. */
  z.strictObject({ kind: z.literal('radar'), mode: z.enum(['quick', 'radar']), bands: z.array(bandSchema).max(10), elements: z.array(elementSchema).max(10) }),
  /** ISO: one maturity level, each with its description. */
  z.strictObject({
    kind: z.literal('maturity'),
    levels: z.array(z.strictObject({ level: z.number().int().min(0).max(5), label: text(120), description: text(1000) })).max(6),
  }),
])
export type RoomScale = z.infer<typeof roomScaleSchema>

/** One item as a device sees it: only what is needed to vote on it, nothing else of the assessment. */
export const roomItemSchema = z.strictObject({
  frameworkId,
  itemId,
  title: text(300),
  questions: z.array(text(1000)).max(30),
  scale: roomScaleSchema,
})
export type RoomItem = z.infer<typeof roomItemSchema>

/** A vote as its own device sees it back. */
export const ownVoteSchema = z.strictObject({ voteId, rating: ratingSchema })
export type OwnVote = z.infer<typeof ownVoteSchema>

/** A seat still free to claim: its id and the label main chose (a name, or "Participant 3" when names are hidden). */
export const freeSeatSchema = z.strictObject({ seatId, label: text(120) })

// ——— the join request (HTTP) ———

/** Join with the room token from the QR code's address, or with the join code typed at the room's address. */
export const joinRequestSchema = z.union([z.strictObject({ roomToken }), z.strictObject({ joinCode })])
export type JoinRequest = z.infer<typeof joinRequestSchema>
export const joinResponseSchema = z.strictObject({ roomToken, deviceToken })
export type JoinResponse = z.infer<typeof joinResponseSchema>

// ——— device → server (WebSocket) ———

export const deviceMessageSchema = z.discriminatedUnion('type', [
  /** The first message on every socket: which device this is. A reloaded page sends the token it kept. */
  z.strictObject({ type: z.literal('hello'), deviceToken }),
  z.strictObject({
    type: z.literal('claim'),
    seat: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('participant'), seatId }), z.strictObject({ kind: z.literal('anonymous') })]),
  }),
  z.strictObject({ type: z.literal('vote'), frameworkId, itemId, voteId, rating: ratingSchema }),
])
export type DeviceMessage = z.infer<typeof deviceMessageSchema>

// ——— server → device ———

/** Why the server said no; the device may show the message, or its own words for the code. */
export const refusalCodeSchema = z.enum([
  'malformed',
  'invalid',
  'not-joined',
  'unknown-device',
  'no-seat',
  'seat-taken',
  'seat-unknown',
  'anonymous-not-allowed',
  'already-seated',
  'item-closed',
  'item-unknown',
  'rating-mismatch',
  'too-many-changes',
  'rate-limited',
  'too-large',
  'room-locked',
  'room-full',
  'room-closed',
  'wrong-room',
  'wrong-code',
  'code-locked',
  'forbidden',
  'not-found',
])
export type RefusalCode = z.infer<typeof refusalCodeSchema>

export const roomItemViewSchema = z.strictObject({ item: roomItemSchema, open: z.boolean(), ownVote: ownVoteSchema.nullable() })
export type RoomItemView = z.infer<typeof roomItemViewSchema>

export const yourSeatSchema = z.strictObject({ seatId, anonymous: z.boolean(), label: text(120) })

export const serverMessageSchema = z.discriminatedUnion('type', [
  /** After hello: the device's seat if it holds one, else the seats it may claim. */
  z.strictObject({
    type: z.literal('welcome'),
    seat: yourSeatSchema.nullable(),
    freeSeats: z.array(freeSeatSchema).max(100),
    allowAnonymous: z.boolean(),
    locked: z.boolean(),
  }),
  /** The seats still free changed (sent to devices without a seat). */
  z.strictObject({ type: z.literal('seats'), freeSeats: z.array(freeSeatSchema).max(100), allowAnonymous: z.boolean() }),
  z.strictObject({ type: z.literal('seat'), seat: yourSeatSchema }),
  /** What is in the room now: one item, or a self-paced set, each with this device's own vote. */
  z.strictObject({ type: z.literal('items'), items: z.array(roomItemViewSchema).max(300) }),
  z.strictObject({ type: z.literal('vote-accepted'), frameworkId, itemId, vote: ownVoteSchema }),
  z.strictObject({
    type: z.literal('refused'),
    code: refusalCodeSchema,
    message: text(500),
    voteId: voteId.optional(),
  }),
  z.strictObject({ type: z.literal('seat-released') }),
  z.strictObject({ type: z.literal('room-locked'), locked: z.boolean() }),
  z.strictObject({ type: z.literal('room-closed') }),
])
export type ServerMessage = z.infer<typeof serverMessageSchema>

/** An HTTP refusal's body. */
export const httpRefusalSchema = z.strictObject({ error: z.strictObject({ code: refusalCodeSchema, message: text(500) }) })

// ——— server → main → renderer ———

/** Who holds a seat, for the facilitator's list (never a vote's value). */
export const seatViewSchema = z.strictObject({ seatId, anonymous: z.boolean(), label: text(120), connected: z.boolean() })
export type SeatView = z.infer<typeof seatViewSchema>

export const revealedVoteSchema = z.strictObject({ seatId, anonymous: z.boolean(), rating: ratingSchema })
export type RevealedVote = z.infer<typeof revealedVoteSchema>

/**
 * What the facilitator's window learns. Before an item is revealed it hears only which seats have
 * voted on it; `revealed` carries the values, and comes again whenever a vote changes after it.
 */
export const roomEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('seats'), seats: z.array(seatViewSchema).max(300) }),
  z.strictObject({ type: z.literal('voted'), frameworkId, itemId, seatIds: z.array(seatId).max(300) }),
  z.strictObject({ type: z.literal('revealed'), frameworkId, itemId, votes: z.array(revealedVoteSchema).max(300) }),
  z.strictObject({ type: z.literal('item-closed'), frameworkId, itemId }),
  z.strictObject({ type: z.literal('join-code-locked') }),
  z.strictObject({ type: z.literal('room-locked'), locked: z.boolean() }),
  z.strictObject({ type: z.literal('room-closed'), reason: z.enum(['facilitator', 'idle']) }),
])
export type RoomEvent = z.infer<typeof roomEventSchema>
