import type { StoredRating } from '../../../common/contract/assessment-schema'
import type { DeviceMessage, RoomItemView, ServerMessage } from '../../../common/contract/room-protocol'
import { reconnectDelay } from './backoff'
import type { Translate } from './messages'
import { createRoomStore, forgetOtherRooms, roomTokenFromPath, type KeyValueStorage, type RoomStore } from './storage'
import { itemKey, newVoteId, queueVote, reconcile, settleVote, type PendingVote } from './votes'

/**
 * The page's conversation with the room, with no DOM in it: join over HTTP, keep the device
 * token, open the socket and say hello, claim a seat, send votes (and send unacknowledged ones
 * again, same id, after a reconnect), reconnect with backoff, join afresh when the server has
 * forgotten this device. Everything it needs from the browser is passed in, so it can be driven
 * by a test; the view (view.ts) draws `state` whenever it changes.
 */

export type Phase = 'code' | 'joining' | 'seats' | 'waiting' | 'item' | 'closed' | 'failed'
export type Link = 'connecting' | 'open' | 'reconnecting' | 'offline'

export interface Seat {
  seatId: string
  anonymous: boolean
  label: string
}

export interface SessionState {
  phase: Phase
  link: Link
  roomToken: string | null
  seat: Seat | null
  freeSeats: { seatId: string; label: string }[]
  allowAnonymous: boolean
  locked: boolean
  /** The facilitator released this device's seat: say so on the seat screen. */
  released: boolean
  items: RoomItemView[]
  /** The item showing, by `frameworkId/itemId`. */
  current: string | null
  pending: PendingVote[]
  /** A refusal or a problem, in words, for the page's live region. Bumped `noticeId` re-announces the same words. */
  notice: string | null
  noticeId: number
  /** Why joining failed for good (the server's words), on the failed screen. */
  failure: string | null
  /** Items whose vote the server refused for good: the view shows the counted vote again, not the refused choice. */
  refusedItems: string[]
}

export interface SocketLike {
  readonly readyState: number
  send(data: string): void
  close(code?: number): void
  onopen: ((event: unknown) => void) | null
  onmessage: ((event: { data: unknown }) => void) | null
  onclose: ((event: unknown) => void) | null
  onerror: ((event: unknown) => void) | null
}

export interface SessionDeps {
  location: { pathname: string; host: string; protocol: string }
  fetch: (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ status: number; json(): Promise<unknown> }>
  openSocket: (url: string) => SocketLike
  storage: (KeyValueStorage & Partial<Pick<Storage, 'key' | 'length'>>) | null
  replacePath: (path: string) => void
  isOnline: () => boolean
  setTimer: (run: () => void, ms: number) => unknown
  clearTimer: (handle: unknown) => void
  random?: () => number
  t: Translate
  onChange: (state: SessionState) => void
}

const OPEN = 1
/** After a wake-up, how long an open-looking socket has to answer a fresh hello before it counts as dead. */
export const PROBE_MS = 5000
/** Joining afresh after the server forgot the device, at most this many times in a row. */
const MAX_REJOINS = 3

export interface Session {
  readonly state: SessionState
  start(): void
  joinWithCode(code: string): Promise<void>
  retry(): void
  claim(seat: { kind: 'participant'; seatId: string } | { kind: 'anonymous' }): void
  vote(frameworkId: string, itemId: string, rating: StoredRating): void
  show(key: string): void
  online(): void
  offline(): void
  /** The phone woke up or the tab came back: reconnect now if the socket is down. */
  wake(): void
}

export function createSession(deps: SessionDeps): Session {
  const state: SessionState = {
    phase: 'joining',
    link: 'connecting',
    roomToken: roomTokenFromPath(deps.location.pathname),
    seat: null,
    freeSeats: [],
    allowAnonymous: false,
    locked: false,
    released: false,
    items: [],
    current: null,
    pending: [],
    notice: null,
    noticeId: 0,
    failure: null,
    refusedItems: [],
  }
  let store: RoomStore | null = null
  let socket: SocketLike | null = null
  let attempt = 0
  let retryTimer: unknown = null
  let rejoins = 0
  let rejoinNext = false
  let finished = false
  let probeTimer: unknown = null
  /** The probe waiting for an answer (0: none); a welcome answers it. */
  let probing = 0
  let probes = 0

  const changed = () => deps.onChange(state)
  const say = (notice: string | null) => {
    state.notice = notice
    state.noticeId += 1
  }
  const setPending = (pending: PendingVote[]) => {
    state.pending = pending
    store?.setPending(pending)
  }

  async function post(body: unknown): Promise<{ ok: true; roomToken: string; deviceToken: string } | { ok: false; message: string | null }> {
    try {
      const response = await deps.fetch('/api/join', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      const json = (await response.json()) as { roomToken?: unknown; deviceToken?: unknown; error?: { message?: unknown } }
      if (response.status === 200 && typeof json.roomToken === 'string' && typeof json.deviceToken === 'string') {
        return { ok: true, roomToken: json.roomToken, deviceToken: json.deviceToken }
      }
      return { ok: false, message: typeof json.error?.message === 'string' ? json.error.message : deps.t('join.failed') }
    } catch {
      // No answer at all: the network, not the room, said no.
      return { ok: false, message: null }
    }
  }

  function forgetEarlierRooms(roomToken: string) {
    const storage = deps.storage
    if (storage && typeof storage.key === 'function' && typeof storage.length === 'number') forgetOtherRooms(storage as Storage, roomToken)
  }

  function fail(message: string) {
    state.phase = 'failed'
    state.failure = message
    say(message)
    changed()
  }

  async function joinByToken(roomToken: string) {
    state.phase = state.phase === 'code' ? 'code' : 'joining'
    const joined = await post({ roomToken })
    if (!joined.ok) {
      if (joined.message === null) return scheduleReconnect()
      return fail(joined.message)
    }
    store!.setDeviceToken(joined.deviceToken)
    connect()
  }

  function start() {
    if (state.roomToken === null) {
      state.phase = 'code'
      state.link = 'open'
      return changed()
    }
    store = createRoomStore(deps.storage, state.roomToken)
    forgetEarlierRooms(state.roomToken)
    state.pending = store.pending()
    changed()
    if (store.deviceToken()) connect()
    else void joinByToken(state.roomToken)
  }

  async function joinWithCode(code: string) {
    const joined = await post({ joinCode: code })
    if (!joined.ok) {
      say(joined.message ?? deps.t('join.failed'))
      return changed()
    }
    state.roomToken = joined.roomToken
    // The address now holds the room token, so a reload comes back to this room as this device.
    deps.replacePath(`/r/${joined.roomToken}`)
    store = createRoomStore(deps.storage, joined.roomToken)
    forgetEarlierRooms(joined.roomToken)
    store.setDeviceToken(joined.deviceToken)
    state.pending = store.pending()
    state.phase = 'joining'
    say(null)
    changed()
    connect()
  }

  function connect() {
    if (finished || state.roomToken === null || !store) return
    if (retryTimer !== null) {
      deps.clearTimer(retryTimer)
      retryTimer = null
    }
    const token = store.deviceToken()
    if (!token) return void joinByToken(state.roomToken)
    const scheme = deps.location.protocol === 'https:' ? 'wss' : 'ws'
    const ws = deps.openSocket(`${scheme}://${deps.location.host}/ws/${state.roomToken}`)
    socket = ws
    ws.onopen = () => ws.send(JSON.stringify({ type: 'hello', deviceToken: token } satisfies DeviceMessage))
    ws.onmessage = (event) => {
      if (socket !== ws || typeof event.data !== 'string') return
      let message: ServerMessage
      try {
        message = JSON.parse(event.data) as ServerMessage
      } catch {
        return
      }
      received(message)
    }
    ws.onerror = () => {}
    ws.onclose = () => {
      if (socket !== ws) return
      socket = null
      probing = 0
      if (finished) return
      if (rejoinNext) {
        rejoinNext = false
        if (++rejoins > MAX_REJOINS) return fail(deps.t('join.failed'))
        store!.forgetDevice()
        state.pending = []
        state.seat = null
        return void joinByToken(state.roomToken!)
      }
      scheduleReconnect()
    }
  }

  function scheduleReconnect() {
    if (finished) return
    state.link = deps.isOnline() ? 'reconnecting' : 'offline'
    changed()
    if (retryTimer !== null) deps.clearTimer(retryTimer)
    // Offline, the browser says when it is back ('online'); a slow retry covers a missed event.
    const delay = deps.isOnline() ? reconnectDelay(attempt++, deps.random) : reconnectDelay(10, deps.random)
    retryTimer = deps.setTimer(() => {
      retryTimer = null
      connect()
    }, delay)
  }

  const send = (message: DeviceMessage) => {
    if (socket && socket.readyState === OPEN) socket.send(JSON.stringify(message))
  }

  function showItems(items: RoomItemView[]) {
    state.items = items
    const keys = items.map((view) => itemKey(view.item.frameworkId, view.item.itemId))
    if (state.current === null || !keys.includes(state.current)) {
      state.current = keys[0] ?? null
      // A refusal was about the item that has gone; the new one starts with a clean slate.
      say(null)
    }
    state.phase = state.seat === null ? 'seats' : items.length > 0 ? 'item' : 'waiting'
  }

  function received(message: ServerMessage) {
    switch (message.type) {
      case 'welcome':
        probing = 0
        if (probeTimer !== null) {
          deps.clearTimer(probeTimer)
          probeTimer = null
        }
        attempt = 0
        rejoins = 0
        state.link = 'open'
        state.seat = message.seat
        state.freeSeats = message.freeSeats
        state.allowAnonymous = message.allowAnonymous
        state.locked = message.locked
        if (message.seat === null) state.phase = 'seats'
        else if (state.items.length === 0) state.phase = 'waiting'
        break
      case 'seats':
        state.freeSeats = message.freeSeats
        state.allowAnonymous = message.allowAnonymous
        break
      case 'seat':
        state.seat = message.seat
        state.released = false
        state.phase = state.items.length > 0 ? 'item' : 'waiting'
        say(null)
        break
      case 'items': {
        showItems(message.items)
        const { pending, resend } = reconcile(state.pending, message.items)
        setPending(pending)
        for (const vote of resend) send({ type: 'vote', ...vote })
        break
      }
      case 'vote-accepted': {
        setPending(settleVote(state.pending, message.vote.voteId))
        const key = itemKey(message.frameworkId, message.itemId)
        state.items = state.items.map((view) => (itemKey(view.item.frameworkId, view.item.itemId) === key ? { ...view, ownVote: message.vote } : view))
        break
      }
      case 'refused':
        if (message.voteId) {
          const refused = state.pending.find((p) => p.voteId === message.voteId)
          if (refused) state.refusedItems.push(itemKey(refused.frameworkId, refused.itemId))
          setPending(settleVote(state.pending, message.voteId))
        }
        if (message.code === 'unknown-device') rejoinNext = true
        if (message.code === 'room-closed') return closed()
        say(message.message)
        break
      case 'seat-released':
        state.seat = null
        state.released = true
        state.phase = 'seats'
        setPending([])
        break
      case 'room-locked':
        state.locked = message.locked
        break
      case 'room-closed':
        return closed()
    }
    changed()
  }

  /**
   * A phone that slept may hold a socket that looks open but whose connection died. Saying hello
   * again on it is harmless (the room answers with the same welcome and items); no answer soon
   * means the line is dead, so the page drops it and reconnects.
   */
  function probe() {
    const ws = socket
    if (!ws || ws.readyState !== OPEN || probing !== 0) return
    const token = store?.deviceToken()
    if (!token) return
    const id = (probing = ++probes)
    ws.send(JSON.stringify({ type: 'hello', deviceToken: token } satisfies DeviceMessage))
    probeTimer = deps.setTimer(() => {
      probeTimer = null
      if (socket !== ws || probing !== id) return
      probing = 0
      ws.close()
      ws.onclose?.({})
    }, PROBE_MS)
  }

  function closed() {
    finished = true
    state.phase = 'closed'
    state.link = 'open'
    setPending([])
    if (retryTimer !== null) deps.clearTimer(retryTimer)
    socket?.close()
    socket = null
    changed()
  }

  return {
    state,
    start,
    joinWithCode,
    retry() {
      state.failure = null
      state.phase = state.roomToken === null ? 'code' : 'joining'
      rejoins = 0
      changed()
      if (state.roomToken !== null) connect()
    },
    claim(seat) {
      send({ type: 'claim', seat })
    },
    vote(frameworkId, itemId, rating) {
      const vote: PendingVote = { frameworkId, itemId, voteId: newVoteId(), rating }
      setPending(queueVote(state.pending, vote))
      say(null)
      send({ type: 'vote', ...vote })
      changed()
    },
    show(key) {
      if (state.items.some((view) => itemKey(view.item.frameworkId, view.item.itemId) === key)) {
        state.current = key
        say(null)
        changed()
      }
    },
    online() {
      if (finished) return
      if (!socket) connect()
      else probe()
    },
    offline() {
      // The OS says the Wi-Fi is gone: do not wait for the socket to time out.
      if (finished || !socket) return
      const ws = socket
      ws.close()
      ws.onclose?.({})
    },
    wake() {
      if (finished || state.roomToken === null || state.phase === 'failed') return
      attempt = 0
      if (!socket) connect()
      else probe()
    },
  }
}
