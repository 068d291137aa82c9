import type { StoredRating } from '../../common/contract/assessment-schema'
import type { JoinRequest, RefusalCode, RoomEvent, RoomItem, ServerMessage } from '../../common/contract/room-protocol'
import {
  checkJoinCode,
  decideVote,
  freeSeats,
  IDLE_MS,
  isIdle,
  itemKey,
  itemViewFor,
  JOIN_CODE_TRIES,
  MAX_DEVICES,
  nextAnonymousSeatId,
  revealedEvent,
  sameSecret,
  seatsEvent,
  votedEvent,
  type ItemState,
  type SeatState,
} from './room-rules'

/**
 * The room as data, and every change to it as a pure function: (state, input, now) → the next
 * state and what to send where. No sockets, no timers, no randomness (tokens come in as
 * arguments), so each step is tested by hand and a refused input returns the very same state
 * object. Everything that leaves goes out as an `Output`, built only by the blind views in
 * room-rules.ts: before a reveal, no output to the facilitator holds a value, and a device only
 * ever gets its own seat's votes.
 */

export interface DeviceState {
  readonly token: string
  readonly seatId: string | null
  readonly connected: boolean
}

export interface RoomState {
  readonly status: 'open' | 'closed'
  readonly locked: boolean
  readonly roomToken: string
  readonly allowAnonymous: boolean
  readonly anonymousLabel: (number: number) => string
  readonly nextAnonymous: number
  readonly joinCode: { readonly code: string; readonly wrongTries: number }
  /** In the order main offered them, then anonymous seats as they are taken. */
  readonly seats: ReadonlyMap<string, SeatState>
  readonly devices: ReadonlyMap<string, DeviceState>
  /** Every item put in the room so far, by itemKey: closed ones keep their votes for a later reveal. */
  readonly items: ReadonlyMap<string, ItemState>
  /** The items devices see now: one the facilitator put in, or a self-paced set. */
  readonly showing: readonly string[]
  readonly lastActivity: number
}

export type Refusal = { code: RefusalCode; voteId?: string }

export type Output =
  | { to: 'renderer'; event: RoomEvent }
  | { to: 'device'; device: string; message: ServerMessage }
  | { to: 'device'; device: string; refusal: Refusal }

export interface Step {
  state: RoomState
  out: Output[]
}

export interface RoomSetup {
  roomToken: string
  joinCode: string
  /** Participants' seats, labelled as main chose (names, or neutral labels when names are hidden). */
  seats: readonly { seatId: string; label: string }[]
  allowAnonymous: boolean
  anonymousLabel: (number: number) => string
}

export function createRoomState(setup: RoomSetup, now: number): RoomState {
  return {
    status: 'open',
    locked: false,
    roomToken: setup.roomToken,
    allowAnonymous: setup.allowAnonymous,
    anonymousLabel: setup.anonymousLabel,
    nextAnonymous: 1,
    joinCode: { code: setup.joinCode, wrongTries: 0 },
    seats: new Map(setup.seats.map(({ seatId, label }) => [seatId, { seatId, label, anonymous: false, device: null }])),
    devices: new Map(),
    items: new Map(),
    showing: [],
    lastActivity: now,
  }
}

const unchanged = (state: RoomState, out: Output[] = []): Step => ({ state, out })
const refuse = (state: RoomState, device: string, code: RefusalCode, voteId?: string): Step =>
  unchanged(state, [{ to: 'device', device, refusal: voteId ? { code, voteId } : { code } }])

const withMap = <K, V>(map: ReadonlyMap<K, V>, key: K, value: V): ReadonlyMap<K, V> => new Map(map).set(key, value)

// ——— what goes out ———

const isConnected = (state: RoomState) => (token: string) => state.devices.get(token)?.connected ?? false
const toRenderer = (event: RoomEvent): Output => ({ to: 'renderer', event })
const seatsOut = (state: RoomState): Output => toRenderer(seatsEvent(state.seats, isConnected(state)))

function itemsMessage(state: RoomState, device: DeviceState): ServerMessage {
  const items = state.showing.map((key) => itemViewFor(state.items.get(key)!, device.seatId))
  return { type: 'items', items }
}

function welcome(state: RoomState, device: DeviceState): ServerMessage {
  const seat = device.seatId === null ? null : state.seats.get(device.seatId)!
  return {
    type: 'welcome',
    seat: seat ? { seatId: seat.seatId, anonymous: seat.anonymous, label: seat.label } : null,
    freeSeats: freeSeats(state.seats),
    allowAnonymous: state.allowAnonymous,
    locked: state.locked,
  }
}

/** Seated devices hear about the items; the others are still choosing a seat. */
const itemsToSeated = (state: RoomState): Output[] =>
  [...state.devices.values()].filter((d) => d.connected && d.seatId !== null).map((d) => ({ to: 'device', device: d.token, message: itemsMessage(state, d) }))

/** Devices still choosing a seat hear which seats are left. */
const seatsToUnseated = (state: RoomState): Output[] =>
  [...state.devices.values()]
    .filter((d) => d.connected && d.seatId === null)
    .map((d) => ({ to: 'device', device: d.token, message: { type: 'seats', freeSeats: freeSeats(state.seats), allowAnonymous: state.allowAnonymous } }))

const toEveryDevice = (state: RoomState, message: ServerMessage): Output[] =>
  [...state.devices.values()].filter((d) => d.connected).map((d) => ({ to: 'device', device: d.token, message }))

// ——— devices ———

export type JoinResult = { ok: true; deviceToken: string } | { ok: false; code: RefusalCode }

/**
 * A device joins with the room token from the QR code, or with the join code typed at the room's
 * address. `newDeviceToken` is fresh randomness from the caller. Wrong codes count towards the
 * lock; wrong room tokens are refused without a count (they are 144-bit guesses, and the server
 * rate-limits them).
 */
export function join(state: RoomState, request: JoinRequest, newDeviceToken: string, now: number): Step & { result: JoinResult } {
  const no = (code: RefusalCode, next: RoomState = state, out: Output[] = []) => ({ state: next, out, result: { ok: false as const, code } })
  if (state.status === 'closed') return no('room-closed')
  if ('roomToken' in request) {
    if (!sameSecret(request.roomToken, state.roomToken)) return no('wrong-room')
  } else {
    const check = checkJoinCode(state.joinCode, request.joinCode)
    if (check === 'locked') return no('code-locked')
    if (check === 'wrong') {
      const wrongTries = state.joinCode.wrongTries + 1
      const next = { ...state, joinCode: { ...state.joinCode, wrongTries } }
      return no(wrongTries >= JOIN_CODE_TRIES ? 'code-locked' : 'wrong-code', next, wrongTries >= JOIN_CODE_TRIES ? [toRenderer({ type: 'join-code-locked' })] : [])
    }
  }
  if (state.locked) return no('room-locked')
  if (state.devices.size >= MAX_DEVICES) return no('room-full')
  const device: DeviceState = { token: newDeviceToken, seatId: null, connected: false }
  return { state: { ...state, devices: withMap(state.devices, newDeviceToken, device), lastActivity: now }, out: [], result: { ok: true, deviceToken: newDeviceToken } }
}

/** A socket says which device it is: the same token after a reload or a dropped connection finds the same seat. */
export function hello(state: RoomState, token: string, now: number): Step {
  const device = state.devices.get(token)
  if (state.status === 'closed') return refuse(state, token, 'room-closed')
  if (!device) return refuse(state, token, 'unknown-device')
  const connected: DeviceState = { ...device, connected: true }
  const next = { ...state, devices: withMap(state.devices, token, connected), lastActivity: now }
  const out: Output[] = [{ to: 'device', device: token, message: welcome(next, connected) }]
  if (connected.seatId !== null) out.push({ to: 'device', device: token, message: itemsMessage(next, connected) })
  if (connected.seatId !== null && !device.connected) out.push(seatsOut(next))
  return { state: next, out }
}

/** The device's last socket closed. Its seat stays its own: it comes back with the same token. */
export function disconnected(state: RoomState, token: string): Step {
  const device = state.devices.get(token)
  if (!device?.connected) return unchanged(state)
  const next = { ...state, devices: withMap(state.devices, token, { ...device, connected: false }) }
  return { state: next, out: device.seatId !== null ? [seatsOut(next)] : [] }
}

export type SeatRequest = { kind: 'participant'; seatId: string } | { kind: 'anonymous' }

export function claimSeat(state: RoomState, token: string, request: SeatRequest, now: number): Step {
  const device = state.devices.get(token)
  if (state.status === 'closed') return refuse(state, token, 'room-closed')
  if (!device) return refuse(state, token, 'unknown-device')
  if (device.seatId !== null) {
    // Claiming the seat it already holds again (a retried message) is no change.
    const same = request.kind === 'participant' && request.seatId === device.seatId
    return same ? unchanged(state, [{ to: 'device', device: token, message: welcome(state, device) }]) : refuse(state, token, 'already-seated')
  }
  if (state.locked) return refuse(state, token, 'room-locked')
  let seat: SeatState
  let nextAnonymous = state.nextAnonymous
  if (request.kind === 'participant') {
    const wanted = state.seats.get(request.seatId)
    if (!wanted || wanted.anonymous) return refuse(state, token, 'seat-unknown')
    if (wanted.device !== null) return refuse(state, token, 'seat-taken')
    seat = { ...wanted, device: token }
  } else {
    if (!state.allowAnonymous) return refuse(state, token, 'anonymous-not-allowed')
    const { seatId, number } = nextAnonymousSeatId(state.seats, state.nextAnonymous)
    nextAnonymous = number + 1
    seat = { seatId, label: state.anonymousLabel(number), anonymous: true, device: token }
  }
  const seated: DeviceState = { ...device, seatId: seat.seatId }
  const next: RoomState = { ...state, nextAnonymous, seats: withMap(state.seats, seat.seatId, seat), devices: withMap(state.devices, token, seated), lastActivity: now }
  return {
    state: next,
    out: [
      { to: 'device', device: token, message: { type: 'seat', seat: { seatId: seat.seatId, anonymous: seat.anonymous, label: seat.label } } },
      { to: 'device', device: token, message: itemsMessage(next, seated) },
      seatsOut(next),
      ...seatsToUnseated(next),
    ],
  }
}

export interface VoteInput {
  frameworkId: string
  itemId: string
  voteId: string
  rating: StoredRating
}

export function vote(state: RoomState, token: string, input: VoteInput, now: number): Step {
  const device = state.devices.get(token)
  if (state.status === 'closed') return refuse(state, token, 'room-closed', input.voteId)
  if (!device) return refuse(state, token, 'unknown-device', input.voteId)
  if (device.seatId === null) return refuse(state, token, 'no-seat', input.voteId)
  const seatId = device.seatId
  const key = itemKey(input.frameworkId, input.itemId)
  const item = state.items.get(key)
  if (!item) return refuse(state, token, 'item-unknown', input.voteId)
  const held = { voteId: input.voteId, rating: input.rating }
  const decision = decideVote(item, seatId, held)
  if (decision.kind === 'refuse') return refuse(state, token, decision.code, input.voteId)
  const accepted = (current: ItemState): Output => {
    const own = current.votes.get(seatId)!
    return { to: 'device', device: token, message: { type: 'vote-accepted', frameworkId: input.frameworkId, itemId: input.itemId, vote: { voteId: own.voteId, rating: own.rating } } }
  }
  if (decision.kind === 'repeat') return unchanged(state, item.votes.has(seatId) ? [accepted(item)] : [])
  const firstVote = !item.votes.has(seatId)
  const voteIds = withMap(item.voteIds, seatId, new Set(item.voteIds.get(seatId)).add(input.voteId))
  const updated: ItemState = { ...item, votes: withMap(item.votes, seatId, held), voteIds }
  const next = { ...state, items: withMap(state.items, key, updated), lastActivity: now }
  const out: Output[] = [accepted(updated)]
  if (firstVote) out.push(toRenderer(votedEvent(updated)))
  const revealed = revealedEvent(updated, next.seats)
  if (revealed) out.push(toRenderer(revealed))
  return { state: next, out }
}

// ——— the facilitator ———

/**
 * Puts items in the room: one for the whole room to vote on, or a set people move through at
 * their own pace. Items that were showing and are not in the new set close (late votes are
 * refused); an item put back in opens again with the votes it had.
 */
export function putItems(state: RoomState, items: readonly RoomItem[], now: number): Step {
  if (state.status === 'closed') return unchanged(state)
  const keys = items.map((item) => itemKey(item.frameworkId, item.itemId))
  const all = new Map(state.items)
  const out: Output[] = []
  for (const key of state.showing) {
    const old = all.get(key)!
    if (!keys.includes(key) && old.open) {
      all.set(key, { ...old, open: false })
      out.push(toRenderer({ type: 'item-closed', frameworkId: old.item.frameworkId, itemId: old.item.itemId }))
    }
  }
  items.forEach((item, index) => {
    const old = all.get(keys[index]!)
    all.set(keys[index]!, old ? { ...old, item, open: true } : { item, open: true, revealed: false, votes: new Map(), voteIds: new Map() })
  })
  const next = { ...state, items: all, showing: [...new Set(keys)], lastActivity: now }
  return { state: next, out: [...out, ...itemsToSeated(next)] }
}

/** Closes an item: votes on it are refused from now on, and the held votes wait for the reveal. */
export function closeItem(state: RoomState, frameworkId: string, itemId: string, now: number): Step {
  const key = itemKey(frameworkId, itemId)
  const item = state.items.get(key)
  if (state.status === 'closed' || !item || !item.open) return unchanged(state)
  const next = { ...state, items: withMap(state.items, key, { ...item, open: false }), lastActivity: now }
  return { state: next, out: [toRenderer({ type: 'item-closed', frameworkId, itemId }), ...itemsToSeated(next)] }
}

/** Shows the facilitator the values. Devices learn nothing new: they never see others' votes. */
export function reveal(state: RoomState, frameworkId: string, itemId: string, now: number): Step {
  const key = itemKey(frameworkId, itemId)
  const item = state.items.get(key)
  if (!item) return unchanged(state)
  const updated = { ...item, revealed: true }
  const next = { ...state, items: withMap(state.items, key, updated), lastActivity: now }
  return { state: next, out: [toRenderer(revealedEvent(updated, next.seats)!)] }
}

/** Frees a seat (the wrong person took it, or someone changed phones); the seat's votes stay. */
export function releaseSeat(state: RoomState, seatId: string, now: number): Step {
  const seat = state.seats.get(seatId)
  if (!seat || seat.device === null) return unchanged(state)
  const device = state.devices.get(seat.device)!
  const next: RoomState = {
    ...state,
    seats: withMap(state.seats, seatId, { ...seat, device: null }),
    devices: withMap(state.devices, device.token, { ...device, seatId: null }),
    lastActivity: now,
  }
  const told: Output[] = device.connected ? [{ to: 'device', device: device.token, message: { type: 'seat-released' } }] : []
  return { state: next, out: [...told, seatsOut(next), ...seatsToUnseated(next)] }
}

/** A locked room lets no one new in and no seat be claimed; those already seated carry on. */
export function setLocked(state: RoomState, locked: boolean, now: number): Step {
  if (state.status === 'closed' || state.locked === locked) return unchanged(state)
  const next = { ...state, locked, lastActivity: now }
  return { state: next, out: [toRenderer({ type: 'room-locked', locked }), ...toEveryDevice(next, { type: 'room-locked', locked })] }
}

/** A fresh join code (after the old one locked, or to stop one that was shared too widely). */
export function newJoinCode(state: RoomState, code: string, now: number): Step {
  if (state.status === 'closed') return unchanged(state)
  return unchanged({ ...state, joinCode: { code, wrongTries: 0 }, lastActivity: now })
}

export function closeRoom(state: RoomState, reason: 'facilitator' | 'idle'): Step {
  if (state.status === 'closed') return unchanged(state)
  const next = { ...state, status: 'closed' as const }
  return { state: next, out: [...toEveryDevice(state, { type: 'room-closed' }), toRenderer({ type: 'room-closed', reason })] }
}

/** When the room closes for idleness if nothing happens before then. */
export const idleDeadline = (state: RoomState) => state.lastActivity + IDLE_MS
export const roomIsIdle = (state: RoomState, now: number) => isIdle(state.lastActivity, now)
