import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import i18next from 'i18next'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import {
  deviceMessageSchema,
  joinRequestSchema,
  roomItemSchema,
  type RefusalCode,
  type RoomEvent,
  type RoomItem,
  type ServerMessage,
} from '../../common/contract/room-protocol'
import { readJsonBody, MAX_BODY_BYTES } from './read-body'
import { createRateLimiter, type RateLimit } from './rate-limit'
import { invalidMessage, invalidText, refusal, refusalMessage } from './refusal-messages'
import { isAllowedRequest, roomAddress } from './request-guard'
import { PAGE_PREFIX, readPageFile, roomHeaders, roomPagePolicy } from './room-page'
import { sameSecret } from './room-rules'
import * as room from './room-state'
import { newJoinCode, newToken } from './tokens'

/**
 * The room's server, for one assessment: node:http for the page and the join request, `ws` for
 * the live socket (see NOTES-helper-room.md for why these). It holds a RoomState and does only
 * I/O around it: every check of what may happen is in room-state.ts and room-rules.ts, every
 * message is validated with the protocol's schemas first, and a refused one leaves the state as
 * it was. It binds only to the address main passes (the interface the facilitator picked), on a
 * free port.
 *
 * Addresses: `/r/<roomToken>` is the page (the QR code's address); `/` is the same page for a
 * person typing the short address and the join code; `/p/…` the page's files; `POST /api/join`
 * gives a device its token; `/ws/<roomToken>` is the socket, whose first message names the device.
 */

export interface RoomTimers {
  set(run: () => void, ms: number): unknown
  clear(handle: unknown): void
}

export interface RoomLimits {
  /** Bytes of a POST body. */
  bodyBytes: number
  /** Bytes of one WebSocket message (ws's maxPayload: a larger one closes the socket with 1009). */
  messageBytes: number
  /** Requests and socket upgrades per remote address. */
  http: RateLimit
  /** Messages per device (per socket until it says which device it is). */
  device: RateLimit
  /** Open sockets in all. */
  connections: number
  /** How long a new socket may take to say hello. */
  helloMs: number
}

export const DEFAULT_ROOM_LIMITS: RoomLimits = {
  bodyBytes: MAX_BODY_BYTES,
  messageBytes: 16 * 1024,
  http: { burst: 30, perSecond: 10 },
  device: { burst: 30, perSecond: 10 },
  connections: 400,
  helloMs: 10_000,
}

export interface RoomServerOptions {
  /** The interface address to bind to, as the facilitator chose it; never a wildcard. */
  host: string
  /** The participant page's built files. */
  pageDir: string
  seats: readonly { seatId: string; label: string }[]
  allowAnonymous: boolean
  clock?: () => number
  timers?: RoomTimers
  limits?: Partial<RoomLimits>
}

export interface Room {
  /** The QR code's address: the room token is in it. */
  readonly url: string
  /** The short address to type, with the join code. */
  readonly address: string
  readonly port: number
  readonly joinCode: string
  /** The room as it is now (read-only data), for main and the tests. */
  readonly state: room.RoomState
  close(): Promise<void>
  lock(locked?: boolean): void
  releaseSeat(seatId: string): void
  putItem(item: RoomItem): void
  putItems(items: readonly RoomItem[]): void
  closeItem(frameworkId: string, itemId: string): void
  reveal(frameworkId: string, itemId: string): void
  /** A fresh join code (the old one stops working); returns it. */
  renewJoinCode(): string
  onEvent(listener: (event: RoomEvent) => void): () => void
}

const WILDCARDS = new Set(['0.0.0.0', '::', '', '0:0:0:0:0:0:0:0'])

const defaultTimers: RoomTimers = {
  set: (run, ms) => setTimeout(run, ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
}

interface Connection {
  readonly id: number
  readonly ws: WebSocket
  device: string | null
  refusedInRow: number
  helloTimer: unknown
}

const JOIN_STATUS: Partial<Record<RefusalCode, number>> = {
  'wrong-room': 404,
  'wrong-code': 403,
  'code-locked': 429,
  'room-locked': 423,
  'room-full': 503,
  'room-closed': 410,
}

export async function openRoom(options: RoomServerOptions): Promise<Room> {
  if (WILDCARDS.has(options.host)) throw new Error(`The room binds to one interface, never to "${options.host}".`)
  const limits = { ...DEFAULT_ROOM_LIMITS, ...options.limits }
  const clock = options.clock ?? Date.now
  const timers = options.timers ?? defaultTimers
  const roomToken = newToken()
  let state = room.createRoomState(
    { roomToken, joinCode: newJoinCode(), seats: options.seats, allowAnonymous: options.allowAnonymous, anonymousLabel: (number) => i18next.t('main:room.anonymousSeat', { number }) },
    clock(),
  )
  const listeners = new Set<(event: RoomEvent) => void>()
  const connections = new Set<Connection>()
  const socketsOf = new Map<string, Set<Connection>>()
  const httpLimiter = createRateLimiter(limits.http, clock)
  const deviceLimiter = createRateLimiter(limits.device, clock)
  let nextConnection = 1
  let idleTimer: unknown = null
  let closing: Promise<void> | null = null

  const server = http.createServer({ maxHeaderSize: 8 * 1024 })
  server.headersTimeout = 5_000
  server.requestTimeout = 10_000
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.messageBytes, perMessageDeflate: false, clientTracking: false })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen({ host: options.host, port: 0, exclusive: true }, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const address = roomAddress(options.host, port)
  const pagePolicy = roomPagePolicy(address)

  // ——— the state and what it sends ———

  const send = (connection: Connection, message: ServerMessage) => {
    if (connection.ws.readyState === connection.ws.OPEN) connection.ws.send(JSON.stringify(message))
  }

  function apply(step: room.Step, from?: Connection) {
    state = step.state
    for (const out of step.out) {
      if (out.to === 'renderer') {
        for (const listener of listeners) {
          try {
            listener(out.event)
          } catch {
            // A listener's failure is main's to log; it must not stop the room.
          }
        }
      } else if ('refusal' in out) {
        const message = refusal(out.refusal.code, out.refusal.voteId)
        // A refusal answers the socket that asked (it may not be a known device's at all).
        if (from) send(from, message)
        else for (const connection of socketsOf.get(out.device) ?? []) send(connection, message)
      } else {
        for (const connection of socketsOf.get(out.device) ?? []) send(connection, out.message)
      }
    }
  }

  function armIdle() {
    if (idleTimer !== null) timers.clear(idleTimer)
    idleTimer = timers.set(() => {
      idleTimer = null
      if (state.status === 'closed') return
      if (room.roomIsIdle(state, clock())) void shutDown('idle')
      else armIdle()
    }, Math.max(0, room.idleDeadline(state) - clock()))
  }

  // ——— HTTP ———

  const json = (response: http.ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) => {
    response.writeHead(status, { ...roomHeaders, 'content-type': 'application/json; charset=utf-8', ...extra })
    response.end(JSON.stringify(body))
  }
  const refuseHttp = (response: http.ServerResponse, status: number, code: RefusalCode, extra?: Record<string, string>) =>
    json(response, status, { error: { code, message: refusalMessage(code) } }, extra)

  const isRoomPage = (path: string) => {
    const match = /^\/r\/([^/]+)\/?$/.exec(path)
    return !!match && sameSecret(match[1]!, roomToken)
  }

  async function servePage(response: http.ServerResponse, relative: string, head: boolean) {
    const file = await readPageFile(options.pageDir, relative)
    if (!file.ok) return refuseHttp(response, 404, 'not-found')
    const isHtml = file.type.startsWith('text/html')
    response.writeHead(200, { ...roomHeaders, 'content-type': file.type, ...(isHtml ? { 'content-security-policy': pagePolicy } : {}) })
    response.end(head ? undefined : file.body)
  }

  async function joinRequest(request: http.IncomingMessage, response: http.ServerResponse) {
    if (!/^application\/json(;|$)/i.test(request.headers['content-type'] ?? '')) return refuseHttp(response, 415, 'malformed')
    const body = await readJsonBody(request, limits.bodyBytes)
    if (!body.ok) return body.code === 'too-large' ? refuseHttp(response, 413, 'too-large', { connection: 'close' }) : refuseHttp(response, 400, 'malformed')
    const parsed = joinRequestSchema.safeParse(body.value)
    if (!parsed.success) return json(response, 400, { error: { code: 'invalid', message: invalidText(parsed.error) } })
    const step = room.join(state, parsed.data, newToken(), clock())
    apply(step)
    if (!step.result.ok) return refuseHttp(response, JOIN_STATUS[step.result.code] ?? 403, step.result.code)
    json(response, 200, { roomToken, deviceToken: step.result.deviceToken })
  }

  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    const method = request.method ?? ''
    if (!isAllowedRequest(request.headers, method, address)) return refuseHttp(response, 403, 'forbidden', { connection: 'close' })
    if (!httpLimiter.take(request.socket.remoteAddress ?? '')) return refuseHttp(response, 429, 'rate-limited', { 'retry-after': '1' })
    const path = (request.url ?? '/').split('?')[0]!
    if (state.status === 'closed') return refuseHttp(response, 410, 'room-closed')
    if (method === 'POST' && path === '/api/join') return void joinRequest(request, response)
    if (method !== 'GET' && method !== 'HEAD') return refuseHttp(response, 405, 'not-found', { allow: 'GET, HEAD, POST' })
    const head = method === 'HEAD'
    if (path === '/' || isRoomPage(path)) return void servePage(response, '/index.html', head)
    if (path.startsWith(PAGE_PREFIX) && path.length > PAGE_PREFIX.length) return void servePage(response, path.slice(PAGE_PREFIX.length - 1), head)
    refuseHttp(response, 404, 'not-found')
  })

  // ——— the socket ———

  const rejectUpgrade = (socket: Duplex, status: number, reason: string) => {
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
    socket.destroy()
  }

  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    if (!isAllowedRequest(request.headers, request.method, address, true)) return rejectUpgrade(socket, 403, 'Forbidden')
    if (!httpLimiter.take((socket as Socket).remoteAddress ?? '')) return rejectUpgrade(socket, 429, 'Too Many Requests')
    const match = /^\/ws\/([^/?]+)$/.exec(request.url ?? '')
    if (!match || !sameSecret(match[1]!, roomToken) || state.status === 'closed') return rejectUpgrade(socket, 404, 'Not Found')
    if (connections.size >= limits.connections) return rejectUpgrade(socket, 503, 'Service Unavailable')
    wss.handleUpgrade(request, socket, head, (ws) => connected(ws))
  })

  function connected(ws: WebSocket) {
    const connection: Connection = { id: nextConnection++, ws, device: null, refusedInRow: 0, helloTimer: null }
    connections.add(connection)
    connection.helloTimer = timers.set(() => {
      if (connection.device === null) ws.close(1008)
    }, limits.helloMs)
    ws.on('message', (data, isBinary) => received(connection, data, isBinary))
    // ws reports a too-large or broken frame here, then closes the socket: nothing reaches the state.
    ws.on('error', () => {})
    ws.on('close', () => {
      timers.clear(connection.helloTimer)
      connections.delete(connection)
      const device = connection.device
      if (device === null) return
      const sockets = socketsOf.get(device)
      sockets?.delete(connection)
      if (sockets && sockets.size === 0) {
        socketsOf.delete(device)
        apply(room.disconnected(state, device))
      }
    })
  }

  function received(connection: Connection, data: RawData, isBinary: boolean) {
    if (state.status === 'closed') return
    const key = connection.device ?? `socket:${connection.id}`
    if (!deviceLimiter.take(key)) {
      send(connection, refusal('rate-limited'))
      // A device that keeps flooding past a whole burst of refusals is cut off.
      if (++connection.refusedInRow > limits.device.burst) connection.ws.close(1008)
      return
    }
    connection.refusedInRow = 0
    let value: unknown
    try {
      if (isBinary) throw new Error('binary')
      value = JSON.parse(data.toString())
    } catch {
      return send(connection, refusal('malformed'))
    }
    const parsed = deviceMessageSchema.safeParse(value)
    if (!parsed.success) return send(connection, invalidMessage(parsed.error))
    const message = parsed.data
    const now = clock()
    if (message.type === 'hello') {
      if (connection.device !== null && connection.device !== message.deviceToken) return send(connection, refusal('invalid'))
      const step = room.hello(state, message.deviceToken, now)
      if (step.state === state && step.out.some((out) => 'refusal' in out)) {
        apply(step, connection)
        // A socket with no device behind it has nothing more to do; the page joins afresh.
        return connection.ws.close(1008)
      }
      connection.device = message.deviceToken
      const sockets = socketsOf.get(message.deviceToken) ?? new Set()
      sockets.add(connection)
      socketsOf.set(message.deviceToken, sockets)
      return apply(step, connection)
    }
    if (connection.device === null) return send(connection, refusal('not-joined'))
    if (message.type === 'claim') return apply(room.claimSeat(state, connection.device, message.seat, now), connection)
    apply(room.vote(state, connection.device, message, now), connection)
  }

  // ——— closing ———

  function shutDown(reason: 'facilitator' | 'idle'): Promise<void> {
    if (closing) return closing
    apply(room.closeRoom(state, reason))
    if (idleTimer !== null) timers.clear(idleTimer)
    closing = new Promise<void>((resolve) => {
      for (const connection of connections) {
        timers.clear(connection.helloTimer)
        connection.ws.close(1001)
      }
      server.close(() => resolve())
      // Sockets that do not finish the closing handshake promptly are cut.
      const cut = setTimeout(() => {
        for (const connection of connections) connection.ws.terminate()
        server.closeAllConnections()
      }, 500)
      cut.unref()
      server.closeIdleConnections()
    })
    return closing
  }

  armIdle()
  const facilitator = (step: (now: number) => room.Step) => {
    apply(step(clock()))
  }

  return {
    url: `${address.origin}/r/${roomToken}`,
    address: address.origin,
    port,
    get joinCode() {
      return state.joinCode.code
    },
    get state() {
      return state
    },
    close: () => shutDown('facilitator'),
    lock: (locked = true) => facilitator((now) => room.setLocked(state, locked, now)),
    releaseSeat: (seatId) => facilitator((now) => room.releaseSeat(state, seatId, now)),
    putItem: (item) => facilitator((now) => room.putItems(state, [roomItemSchema.parse(item)], now)),
    putItems: (items) => facilitator((now) => room.putItems(state, items.map((item) => roomItemSchema.parse(item)), now)),
    closeItem: (frameworkId, itemId) => facilitator((now) => room.closeItem(state, frameworkId, itemId, now)),
    reveal: (frameworkId, itemId) => facilitator((now) => room.reveal(state, frameworkId, itemId, now)),
    renewJoinCode: () => {
      facilitator((now) => room.newJoinCode(state, newJoinCode(), now))
      return state.joinCode.code
    },
    onEvent: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
