import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ratingSchema } from '../../common/contract/assessment-schema'
import { JOIN_CODE_DIGITS, serverMessageSchema, voteId as voteIdSchema, type RoomItemView, type ServerMessage } from '../../common/contract/room-protocol'
import { roomItemFor } from '../../common/domain/room-item'
import { en } from '../../common/i18n/resources'
import { ratingFits } from '../../electron/room/room-rules'
import { PAGE_PREFIX } from '../../electron/room/room-page'
import pageConfig from '../../renderer/room-page/vite.config'
import { BACKOFF_CAP_MS, reconnectDelay } from '../../renderer/room-page/src/backoff'
import { createTranslate, interpolate, lookup } from '../../renderer/room-page/src/messages'
import { describeRating, draftFrom, emptyDraft, ratingFrom } from '../../renderer/room-page/src/rating'
import { createSession, type SessionDeps, type SocketLike } from '../../renderer/room-page/src/session'
import { createRoomStore, deviceKey, forgetOtherRooms, pendingKey, roomTokenFromPath, type KeyValueStorage } from '../../renderer/room-page/src/storage'
import { itemKey, newVoteId, queueVote, reconcile, settleVote, type PendingVote } from '../../renderer/room-page/src/votes'
import { efqmFramework, isoFramework } from '../support/workshop-fixture'

const ROOM = 'R'.repeat(24)
const OTHER_ROOM = 'Q'.repeat(24)
const DEVICE = 'D'.repeat(24)
const iso = roomItemFor(isoFramework, '4.1')
const quick = roomItemFor(efqmFramework, '1.1', 'quick')
const radar = roomItemFor(efqmFramework, '1.1', 'radar')
const t = createTranslate('en')

function memoryStorage(): KeyValueStorage & Pick<Storage, 'key' | 'length'> & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size
    },
  }
}

describe('the page’s build', () => {
  it('is served from where the room server looks: built to out/room-page (packed with out/**), its files under /p/', () => {
    const config = pageConfig as { base?: string; build?: { outDir?: string } }
    expect(config.base).toBe(PAGE_PREFIX)
    expect(path.relative(process.cwd(), config.build!.outDir!)).toBe(path.join('out', 'room-page'))
    // Built with the renderer (electron.vite.config.ts), so npm run build, npm start and npm run dev all make it.
    expect(fs.readFileSync('electron.vite.config.ts', 'utf8')).toMatch(/configFile: resolve\('renderer\/room-page\/vite\.config\.ts'\)/)
  })
})

describe('the page’s words', () => {
  it('looks keys up in the catalogue’s room namespace and fills {{placeholders}} like i18next', () => {
    expect(t('youAre', { seat: 'Ana' })).toBe('You: Ana')
    expect(t('item.position', { index: 2, count: 5 })).toBe('Item 2 of 5')
    expect(interpolate('{{a}} and {{ b }} and {{missing}}', { a: 1, b: 'two' })).toBe('1 and two and {{missing}}')
    expect(lookup(en.room, 'join.heading')).toBe('Join the room')
    expect(lookup(en.room, 'join')).toBeUndefined()
    expect(lookup(en.room, 'toString')).toBeUndefined()
    expect(lookup(en.room, 'join.__proto__')).toBeUndefined()
  })

  it('shows the pseudo-locale when the phone asks for it, placeholders kept', () => {
    expect(createTranslate('qps-ploc')('youAre', { seat: 'Ana' })).toBe('⟦Yóú: Ana⟧')
  })

  it('every message of the room namespace is used by the page, and the page writes no English of its own', () => {
    const dir = 'renderer/room-page/src'
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f))
    const code = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n')
    const leaves = (messages: object, prefix = ''): string[] =>
      Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : leaves(value as object, `${prefix}${key}.`)))
    const unused = leaves(en.room).filter((key) => !code.includes(`'${key}'`))
    expect(unused).toEqual([])
    // Text with words in it, in a string literal, would be English that escaped the catalogue.
    const literal: string[] = []
    for (const file of files) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
      const visit = (node: ts.Node) => {
        if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(node.text)) literal.push(`${file}: “${node.text}”`)
        ts.forEachChild(node, visit)
      }
      visit(source)
    }
    expect(literal).toEqual([])
  })
})

describe('what the page keeps on the phone', () => {
  it('keys the device token and the waiting votes by room token, so another room never sees them', () => {
    expect(deviceKey(ROOM)).toBe(`panorama-room:${ROOM}:device`)
    expect(pendingKey(ROOM)).toBe(`panorama-room:${ROOM}:pending`)
    const storage = memoryStorage()
    createRoomStore(storage, ROOM).setDeviceToken(DEVICE)
    expect(createRoomStore(storage, ROOM).deviceToken()).toBe(DEVICE)
    expect(createRoomStore(storage, OTHER_ROOM).deviceToken()).toBeNull()
  })

  it('ignores a stored token or a waiting vote that is not well formed, and forgets both together', () => {
    const storage = memoryStorage()
    storage.setItem(deviceKey(ROOM), 'not a token')
    storage.setItem(pendingKey(ROOM), JSON.stringify([{ frameworkId: 'x', itemId: '1', voteId: 'bad', rating: { kind: 'level', level: 1 } }, 'junk']))
    const store = createRoomStore(storage, ROOM)
    expect(store.deviceToken()).toBeNull()
    expect(store.pending()).toEqual([])
    storage.setItem(pendingKey(ROOM), '{not json')
    expect(store.pending()).toEqual([])
    store.setDeviceToken(DEVICE)
    store.setPending([{ frameworkId: 'iso-9001-2015', itemId: '4.1', voteId: 'abcdefgh', rating: { kind: 'level', level: 2 } }])
    expect(store.pending()).toHaveLength(1)
    store.forgetDevice()
    expect([...storage.data.keys()]).toEqual([])
  })

  it('keeps working in memory when the browser’s storage refuses (private mode, a full quota)', () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('quota')
      },
      removeItem: () => {
        throw new Error('denied')
      },
    }
    const store = createRoomStore(refusing, ROOM)
    store.setDeviceToken(DEVICE)
    expect(store.deviceToken()).toBe(DEVICE)
    expect(createRoomStore(null, ROOM).deviceToken()).toBeNull()
  })

  it('drops what earlier rooms left on the phone, and nothing else', async () => {
    const storage = memoryStorage()
    storage.setItem(deviceKey(OTHER_ROOM), DEVICE)
    storage.setItem(pendingKey(OTHER_ROOM), '[]')
    storage.setItem('someone-else', 'kept')
    storage.setItem(deviceKey(ROOM), DEVICE)
    forgetOtherRooms(storage, ROOM)
    expect([...storage.data.keys()].sort()).toEqual([deviceKey(ROOM), 'someone-else'].sort())
    // The session does it when it starts in a room.
    storage.setItem(deviceKey(OTHER_ROOM), DEVICE)
    const h = harness({ storage })
    h.session.start()
    expect(storage.getItem(deviceKey(OTHER_ROOM))).toBeNull()
    expect(storage.getItem(deviceKey(ROOM))).toBe(DEVICE)
  })

  it('reads the room token from /r/<token> only', () => {
    expect(roomTokenFromPath(`/r/${ROOM}`)).toBe(ROOM)
    expect(roomTokenFromPath(`/r/${ROOM}/`)).toBe(ROOM)
    expect(roomTokenFromPath('/')).toBeNull()
    expect(roomTokenFromPath(`/r/${ROOM}x`)).toBeNull()
    expect(roomTokenFromPath(`/x/${ROOM}`)).toBeNull()
  })
})

describe('vote ids and the votes still waiting for an answer', () => {
  it('a vote id is 128 random bits from getRandomValues (no randomUUID: a LAN page over http is not a secure context), valid for the protocol', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newVoteId()))
    expect(ids.size).toBe(200)
    for (const id of ids) expect(voteIdSchema.safeParse(id).success).toBe(true)
    expect(newVoteId((bytes) => bytes.fill(255))).toBe('_____________________w')
    expect(fs.readFileSync('renderer/room-page/src/votes.ts', 'utf8')).not.toMatch(/randomUUID\(/)
  })

  it('one waiting vote per item: a newer choice replaces the older; an answer settles it by id', () => {
    const a: PendingVote = { frameworkId: 'iso-9001-2015', itemId: '4.1', voteId: 'vote-aaaa', rating: { kind: 'level', level: 1 } }
    const b: PendingVote = { ...a, voteId: 'vote-bbbb', rating: { kind: 'level', level: 2 } }
    const c: PendingVote = { ...a, itemId: '4.2', voteId: 'vote-cccc' }
    expect(queueVote(queueVote([a], c), b)).toEqual([c, b])
    expect(settleVote([a, c], 'vote-aaaa')).toEqual([c])
    expect(settleVote([a, c], 'vote-zzzz')).toEqual([a, c])
  })

  it('after a reconnect, a waiting vote the room already counts is settled; the others are sent again unchanged', () => {
    const counted: PendingVote = { frameworkId: iso.frameworkId, itemId: iso.itemId, voteId: 'vote-held', rating: { kind: 'level', level: 3 } }
    const lost: PendingVote = { frameworkId: quick.frameworkId, itemId: quick.itemId, voteId: 'vote-lost', rating: { kind: 'quick', score: 40 } }
    const views: RoomItemView[] = [
      { item: iso, open: true, ownVote: { voteId: 'vote-held', rating: counted.rating } },
      { item: quick, open: false, ownVote: { voteId: 'vote-older', rating: { kind: 'quick', score: 10 } } },
    ]
    expect(reconcile([counted, lost], views)).toEqual({ pending: [lost], resend: [lost] })
  })
})

describe('reconnecting', () => {
  it('waits longer each time, from half a second to ten at most, with jitter in the upper half', () => {
    expect(reconnectDelay(0, () => 0)).toBe(250)
    expect(reconnectDelay(0, () => 1)).toBe(500)
    expect(reconnectDelay(3, () => 0.5)).toBe(3000)
    expect(reconnectDelay(50, () => 1)).toBe(BACKOFF_CAP_MS)
    expect(reconnectDelay(50, () => 0)).toBe(BACKOFF_CAP_MS / 2)
    for (let attempt = 0; attempt < 30; attempt++) expect(reconnectDelay(attempt)).toBeLessThanOrEqual(BACKOFF_CAP_MS)
  })
})

describe('ratings from what the person chose', () => {
  it('builds the scale’s own kind of rating, which the room’s rule and the document schema both accept', () => {
    const cases = [
      { item: iso, draft: { ...emptyDraft(), choice: 4 }, rating: { kind: 'level', level: 4 } },
      { item: quick, draft: { ...emptyDraft(), choice: 45 }, rating: { kind: 'quick', score: 45 } },
      { item: radar, draft: { ...emptyDraft(), attributes: { sound: 60, unknown: 5 } }, rating: { kind: 'radar', attributes: { sound: 60 } } },
      { item: iso, draft: { ...emptyDraft(), choice: 2, notApplicable: true, reason: '  Not for us.  ' }, rating: { kind: 'not-applicable', justification: 'Not for us.' } },
    ] as const
    for (const { item, draft, rating } of cases) {
      const built = ratingFrom(item.scale, draft)
      expect(built).toEqual(rating)
      expect(ratingSchema.safeParse(built).success).toBe(true)
      expect(ratingFits(item.scale, built!)).toBe(true)
      expect(ratingFrom(item.scale, draftFrom(built))).toEqual(built)
    }
    expect(ratingFrom(iso.scale, emptyDraft())).toBeNull()
    expect(ratingFrom(radar.scale, emptyDraft())).toBeNull()
  })

  it('says a vote in a few words', () => {
    expect(describeRating(iso.scale, { kind: 'level', level: 3 }, t)).toBe('Level 3: Implemented')
    expect(describeRating(quick.scale, { kind: 'quick', score: 45 }, t)).toBe('45 (ability)')
    expect(describeRating(radar.scale, { kind: 'radar', attributes: { sound: 60 } }, t)).toMatch(/^1 of \d+ attributes scored$/)
    expect(describeRating(iso.scale, { kind: 'not-applicable', justification: '' }, t)).toBe('not applicable')
  })

  it('the join code the page asks for has as many digits as the protocol’s', () => {
    expect(JOIN_CODE_DIGITS).toBe(6)
    expect(fs.readFileSync('renderer/room-page/src/view.ts', 'utf8')).toContain(`[0-9]{${JOIN_CODE_DIGITS}}`)
  })
})

// ——— the session, against a fake room ———

class FakeSocket implements SocketLike {
  readyState = 0
  sent: unknown[] = []
  onopen: SocketLike['onopen'] = null
  onmessage: SocketLike['onmessage'] = null
  onclose: SocketLike['onclose'] = null
  onerror: SocketLike['onerror'] = null
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data))
  }
  close() {
    if (this.readyState === 3) return
    this.readyState = 3
    this.onclose?.({})
  }
  open() {
    this.readyState = 1
    this.onopen?.({})
  }
  receive(message: ServerMessage) {
    this.onmessage?.({ data: JSON.stringify(serverMessageSchema.parse(message)) })
  }
}

function harness(options: { pathname?: string; storage?: KeyValueStorage; joins?: { status: number; json: unknown }[] } = {}) {
  const sockets: FakeSocket[] = []
  const timers: { run: () => void; ms: number }[] = []
  const posts: unknown[] = []
  const joins = options.joins ?? []
  let online = true
  const storage = options.storage ?? memoryStorage()
  const deps: SessionDeps = {
    location: { pathname: options.pathname ?? `/r/${ROOM}`, host: '127.0.0.1:5000', protocol: 'http:' },
    fetch: async (_url, init) => {
      posts.push(JSON.parse(init.body))
      const next = joins.shift() ?? { status: 200, json: { roomToken: ROOM, deviceToken: DEVICE } }
      return { status: next.status, json: async () => next.json }
    },
    openSocket: (url) => {
      const socket = new FakeSocket(url)
      sockets.push(socket)
      return socket
    },
    storage,
    replacePath: (p) => (deps.location.pathname = p),
    isOnline: () => online,
    setTimer: (run, ms) => timers.push({ run, ms }),
    clearTimer: () => {},
    random: () => 0.5,
    t,
    onChange: () => {},
  }
  const session = createSession(deps)
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
  const welcome = (seat: { seatId: string; label: string } | null): ServerMessage => ({
    type: 'welcome',
    seat: seat && { ...seat, anonymous: false },
    freeSeats: seat ? [] : [{ seatId: 'ana', label: 'Ana' }],
    allowAnonymous: false,
    locked: false,
  })
  return { session, sockets, timers, posts, storage, deps, flush, welcome, setOnline: (value: boolean) => (online = value), last: () => sockets.at(-1)! }
}

describe('the page’s session with the room', () => {
  it('joins with the room token, keeps the device token, says hello with it and claims a seat', async () => {
    const h = harness()
    h.session.start()
    await h.flush()
    expect(h.posts).toEqual([{ roomToken: ROOM }])
    expect(h.storage.getItem(deviceKey(ROOM))).toBe(DEVICE)
    expect(h.last().url).toBe(`ws://127.0.0.1:5000/ws/${ROOM}`)
    h.last().open()
    expect(h.last().sent).toEqual([{ type: 'hello', deviceToken: DEVICE }])
    h.last().receive(h.welcome(null))
    expect(h.session.state.phase).toBe('seats')
    h.session.claim({ kind: 'participant', seatId: 'ana' })
    expect(h.last().sent.at(-1)).toEqual({ type: 'claim', seat: { kind: 'participant', seatId: 'ana' } })
  })

  it('a reload with a kept token says hello at once, without joining again', async () => {
    const storage = memoryStorage()
    storage.setItem(deviceKey(ROOM), DEVICE)
    const h = harness({ storage })
    h.session.start()
    await h.flush()
    expect(h.posts).toEqual([])
    h.last().open()
    expect(h.last().sent).toEqual([{ type: 'hello', deviceToken: DEVICE }])
  })

  it('when the room has forgotten the device, it joins afresh and says hello with the new token', async () => {
    const storage = memoryStorage()
    storage.setItem(deviceKey(ROOM), 'O'.repeat(24))
    const h = harness({ storage })
    h.session.start()
    h.last().open()
    h.last().receive({ type: 'refused', code: 'unknown-device', message: 'This device is no longer in the room.' })
    h.last().close()
    await h.flush()
    expect(h.posts).toEqual([{ roomToken: ROOM }])
    expect(h.sockets).toHaveLength(2)
    h.last().open()
    expect(h.last().sent).toEqual([{ type: 'hello', deviceToken: DEVICE }])
  })

  it('a vote sent while the line is down waits, and goes out with the same id once seated again; the answer settles it', async () => {
    const h = harness()
    h.session.start()
    await h.flush()
    h.last().open()
    h.last().receive(h.welcome({ seatId: 'ana', label: 'Ana' }))
    h.last().receive({ type: 'items', items: [{ item: iso, open: true, ownVote: null }] })
    expect(h.session.state.phase).toBe('item')
    h.last().close()
    expect(h.session.state.link).toBe('reconnecting')
    expect(h.timers.at(-1)!.ms).toBe(375)
    h.session.vote(iso.frameworkId, iso.itemId, { kind: 'level', level: 2 })
    const [waiting] = h.session.state.pending
    expect(waiting).toBeDefined()
    // Kept on the phone too, so a reload sends it as well.
    expect(JSON.parse(h.storage.getItem(pendingKey(ROOM))!)).toEqual([waiting])
    h.timers.at(-1)!.run()
    h.last().open()
    h.last().receive(h.welcome({ seatId: 'ana', label: 'Ana' }))
    h.last().receive({ type: 'items', items: [{ item: iso, open: true, ownVote: null }] })
    expect(h.last().sent.at(-1)).toEqual({ type: 'vote', frameworkId: iso.frameworkId, itemId: iso.itemId, voteId: waiting!.voteId, rating: { kind: 'level', level: 2 } })
    h.last().receive({ type: 'vote-accepted', frameworkId: iso.frameworkId, itemId: iso.itemId, vote: { voteId: waiting!.voteId, rating: { kind: 'level', level: 2 } } })
    expect(h.session.state.pending).toEqual([])
    expect(h.storage.getItem(pendingKey(ROOM))).toBeNull()
    expect(h.session.state.items[0]!.ownVote?.voteId).toBe(waiting!.voteId)
  })

  it('a refused vote stops waiting, and the room’s words are what the page says', async () => {
    const h = harness()
    h.session.start()
    await h.flush()
    h.last().open()
    h.last().receive(h.welcome({ seatId: 'ana', label: 'Ana' }))
    h.last().receive({ type: 'items', items: [{ item: iso, open: false, ownVote: null }] })
    h.session.vote(iso.frameworkId, iso.itemId, { kind: 'level', level: 1 })
    const voteId = h.session.state.pending[0]!.voteId
    h.last().receive({ type: 'refused', code: 'item-closed', voteId, message: 'Voting on this item has closed. Your vote was not counted.' })
    expect(h.session.state.pending).toEqual([])
    expect(h.session.state.notice).toBe('Voting on this item has closed. Your vote was not counted.')
    expect(h.session.state.refusedItems).toEqual([itemKey(iso.frameworkId, iso.itemId)])
    // The next item starts clean.
    h.last().receive({ type: 'items', items: [{ item: quick, open: true, ownVote: null }] })
    expect(h.session.state.notice).toBeNull()
    expect(h.session.state.current).toBe(itemKey(quick.frameworkId, quick.itemId))
  })

  it('offline, it closes the socket at once, waits for the browser to say it is back, then reconnects', async () => {
    const h = harness()
    h.session.start()
    await h.flush()
    h.last().open()
    h.last().receive(h.welcome({ seatId: 'ana', label: 'Ana' }))
    h.setOnline(false)
    h.session.offline()
    expect(h.session.state.link).toBe('offline')
    expect(h.sockets).toHaveLength(1)
    h.setOnline(true)
    h.session.online()
    expect(h.sockets).toHaveLength(2)
  })

  it('after the phone wakes, an open-looking socket is asked again; no answer soon and it is dropped for a fresh one', async () => {
    const h = harness()
    h.session.start()
    await h.flush()
    h.last().open()
    h.last().receive(h.welcome({ seatId: 'ana', label: 'Ana' }))
    // Alive: the room answers the second hello, and nothing is dropped.
    h.session.wake()
    expect(h.last().sent.at(-1)).toEqual({ type: 'hello', deviceToken: DEVICE })
    const probe = h.timers.at(-1)!
    expect(probe.ms).toBe(5000)
    h.last().receive(h.welcome({ seatId: 'ana', label: 'Ana' }))
    probe.run()
    expect(h.sockets).toHaveLength(1)
    expect(h.sockets[0]!.readyState).toBe(1)
    // Dead: no answer, the probe's timer drops it and a reconnect follows.
    h.session.wake()
    h.timers.at(-1)!.run()
    expect(h.sockets[0]!.readyState).toBe(3)
    expect(h.session.state.link).toBe('reconnecting')
    h.timers.at(-1)!.run()
    expect(h.sockets).toHaveLength(2)
  })

  it('the backoff grows while the room does not answer, and starts again once it does', async () => {
    const h = harness()
    h.session.start()
    await h.flush()
    const delays: number[] = []
    for (let i = 0; i < 6; i++) {
      h.last().close()
      delays.push(h.timers.at(-1)!.ms)
      h.timers.at(-1)!.run()
    }
    expect(delays).toEqual([375, 750, 1500, 3000, 6000, 7500])
    h.last().open()
    h.last().receive(h.welcome(null))
    h.last().close()
    expect(h.timers.at(-1)!.ms).toBe(375)
  })

  it('at the short address it joins with the typed code, then puts the room token in the address', async () => {
    const h = harness({ pathname: '/' })
    h.session.start()
    expect(h.session.state.phase).toBe('code')
    await h.session.joinWithCode('123456')
    expect(h.posts).toEqual([{ joinCode: '123456' }])
    expect(h.deps.location.pathname).toBe(`/r/${ROOM}`)
    expect(h.storage.getItem(deviceKey(ROOM))).toBe(DEVICE)
    expect(h.sockets).toHaveLength(1)
  })

  it('a refused code shows the room’s words and stays on the code screen; the room closing ends the session', async () => {
    const h = harness({ pathname: '/', joins: [{ status: 403, json: { error: { code: 'wrong-code', message: 'That join code is not right.' } } }] })
    h.session.start()
    await h.session.joinWithCode('000000')
    expect(h.session.state.phase).toBe('code')
    expect(h.session.state.notice).toBe('That join code is not right.')
    await h.session.joinWithCode('123456')
    h.last().open()
    h.last().receive({ type: 'room-closed' })
    expect(h.session.state.phase).toBe('closed')
    const count = h.sockets.length
    h.session.wake()
    h.session.online()
    expect(h.sockets).toHaveLength(count)
  })
})
