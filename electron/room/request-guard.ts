import type { IncomingHttpHeaders } from 'node:http'

/**
 * Against DNS rebinding and cross-site requests. A page on another site can make a browser
 * send requests to the room's address (a rebinding name resolving to it); it cannot make the
 * browser say the room's own address in `Host`, nor its own origin in `Origin`. So every request
 * and every WebSocket upgrade must name exactly the address the server is bound to, and, where
 * a browser sends one, come from the room's own origin. A POST or an upgrade without an Origin
 * did not come from a browser page of the room, and is refused too.
 */
export interface RoomAddress {
  /** `127.0.0.1:51234` or `[fe80::1]:51234`, as a browser writes it in `Host`. */
  host: string
  /** `http://127.0.0.1:51234` */
  origin: string
}

export function roomAddress(bound: string, port: number): RoomAddress {
  const host = `${bound.includes(':') ? `[${bound}]` : bound}:${port}`
  return { host, origin: `http://${host}` }
}

export function isAllowedRequest(headers: IncomingHttpHeaders, method: string | undefined, address: RoomAddress, upgrade = false): boolean {
  if (headers.host?.toLowerCase() !== address.host.toLowerCase()) return false
  const origin = headers.origin
  if (origin === undefined) return !upgrade && (method === 'GET' || method === 'HEAD')
  return origin.toLowerCase() === address.origin.toLowerCase()
}
