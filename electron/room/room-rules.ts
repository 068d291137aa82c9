import type { StoredRating } from '../../common/contract/assessment-schema'
import type { RoomEvent, RoomItem, RoomItemView, RoomScale, SeatView } from '../../common/contract/room-protocol'

/**
 * The room's rules, one function each, pure: no I/O, no clock, no randomness. room-state.ts
 * strings them together; the tests check each against hand-written cases.
 */

/** Wrong join codes allowed before the code locks (the facilitator can then issue a new one). */
export const JOIN_CODE_TRIES = 5
/** Devices that may join one room: the largest team is 100 people, each with a spare device or a reload. */
export const MAX_DEVICES = 300
/** Distinct votes one seat may send for one item (each change is one); far above what a person does. */
export const MAX_VOTES_PER_SEAT_AND_ITEM = 50
/** Two hours without anything happening close the room. */
export const IDLE_MS = 2 * 60 * 60 * 1000

/** An item's key in the room: framework ids have no slash, so the pair is unambiguous. */
export const itemKey = (frameworkId: string, itemId: string) => `${frameworkId}/${itemId}`

/**
 * Compares two secrets in time that depends only on their lengths, so a guesser cannot learn a
 * token or a join code character by character from how fast a refusal comes.
 */
export function sameSecret(given: string, expected: string): boolean {
  let difference = given.length ^ expected.length
  for (let i = 0; i < expected.length; i++) difference |= (given.charCodeAt(i) | 0) ^ expected.charCodeAt(i)
  return difference === 0
}

export type JoinCodeState = { readonly code: string; readonly wrongTries: number }
export type JoinCodeCheck = 'right' | 'wrong' | 'locked'

/** A typed join code: right, wrong, or refused outright because too many wrong ones came before (even the right one). */
export function checkJoinCode(state: JoinCodeState, given: string): JoinCodeCheck {
  if (state.wrongTries >= JOIN_CODE_TRIES) return 'locked'
  return sameSecret(given, state.code) ? 'right' : 'wrong'
}

/** Whether a rating is one the item's scale asks for: the same kinds the vote grid offers, N/A always. */
export function ratingFits(scale: RoomScale, rating: StoredRating): boolean {
  if (rating.kind === 'not-applicable') return true
  if (scale.kind === 'maturity') return rating.kind === 'level'
  if (scale.mode === 'quick') return rating.kind === 'quick'
  if (rating.kind !== 'radar') return false
  const known = new Set(scale.elements.flatMap((element) => element.attributes.map((attribute) => attribute.id)))
  const given = Object.keys(rating.attributes)
  // Every attribute the person scored must be one of this item's; leaving some blank is allowed, as in the grid.
  return given.length > 0 && given.every((id) => known.has(id))
}

export interface HeldVote {
  readonly voteId: string
  readonly rating: StoredRating
}

export interface ItemState {
  readonly item: RoomItem
  readonly open: boolean
  readonly revealed: boolean
  /** Each seat's latest vote, held here (never sent on) until the item is revealed. */
  readonly votes: ReadonlyMap<string, HeldVote>
  /** Every vote id each seat has sent for this item: a repeat of any of them changes nothing. */
  readonly voteIds: ReadonlyMap<string, ReadonlySet<string>>
}

export type VoteDecision =
  | { kind: 'refuse'; code: 'item-closed' | 'rating-mismatch' | 'too-many-changes' }
  /** A vote id already seen: the device is told its current vote again, and nothing changes. */
  | { kind: 'repeat' }
  | { kind: 'accept' }

/**
 * What to do with one seat's vote on an item: closed items refuse it, a vote id sent before is a
 * repeat (even an older one arriving late, so a retry never undoes a change), and a new id
 * replaces the seat's vote, which is how a person changes their mind until the item closes.
 */
export function decideVote(item: ItemState, seatId: string, vote: HeldVote): VoteDecision {
  const seen = item.voteIds.get(seatId)
  if (seen?.has(vote.voteId)) return { kind: 'repeat' }
  if (!item.open) return { kind: 'refuse', code: 'item-closed' }
  if (!ratingFits(item.item.scale, vote.rating)) return { kind: 'refuse', code: 'rating-mismatch' }
  if ((seen?.size ?? 0) >= MAX_VOTES_PER_SEAT_AND_ITEM) return { kind: 'refuse', code: 'too-many-changes' }
  return { kind: 'accept' }
}

/** The blind view of an item for the facilitator: which seats have voted, by id, never with what. */
export function votedEvent(item: ItemState): RoomEvent {
  return { type: 'voted', frameworkId: item.item.frameworkId, itemId: item.item.itemId, seatIds: [...item.votes.keys()] }
}

export interface SeatState {
  readonly seatId: string
  readonly label: string
  readonly anonymous: boolean
  /** The device holding the seat, by token; null while free. */
  readonly device: string | null
}

/** The values, for the facilitator only, and only once the item is revealed; null before. */
export function revealedEvent(item: ItemState, seats: ReadonlyMap<string, SeatState>): RoomEvent | null {
  if (!item.revealed) return null
  const votes = [...item.votes].map(([seatId, vote]) => ({ seatId, anonymous: seats.get(seatId)?.anonymous ?? false, rating: vote.rating }))
  return { type: 'revealed', frameworkId: item.item.frameworkId, itemId: item.item.itemId, votes }
}

/** What a device is shown of an item: the item, whether it is open, and only its own seat's vote. */
export function itemViewFor(item: ItemState, seatId: string | null): RoomItemView {
  const own = seatId === null ? undefined : item.votes.get(seatId)
  return { item: item.item, open: item.open, ownVote: own ? { voteId: own.voteId, rating: own.rating } : null }
}

/** Seats a device may still claim: participants' seats nobody holds. Anonymous seats are never offered again. */
export function freeSeats(seats: ReadonlyMap<string, SeatState>): { seatId: string; label: string }[] {
  return [...seats.values()].filter((seat) => !seat.anonymous && seat.device === null).map(({ seatId, label }) => ({ seatId, label }))
}

/** The facilitator's list of who has joined: claimed seats, and whether their device is connected now. */
export function seatsEvent(seats: ReadonlyMap<string, SeatState>, connected: (device: string) => boolean): RoomEvent {
  const list: SeatView[] = [...seats.values()]
    .filter((seat) => seat.device !== null)
    .map((seat) => ({ seatId: seat.seatId, anonymous: seat.anonymous, label: seat.label, connected: connected(seat.device!) }))
  return { type: 'seats', seats: list }
}

/** The next anonymous seat's id: `anonymous-<n>`, skipping any id a participant already has. */
export function nextAnonymousSeatId(seats: ReadonlyMap<string, SeatState>, from: number): { seatId: string; number: number } {
  let number = from
  while (seats.has(`anonymous-${number}`)) number++
  return { seatId: `anonymous-${number}`, number }
}

/** Whether the room has been idle long enough to close. */
export const isIdle = (lastActivity: number, now: number) => now - lastActivity >= IDLE_MS
