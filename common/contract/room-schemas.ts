import { z } from 'zod'
import { frameworkId, itemId } from './assessment-schema'
import { assessmentId } from './schemas'
import { freeSeatSchema, joinCode, roomItemSchema, seatId } from './room-protocol'

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
