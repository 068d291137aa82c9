import http from 'node:http'
import WebSocket from 'ws'
import type { ServerMessage } from '../../common/contract/room-protocol'
import type { Room } from '../../electron/room/room-server'

/**
 * A participant's device as the tests and the bench play it: real HTTP requests and a real `ws`
 * socket to the room on 127.0.0.1, nothing else. `raw` requests may forge any header (Host
 * included), which fetch does not allow.
 */

export const roomTokenOf = (room: Room) => room.url.split('/r/')[1]!

export interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** One HTTP request to the room, headers exactly as given (plus Host unless given), on 127.0.0.1 only. */
export function raw(room: Room, method: string, path: string, options: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: room.port, method, path, headers: { host: `127.0.0.1:${room.port}`, ...options.headers }, agent: false },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }))
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(options.body)
  })
}

/** POST /api/join as the room's page does it (its own Origin, JSON). */
export async function joinRoom(room: Room, body: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`http://127.0.0.1:${room.port}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: room.address },
    body: JSON.stringify(body),
  })
  return { status: response.status, json: await response.json() }
}

export class TestDevice {
  readonly received: ServerMessage[] = []
  private waiting: { test: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = []
  closed: Promise<number>

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as ServerMessage
      this.received.push(message)
      const found = this.waiting.filter((w) => w.test(message))
      this.waiting = this.waiting.filter((w) => !w.test(message))
      for (const w of found) w.resolve(message)
    })
    this.closed = new Promise((resolve) => ws.on('close', (code) => resolve(code)))
  }

  /** Opens the room's socket (its own Origin unless told otherwise) and resolves once it is open. */
  static open(room: Room, options: { path?: string; headers?: Record<string, string> } = {}): Promise<TestDevice> {
    const ws = new WebSocket(`ws://127.0.0.1:${room.port}${options.path ?? `/ws/${roomTokenOf(room)}`}`, { headers: { origin: room.address, ...options.headers } })
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new TestDevice(ws)))
      ws.once('error', reject)
    })
  }

  /** Joins over HTTP, opens a socket and says hello: a device in the room, with its token. */
  static async join(room: Room): Promise<{ device: TestDevice; token: string }> {
    const joined = await joinRoom(room, { roomToken: roomTokenOf(room) })
    if (joined.status !== 200) throw new Error(`join refused: ${JSON.stringify(joined.json)}`)
    const device = await TestDevice.open(room)
    device.send({ type: 'hello', deviceToken: joined.json.deviceToken })
    await device.next('welcome')
    return { device, token: joined.json.deviceToken as string }
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' || Buffer.isBuffer(message) ? message : JSON.stringify(message))
  }

  /** The next message of a type (or one already received since `from`), within two seconds. */
  next<T extends ServerMessage['type']>(type: T, test: (m: Extract<ServerMessage, { type: T }>) => boolean = () => true, ms = 2000): Promise<Extract<ServerMessage, { type: T }>> {
    const matches = (m: ServerMessage) => m.type === type && test(m as Extract<ServerMessage, { type: T }>)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} within ${ms} ms; got ${JSON.stringify(this.received.slice(-5))}`)), ms)
      this.waiting.push({
        test: matches,
        resolve: (m) => {
          clearTimeout(timer)
          resolve(m as Extract<ServerMessage, { type: T }>)
        },
      })
    })
  }

  close(): void {
    this.ws.close()
  }
}
