import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { roomEventSchema, serverMessageSchema } from '../../common/contract/room-protocol'
import {
  checkJoinCode,
  decideVote,
  freeSeats,
  IDLE_MS,
  isIdle,
  itemViewFor,
  JOIN_CODE_TRIES,
  MAX_DEVICES,
  MAX_VOTES_PER_SEAT_AND_ITEM,
  nextAnonymousSeatId,
  ratingFits,
  revealedEvent,
  sameSecret,
  votedEvent,
  type ItemState,
  type SeatState,
} from '../../electron/room/room-rules'
import {
  claimSeat,
  closeItem,
  closeRoom,
  createRoomState,
  disconnected,
  hello,
  join,
  newJoinCode,
  putItems,
  releaseSeat,
  reveal,
  roomIsIdle,
  setLocked,
  vote,
  type Output,
  type RoomState,
} from '../../electron/room/room-state'
import { levelItem, quickItem, radarItem, roomSeats } from '../support/room-fixtures'

const ROOM = 'R'.repeat(24)
const token = (n: number) => `device${String(n).padStart(18, '0')}`
const fresh = () => createRoomState({ roomToken: ROOM, joinCode: '123456', seats: roomSeats, allowAnonymous: true, anonymousLabel: (n) => `Anonymous ${n}` }, 0)

/** A room with devices 1..n joined, connected and seated as ana, ben, cleo …, and the quick item open. */
function seated(n = 2): RoomState {
  let state = fresh()
  for (let i = 1; i <= n; i++) {
    state = join(state, { roomToken: ROOM }, token(i), 1).state
    state = hello(state, token(i), 1).state
    state = claimSeat(state, token(i), { kind: 'participant', seatId: roomSeats[i - 1]!.seatId }, 1).state
  }
  return putItems(state, [quickItem], 2).state
}

const refusals = (out: Output[]) => out.flatMap((o) => ('refusal' in o ? [o.refusal.code] : []))
const events = (out: Output[]) => out.flatMap((o) => (o.to === 'renderer' ? [o.event] : []))
const messagesTo = (out: Output[], device: string) => out.flatMap((o) => (o.to === 'device' && o.device === device && 'message' in o ? [o.message] : []))
const quick = (score: number) => ({ kind: 'quick' as const, score })

const itemOf = (over: Partial<ItemState> = {}): ItemState => ({ item: quickItem, open: true, revealed: false, votes: new Map(), voteIds: new Map(), ...over })

describe('room rules, one at a time', () => {
  it('compares secrets whole: same length and same characters, nothing less', () => {
    expect(sameSecret('123456', '123456')).toBe(true)
    expect(sameSecret('123457', '123456')).toBe(false)
    expect(sameSecret('12345', '123456')).toBe(false)
    expect(sameSecret('1234567', '123456')).toBe(false)
    expect(sameSecret('', '123456')).toBe(false)
  })

  it('a join code is right, wrong, or locked after five wrong tries, when even the right one is refused', () => {
    expect(JOIN_CODE_TRIES).toBe(5)
    expect(checkJoinCode({ code: '123456', wrongTries: 0 }, '123456')).toBe('right')
    expect(checkJoinCode({ code: '123456', wrongTries: 4 }, '000000')).toBe('wrong')
    expect(checkJoinCode({ code: '123456', wrongTries: 4 }, '123456')).toBe('right')
    expect(checkJoinCode({ code: '123456', wrongTries: 5 }, '123456')).toBe('locked')
  })

  it('a rating fits the scale the item asks for; N/A fits every item', () => {
    const na = { kind: 'not-applicable' as const, justification: '' }
    expect(ratingFits(quickItem.scale, quick(50))).toBe(true)
    expect(ratingFits(quickItem.scale, { kind: 'level', level: 3 })).toBe(false)
    expect(ratingFits(quickItem.scale, { kind: 'radar', attributes: { sound: 50 } })).toBe(false)
    expect(ratingFits(radarItem.scale, { kind: 'radar', attributes: { sound: 50, integrated: 40 } })).toBe(true)
    expect(ratingFits(radarItem.scale, { kind: 'radar', attributes: { sound: 50 } })).toBe(true)
    expect(ratingFits(radarItem.scale, { kind: 'radar', attributes: { measurement: 50 } })).toBe(false)
    expect(ratingFits(radarItem.scale, { kind: 'radar', attributes: {} })).toBe(false)
    expect(ratingFits(radarItem.scale, quick(50))).toBe(false)
    expect(ratingFits(levelItem.scale, { kind: 'level', level: 3 })).toBe(true)
    expect(ratingFits(levelItem.scale, quick(50))).toBe(false)
    for (const item of [quickItem, radarItem, levelItem]) expect(ratingFits(item.scale, na)).toBe(true)
  })

  it('a vote is accepted, a repeat of any id already sent changes nothing, and a closed item refuses new ones', () => {
    const held = { voteId: 'vote-0001', rating: quick(50) }
    expect(decideVote(itemOf(), 'ana', held)).toEqual({ kind: 'accept' })
    const voted = itemOf({ votes: new Map([['ana', held]]), voteIds: new Map([['ana', new Set(['vote-0001'])]]) })
    expect(decideVote(voted, 'ana', held)).toEqual({ kind: 'repeat' })
    expect(decideVote(voted, 'ana', { voteId: 'vote-0002', rating: quick(60) })).toEqual({ kind: 'accept' })
    // Another seat may use the same id: ids are the device's own, per seat.
    expect(decideVote(voted, 'ben', held)).toEqual({ kind: 'accept' })
    expect(decideVote({ ...voted, open: false }, 'ana', { voteId: 'vote-0002', rating: quick(60) })).toEqual({ kind: 'refuse', code: 'item-closed' })
    // A retry of a vote that did count is still told it counted, even once the item has closed.
    expect(decideVote({ ...voted, open: false }, 'ana', held)).toEqual({ kind: 'repeat' })
    expect(decideVote(itemOf(), 'ana', { voteId: 'vote-0003', rating: { kind: 'level', level: 2 } })).toEqual({ kind: 'refuse', code: 'rating-mismatch' })
    const many = new Set(Array.from({ length: MAX_VOTES_PER_SEAT_AND_ITEM }, (_, i) => `vote-${String(i).padStart(4, '0')}`))
    expect(decideVote(itemOf({ voteIds: new Map([['ana', many]]) }), 'ana', { voteId: 'vote-last1', rating: quick(5) })).toEqual({ kind: 'refuse', code: 'too-many-changes' })
  })

  it('the facilitator’s blind view names who voted and nothing else; values come only once revealed', () => {
    const seats = new Map<string, SeatState>([['ana', { seatId: 'ana', label: 'Ana', anonymous: false, device: 'x' }]])
    const item = itemOf({ votes: new Map([['ana', { voteId: 'vote-0001', rating: quick(70) }]]) })
    expect(votedEvent(item)).toEqual({ type: 'voted', frameworkId: 'efqm-2025', itemId: '1.1', seatIds: ['ana'] })
    expect(revealedEvent(item, seats)).toBeNull()
    expect(revealedEvent({ ...item, revealed: true }, seats)).toEqual({
      type: 'revealed',
      frameworkId: 'efqm-2025',
      itemId: '1.1',
      votes: [{ seatId: 'ana', anonymous: false, rating: quick(70) }],
    })
  })

  it('a device sees only its own seat’s vote', () => {
    const item = itemOf({ votes: new Map([['ana', { voteId: 'vote-0001', rating: quick(70) }]]) })
    expect(itemViewFor(item, 'ana').ownVote).toEqual({ voteId: 'vote-0001', rating: quick(70) })
    expect(itemViewFor(item, 'ben').ownVote).toBeNull()
    expect(itemViewFor(item, null).ownVote).toBeNull()
  })

  it('offers only participants’ seats nobody holds, and numbers anonymous seats around participants’ ids', () => {
    const seats = new Map<string, SeatState>([
      ['ana', { seatId: 'ana', label: 'Ana', anonymous: false, device: 'x' }],
      ['ben', { seatId: 'ben', label: 'Ben', anonymous: false, device: null }],
      ['anonymous-1', { seatId: 'anonymous-1', label: 'Anonymous 1', anonymous: true, device: null }],
      ['anonymous-2', { seatId: 'anonymous-2', label: 'A participant named so', anonymous: false, device: 'y' }],
    ])
    expect(freeSeats(seats)).toEqual([{ seatId: 'ben', label: 'Ben' }])
    expect(nextAnonymousSeatId(seats, 1)).toEqual({ seatId: 'anonymous-3', number: 3 })
    expect(nextAnonymousSeatId(seats, 4)).toEqual({ seatId: 'anonymous-4', number: 4 })
  })

  it('two idle hours close the room, not a millisecond less', () => {
    expect(IDLE_MS).toBe(7_200_000)
    expect(isIdle(1000, 1000 + IDLE_MS - 1)).toBe(false)
    expect(isIdle(1000, 1000 + IDLE_MS)).toBe(true)
  })
})

describe('the room state, step by step', () => {
  it('joins with the room token or the join code, and refuses another room’s token without counting it', () => {
    const state = fresh()
    expect(join(state, { roomToken: ROOM }, token(1), 5).result).toEqual({ ok: true, deviceToken: token(1) })
    expect(join(state, { joinCode: '123456' }, token(1), 5).result).toEqual({ ok: true, deviceToken: token(1) })
    const other = join(state, { roomToken: 'S'.repeat(24) }, token(1), 5)
    expect(other.result).toEqual({ ok: false, code: 'wrong-room' })
    expect(other.state).toBe(state)
  })

  it('wrong join codes lock the code after five tries, tell the facilitator once, and a new code works again', () => {
    let state = fresh()
    const codes: string[] = []
    const heard: unknown[] = []
    for (let i = 0; i < JOIN_CODE_TRIES + 1; i++) {
      const step = join(state, { joinCode: '000000' }, token(1), 5)
      codes.push(step.result.ok ? 'ok' : step.result.code)
      heard.push(...events(step.out))
      state = step.state
    }
    expect(codes).toEqual(['wrong-code', 'wrong-code', 'wrong-code', 'wrong-code', 'code-locked', 'code-locked'])
    expect(heard).toEqual([{ type: 'join-code-locked' }])
    expect(join(state, { joinCode: '123456' }, token(1), 5).result).toEqual({ ok: false, code: 'code-locked' })
    expect(state.devices.size).toBe(0)
    // The room token still works: the lock is on the code, not the room.
    expect(join(state, { roomToken: ROOM }, token(1), 5).result.ok).toBe(true)
    state = newJoinCode(state, '654321', 6).state
    expect(join(state, { joinCode: '654321' }, token(1), 6).result.ok).toBe(true)
  })

  it('a locked, full or closed room lets no one join', () => {
    expect(join(setLocked(fresh(), true, 1).state, { roomToken: ROOM }, token(1), 2).result).toEqual({ ok: false, code: 'room-locked' })
    expect(join(closeRoom(fresh(), 'facilitator').state, { roomToken: ROOM }, token(1), 2).result).toEqual({ ok: false, code: 'room-closed' })
    let state = fresh()
    for (let i = 0; i < MAX_DEVICES; i++) state = join(state, { roomToken: ROOM }, token(i), 1).state
    expect(join(state, { roomToken: ROOM }, token(MAX_DEVICES), 2).result).toEqual({ ok: false, code: 'room-full' })
  })

  it('hello from an unknown token is refused and changes nothing; a known one is welcomed with the free seats', () => {
    const state = join(fresh(), { roomToken: ROOM }, token(1), 1).state
    const stranger = hello(state, token(9), 2)
    expect(stranger.state).toBe(state)
    expect(refusals(stranger.out)).toEqual(['unknown-device'])
    const welcomed = hello(state, token(1), 2)
    expect(messagesTo(welcomed.out, token(1))).toEqual([{ type: 'welcome', seat: null, freeSeats: roomSeats, allowAnonymous: true, locked: false }])
  })

  it('a seat, once claimed, is held by that device; others are refused it', () => {
    let state = join(join(fresh(), { roomToken: ROOM }, token(1), 1).state, { roomToken: ROOM }, token(2), 1).state
    state = hello(hello(state, token(1), 1).state, token(2), 1).state
    const claimed = claimSeat(state, token(1), { kind: 'participant', seatId: 'ana' }, 2)
    expect(messagesTo(claimed.out, token(1))[0]).toEqual({ type: 'seat', seat: { seatId: 'ana', anonymous: false, label: 'Ana' } })
    expect(events(claimed.out)).toEqual([{ type: 'seats', seats: [{ seatId: 'ana', anonymous: false, label: 'Ana', connected: true }] }])
    // The other device hears that Ana's seat is gone.
    expect(messagesTo(claimed.out, token(2))).toEqual([{ type: 'seats', freeSeats: roomSeats.slice(1), allowAnonymous: true }])
    state = claimed.state
    for (const [device, request, code] of [
      [token(2), { kind: 'participant', seatId: 'ana' }, 'seat-taken'],
      [token(2), { kind: 'participant', seatId: 'zed' }, 'seat-unknown'],
      [token(1), { kind: 'participant', seatId: 'ben' }, 'already-seated'],
      [token(9), { kind: 'participant', seatId: 'ben' }, 'unknown-device'],
    ] as const) {
      const step = claimSeat(state, device, request, 3)
      expect(step.state, code).toBe(state)
      expect(refusals(step.out)).toEqual([code])
    }
    // Asking again for the seat it holds is no change.
    expect(claimSeat(state, token(1), { kind: 'participant', seatId: 'ana' }, 3).state).toBe(state)
  })

  it('anonymous seats only when the facilitator allows them, numbered as they are taken', () => {
    const noAnonymous = createRoomState({ roomToken: ROOM, joinCode: '123456', seats: roomSeats, allowAnonymous: false, anonymousLabel: String }, 0)
    const joined = join(noAnonymous, { roomToken: ROOM }, token(1), 1).state
    expect(refusals(claimSeat(joined, token(1), { kind: 'anonymous' }, 2).out)).toEqual(['anonymous-not-allowed'])
    let state = join(join(fresh(), { roomToken: ROOM }, token(1), 1).state, { roomToken: ROOM }, token(2), 1).state
    state = claimSeat(state, token(1), { kind: 'anonymous' }, 2).state
    state = claimSeat(state, token(2), { kind: 'anonymous' }, 2).state
    expect([...state.seats.values()].filter((s) => s.anonymous).map((s) => [s.seatId, s.label, s.device])).toEqual([
      ['anonymous-1', 'Anonymous 1', token(1)],
      ['anonymous-2', 'Anonymous 2', token(2)],
    ])
  })

  it('a locked room lets no new seat be claimed, but the seated carry on voting', () => {
    let state = seated(1)
    state = join(state, { roomToken: ROOM }, token(2), 3).state
    state = setLocked(state, true, 3).state
    expect(refusals(claimSeat(state, token(2), { kind: 'participant', seatId: 'ben' }, 4).out)).toEqual(['room-locked'])
    expect(refusals(vote(state, token(1), { ...quickItem, voteId: 'vote-0001', rating: quick(50) }, 4).out)).toEqual([])
  })

  it('votes are held blind, counted once per vote id, changeable until the item closes, refused after', () => {
    let state = seated(2)
    const v1 = vote(state, token(1), { frameworkId: 'efqm-2025', itemId: '1.1', voteId: 'vote-0001', rating: quick(50) }, 3)
    expect(messagesTo(v1.out, token(1))).toEqual([{ type: 'vote-accepted', frameworkId: 'efqm-2025', itemId: '1.1', vote: { voteId: 'vote-0001', rating: quick(50) } }])
    expect(events(v1.out)).toEqual([{ type: 'voted', frameworkId: 'efqm-2025', itemId: '1.1', seatIds: ['ana'] }])
    expect(messagesTo(v1.out, token(2))).toEqual([])
    state = v1.state
    // The same vote again: the device is told it counted, nothing else happens.
    const again = vote(state, token(1), { frameworkId: 'efqm-2025', itemId: '1.1', voteId: 'vote-0001', rating: quick(50) }, 4)
    expect(again.state).toBe(state)
    expect(events(again.out)).toEqual([])
    // A change, then the first vote arriving late again: the change stands.
    state = vote(state, token(1), { frameworkId: 'efqm-2025', itemId: '1.1', voteId: 'vote-0002', rating: quick(80) }, 5).state
    const late = vote(state, token(1), { frameworkId: 'efqm-2025', itemId: '1.1', voteId: 'vote-0001', rating: quick(50) }, 6)
    expect(late.state).toBe(state)
    expect(messagesTo(late.out, token(1))).toEqual([{ type: 'vote-accepted', frameworkId: 'efqm-2025', itemId: '1.1', vote: { voteId: 'vote-0002', rating: quick(80) } }])
    state = closeItem(state, 'efqm-2025', '1.1', 7).state
    const closed = vote(state, token(2), { frameworkId: 'efqm-2025', itemId: '1.1', voteId: 'vote-0003', rating: quick(20) }, 8)
    expect(closed.state).toBe(state)
    expect(closed.out).toEqual([{ to: 'device', device: token(2), refusal: { code: 'item-closed', voteId: 'vote-0003' } }])
    const revealed = reveal(state, 'efqm-2025', '1.1', 9)
    expect(events(revealed.out)).toEqual([{ type: 'revealed', frameworkId: 'efqm-2025', itemId: '1.1', votes: [{ seatId: 'ana', anonymous: false, rating: quick(80) }] }])
  })

  it('a vote changed after the reveal, while the item is still open, reaches the facilitator with the values', () => {
    let state = seated(2)
    state = vote(state, token(1), { ...quickItem, voteId: 'vote-0001', rating: quick(50) }, 3).state
    state = reveal(state, 'efqm-2025', '1.1', 4).state
    const changed = vote(state, token(1), { ...quickItem, voteId: 'vote-0002', rating: quick(55) }, 5)
    expect(events(changed.out)).toEqual([{ type: 'revealed', frameworkId: 'efqm-2025', itemId: '1.1', votes: [{ seatId: 'ana', anonymous: false, rating: quick(55) }] }])
  })

  it('refuses votes from the seatless, for unknown items and of the wrong kind, state unchanged', () => {
    let state = seated(1)
    state = join(state, { roomToken: ROOM }, token(2), 3).state
    for (const [device, input, code] of [
      [token(2), { ...quickItem, voteId: 'vote-0001', rating: quick(50) }, 'no-seat'],
      [token(9), { ...quickItem, voteId: 'vote-0001', rating: quick(50) }, 'unknown-device'],
      [token(1), { ...levelItem, voteId: 'vote-0001', rating: { kind: 'level' as const, level: 2 } }, 'item-unknown'],
      [token(1), { ...quickItem, voteId: 'vote-0001', rating: { kind: 'level' as const, level: 2 } }, 'rating-mismatch'],
    ] as const) {
      const step = vote(state, device, { frameworkId: input.frameworkId, itemId: input.itemId, voteId: input.voteId, rating: input.rating }, 4)
      expect(step.state, code).toBe(state)
      expect(refusals(step.out)).toEqual([code])
    }
  })

  it('a device that drops and comes back with its token finds its seat and its own vote', () => {
    let state = seated(1)
    state = vote(state, token(1), { ...quickItem, voteId: 'vote-0001', rating: quick(45) }, 3).state
    const gone = disconnected(state, token(1))
    expect(events(gone.out)).toEqual([{ type: 'seats', seats: [{ seatId: 'ana', anonymous: false, label: 'Ana', connected: false }] }])
    const back = hello(gone.state, token(1), 4)
    const [welcome, items] = messagesTo(back.out, token(1))
    expect(welcome).toMatchObject({ type: 'welcome', seat: { seatId: 'ana' } })
    expect(items).toEqual({ type: 'items', items: [{ item: quickItem, open: true, ownVote: { voteId: 'vote-0001', rating: quick(45) } }] })
    expect(events(back.out)).toEqual([{ type: 'seats', seats: [{ seatId: 'ana', anonymous: false, label: 'Ana', connected: true }] }])
  })

  it('putting in a new item closes the one before; putting it back opens it with its votes', () => {
    let state = seated(1)
    state = vote(state, token(1), { ...quickItem, voteId: 'vote-0001', rating: quick(45) }, 3).state
    const moved = putItems(state, [levelItem], 4)
    expect(events(moved.out)).toEqual([{ type: 'item-closed', frameworkId: 'efqm-2025', itemId: '1.1' }])
    expect(messagesTo(moved.out, token(1))).toEqual([{ type: 'items', items: [{ item: levelItem, open: true, ownVote: null }] }])
    state = moved.state
    expect(refusals(vote(state, token(1), { ...quickItem, voteId: 'vote-0002', rating: quick(5) }, 5).out)).toEqual(['item-closed'])
    const back = putItems(state, [quickItem, levelItem], 6)
    expect(messagesTo(back.out, token(1))).toEqual([
      { type: 'items', items: [{ item: quickItem, open: true, ownVote: { voteId: 'vote-0001', rating: quick(45) } }, { item: levelItem, open: true, ownVote: null }] },
    ])
  })

  it('releasing a seat tells its device, frees it for another, and keeps the seat’s votes', () => {
    let state = seated(1)
    state = vote(state, token(1), { ...quickItem, voteId: 'vote-0001', rating: quick(45) }, 3).state
    const released = releaseSeat(state, 'ana', 4)
    expect(messagesTo(released.out, token(1))[0]).toEqual({ type: 'seat-released' })
    state = released.state
    expect(refusals(vote(state, token(1), { ...quickItem, voteId: 'vote-0002', rating: quick(5) }, 5).out)).toEqual(['no-seat'])
    state = join(state, { roomToken: ROOM }, token(2), 5).state
    state = claimSeat(state, token(2), { kind: 'participant', seatId: 'ana' }, 5).state
    expect(state.items.get('efqm-2025/1.1')!.votes.get('ana')).toEqual({ voteId: 'vote-0001', rating: quick(45) })
  })

  it('closing tells every device and the facilitator, and nothing is accepted after', () => {
    const state = seated(2)
    const closed = closeRoom(state, 'idle')
    expect(messagesTo(closed.out, token(1))).toEqual([{ type: 'room-closed' }])
    expect(events(closed.out)).toEqual([{ type: 'room-closed', reason: 'idle' }])
    expect(refusals(vote(closed.state, token(1), { ...quickItem, voteId: 'vote-0001', rating: quick(45) }, 3).out)).toEqual(['room-closed'])
  })

  it('the room is idle two hours after the last thing that happened, and a refusal is not activity', () => {
    let state = seated(1)
    state = vote(state, token(1), { ...quickItem, voteId: 'vote-0001', rating: quick(45) }, 1000).state
    expect(roomIsIdle(state, 1000 + IDLE_MS - 1)).toBe(false)
    const refused = vote(state, token(9), { ...quickItem, voteId: 'vote-0001', rating: quick(45) }, 1000 + IDLE_MS - 1)
    expect(roomIsIdle(refused.state, 1000 + IDLE_MS)).toBe(true)
  })
})

describe('the blind rule', () => {
  /** Every vote cast so far, by seat: a device may see its own values only. */
  type Op = { op: 'vote'; device: number; score: number; id: number } | { op: 'drop'; device: number } | { op: 'back'; device: number } | { op: 'close' } | { op: 'put' }
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ op: fc.constant('vote' as const), device: fc.integer({ min: 1, max: 3 }), score: fc.integer({ min: 0, max: 20 }).map((n) => n * 5), id: fc.integer({ min: 0, max: 5 }) }),
    fc.record({ op: fc.constant('drop' as const), device: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ op: fc.constant('back' as const), device: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ op: fc.constant('close' as const) }),
    fc.record({ op: fc.constant('put' as const) }),
  )

  it('before a reveal, nothing sent to the facilitator holds a value, and each device sees only its own seat’s votes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let state = seated(3)
        const seatOf = (device: string) => state.devices.get(device)?.seatId
        for (const [index, step] of ops.entries()) {
          const device = 'device' in step ? token(step.device) : ''
          const result =
            step.op === 'vote'
              ? vote(state, device, { ...quickItem, voteId: `vote-${String(step.id).padStart(4, '0')}`, rating: quick(step.score) }, index)
              : step.op === 'drop'
                ? disconnected(state, device)
                : step.op === 'back'
                  ? hello(state, device, index)
                  : step.op === 'close'
                    ? closeItem(state, 'efqm-2025', '1.1', index)
                    : putItems(state, [quickItem], index)
          for (const out of result.out) {
            if (out.to === 'renderer') {
              expect(roomEventSchema.parse(out.event)).toEqual(out.event)
              expect(JSON.stringify(out.event)).not.toMatch(/rating|score/)
            } else if ('message' in out) {
              expect(serverMessageSchema.parse(out.message)).toEqual(out.message)
              const own = result.state.items.get('efqm-2025/1.1')?.votes.get(seatOf(out.device) ?? '')
              const seen = JSON.stringify(out.message).match(/"score":\d+/g) ?? []
              for (const score of seen) expect(score).toBe(`"score":${own?.rating.kind === 'quick' ? own.rating.score : 'none'}`)
            }
          }
          state = result.state
        }
      }),
      { numRuns: 200 },
    )
  })
})
