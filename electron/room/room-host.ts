import os from 'node:os'
import i18next from 'i18next'
import QRCode from 'qrcode'
import type { RoomEvent, RoomItem } from '../../common/contract/room-protocol'
import type { RoomInterface, RoomOpened, RoomSeat, RoomStatus } from '../../common/contract/room-schemas'
import { AppError } from '../ipc/app-error'
import { JOIN_CODE_TRIES, seatsEvent } from './room-rules'
import type { openRoom as openRoomServer, Room } from './room-server'

export interface RoomHostDeps {
  /** The participant page's built files (out/room-page). */
  pageDir: string
  /** The machine's network interfaces now (os.networkInterfaces in the app; a fixed list in tests). */
  networkInterfaces?: () => NodeJS.Dict<os.NetworkInterfaceInfo[]>
  openRoom: typeof openRoomServer
  /** Every room event, for the facilitator's window. */
  onEvent: (event: RoomEvent) => void
}

export interface RoomHost {
  interfaces(): RoomInterface[]
  open(request: { assessmentId: string; address: string; allowAnonymous: boolean; seats: RoomSeat[] }): Promise<RoomOpened>
  /** The room open now, as opened (address, code, QR) plus who sits where and who voted on what; never a value. */
  status(): RoomStatus
  close(): Promise<void>
  /** The assessment on screen changed: a room that belongs to another one closes. */
  assessmentShown(id: string | null): Promise<void>
  putItems(items: RoomItem[]): void
  closeItem(frameworkId: string, itemId: string): void
  reveal(frameworkId: string, itemId: string): void
  lock(locked: boolean): void
  releaseSeat(seatId: string): void
  renewJoinCode(): { joinCode: string }
}

/**
 * The one room main may have open: for one assessment, on the interface the facilitator picked
 * from the machine's own addresses (never a wildcard, never an address this machine does not
 * have). It closes with the assessment, on quit, or when the facilitator closes it.
 */
export function createRoomHost(deps: RoomHostDeps): RoomHost {
  const interfacesNow = deps.networkInterfaces ?? os.networkInterfaces
  let current: { room: Room; assessmentId: string; opened: RoomOpened | null; unsubscribe: () => void } | null = null

  const openOne = () => {
    if (!current) throw new AppError('not-found', i18next.t('main:room.notOpen'))
    return current.room
  }

  const interfaces = (): RoomInterface[] => {
    const found: RoomInterface[] = []
    for (const [name, infos] of Object.entries(interfacesNow())) {
      for (const info of infos ?? []) {
        // Link-local IPv6 needs a zone id that phones cannot type; IPv4 and global IPv6 can be reached.
        if (info.family === 'IPv6' && (info.scopeid ?? 0) !== 0) continue
        found.push({ name, address: info.address, family: info.family, internal: info.internal })
      }
    }
    // The room's own network first; this computer alone (loopback) last.
    return found.sort((a, b) => Number(a.internal) - Number(b.internal) || (a.family === b.family ? 0 : a.family === 'IPv4' ? -1 : 1))
  }

  const status = (): RoomStatus => {
    if (!current?.opened || current.room.state.status !== 'open') return { open: false }
    const { room, assessmentId, opened } = current
    const state = room.state
    const seatsNow = seatsEvent(state.seats, (device) => state.devices.get(device)?.connected ?? false)
    return {
      open: true,
      ...opened,
      // The code may have been renewed since the room opened.
      joinCode: state.joinCode.code,
      assessmentId,
      labels: [...state.seats.values()].map((seat) => ({ seatId: seat.seatId, label: seat.label, anonymous: seat.anonymous })),
      seats: seatsNow.type === 'seats' ? seatsNow.seats : [],
      locked: state.locked,
      codeLocked: state.joinCode.wrongTries >= JOIN_CODE_TRIES,
      items: [...state.items.entries()].map(([key, held]) => ({
        frameworkId: held.item.frameworkId,
        itemId: held.item.itemId,
        mode: held.item.scale.kind === 'radar' ? held.item.scale.mode : null,
        open: held.open,
        inSet: state.showing.length > 1 && state.showing.includes(key),
        voted: [...held.votes.keys()],
        revealed: held.revealed,
      })),
    }
  }

  const close = async () => {
    const closing = current
    current = null
    if (!closing) return
    closing.unsubscribe()
    await closing.room.close()
  }

  return {
    interfaces,
    open: async ({ assessmentId, address, allowAnonymous, seats }) => {
      if (!interfaces().some((candidate) => candidate.address === address)) {
        throw new AppError('invalid-payload', i18next.t('main:room.addressGone', { address }), 'address')
      }
      await close()
      let room: Room
      try {
        room = await deps.openRoom({ host: address, pageDir: deps.pageDir, seats, allowAnonymous })
      } catch (error) {
        throw new AppError('internal', i18next.t('main:room.couldNotOpen', { address, reason: error instanceof Error ? error.message : String(error) }))
      }
      const unsubscribe = room.onEvent((event) => {
        // The server closes an idle room by itself; then there is no room to hold.
        if (event.type === 'room-closed' && current?.room === room) current = null
        deps.onEvent(event)
      })
      // Held at once, so a close that comes while the QR code is drawn closes this room too.
      const held: NonNullable<typeof current> = { room, assessmentId, opened: null, unsubscribe }
      current = held
      let opened: RoomOpened
      try {
        const qrSvg = await QRCode.toString(room.url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
        opened = { url: room.url, address: room.address, joinCode: room.joinCode, qrSvg }
      } catch (error) {
        if (current === held) await close()
        throw new AppError('internal', i18next.t('main:room.couldNotOpen', { address, reason: error instanceof Error ? error.message : String(error) }))
      }
      // Kept, so a window that reloads can show this room as it was opened (getRoomStatus).
      held.opened = opened
      return opened
    },
    status,
    close,
    assessmentShown: async (id) => {
      if (current && current.assessmentId !== id) await close()
    },
    putItems: (items) => openOne().putItems(items),
    closeItem: (frameworkId, itemId) => openOne().closeItem(frameworkId, itemId),
    reveal: (frameworkId, itemId) => openOne().reveal(frameworkId, itemId),
    lock: (locked) => openOne().lock(locked),
    releaseSeat: (seatId) => openOne().releaseSeat(seatId),
    renewJoinCode: () => ({ joinCode: openOne().renewJoinCode() }),
  }
}
