import type { Assessment, StoredParticipant, StoredRating } from '../../../common/contract/assessment-schema'
import type { RoomEvent } from '../../../common/contract/room-protocol'
import type { RoomInterface, RoomSeat } from '../../../common/contract/room-schemas'
import { ownValue } from '../../../common/domain/records'
import { updateItem, withRating } from './response-edits'

/**
 * The live room's pure rules on the facilitator's side: which seats the phones list, and how a
 * `revealed` event becomes one edit of the assessment (the same `withRating` a typed vote goes
 * through). No I/O, no store: room-store.ts calls these and hands the result to the document.
 */

/** The most participants an assessment holds (assessment-schema.ts): anonymous votes past it are not kept. */
export const MAX_PARTICIPANTS = 100

export type RevealedEvent = Extract<RoomEvent, { type: 'revealed' }>

/**
 * The seats the room offers: one per participant, in the team's order. With names hidden the
 * label is "Participant 1" … by that order, so a phone never shows a name the facilitator did
 * not allow.
 */
export function seatsFor(participants: readonly StoredParticipant[], showNames: boolean, numbered: (number: number) => string): RoomSeat[] {
  return participants.map((participant, index) => ({ seatId: participant.id, label: showNames ? participant.name : numbered(index + 1) }))
}

/** The network the room opens on by default: the room's own network first, this computer alone only if there is nothing else. */
export function defaultInterface(interfaces: readonly RoomInterface[]): RoomInterface | undefined {
  return interfaces.find((candidate) => !candidate.internal && candidate.family === 'IPv4') ?? interfaces.find((candidate) => !candidate.internal) ?? interfaces[0]
}

const sameRating = (a: StoredRating | undefined, b: StoredRating | undefined) => JSON.stringify(a) === JSON.stringify(b)

/** What one `revealed` event changes: ratings by participant, and the anonymous seats' new participants. */
export interface RevealPlan {
  frameworkId: string
  itemId: string
  ratings: Array<{ participantId: string; rating: StoredRating }>
  /** Participants to add (anonymous seats), when the assessment does not have them yet. */
  newParticipants: StoredParticipant[]
  /** The EFQM scoring mode the votes were asked in, so the grid shows them as they were given. */
  mode: 'quick' | 'radar' | null
}

export interface RevealInput {
  event: RevealedEvent
  participants: readonly StoredParticipant[]
  /** Anonymous seats already turned into participants in this room, by seat id. */
  anonymousSeats: Readonly<Record<string, StoredParticipant>>
  /** The votes of this item already put into the assessment, by seat id; null to apply them all (a reveal). */
  applied: Readonly<Record<string, StoredRating>> | null
  mode: 'quick' | 'radar' | null
  newId: () => string
  anonymousName: (number: number) => string
}

export interface RevealOutcome {
  plan: RevealPlan
  anonymousSeats: Record<string, StoredParticipant>
  /** Every vote of the event, by seat id: what is in the assessment after this plan. */
  applied: Record<string, StoredRating>
  /** Anonymous votes not kept, because the assessment is full. */
  dropped: number
}

/**
 * Turns the revealed votes of one item into a plan for one edit. A reveal applies every vote;
 * a later snapshot (a vote changed after the reveal) applies only the votes that changed, so a
 * value the facilitator typed over a phone vote is not overwritten by someone else's change.
 * A seat that is not a participant any more (removed in the setup) is skipped. An anonymous seat
 * becomes an external participant named "Anonymous n" (the first n no participant is called),
 * the same one for every later vote of that seat.
 */
export function planReveal(input: RevealInput): RevealOutcome {
  const { event } = input
  const anonymousSeats = { ...input.anonymousSeats }
  const known = new Set(input.participants.map((p) => p.id))
  const names = new Set(input.participants.map((p) => p.name))
  const newParticipants: StoredParticipant[] = []
  const ratings: RevealPlan['ratings'] = []
  const applied: Record<string, StoredRating> = {}
  let count = input.participants.length
  let dropped = 0
  let number = 1

  for (const vote of event.votes) {
    const changed = input.applied === null || !sameRating(ownValue(input.applied, vote.seatId), vote.rating)
    if (!vote.anonymous) {
      applied[vote.seatId] = vote.rating
      if (changed && known.has(vote.seatId)) ratings.push({ participantId: vote.seatId, rating: vote.rating })
      continue
    }
    let participant = ownValue(anonymousSeats, vote.seatId)
    if (!participant) {
      if (count >= MAX_PARTICIPANTS) {
        dropped++
        continue
      }
      while (names.has(input.anonymousName(number))) number++
      participant = { id: input.newId(), name: input.anonymousName(number), role: 'external' }
      names.add(participant.name)
      anonymousSeats[vote.seatId] = participant
    }
    if (!known.has(participant.id)) {
      // Undo may have taken the participant out again: the next vote brings it back, same id.
      if (count >= MAX_PARTICIPANTS) {
        dropped++
        continue
      }
      newParticipants.push(participant)
      known.add(participant.id)
      count++
    }
    applied[vote.seatId] = vote.rating
    if (changed || newParticipants.includes(participant)) ratings.push({ participantId: participant.id, rating: vote.rating })
  }
  return { plan: { frameworkId: event.frameworkId, itemId: event.itemId, ratings, newParticipants, mode: input.mode }, anonymousSeats, applied, dropped }
}

/**
 * Applies a plan as one change of the document (one undo step): the new participants, then each
 * rating through `withRating`, exactly as a typed vote lands. Nothing to do returns the same object.
 */
export function applyReveal(assessment: Assessment, plan: RevealPlan): Assessment {
  if (plan.ratings.length === 0 && plan.newParticipants.length === 0) return assessment
  const present = new Set(assessment.participants.map((p) => p.id))
  const added = plan.newParticipants.filter((p) => !present.has(p.id))
  const participants = added.length > 0 ? [...assessment.participants, ...added] : assessment.participants
  const ids = new Set(participants.map((p) => p.id))
  const ratings = plan.ratings.filter((r) => ids.has(r.participantId))
  const withPeople = added.length > 0 ? { ...assessment, participants } : assessment
  if (ratings.length === 0) return withPeople
  return updateItem(withPeople, plan.frameworkId, plan.itemId, (response) => {
    let next = ratings.reduce((r, { participantId, rating }) => withRating(r, participantId, rating), response)
    if (plan.mode && next.mode !== plan.mode) next = { ...next, mode: plan.mode }
    return next
  })
}

/** Who has voted, as the facilitator's screen says it: labels in seat order, never a value. */
export function votedSummary(seatIds: readonly string[], labels: Readonly<Record<string, string>>, total: number): { count: number; total: number; names: string[] } {
  const names = seatIds.map((id) => ownValue(labels, id) ?? id)
  return { count: seatIds.length, total: Math.max(total, seatIds.length), names }
}
