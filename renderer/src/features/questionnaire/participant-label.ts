import type { StoredParticipant } from '../../../../common/contract/assessment-schema'
import { participantNumber } from '../../i18n/vocabulary'

/**
 * The name a row shows: with names hidden, the row's position in the room's order ("Participant 3"),
 * never anything tied to the person.
 */
export function participantLabel(participant: StoredParticipant, position: number, anonymous: boolean): string {
  return anonymous ? participantNumber(position + 1) : participant.name
}

// FNV-1a: a stable 32-bit seed from text, so an item keeps its order across renders and reloads.
function seedOf(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

// mulberry32: a small, well-mixed generator; enough to stop an order from being guessed in a room.
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The order in which the room sees the participants of one item. With names shown it is the setup
 * order, so the facilitator enters votes as people sit. With names hidden, the setup order would give
 * the person entered first (often the most senior) away as "Participant 1" on every item, so each
 * item gets its own shuffle: the same every time that item is shown (the seed is the item and the
 * team's ids, which the room never sees), and different from the next item's.
 */
export function roomOrder(participants: readonly StoredParticipant[], itemId: string, anonymous: boolean): StoredParticipant[] {
  if (!anonymous) return participants as StoredParticipant[]
  const random = generator(seedOf(`${itemId}\u0000${participants.map((p) => p.id).join('\u0000')}`))
  const order = [...participants]
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  return order
}
