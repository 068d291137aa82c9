import type { StoredRating } from '../../../common/contract/assessment-schema'
import type { RoomItemView } from '../../../common/contract/room-protocol'

/**
 * Votes the page has sent and the server has not acknowledged yet. Each carries the id the page
 * made for it; after a dropped connection or a reload the page sends it again with the same id,
 * so the server counts it once (a repeat changes nothing). One per item: a newer choice replaces
 * an older one still waiting.
 */
export interface PendingVote {
  readonly frameworkId: string
  readonly itemId: string
  readonly voteId: string
  readonly rating: StoredRating
}

export const itemKey = (frameworkId: string, itemId: string) => `${frameworkId}/${itemId}`

/**
 * A fresh vote id: 16 random bytes (128 bits) as base64url, 22 characters. getRandomValues
 * rather than randomUUID, because a room's page is served over plain http from a LAN address,
 * which is not a secure context, and randomUUID exists only in secure contexts.
 */
export function newVoteId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(16))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Adds a vote to send, replacing one for the same item that was still waiting. */
export function queueVote(pending: readonly PendingVote[], vote: PendingVote): PendingVote[] {
  return [...pending.filter((p) => itemKey(p.frameworkId, p.itemId) !== itemKey(vote.frameworkId, vote.itemId)), vote]
}

/** The server answered this vote id (accepted it, or refused it for good): it is no longer waiting. */
export function settleVote(pending: readonly PendingVote[], voteId: string): PendingVote[] {
  return pending.filter((p) => p.voteId !== voteId)
}

/**
 * After (re)connecting, the server lists the items with this seat's counted vote. A waiting
 * vote that the server already holds is settled; the others are to be sent again, same id.
 */
export function reconcile(pending: readonly PendingVote[], views: readonly RoomItemView[]): { pending: PendingVote[]; resend: PendingVote[] } {
  const counted = new Set(views.flatMap((view) => (view.ownVote ? [view.ownVote.voteId] : [])))
  const left = pending.filter((p) => !counted.has(p.voteId))
  // A vote for an item no longer showing is sent too: the server answers whether it counted.
  return { pending: left, resend: left }
}
