import fs from 'node:fs'
import path from 'node:path'
import WebSocket from 'ws'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { RoomEvent } from '../../common/contract/room-protocol'
import { openRoom, type Room, type RoomServerOptions } from '../../electron/room/room-server'
import { joinRoom, raw, roomTokenOf, TestDevice } from '../support/room-client'
import { levelItem, quickItem, roomSeats } from '../support/room-fixtures'
import { makeTempDir } from '../support/temp-dir'

// Every room here binds to 127.0.0.1, and every client connects to 127.0.0.1: nothing else.
const HOST = '127.0.0.1'
let pageDir = ''
const rooms: Room[] = []
const devices: TestDevice[] = []

beforeAll(() => {
  const dir = makeTempDir('panorama-room-')
  pageDir = path.join(dir, 'page')
  fs.mkdirSync(path.join(pageDir, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(pageDir, 'index.html'), '<!doctype html><title>Room</title><script type="module" src="/p/assets/page.js"></script>')
  fs.writeFileSync(path.join(pageDir, 'assets', 'page.js'), 'console.log("room")')
  // Beside the page's folder, not in it: no path may reach it.
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'not for phones')
})

afterEach(async () => {
  for (const device of devices.splice(0)) device.ws.terminate()
  await Promise.all(rooms.splice(0).map((room) => room.close()))
})

async function open(options: Partial<RoomServerOptions> = {}): Promise<{ room: Room; events: RoomEvent[] }> {
  const room = await openRoom({ host: HOST, pageDir, seats: roomSeats, allowAnonymous: true, limits: { http: { burst: 200, perSecond: 100 } }, ...options })
  rooms.push(room)
  const events: RoomEvent[] = []
  room.onEvent((event) => events.push(event))
  return { room, events }
}

async function seatedDevice(room: Room, seatId: string) {
  const joined = await TestDevice.join(room)
  devices.push(joined.device)
  const seat = joined.device.next('seat')
  joined.device.send({ type: 'claim', seat: { kind: 'participant', seatId } })
  await seat
  return joined
}

/** Resolves when the room's state satisfies `test` (the server applies messages as they arrive). */
async function until(test: () => boolean, ms = 2000) {
  const started = Date.now()
  while (!test()) {
    if (Date.now() - started > ms) throw new Error('timed out waiting for the room')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

const quickVote = (voteId: string, score: number) => ({ type: 'vote', frameworkId: 'efqm-2025', itemId: '1.1', voteId, rating: { kind: 'quick', score } })
const votesOn = (room: Room, key = 'efqm-2025/1.1') => room.state.items.get(key)?.votes

/** Waits for the socket to be refused at the upgrade, and gives the status. */
function upgradeStatus(room: Room, options: { path?: string; headers?: Record<string, string> }): Promise<number> {
  const ws = new WebSocket(`ws://127.0.0.1:${room.port}${options.path ?? `/ws/${roomTokenOf(room)}`}`, { headers: options.headers })
  return new Promise((resolve, reject) => {
    ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0))
    ws.on('open', () => reject(new Error('the upgrade was accepted')))
    ws.on('error', () => {})
  })
}

describe('opening the room', () => {
  it('binds the address given on a free port, with a 144-bit room token and a six-digit code', async () => {
    const { room } = await open()
    expect(room.address).toBe(`http://127.0.0.1:${room.port}`)
    expect(room.port).toBeGreaterThan(0)
    expect(room.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${room.port}/r/[A-Za-z0-9_-]{24}$`))
    expect(room.joinCode).toMatch(/^\d{6}$/)
    const second = await open()
    expect(roomTokenOf(second.room)).not.toBe(roomTokenOf(room))
  })

  it('refuses to bind every interface at once', async () => {
    await expect(openRoom({ host: '0.0.0.0', pageDir, seats: [], allowAnonymous: false })).rejects.toThrow(/never/)
    await expect(openRoom({ host: '::', pageDir, seats: [], allowAnonymous: false })).rejects.toThrow(/never/)
  })

  it('serves the page at the QR address and the short address with a strict CSP; a wrong token gets nothing', async () => {
    const { room } = await open()
    const page = await raw(room, 'GET', `/r/${roomTokenOf(room)}`)
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    const csp = String(page.headers['content-security-policy'])
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      `connect-src 'self' ws://127.0.0.1:${room.port}`,
      "manifest-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ])
    expect(csp).not.toMatch(/unsafe/)
    expect(page.headers).toMatchObject({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'x-content-type-options': 'nosniff' })
    expect((await raw(room, 'GET', '/')).status).toBe(200)
    expect((await raw(room, 'GET', `/r/${'A'.repeat(24)}`)).status).toBe(404)
    const script = await raw(room, 'GET', '/p/assets/page.js')
    expect([script.status, script.headers['content-type'], script.body]).toEqual([200, 'text/javascript; charset=utf-8', 'console.log("room")'])
  })

  it('serves nothing outside the page’s folder, however the path is spelled', async () => {
    const { room } = await open()
    for (const attempt of ['/p/../secret.txt', '/p/%2e%2e/secret.txt', '/p/..%2fsecret.txt', '/p/%2e%2e%2fsecret.txt', '/p/assets/%00.js', '/p/%E0%A4%A', '/secret.txt', '/p/', '/p/assets']) {
      const response = await raw(room, 'GET', attempt)
      expect(response.status, attempt).toBe(404)
      expect(response.body).not.toContain('not for phones')
    }
  })
})

describe('a scoring round', () => {
  it('join, claim, vote blind, a duplicate counts once, reveal shows the values', async () => {
    const { room, events } = await open()
    const ana = await seatedDevice(room, 'ana')
    const ben = await seatedDevice(room, 'ben')
    expect(events.filter((e) => e.type === 'seats').at(-1)).toEqual({
      type: 'seats',
      seats: [
        { seatId: 'ana', anonymous: false, label: 'Ana', connected: true },
        { seatId: 'ben', anonymous: false, label: 'Ben', connected: true },
      ],
    })
    const shown = ana.device.next('items')
    room.putItem(quickItem)
    expect((await shown).items).toEqual([{ item: quickItem, open: true, ownVote: null }])

    const accepted = ana.device.next('vote-accepted')
    ana.device.send(quickVote('vote-ana-1', 60))
    expect((await accepted).vote).toEqual({ voteId: 'vote-ana-1', rating: { kind: 'quick', score: 60 } })
    const again = ana.device.next('vote-accepted')
    ana.device.send(quickVote('vote-ana-1', 60))
    await again
    const benAccepted = ben.device.next('vote-accepted')
    ben.device.send(quickVote('vote-ben-1', 30))
    await benAccepted
    expect([...votesOn(room)!.keys()]).toEqual(['ana', 'ben'])
    // Before the reveal: who voted, never what; and Ben's device heard nothing of Ana's vote.
    expect(events.filter((e) => e.type === 'voted')).toEqual([
      { type: 'voted', frameworkId: 'efqm-2025', itemId: '1.1', seatIds: ['ana'] },
      { type: 'voted', frameworkId: 'efqm-2025', itemId: '1.1', seatIds: ['ana', 'ben'] },
    ])
    expect(JSON.stringify(events)).not.toMatch(/score/)
    expect(JSON.stringify(ben.device.received)).not.toContain('"score":60')

    room.reveal('efqm-2025', '1.1')
    expect(events.at(-1)).toEqual({
      type: 'revealed',
      frameworkId: 'efqm-2025',
      itemId: '1.1',
      votes: [
        { seatId: 'ana', anonymous: false, rating: { kind: 'quick', score: 60 } },
        { seatId: 'ben', anonymous: false, rating: { kind: 'quick', score: 30 } },
      ],
    })
    expect(JSON.stringify(ben.device.received)).not.toContain('"score":60')
  })

  it('a vote changes until the item closes; a late one is refused with a message on the phone', async () => {
    const { room } = await open()
    room.putItem(quickItem)
    const ana = await seatedDevice(room, 'ana')
    const first = ana.device.next('vote-accepted')
    ana.device.send(quickVote('vote-ana-1', 60))
    await first
    const changed = ana.device.next('vote-accepted')
    ana.device.send(quickVote('vote-ana-2', 75))
    expect((await changed).vote.rating).toEqual({ kind: 'quick', score: 75 })
    const closed = ana.device.next('items')
    room.closeItem('efqm-2025', '1.1')
    expect((await closed).items[0]!.open).toBe(false)
    const before = room.state
    const refused = ana.device.next('refused')
    ana.device.send(quickVote('vote-ana-3', 10))
    expect(await refused).toEqual({ type: 'refused', code: 'item-closed', voteId: 'vote-ana-3', message: 'Voting on this item has closed. Your vote was not counted.' })
    expect(room.state).toBe(before)
    expect(votesOn(room)!.get('ana')!.rating).toEqual({ kind: 'quick', score: 75 })
  })

  it('anonymous seats, when allowed, and a released seat is told and can be taken by another device', async () => {
    const { room, events } = await open()
    const guest = await TestDevice.join(room)
    devices.push(guest.device)
    const seat = guest.device.next('seat')
    guest.device.send({ type: 'claim', seat: { kind: 'anonymous' } })
    expect((await seat).seat).toEqual({ seatId: 'anonymous-1', anonymous: true, label: 'Anonymous 1' })
    const ana = await seatedDevice(room, 'ana')
    const released = ana.device.next('seat-released')
    room.releaseSeat('ana')
    await released
    expect(events.at(-1)).toEqual({ type: 'seats', seats: [{ seatId: 'anonymous-1', anonymous: true, label: 'Anonymous 1', connected: true }] })
    const other = await seatedDevice(room, 'ana')
    expect(room.state.seats.get('ana')!.device).toBe(other.token)
  })

  it('a self-paced set: each device votes on any item of it', async () => {
    const { room } = await open()
    room.putItems([quickItem, levelItem])
    const ana = await seatedDevice(room, 'ana')
    const accepted = ana.device.next('vote-accepted', (m) => m.itemId === '4.1')
    ana.device.send({ type: 'vote', frameworkId: 'iso-9001-2015', itemId: '4.1', voteId: 'vote-ana-iso', rating: { kind: 'level', level: 3 } })
    await accepted
    expect(votesOn(room, 'iso-9001-2015/4.1')!.get('ana')!.rating).toEqual({ kind: 'level', level: 3 })
  })
})

describe('flaky rooms', () => {
  it('a device whose socket is cut mid-vote comes back as the same seat, and its resent vote counts once', async () => {
    const { room, events } = await open()
    room.putItem(quickItem)
    const ana = await seatedDevice(room, 'ana')
    // The vote goes out and the connection dies at once, before the device hears back.
    ana.device.send(quickVote('vote-ana-1', 45))
    ana.device.ws.terminate()
    await until(() => room.state.devices.get(ana.token)!.connected === false)
    expect(events.filter((e) => e.type === 'seats').at(-1)).toEqual({ type: 'seats', seats: [{ seatId: 'ana', anonymous: false, label: 'Ana', connected: false }] })

    // The page reloads: the same device token, a new socket.
    const back = await TestDevice.open(room)
    devices.push(back)
    const welcome = back.next('welcome')
    back.send({ type: 'hello', deviceToken: ana.token })
    expect((await welcome).seat).toEqual({ seatId: 'ana', anonymous: false, label: 'Ana' })
    // Not knowing whether the vote got through, the page sends it again with the same id.
    const accepted = back.next('vote-accepted')
    back.send(quickVote('vote-ana-1', 45))
    expect((await accepted).vote).toEqual({ voteId: 'vote-ana-1', rating: { kind: 'quick', score: 45 } })
    expect(votesOn(room)!.size).toBe(1)
    expect(room.state.items.get('efqm-2025/1.1')!.voteIds.get('ana')!.size).toBe(1)
    expect(events.filter((e) => e.type === 'voted')).toHaveLength(1)
    expect(events.filter((e) => e.type === 'seats').at(-1)).toEqual({ type: 'seats', seats: [{ seatId: 'ana', anonymous: false, label: 'Ana', connected: true }] })
  })

  it('every socket of a room cut at once and restored: all seats and votes are as they were', async () => {
    const { room } = await open()
    room.putItem(quickItem)
    const people = await Promise.all(roomSeats.map((seat) => seatedDevice(room, seat.seatId)))
    people.forEach((person, i) => person.device.send(quickVote(`vote-${person.token.slice(0, 8)}`, i * 10)))
    for (const person of people) person.device.ws.terminate()
    await until(() => [...room.state.devices.values()].every((device) => !device.connected))
    const restored = await Promise.all(
      people.map(async (person, i) => {
        const device = await TestDevice.open(room)
        devices.push(device)
        const items = device.next('items')
        device.send({ type: 'hello', deviceToken: person.token })
        device.send(quickVote(`vote-${person.token.slice(0, 8)}`, i * 10))
        await device.next('vote-accepted')
        return (await items).items[0]!
      }),
    )
    expect(restored.every((view) => view.open)).toBe(true)
    expect([...votesOn(room)!.entries()].map(([seat, vote]) => [seat, vote.rating])).toEqual(
      roomSeats.map((seat, i) => [seat.seatId, { kind: 'quick', score: i * 10 }]),
    )
  })
})

describe('hostile devices are refused and the room is unchanged', () => {
  it('wrong, other-room and replayed tokens', async () => {
    const { room } = await open()
    const other = await open()
    room.putItem(quickItem)
    const before = room.state
    // Another room's token, and a made-up one, at the join and at the socket.
    expect((await joinRoom(room, { roomToken: roomTokenOf(other.room) })).status).toBe(404)
    expect((await joinRoom(room, { roomToken: 'A'.repeat(24) })).json.error.code).toBe('wrong-room')
    expect(await upgradeStatus(room, { path: `/ws/${roomTokenOf(other.room)}`, headers: { origin: room.address } })).toBe(404)
    expect(room.state).toBe(before)
    // A device token from the other room: refused, and the socket closed.
    const stranger = await TestDevice.join(other.room)
    devices.push(stranger.device)
    const socket = await TestDevice.open(room)
    devices.push(socket)
    const refused = socket.next('refused')
    socket.send({ type: 'hello', deviceToken: stranger.token })
    expect((await refused).code).toBe('unknown-device')
    expect(await socket.closed).toBe(1008)
    // Votes before saying hello.
    const early = await TestDevice.open(room)
    devices.push(early)
    const notJoined = early.next('refused')
    early.send(quickVote('vote-early-1', 50))
    expect((await notJoined).code).toBe('not-joined')
    expect(room.state).toBe(before)
    // A released seat's old device token, replayed: it no longer votes as that seat.
    const ana = await seatedDevice(room, 'ana')
    room.releaseSeat('ana')
    const afterRelease = room.state
    const replay = await TestDevice.open(room)
    devices.push(replay)
    replay.send({ type: 'hello', deviceToken: ana.token })
    await replay.next('welcome', (m) => m.seat === null)
    const noSeat = replay.next('refused')
    replay.send(quickVote('vote-replay-1', 100))
    expect((await noSeat).code).toBe('no-seat')
    expect(votesOn(room)!.size).toBe(0)
    expect(room.state.seats).toBe(afterRelease.seats)
    expect(room.state.items).toBe(afterRelease.items)
  })

  it('wrong join codes until the code locks; then even the right one is refused', async () => {
    const { room, events } = await open()
    const wrong = room.joinCode === '000000' ? '000001' : '000000'
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await joinRoom(room, { joinCode: wrong })).status)
    expect(statuses).toEqual([403, 403, 403, 403, 429, 429])
    const right = await joinRoom(room, { joinCode: room.joinCode })
    expect([right.status, right.json.error.code]).toEqual([429, 'code-locked'])
    expect(room.state.devices.size).toBe(0)
    expect(events).toEqual([{ type: 'join-code-locked' }])
    const code = room.renewJoinCode()
    const joined = await joinRoom(room, { joinCode: code })
    expect(joined.status).toBe(200)
    expect(joined.json.roomToken).toBe(roomTokenOf(room))
  })

  it('a flood of requests is rate-limited per address, and a flooding socket is cut off', async () => {
    const { room } = await open({ limits: { http: { burst: 20, perSecond: 1 }, device: { burst: 10, perSecond: 1 } } })
    const before = room.state
    const statuses = await Promise.all(Array.from({ length: 60 }, () => raw(room, 'GET', '/').then((r) => r.status)))
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(21)
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(39)
    expect((await joinRoom(room, { roomToken: roomTokenOf(room) })).status).toBe(429)
    expect(room.state).toBe(before)

    const { room: second } = await open({ limits: { device: { burst: 10, perSecond: 1 } } })
    second.putItem(quickItem)
    const ana = await seatedDevice(second, 'ana')
    const held = second.state
    for (let i = 0; i < 40; i++) ana.device.send({ type: 'claim', seat: { kind: 'participant', seatId: 'ben' } })
    expect(await ana.device.closed).toBe(1008)
    expect(ana.device.received.filter((m) => m.type === 'refused' && m.code === 'rate-limited').length).toBeGreaterThan(5)
    expect(second.state.seats).toBe(held.seats)
    expect(second.state.items).toBe(held.items)
  })

  it('an oversized body or socket message is refused before it is read', async () => {
    const { room } = await open()
    room.putItem(quickItem)
    const before = room.state
    const big = JSON.stringify({ roomToken: roomTokenOf(room), padding: 'x'.repeat(20_000) })
    const response = await raw(room, 'POST', '/api/join', { headers: { origin: room.address, 'content-type': 'application/json' }, body: big }).catch(() => ({ status: 413 }))
    expect(response.status).toBe(413)
    expect(room.state).toBe(before)
    const ana = await seatedDevice(room, 'ana')
    const held = room.state
    ana.device.send({ ...quickVote('vote-big-1', 50), rating: { kind: 'not-applicable', justification: 'x'.repeat(20_000) } })
    expect(await ana.device.closed).toBe(1009)
    await until(() => !room.state.devices.get(ana.token)!.connected)
    expect(room.state.items).toBe(held.items)
    expect(votesOn(room)!.size).toBe(0)
  })

  it('malformed JSON and schema-invalid messages get a clear refusal, and change nothing', async () => {
    const { room } = await open()
    room.putItem(quickItem)
    const before = room.state
    const post = (body: string, type = 'application/json') => raw(room, 'POST', '/api/join', { headers: { origin: room.address, 'content-type': type }, body })
    expect(JSON.parse((await post('{"roomToken":')).body).error.code).toBe('malformed')
    expect((await post('roomToken=x', 'application/x-www-form-urlencoded')).status).toBe(415)
    const invalid = JSON.parse((await post(JSON.stringify({ roomToken: 'short' }))).body)
    expect(invalid.error).toEqual({ code: 'invalid', message: 'The message was not valid: roomToken: must be a room token' })
    expect((await post(JSON.stringify({ roomToken: roomTokenOf(room), extra: 1 }))).status).toBe(400)
    expect(room.state).toBe(before)

    const ana = await seatedDevice(room, 'ana')
    const held = room.state
    const cases: [unknown, string, RegExp][] = [
      ['{"type":"vote",', 'malformed', /could not be read/],
      [Buffer.from([1, 2, 3]), 'malformed', /could not be read/],
      [{ type: 'dance' }, 'invalid', /not valid/],
      [quickVote('vote-ana-1', 7), 'invalid', /rating\.score: must be a step of 5/],
      [{ ...quickVote('vote-ana-1', 50), itemId: '__proto__' }, 'invalid', /itemId: must be an item id/],
      [{ ...quickVote('vote-ana-1', 50), rating: { kind: 'level', level: 3 } }, 'rating-mismatch', /does not fit/],
      [{ ...quickVote('x', 50) }, 'invalid', /voteId: must be a vote id/],
      [{ type: 'claim', seat: { kind: 'participant', seatId: 'toString' } }, 'invalid', /built-in property/],
    ]
    for (const [message, code, words] of cases) {
      const refused = ana.device.next('refused')
      if (Buffer.isBuffer(message)) ana.device.ws.send(message, { binary: true })
      else ana.device.send(message)
      const answer = await refused
      expect([answer.code, answer.message], JSON.stringify(message)).toEqual([code, expect.stringMatching(words)])
    }
    expect(room.state.items).toBe(held.items)
    expect(room.state.seats).toBe(held.seats)
  })

  it('a foreign Origin or Host is refused on HTTP and on the upgrade', async () => {
    const { room } = await open()
    const before = room.state
    const token = roomTokenOf(room)
    const join = (headers: Record<string, string>) => raw(room, 'POST', '/api/join', { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ roomToken: token }) })
    // DNS rebinding: a page on another name that resolves here.
    expect((await raw(room, 'GET', `/r/${token}`, { headers: { host: `rebind.example:${room.port}` } })).status).toBe(403)
    expect((await raw(room, 'GET', '/', { headers: { host: '127.0.0.1' } })).status).toBe(403)
    expect((await join({ origin: room.address, host: `rebind.example:${room.port}` })).status).toBe(403)
    // Cross-site: a page elsewhere posting to the room, or no Origin at all.
    expect((await join({ origin: 'http://evil.example' })).status).toBe(403)
    expect((await join({ origin: `http://localhost:${room.port}` })).status).toBe(403)
    expect((await join({})).status).toBe(403)
    expect((await raw(room, 'GET', `/r/${token}`, { headers: { origin: 'http://evil.example' } })).status).toBe(403)
    // The same at the WebSocket upgrade.
    expect(await upgradeStatus(room, { headers: { origin: 'http://evil.example' } })).toBe(403)
    expect(await upgradeStatus(room, { headers: {} })).toBe(403)
    expect(await upgradeStatus(room, { headers: { origin: room.address, host: `rebind.example:${room.port}` } })).toBe(403)
    expect(room.state).toBe(before)
  })
})

describe('the facilitator’s controls', () => {
  it('a locked room lets no one new in; those seated carry on', async () => {
    const { room, events } = await open()
    room.putItem(quickItem)
    const ana = await seatedDevice(room, 'ana')
    const told = ana.device.next('room-locked')
    room.lock()
    expect(await told).toEqual({ type: 'room-locked', locked: true })
    expect(events.at(-1)).toEqual({ type: 'room-locked', locked: true })
    const refused = await joinRoom(room, { roomToken: roomTokenOf(room) })
    expect([refused.status, refused.json.error.code]).toEqual([423, 'room-locked'])
    const accepted = ana.device.next('vote-accepted')
    ana.device.send(quickVote('vote-ana-1', 50))
    await accepted
    room.lock(false)
    expect((await joinRoom(room, { roomToken: roomTokenOf(room) })).status).toBe(200)
  })

  it('close() tells every device, closes their sockets and stops serving', async () => {
    const { room, events } = await open()
    const ana = await seatedDevice(room, 'ana')
    const told = ana.device.next('room-closed')
    await room.close()
    await told
    expect(await ana.device.closed).toBe(1001)
    expect(events.at(-1)).toEqual({ type: 'room-closed', reason: 'facilitator' })
    await expect(raw(room, 'GET', '/')).rejects.toThrow()
  })

  it('two idle hours close the room; activity before then moves the deadline', async () => {
    let now = 1_000_000
    const timers: { run: () => void; at: number }[] = []
    const { room, events } = await open({
      clock: () => now,
      timers: { set: (run, ms) => timers.push({ run, at: now + ms }), clear: () => {} },
    })
    const fire = () => {
      const due = timers.filter((t) => t.at <= now)
      timers.splice(0, timers.length, ...timers.filter((t) => t.at > now))
      for (const t of due) t.run()
    }
    expect(timers.at(-1)!.at).toBe(1_000_000 + 2 * 60 * 60 * 1000)
    now += 60 * 60 * 1000
    room.putItem(quickItem)
    now += 60 * 60 * 1000
    fire()
    expect(room.state.status).toBe('open')
    now += 60 * 60 * 1000
    fire()
    expect(room.state.status).toBe('closed')
    expect(events.at(-1)).toEqual({ type: 'room-closed', reason: 'idle' })
  })

  it('a socket that never says which device it is gets closed', async () => {
    let now = 0
    const timers: { run: () => void; at: number }[] = []
    const { room } = await open({ clock: () => now, timers: { set: (run, ms) => timers.push({ run, at: now + ms }), clear: () => {} } })
    const silent = await TestDevice.open(room)
    devices.push(silent)
    const before = room.state
    now += 10_000
    for (const timer of timers.filter((t) => t.at <= now)) timer.run()
    expect(await silent.closed).toBe(1008)
    expect(room.state).toBe(before)
  })

  it('main’s items are validated before they enter the room', async () => {
    const { room } = await open()
    const before = room.state
    expect(() => room.putItem({ ...quickItem, itemId: '../etc' })).toThrow()
    expect(room.state).toBe(before)
  })
})
