import type { RoomEvent } from '../../common/contract/room-protocol'
import { createRoomHost } from '../../electron/room/room-host'
import { openRoom } from '../../electron/room/room-server'

/** The machine as the tests see it: loopback only, so a room never listens where others could reach it. */
export const LOOPBACK_ONLY = () => ({ lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4' as const, mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' }] })

/** The real room host on 127.0.0.1, recording every event it would send the window. */
export function loopbackRoomHost(pageDir: string, onEvent: (event: RoomEvent) => void = () => {}) {
  const events: RoomEvent[] = []
  const host = createRoomHost({
    pageDir,
    networkInterfaces: LOOPBACK_ONLY,
    openRoom,
    onEvent: (event) => {
      events.push(event)
      onEvent(event)
    },
  })
  return { host, events }
}
