import type { PendingVote } from './votes'

/**
 * What the page keeps on the device, per room token, so a reload or a phone that slept comes
 * back as the same seat: its device token, and votes sent but not yet acknowledged (which it
 * sends again with the same vote id). Another room's token is another key, so an old room's
 * token is never offered to a new one. Storage that is missing or refuses (Safari's private
 * mode, a full quota) falls back to memory for this page's life.
 */

export const STORAGE_PREFIX = 'panorama-room'
export const deviceKey = (roomToken: string) => `${STORAGE_PREFIX}:${roomToken}:device`
export const pendingKey = (roomToken: string) => `${STORAGE_PREFIX}:${roomToken}:pending`

const tokenPattern = /^[A-Za-z0-9_-]{24}$/
const voteIdPattern = /^[A-Za-z0-9_-]{8,64}$/

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export interface RoomStore {
  deviceToken(): string | null
  setDeviceToken(token: string): void
  forgetDevice(): void
  pending(): PendingVote[]
  setPending(votes: readonly PendingVote[]): void
}

function isPendingVote(value: unknown): value is PendingVote {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.frameworkId === 'string' &&
    typeof v.itemId === 'string' &&
    typeof v.voteId === 'string' &&
    voteIdPattern.test(v.voteId) &&
    typeof v.rating === 'object' &&
    v.rating !== null &&
    typeof (v.rating as { kind?: unknown }).kind === 'string'
  )
}

export function createRoomStore(storage: KeyValueStorage | null, roomToken: string): RoomStore {
  const memory = new Map<string, string>()
  const read = (key: string): string | null => {
    try {
      if (storage) return storage.getItem(key)
    } catch {
      // fall through to memory
    }
    return memory.get(key) ?? null
  }
  const write = (key: string, value: string | null) => {
    if (value === null) memory.delete(key)
    else memory.set(key, value)
    try {
      if (value === null) storage?.removeItem(key)
      else storage?.setItem(key, value)
    } catch {
      // kept in memory only
    }
  }
  return {
    deviceToken() {
      const token = read(deviceKey(roomToken))
      return token !== null && tokenPattern.test(token) ? token : null
    },
    setDeviceToken: (token) => write(deviceKey(roomToken), token),
    forgetDevice() {
      write(deviceKey(roomToken), null)
      write(pendingKey(roomToken), null)
    },
    pending() {
      const text = read(pendingKey(roomToken))
      if (!text) return []
      try {
        const value: unknown = JSON.parse(text)
        return Array.isArray(value) ? value.filter(isPendingVote) : []
      } catch {
        return []
      }
    },
    setPending: (votes) => write(pendingKey(roomToken), votes.length ? JSON.stringify(votes) : null),
  }
}

/**
 * Drops what earlier rooms left on this phone (their device tokens and waiting votes): a room
 * that closed never opens again under the same token, so they can only go stale. Another port
 * is another origin with storage of its own, so this sees only rooms served at this address.
 */
export function forgetOtherRooms(storage: (KeyValueStorage & Pick<Storage, 'key' | 'length'>) | null, roomToken: string): void {
  try {
    if (!storage) return
    const keys: string[] = []
    for (let i = 0; i < storage.length; i++) keys.push(storage.key(i) ?? '')
    const own = [deviceKey(roomToken), pendingKey(roomToken)]
    for (const key of keys) if (key.startsWith(`${STORAGE_PREFIX}:`) && !own.includes(key)) storage.removeItem(key)
  } catch {
    // Storage that refuses has nothing of ours in it either.
  }
}

/** The room token in the page's own address (`/r/<token>`), or null at the short address. */
export function roomTokenFromPath(pathname: string): string | null {
  const match = /^\/r\/([A-Za-z0-9_-]{24})\/?$/.exec(pathname)
  return match ? match[1]! : null
}
