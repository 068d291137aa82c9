import type os from 'node:os'
import { describe, expect, it, vi } from 'vitest'
import type { RoomEvent } from '../../common/contract/room-protocol'
import { AppError } from '../../electron/ipc/app-error'
import { createRoomHost } from '../../electron/room/room-host'
import type { openRoom, Room } from '../../electron/room/room-server'
import { roomStatusSchema } from '../../common/contract/room-schemas'
import { TestDevice } from '../support/room-client'
import { levelItem, quickItem } from '../support/room-fixtures'
import { LOOPBACK_ONLY, loopbackRoomHost } from '../support/room-host'
import { makeTempDir } from '../support/temp-dir'

const nic = (address: string, family: 'IPv4' | 'IPv6', internal = false, scopeid = 0) =>
  (family === 'IPv4' ? { address, family, internal, netmask: '', mac: '', cidr: null } : { address, family, internal, netmask: '', mac: '', cidr: null, scopeid }) as os.NetworkInterfaceInfo

/** A room server that records what main asks of it, and lets a test play its events. */
function fakeServer() {
  const opened: { host: string; room: Room; emit: (event: RoomEvent) => void; closed: boolean }[] = []
  const open: typeof openRoom = async (options) => {
    const listeners = new Set<(event: RoomEvent) => void>()
    const entry = { host: options.host, closed: false, emit: (event: RoomEvent) => listeners.forEach((listener) => listener(event)) } as (typeof opened)[number]
    entry.room = {
      url: `http://${options.host}:5000/r/AAAAAAAAAAAAAAAAAAAAAAAA`,
      address: `http://${options.host}:5000`,
      port: 5000,
      joinCode: '123456',
      state: {} as Room['state'],
      close: async () => {
        entry.closed = true
      },
      lock: vi.fn(),
      releaseSeat: vi.fn(),
      putItem: vi.fn(),
      putItems: vi.fn(),
      closeItem: vi.fn(),
      reveal: vi.fn(),
      renewJoinCode: () => '654321',
      onEvent: (listener) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    }
    opened.push(entry)
    return entry.room
  }
  return { open, opened }
}

const machine = () => ({
  lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
  wlan0: [nic('fe80::1', 'IPv6', false, 3), nic('2001:db8::5', 'IPv6'), nic('192.168.1.20', 'IPv4')],
})
const seats = [{ seatId: 'ana', label: 'Ana' }]

describe('the room host in main', () => {
  it('offers the room’s network first and this computer alone last, leaving out link-local IPv6 that phones cannot type', () => {
    const host = createRoomHost({ pageDir: '.', networkInterfaces: machine, openRoom: fakeServer().open, onEvent: () => {} })
    expect(host.interfaces().map((i) => i.address)).toEqual(['192.168.1.20', '2001:db8::5', '127.0.0.1', '::1'])
    expect(host.interfaces()[0]).toEqual({ name: 'wlan0', address: '192.168.1.20', family: 'IPv4', internal: false })
  })

  it('opens a room only on an address this computer has, never a wildcard, and says why', async () => {
    const server = fakeServer()
    const host = createRoomHost({ pageDir: '.', networkInterfaces: machine, openRoom: server.open, onEvent: () => {} })
    for (const address of ['0.0.0.0', '10.0.0.9', '::']) {
      await expect(host.open({ assessmentId: 'a1', address, allowAnonymous: false, seats })).rejects.toMatchObject({ code: 'invalid-payload', field: 'address', message: `This computer no longer has the address ${address}. Choose the network again.` })
    }
    expect(server.opened).toEqual([])
  })

  it('gives the addresses, the join code and a QR code of the room’s address', async () => {
    const server = fakeServer()
    const host = createRoomHost({ pageDir: '.', networkInterfaces: machine, openRoom: server.open, onEvent: () => {} })
    const opened = await host.open({ assessmentId: 'a1', address: '192.168.1.20', allowAnonymous: true, seats })
    expect(opened).toMatchObject({ url: 'http://192.168.1.20:5000/r/AAAAAAAAAAAAAAAAAAAAAAAA', address: 'http://192.168.1.20:5000', joinCode: '123456' })
    expect(opened.qrSvg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 (\d+) \1"/)
    expect(host.renewJoinCode()).toEqual({ joinCode: '654321' })
  })

  it('keeps one room at a time: opening another closes the first', async () => {
    const server = fakeServer()
    const host = createRoomHost({ pageDir: '.', networkInterfaces: machine, openRoom: server.open, onEvent: () => {} })
    await host.open({ assessmentId: 'a1', address: '192.168.1.20', allowAnonymous: false, seats })
    await host.open({ assessmentId: 'a1', address: '127.0.0.1', allowAnonymous: false, seats })
    expect(server.opened.map((o) => [o.host, o.closed])).toEqual([['192.168.1.20', true], ['127.0.0.1', false]])
  })

  it('closes the room when another assessment (or none) is shown, and keeps it for its own', async () => {
    const server = fakeServer()
    const host = createRoomHost({ pageDir: '.', networkInterfaces: machine, openRoom: server.open, onEvent: () => {} })
    await host.open({ assessmentId: 'a1', address: '192.168.1.20', allowAnonymous: false, seats })
    await host.assessmentShown('a1')
    expect(server.opened[0]!.closed).toBe(false)
    await host.assessmentShown('a2')
    expect(server.opened[0]!.closed).toBe(true)
    await host.open({ assessmentId: 'a1', address: '192.168.1.20', allowAnonymous: false, seats })
    await host.assessmentShown(null)
    expect(server.opened[1]!.closed).toBe(true)
  })

  it('passes the room’s events to the window, and forgets a room the server closed as idle', async () => {
    const server = fakeServer()
    const events: RoomEvent[] = []
    const host = createRoomHost({ pageDir: '.', networkInterfaces: machine, openRoom: server.open, onEvent: (event) => events.push(event) })
    await host.open({ assessmentId: 'a1', address: '192.168.1.20', allowAnonymous: false, seats })
    host.reveal('iso-9001-2015', '4.1')
    expect(server.opened[0]!.room.reveal).toHaveBeenCalledWith('iso-9001-2015', '4.1')
    server.opened[0]!.emit({ type: 'voted', frameworkId: 'iso-9001-2015', itemId: '4.1', seatIds: ['ana'] })
    server.opened[0]!.emit({ type: 'room-closed', reason: 'idle' })
    expect(events.map((e) => e.type)).toEqual(['voted', 'room-closed'])
    expect(() => host.lock(true)).toThrow(AppError)
  })

  it('refuses every command while no room is open, in words the facilitator can act on', async () => {
    const host = createRoomHost({ pageDir: '.', networkInterfaces: machine, openRoom: fakeServer().open, onEvent: () => {} })
    for (const command of [() => host.putItems([]), () => host.closeItem('f', 'i'), () => host.reveal('f', 'i'), () => host.lock(true), () => host.releaseSeat('ana'), () => host.renewJoinCode()]) {
      expect(command).toThrow(expect.objectContaining({ code: 'not-found', message: 'No room is open. Open the room first.' }))
    }
    await expect(host.close()).resolves.toBeUndefined()
  })

  it('says why when the server cannot start, and holds no room then', async () => {
    const host = createRoomHost({ pageDir: '.', networkInterfaces: machine, openRoom: async () => { throw new Error('EADDRNOTAVAIL') }, onEvent: () => {} })
    await expect(host.open({ assessmentId: 'a1', address: '192.168.1.20', allowAnonymous: false, seats })).rejects.toMatchObject({ code: 'internal', message: 'The room could not be opened on 192.168.1.20: EADDRNOTAVAIL' })
    expect(() => host.lock(true)).toThrow(expect.objectContaining({ code: 'not-found' }))
  })

  it('runs a real room on 127.0.0.1 that a device can join, and frees its port on close', async () => {
    const { host } = loopbackRoomHost(makeTempDir('panorama-room-page-'))
    expect(host.interfaces().map((i) => i.address)).toEqual(['127.0.0.1'])
    expect(LOOPBACK_ONLY().lo[0]!.address).toBe('127.0.0.1')
    const opened = await host.open({ assessmentId: 'a1', address: '127.0.0.1', allowAnonymous: false, seats })
    const origin = opened.address
    const token = opened.url.split('/r/')[1]
    const joined = await fetch(`${origin}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ roomToken: token }) })
    expect(joined.status).toBe(200)
    await host.close()
    await expect(fetch(`${origin}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ roomToken: token }) })).rejects.toThrow()
  })
})

describe('the room main kept open, for a window that reloads (getRoomStatus)', () => {
  /** A device in a real room on 127.0.0.1, joined by the QR address and sitting in a seat. */
  async function seated(opened: { url: string; address: string }, seatId: string) {
    const room = { url: opened.url, address: opened.address, port: Number(new URL(opened.address).port) } as Room
    const { device } = await TestDevice.join(room)
    const seat = device.next('seat')
    device.send({ type: 'claim', seat: { kind: 'participant', seatId } })
    await seat
    return device
  }

  it('says no room is open before one opens, after it closes, and after the server closed it as idle', async () => {
    const server = fakeServer()
    const host = createRoomHost({ pageDir: '.', networkInterfaces: machine, openRoom: server.open, onEvent: () => {} })
    expect(host.status()).toEqual({ open: false })
    await host.open({ assessmentId: 'a1', address: '192.168.1.20', allowAnonymous: false, seats })
    server.opened[0]!.emit({ type: 'room-closed', reason: 'idle' })
    expect(host.status()).toEqual({ open: false })
    const real = loopbackRoomHost(makeTempDir('panorama-room-page-')).host
    await real.open({ assessmentId: 'a1', address: '127.0.0.1', allowAnonymous: false, seats })
    expect(real.status().open).toBe(true)
    await real.close()
    expect(real.status()).toEqual({ open: false })
  })

  it('keeps what was opened and adds who sits where, the lock, the code now and who voted on each item, never a value', async () => {
    const ASSESSMENT = '3f2b6c1e-8d4a-4b7e-9c2f-1a5d6e7f8a9b'
    const { host } = loopbackRoomHost(makeTempDir('panorama-room-page-'))
    const team = [
      { seatId: 'ana', label: 'Ana' },
      { seatId: 'ben', label: 'Ben' },
    ]
    const opened = await host.open({ assessmentId: ASSESSMENT, address: '127.0.0.1', allowAnonymous: true, seats: team })
    const ana = await seated(opened, 'ana')
    const items = ana.next('items')
    host.putItems([levelItem])
    await items
    const accepted = ana.next('vote-accepted')
    ana.send({ type: 'vote', frameworkId: levelItem.frameworkId, itemId: levelItem.itemId, voteId: 'vote-0001', rating: { kind: 'level', level: 4 } })
    await accepted
    const { joinCode } = host.renewJoinCode()
    host.lock(true)

    const status = host.status()
    expect(roomStatusSchema.parse(status)).toEqual(status)
    expect(status).toEqual({
      open: true,
      ...opened,
      joinCode,
      assessmentId: ASSESSMENT,
      labels: [
        { seatId: 'ana', label: 'Ana', anonymous: false },
        { seatId: 'ben', label: 'Ben', anonymous: false },
      ],
      seats: [{ seatId: 'ana', anonymous: false, label: 'Ana', connected: true }],
      locked: true,
      codeLocked: false,
      items: [{ frameworkId: 'iso-9001-2015', itemId: '4.1', mode: null, open: true, inSet: false, voted: ['ana'], revealed: false }],
    })
    expect(joinCode).not.toBe(opened.joinCode)
    // Blind: the status holds seat ids, never the vote.
    expect(JSON.stringify(status)).not.toMatch(/"rating"|"level"|"score"/)

    // A self-paced set, a reveal, a closed item and a phone gone away all show.
    host.putItems([levelItem, quickItem])
    host.reveal(levelItem.frameworkId, levelItem.itemId)
    host.closeItem(quickItem.frameworkId, quickItem.itemId)
    ana.close()
    await ana.closed
    await vi.waitFor(() => expect(host.status()).toMatchObject({ seats: [{ seatId: 'ana', connected: false }] }))
    const later = host.status()
    expect(later.open && later.items).toEqual([
      { frameworkId: 'iso-9001-2015', itemId: '4.1', mode: null, open: true, inSet: true, voted: ['ana'], revealed: true },
      { frameworkId: quickItem.frameworkId, itemId: quickItem.itemId, mode: 'quick', open: false, inSet: true, voted: [], revealed: false },
    ])
    await host.close()
  })

  it('answers over IPC, for the assessment the room belongs to, until another one is shown', async () => {
    const { createTestBackend } = await import('../support/backend')
    const backend = createTestBackend({ dataDir: makeTempDir(), roomPageDir: makeTempDir('panorama-room-page-') })
    const APP = 'app://panorama/index.html'
    await expect(backend.dispatch('getRoomStatus', APP, undefined)).resolves.toEqual({ ok: true, value: { open: false } })
    const created = await backend.dispatch('createAssessment', APP, { title: 'Room check' })
    if (!created.ok) throw new Error(created.error.message)
    await backend.dispatch('setOpenAssessment', APP, { id: created.value.id })
    const opened = await backend.dispatch('openRoom', APP, { assessmentId: created.value.id, address: '127.0.0.1', allowAnonymous: false, seats })
    if (!opened.ok) throw new Error(opened.error.message)
    // The window reloads and shows the same assessment again: the room is still there.
    await backend.dispatch('setOpenAssessment', APP, { id: created.value.id })
    const status = await backend.dispatch('getRoomStatus', APP, undefined)
    expect(status).toMatchObject({ ok: true, value: { open: true, assessmentId: created.value.id, url: opened.value.url, qrSvg: opened.value.qrSvg, seats: [], items: [] } })
    await backend.dispatch('setOpenAssessment', APP, { id: null })
    await expect(backend.dispatch('getRoomStatus', APP, undefined)).resolves.toEqual({ ok: true, value: { open: false } })
  })
})

describe('the room over IPC', () => {
  it('opens for the assessment on screen, hears who voted, and closes when the window shows another one', async () => {
    const { createTestBackend } = await import('../support/backend')
    const backend = createTestBackend({ dataDir: makeTempDir(), roomPageDir: makeTempDir('panorama-room-page-') })
    const APP = 'app://panorama/index.html'
    const created = await backend.dispatch('createAssessment', APP, { title: 'Room check' })
    if (!created.ok) throw new Error(created.error.message)
    await backend.dispatch('setOpenAssessment', APP, { id: created.value.id })
    await expect(backend.dispatch('listRoomInterfaces', APP, undefined)).resolves.toEqual({ ok: true, value: [{ name: 'lo', address: '127.0.0.1', family: 'IPv4', internal: true }] })
    const refused = await backend.dispatch('openRoom', APP, { assessmentId: created.value.id, address: '0.0.0.0', allowAnonymous: false, seats })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload', field: 'address' } })
    const opened = await backend.dispatch('openRoom', APP, { assessmentId: created.value.id, address: '127.0.0.1', allowAnonymous: false, seats })
    if (!opened.ok) throw new Error(opened.error.message)
    expect(opened.value.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/r\/[A-Za-z0-9_-]{24}$/)
    await expect(backend.dispatch('roomLock', APP, { locked: true })).resolves.toEqual({ ok: true, value: undefined })
    expect(backend.room.events.at(-1)).toEqual({ type: 'room-locked', locked: true })
    await backend.dispatch('setOpenAssessment', APP, { id: null })
    await expect(backend.dispatch('roomLock', APP, { locked: false })).resolves.toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})
