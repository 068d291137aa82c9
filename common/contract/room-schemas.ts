import { z } from 'zod'
import { frameworkId, itemId } from './assessment-schema'
import { assessmentId } from './schemas'
import { freeSeatSchema, joinCode, roomItemSchema, seatId, seatViewSchema } from './room-protocol'

/**
 * What the facilitator's window and main say about the room (the IPC side; room-protocol.ts is the
 * phones' side). Node-free, like the rest of the contract.
 */

/** One of this machine's network addresses the room can listen on. */
export const roomInterfaceSchema = z.strictObject({
  name: z.string().max(200),
  address: z.string().min(2).max(64),
  family: z.enum(['IPv4', 'IPv6']),
  /** Loopback: only this computer can reach it. */
  internal: z.boolean(),
})
export type RoomInterface = z.infer<typeof roomInterfaceSchema>

/** A participant's seat as the phones list it: the label is the name, or a neutral one when names are hidden. */
export const roomSeatSchema = freeSeatSchema
export type RoomSeat = z.infer<typeof roomSeatSchema>

export const openRoomRequestSchema = z.strictObject({
  assessmentId,
  address: z.string().min(2).max(64),
  allowAnonymous: z.boolean(),
  seats: z.array(roomSeatSchema).max(200),
})

export const roomOpenedSchema = z.strictObject({
  /** The QR code's address (carries the room token). */
  url: z.string().max(300),
  /** The short address to type, with the join code. */
  address: z.string().max(100),
  joinCode,
  /** The QR code of `url`, as SVG markup (shown as an image, never inserted as markup). */
  qrSvg: z.string().max(200_000),
})
export type RoomOpened = z.infer<typeof roomOpenedSchema>

export const roomItemRefSchema = z.strictObject({ frameworkId, itemId })
export const roomItemsSchema = z.strictObject({ items: z.array(roomItemSchema).min(1).max(200) })
export const roomSeatRefSchema = z.strictObject({ seatId })

/** One item the room holds, as the window needs it after a reload: who voted (ids only, never a value) and where it stands. */
export const roomItemStatusSchema = z.strictObject({
  frameworkId,
  itemId,
  /** The EFQM way the phones score it (quick or the RADAR grid); null on other scales. */
  mode: z.enum(['quick', 'radar']).nullable(),
  open: z.boolean(),
  /** Showing as part of a self-paced set. */
  inSet: z.boolean(),
  voted: z.array(seatId).max(300),
  revealed: z.boolean(),
})
export type RoomItemStatus = z.infer<typeof roomItemStatusSchema>

/**
 * The room main holds now, so a window that reloads (after a renderer crash) shows the room that
 * is still open: its address and code as opened, every seat's label, who sits where, the lock,
 * and the items with who voted on them. No vote's value is in it.
 */
export const roomStatusSchema = z.discriminatedUnion('open', [
  z.strictObject({ open: z.literal(false) }),
  roomOpenedSchema.extend({
    open: z.literal(true),
    assessmentId,
    /** Every seat the phones may list, participants' first, then anonymous seats as they were taken. */
    labels: z.array(z.strictObject({ seatId, label: z.string().max(120), anonymous: z.boolean() })).max(500),
    seats: z.array(seatViewSchema).max(300),
    locked: z.boolean(),
    codeLocked: z.boolean(),
    items: z.array(roomItemStatusSchema).max(1000),
  }),
])
export type RoomStatus = z.infer<typeof roomStatusSchema>
