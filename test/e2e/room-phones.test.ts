import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RoomEvent } from '../../common/contract/room-protocol'
import { roomItemFor } from '../../common/domain/room-item'
import { openRoom, type Room } from '../../electron/room/room-server'
import { efqmFramework, isoFramework } from '../support/workshop-fixture'
import { launchChromium, resultsDir, settled, watchRequests } from './harness'
import { stringsIn, untranslatedText } from './untranslated-text'
import { PSEUDO_LOCALE } from '../../common/i18n/pseudo-locale'

/**
 * Issue 15: the participant page on three (and then four) phones, in Chromium with a 390×844
 * touch viewport, against a real room on 127.0.0.1 serving the built page (out/room-page, so
 * `npm run build` first). What the facilitator would see is read from the room's own events,
 * as main will forward them. Every request a phone makes must go to the room's own origin, and
 * its only socket to the room's own WebSocket.
 */

const HOST = '127.0.0.1'
const pageDir = path.resolve('out/room-page')
const shotsDir = path.join(resultsDir, 'room')
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'en-GB' }
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

const iso = roomItemFor(isoFramework, '4.1')
const iso2 = roomItemFor(isoFramework, '4.2')
const iso3 = roomItemFor(isoFramework, '4.3')
const quick = roomItemFor(efqmFramework, '1.1', 'quick')
const radar = roomItemFor(efqmFramework, '1.2', 'radar')

interface Phone {
  name: string
  context: BrowserContext
  page: Page
  seen: Awaited<ReturnType<typeof watchRequests>>
  problems: string[]
  /** Every message the server sent to this phone, as text. */
  frames: string[]
  /** Every message this phone sent. */
  sent: string[]
}

let browser: Browser
let room: Room
const events: RoomEvent[] = []
const phones: Phone[] = []

async function openPhone(name: string, url: string): Promise<Phone> {
  const context = await browser.newContext(PHONE)
  const seen = await watchRequests(context, room.address, { webSocketPrefix: `ws://${HOST}:${room.port}/ws/` })
  const page = await context.newPage()
  const phone: Phone = { name, context, page, seen, problems: [], frames: [], sent: [] }
  page.on('pageerror', (error) => phone.problems.push(`page error: ${error.message}`))
  // CSP violations are reported on the console as errors.
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') phone.problems.push(`console ${message.type()}: ${message.text()}`)
  })
  page.on('websocket', (socket) => {
    socket.on('framereceived', (frame) => phone.frames.push(String(frame.payload)))
    socket.on('framesent', (frame) => phone.sent.push(String(frame.payload)))
  })
  await page.goto(url)
  await page.locator('html[data-ready="true"]').waitFor()
  phones.push(phone)
  return phone
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 })
const lastOf = <T extends RoomEvent['type']>(type: T) => events.filter((e): e is Extract<RoomEvent, { type: T }> => e.type === type).at(-1)
const votesOn = (key: string) => room.state.items.get(key)?.votes

/** Axe (light and dark), no sideways scrolling at 390 px, touch targets of at least 44 px, and a screenshot. */
async function checkScreen(page: Page, screen: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await settled(page)
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    - ${n.target.join(' ')}`).join('\n')}`)
    expect(serious.join('\n'), `axe on “${screen}” (${scheme})`).toBe('')
    // From the top, so the banners that stick to the screen's edges are drawn where the phone shows them.
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: path.join(shotsDir, `${screen}${scheme === 'dark' ? '-dark' : ''}.png`), fullPage: true })
    if (scheme === 'light') await page.screenshot({ path: path.join(shotsDir, `${screen}-screen.png`) })
  }
  await page.emulateMedia({ colorScheme: 'light' })
  const layout = await page.evaluate(() => {
    const small = [...document.querySelectorAll<HTMLElement>('button, select, textarea, input[type="text"], label.option, label.check')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ what: `${el.tagName.toLowerCase()}#${el.id || el.className} “${(el.textContent ?? '').trim().slice(0, 30)}”`, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(({ what, box }) => `${what} ${Math.round(box.width)}×${Math.round(box.height)}`)
    return { scrollWidth: document.documentElement.scrollWidth, small }
  })
  expect(layout.scrollWidth, `no sideways scrolling on “${screen}”`).toBeLessThanOrEqual(390)
  expect(layout.small, `touch targets on “${screen}”`).toEqual([])
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(pageDir, 'index.html'))) throw new Error('No built participant page in out/room-page. Run "npm run build" first.')
  fs.mkdirSync(shotsDir, { recursive: true })
  browser = await launchChromium()
  room = await openRoom({
    host: HOST,
    pageDir,
    seats: [
      { seatId: 'ana', label: 'Ana' },
      { seatId: 'ben', label: 'Ben' },
      { seatId: 'cleo', label: 'Cleo' },
      { seatId: 'dana', label: 'Dana' },
    ],
    allowAnonymous: false,
    // Four phones load pages and reconnect from one address here; on a real Wi-Fi each has its own.
    limits: { http: { burst: 200, perSecond: 100 } },
  })
  room.onEvent((event) => events.push(event))
})

afterAll(async () => {
  await browser?.close()
  await room?.close()
})

describe('three phones in a live room, on 127.0.0.1', () => {
  let ana: Phone
  let ben: Phone
  let cleo: Phone

  it('each opens the QR address, sees the free seats and claims one by tapping', async () => {
    expect(room.url.startsWith(`http://${HOST}:`)).toBe(true)
    ana = await openPhone('ana', room.url)
    await expect.poll(() => heading(ana.page).textContent()).toBe('Choose your seat')
    await checkScreen(ana.page, 'seat-choice')
    ben = await openPhone('ben', room.url)
    cleo = await openPhone('cleo', room.url)
    for (const [phone, label] of [
      [ana, 'Ana'],
      [ben, 'Ben'],
      [cleo, 'Cleo'],
    ] as const) {
      await phone.page.getByRole('button', { name: label, exact: true }).tap()
      await phone.page.getByRole('heading', { level: 1, name: 'Waiting for the facilitator' }).waitFor()
      await expect.poll(() => phone.page.locator('#who').textContent()).toBe(`You: ${label}`)
    }
    // A seat taken is no longer offered to the others.
    await expect.poll(() => events.filter((e) => e.type === 'seats').length).toBeGreaterThan(0)
    expect(lastOf('seats')!.seats.map((s) => [s.seatId, s.connected])).toEqual([
      ['ana', true],
      ['ben', true],
      ['cleo', true],
    ])
    await checkScreen(ana.page, 'waiting')
  })

  it('an ISO unit: title, questions and the levels with descriptions; each votes blind by tapping, and the facilitator sees who, never what', async () => {
    room.putItem(iso)
    for (const phone of [ana, ben, cleo]) await phone.page.getByRole('heading', { level: 1, name: `${iso.itemId} ${iso.title}` }).waitFor()
    const scale = iso.scale.kind === 'maturity' ? iso.scale : null
    for (const level of scale!.levels) {
      const option = ana.page.getByRole('radio', { name: `Level ${level.level}: ${level.label}` })
      await expect.poll(() => option.count()).toBe(1)
    }
    await expect.poll(() => ana.page.getByText(scale!.levels[3]!.description).count()).toBe(1)
    for (const question of iso.questions) await expect.poll(() => ana.page.getByText(question, { exact: true }).count()).toBe(1)
    await expect.poll(() => ana.page.locator('#own-vote').textContent()).toBe('You have not voted on this item yet.')

    const chosen = { ana: 3, ben: 2, cleo: 4 } as const
    for (const [phone, level] of [
      [ana, chosen.ana],
      [ben, chosen.ben],
      [cleo, chosen.cleo],
    ] as const) {
      await phone.page.locator(`label[for="level-${level}"]`).tap()
      await phone.page.getByRole('button', { name: 'Send my vote' }).tap()
      await expect.poll(() => phone.page.locator('#own-vote').textContent()).toMatch(new RegExp(`^Your vote is counted: Level ${level}: `))
    }
    await expect.poll(() => lastOf('voted')?.seatIds.slice().sort()).toEqual(['ana', 'ben', 'cleo'])
    // Before the reveal the facilitator's side heard seat ids only: no rating, no level.
    expect(events.some((e) => e.type === 'revealed')).toBe(false)
    expect(JSON.stringify(events)).not.toMatch(/"rating"|"level"/)
    // No phone heard anyone else's vote.
    for (const phone of [ana, ben, cleo]) {
      const others = Object.entries(chosen).filter(([seat]) => seat !== phone.name)
      for (const [, level] of others) {
        if (level === chosen[phone.name as keyof typeof chosen]) continue
        expect(phone.frames.join('\n'), phone.name).not.toContain(`"rating":{"kind":"level","level":${level}}`)
      }
    }
    await ana.page.getByRole('button', { name: 'Change my vote' }).waitFor()
    await checkScreen(ana.page, 'iso-item')
  })

  it('on reveal the values arrive, each under its seat', async () => {
    room.reveal(iso.frameworkId, iso.itemId)
    const revealed = lastOf('revealed')!
    expect(revealed.votes.map((v) => [v.seatId, v.rating]).sort()).toEqual([
      ['ana', { kind: 'level', level: 3 }],
      ['ben', { kind: 'level', level: 2 }],
      ['cleo', { kind: 'level', level: 4 }],
    ])
  })

  it('a phone changes its vote before the item closes, and the change is seen', async () => {
    await ben.page.locator('label[for="level-1"]').tap()
    await ben.page.getByRole('button', { name: 'Change my vote' }).tap()
    await expect.poll(() => ben.page.locator('#own-vote').textContent()).toMatch(/^Your vote is counted: Level 1: /)
    await expect.poll(() => lastOf('revealed')!.votes.find((v) => v.seatId === 'ben')?.rating).toEqual({ kind: 'level', level: 1 })
  })

  it('a phone that goes offline mid-vote shows it, sends the vote when back, and it counts once', async () => {
    const key = `${iso.frameworkId}/${iso.itemId}`
    await cleo.context.setOffline(true)
    await expect.poll(() => cleo.page.locator('#link').textContent()).toBe('This device is offline. Your vote will be sent when it is back online.')
    await expect.poll(() => lastOf('seats')!.seats.find((s) => s.seatId === 'cleo')?.connected).toBe(false)
    await cleo.page.locator('label[for="level-5"]').tap()
    await cleo.page.getByRole('button', { name: 'Change my vote' }).tap()
    await expect.poll(() => cleo.page.locator('#own-vote').textContent()).toMatch(/^Your vote will be sent when the connection is back: Level 5: /)
    await checkScreen(cleo.page, 'offline')
    const idsBefore = room.state.items.get(key)!.voteIds.get('cleo')!.size
    await cleo.context.setOffline(false)
    await expect.poll(() => cleo.page.locator('#own-vote').textContent()).toMatch(/^Your vote is counted: Level 5: /)
    await expect.poll(() => cleo.page.locator('#link').isHidden()).toBe(true)
    expect(votesOn(key)!.get('cleo')!.rating).toEqual({ kind: 'level', level: 5 })
    // One new vote id reached the room for that tap, and Cleo is still one seat.
    expect(room.state.items.get(key)!.voteIds.get('cleo')!.size).toBe(idsBefore + 1)
    expect(lastOf('seats')!.seats.map((s) => s.seatId)).toEqual(['ana', 'ben', 'cleo'])
  })

  it('a vote lost on the way, or whose answer was lost, is sent again with the same vote id after the reconnect, and counts once', async () => {
    const key = `${iso.frameworkId}/${iso.itemId}`
    // Cleo's sockets go through a relay that can cut the line at the worst moments: as the vote
    // leaves the phone (the room never gets it), or as the room accepts it (the phone never hears).
    let cut: 'none' | 'vote' | 'answer' = 'none'
    let unreachable = false
    let hangUpNow = () => {}
    const relayed: string[] = []
    await cleo.page.routeWebSocket(/\/ws\//, (phoneSide) => {
      // While "unreachable", every attempt is dropped at once, as when the laptop's Wi-Fi is gone.
      if (unreachable) return void phoneSide.close({ code: 4001, reason: 'unreachable' })
      const roomSide = phoneSide.connectToServer()
      const hangUp = () => {
        cut = 'none'
        void phoneSide.close({ code: 4000, reason: 'cut' })
        void roomSide.close()
      }
      hangUpNow = hangUp
      phoneSide.onMessage((message) => {
        relayed.push(String(message))
        if (cut === 'vote' && String(message).includes('"type":"vote"')) return hangUp()
        roomSide.send(message)
      })
      roomSide.onMessage((message) => {
        if (cut === 'answer' && String(message).includes('"type":"vote-accepted"')) return hangUp()
        phoneSide.send(message)
      })
    })
    // Reconnect so the relay carries the socket.
    await cleo.context.setOffline(true)
    await cleo.context.setOffline(false)
    await expect.poll(() => relayed.some((m) => m.includes('"type":"hello"'))).toBe(true)
    await expect.poll(() => cleo.page.locator('#link').isHidden()).toBe(true)
    const votesSent = () => relayed.filter((m) => m.includes('"type":"vote"')).map((m) => JSON.parse(m) as { voteId: string })

    // 1. The vote is lost on the way: after the reconnect the phone sends it again, same id.
    cut = 'vote'
    await cleo.page.locator('label[for="level-4"]').tap()
    await cleo.page.getByRole('button', { name: 'Change my vote' }).tap()
    await expect.poll(() => cleo.page.locator('#own-vote').textContent()).toMatch(/^Your vote is counted: Level 4: /)
    const first = votesSent()
    expect(first).toHaveLength(2)
    expect(first[1]!.voteId).toBe(first[0]!.voteId)
    expect(votesOn(key)!.get('cleo')).toEqual({ voteId: first[0]!.voteId, rating: { kind: 'level', level: 4 } })

    // 2. The room accepts the vote but the answer is lost: the reconnect shows it counted, once.
    const idsBefore = room.state.items.get(key)!.voteIds.get('cleo')!.size
    cut = 'answer'
    await cleo.page.locator('label[for="level-3"]').tap()
    await cleo.page.getByRole('button', { name: 'Change my vote' }).tap()
    await expect.poll(() => cleo.page.locator('#own-vote').textContent()).toMatch(/^Your vote is counted: Level 3: /)
    const second = votesSent().slice(first.length)
    expect(new Set(second.map((v) => v.voteId)).size).toBe(1)
    expect(votesOn(key)!.get('cleo')).toEqual({ voteId: second[0]!.voteId, rating: { kind: 'level', level: 3 } })
    expect(room.state.items.get(key)!.voteIds.get('cleo')!.size).toBe(idsBefore + 1)
    expect(lastOf('revealed')!.votes.filter((v) => v.seatId === 'cleo')).toEqual([{ seatId: 'cleo', anonymous: false, rating: { kind: 'level', level: 3 } }])

    // 3. The room cannot be reached for a while: the phone says it is reconnecting, and comes back by itself.
    unreachable = true
    hangUpNow()
    await expect.poll(() => cleo.page.locator('#link').textContent()).toBe('Connection lost. Reconnecting…')
    await checkScreen(cleo.page, 'reconnecting')
    unreachable = false
    await expect.poll(() => cleo.page.locator('#link').isHidden(), { timeout: 15_000 }).toBe(true)
    await expect.poll(() => cleo.page.locator('#own-vote').textContent()).toMatch(/^Your vote is counted: Level 3: /)
    await cleo.page.unrouteAll()
  })

  it('after the item closes, a late vote is refused and the phone shows the room’s message', async () => {
    const key = `${iso.frameworkId}/${iso.itemId}`
    // Ana's phone is offline while she changes her vote; the facilitator closes the item meanwhile.
    await ana.context.setOffline(true)
    await expect.poll(() => ana.page.locator('#link').isVisible()).toBe(true)
    await ana.page.locator('label[for="level-0"]').tap()
    await ana.page.getByRole('button', { name: 'Change my vote' }).tap()
    room.closeItem(iso.frameworkId, iso.itemId)
    await expect.poll(() => ben.page.getByText('Voting on this item has closed.', { exact: true }).count()).toBe(1)
    await expect.poll(() => ben.page.getByRole('button', { name: 'Change my vote' }).isDisabled()).toBe(true)
    await ana.context.setOffline(false)
    const alert = ana.page.getByRole('alert')
    await expect.poll(() => alert.textContent()).toBe('Voting on this item has closed. Your vote was not counted.')
    await expect.poll(() => ana.page.locator('#own-vote').textContent()).toMatch(/^Your vote is counted: Level 3: /)
    // The form shows the vote that counts again, not the refused choice.
    await expect.poll(() => ana.page.getByRole('radio', { name: /^Level 3: / }).isChecked()).toBe(true)
    expect(votesOn(key)!.get('ana')!.rating).toEqual({ kind: 'level', level: 3 })
    await checkScreen(ana.page, 'refused')
  })

  it('a reload re-joins as the same seat, with its own vote', async () => {
    const devices = room.state.devices.size
    await ben.page.reload()
    await ben.page.locator('html[data-ready="true"]').waitFor()
    await ben.page.getByRole('heading', { level: 1, name: `${iso.itemId} ${iso.title}` }).waitFor()
    await expect.poll(() => ben.page.locator('#who').textContent()).toBe('You: Ben')
    await expect.poll(() => ben.page.locator('#own-vote').textContent()).toMatch(/^Your vote is counted: Level 1: /)
    await expect.poll(() => ben.page.getByRole('radio', { name: /^Level 1: / }).isChecked()).toBe(true)
    expect(room.state.devices.size).toBe(devices)
    await expect.poll(() => lastOf('seats')!.seats.map((s) => [s.seatId, s.connected])).toEqual([
      ['ana', true],
      ['ben', true],
      ['cleo', true],
    ])
  })

  it('an EFQM part, quick score by RADAR bands: a score by tapping, and N/A with a reason', async () => {
    const key = `${quick.frameworkId}/${quick.itemId}`
    room.putItem(quick)
    await ana.page.getByRole('heading', { level: 1, name: `${quick.itemId} ${quick.title}` }).waitFor()
    for (const band of quick.scale.kind === 'radar' ? quick.scale.bands : []) {
      await expect.poll(() => ana.page.getByRole('group', { name: `${band.label} (${band.from}–${band.to})` }).count()).toBe(1)
    }
    await ana.page.locator('label[for="score-45"]').tap()
    await ana.page.getByRole('button', { name: 'Send my vote' }).tap()
    await expect.poll(() => ana.page.locator('#own-vote').textContent()).toBe('Your vote is counted: 45 (ability).')
    await checkScreen(ana.page, 'efqm-quick')
    expect(votesOn(key)!.get('ana')!.rating).toEqual({ kind: 'quick', score: 45 })

    await ben.page.getByRole('heading', { level: 1, name: `${quick.itemId} ${quick.title}` }).waitFor()
    await ben.page.getByText('Not applicable to us').tap()
    await ben.page.getByLabel('Why not (optional)').fill('We have no say in this here.')
    await ben.page.getByRole('button', { name: 'Send my vote' }).tap()
    await expect.poll(() => ben.page.locator('#own-vote').textContent()).toBe('Your vote is counted: not applicable.')
    expect(votesOn(key)!.get('ben')!.rating).toEqual({ kind: 'not-applicable', justification: 'We have no say in this here.' })
    await checkScreen(ben.page, 'efqm-not-applicable')
  })

  it('an EFQM part in the full RADAR grid: every attribute of the section, scored on the phone', async () => {
    const key = `${radar.frameworkId}/${radar.itemId}`
    room.putItem(radar)
    await ana.page.getByRole('heading', { level: 1, name: `${radar.itemId} ${radar.title}` }).waitFor()
    const elements = radar.scale.kind === 'radar' ? radar.scale.elements : []
    expect(elements.length).toBeGreaterThan(0)
    for (const element of elements) {
      const group = ana.page.getByRole('group', { name: element.name, exact: true })
      for (const attribute of element.attributes) await expect.poll(() => group.getByLabel(attribute.name, { exact: true }).count()).toBe(1)
    }
    const [first, second] = [elements[0]!.attributes[0]!, elements[1]!.attributes[0]!]
    await ana.page.locator(`#attribute-${elements[0]!.id}-${first.id}`).selectOption('60')
    await ana.page.locator(`#attribute-${elements[1]!.id}-${second.id}`).selectOption('35')
    await ana.page.getByRole('button', { name: 'Send my vote' }).tap()
    const count = elements.reduce((sum, e) => sum + e.attributes.length, 0)
    await expect.poll(() => ana.page.locator('#own-vote').textContent()).toBe(`Your vote is counted: 2 of ${count} attributes scored.`)
    expect(votesOn(key)!.get('ana')!.rating).toEqual({ kind: 'radar', attributes: { [first.id]: 60, [second.id]: 35 } })
    await checkScreen(ana.page, 'efqm-radar')
  })

  it('a self-paced set: the phone moves between the items and votes on each', async () => {
    room.putItems([iso, iso2, iso3])
    await cleo.page.getByText('Item 1 of 3', { exact: true }).waitFor()
    await cleo.page.getByRole('button', { name: 'Next item' }).tap()
    await cleo.page.getByRole('heading', { level: 1, name: `${iso2.itemId} ${iso2.title}` }).waitFor()
    await cleo.page.locator('label[for="level-2"]').tap()
    await cleo.page.getByRole('button', { name: 'Send my vote' }).tap()
    await expect.poll(() => cleo.page.locator('#own-vote').textContent()).toMatch(/^Your vote is counted: Level 2: /)
    await cleo.page.getByRole('button', { name: 'Next item' }).tap()
    await cleo.page.getByRole('heading', { level: 1, name: `${iso3.itemId} ${iso3.title}` }).waitFor()
    expect(await cleo.page.getByRole('button', { name: 'Next item' }).isDisabled()).toBe(true)
    await cleo.page.getByRole('button', { name: 'Previous item' }).tap()
    await expect.poll(() => cleo.page.locator('#own-vote').textContent()).toMatch(/^Your vote is counted: Level 2: /)
    expect(votesOn(`${iso2.frameworkId}/${iso2.itemId}`)!.get('cleo')!.rating).toEqual({ kind: 'level', level: 2 })
    await checkScreen(cleo.page, 'self-paced')
  })

  it('works with the keyboard alone: Tab through the item in order, arrows choose a level, Enter sends', async () => {
    const page = ana.page
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.id || document.activeElement?.tagName.toLowerCase())
    await page.getByText('Item 1 of 3', { exact: true }).waitFor()
    await page.locator('h1').focus()
    const tabs = async (count: number) => {
      const order: string[] = []
      for (let i = 0; i < count; i++) {
        await page.keyboard.press('Tab')
        order.push(String(await focused()))
      }
      return order
    }
    // Heading, the scale (at the chosen level), N/A, send, then on to the next item ("Previous" is disabled here).
    expect(await tabs(4)).toEqual(['level-3', 'not-applicable', 'send-vote', 'next-item'])
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: `${iso2.itemId} ${iso2.title}` }).waitFor()
    // The new item's heading has the focus, so reading starts there.
    expect(await focused()).toBe('h1')
    expect(await tabs(1)).toEqual(['level-0'])
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect(await focused()).toBe('level-2')
    expect(await page.getByRole('radio', { name: /^Level 2: / }).isChecked()).toBe(true)
    expect(await tabs(2)).toEqual(['not-applicable', 'send-vote'])
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#own-vote').textContent()).toMatch(/^Your vote is counted: Level 2: /)
    expect(votesOn(`${iso2.frameworkId}/${iso2.itemId}`)!.get('ana')!.rating).toEqual({ kind: 'level', level: 2 })
    // The focus stayed where it was through the redraw.
    expect(await focused()).toBe('send-vote')
    expect(await tabs(2)).toEqual(['previous-item', 'next-item'])
  })

  it('a fourth phone joins at the short address by typing the join code', async () => {
    const dana = await openPhone('dana', `${room.address}/`)
    await dana.page.getByRole('heading', { level: 1, name: 'Join the room' }).waitFor()
    await checkScreen(dana.page, 'join')
    const code = dana.page.getByLabel('Join code')
    const wrong = room.joinCode === '000000' ? '111111' : '000000'
    await code.fill(wrong)
    await dana.page.getByRole('button', { name: 'Join' }).tap()
    await expect.poll(() => dana.page.getByRole('alert').textContent()).toBe('That join code is not right.')
    // Chromium logs the refused join (403) on the console: expected here, and only here.
    expect(dana.problems).toEqual(['console error: Failed to load resource: the server responded with a status of 403 (Forbidden)'])
    dana.problems.length = 0
    await code.fill(room.joinCode)
    await dana.page.getByRole('button', { name: 'Join' }).tap()
    await dana.page.getByRole('heading', { level: 1, name: 'Choose your seat' }).waitFor()
    // The seats others hold are not offered; the address now carries the room token, so a reload finds the room.
    await expect.poll(() => dana.page.getByRole('button').allTextContents()).toEqual(['Dana'])
    expect(dana.page.url()).toBe(room.url)
    await dana.page.getByRole('button', { name: 'Dana', exact: true }).tap()
    await dana.page.getByRole('heading', { level: 1, name: `${iso.itemId} ${iso.title}` }).waitFor()
    await dana.page.reload()
    await dana.page.getByRole('heading', { level: 1, name: `${iso.itemId} ${iso.title}` }).waitFor()
    await expect.poll(() => dana.page.locator('#who').textContent()).toBe('You: Dana')

    // The facilitator releases Dana's seat: her phone says so and offers the free seats again.
    room.releaseSeat('dana')
    await dana.page.getByRole('heading', { level: 1, name: 'Choose your seat' }).waitFor()
    await expect.poll(() => dana.page.getByText('The facilitator released your seat. Choose a seat again.').count()).toBe(1)
    await expect.poll(() => dana.page.locator('#who').textContent()).toBe('')
    await dana.page.getByRole('button', { name: 'Dana', exact: true }).tap()
    await dana.page.getByRole('heading', { level: 1, name: `${iso.itemId} ${iso.title}` }).waitFor()
  })

  it('when the room closes, every phone says so and stops', async () => {
    await room.close()
    for (const phone of phones) await phone.page.getByRole('heading', { level: 1, name: 'The room has closed' }).waitFor()
    await checkScreen(ana.page, 'closed')
  })

  it('every request a phone made went to the room’s own origin, its only socket to the room’s own, and nothing broke the CSP', () => {
    for (const phone of phones) {
      expect(phone.seen.elsewhere, phone.name).toEqual([])
      expect(phone.seen.own, phone.name).toBeGreaterThan(0)
      expect(phone.seen.webSockets.length, phone.name).toBeGreaterThan(0)
      expect(new Set(phone.seen.webSockets), phone.name).toEqual(new Set([`ws://${HOST}:${room.port}/ws/${room.url.split('/r/')[1]}`]))
      expect(phone.problems, phone.name).toEqual([])
    }
  })
})

describe('every word on the phone comes from the catalogue (pseudo-locale)', () => {
  it('join, seats, waiting, each kind of item, offline and closed: nothing left unbracketed but the room’s own data', async () => {
    const pseudoRoom = await openRoom({ host: HOST, pageDir, seats: [{ seatId: 'ana', label: 'Ana' }], allowAnonymous: true })
    const context = await browser.newContext({ ...PHONE, locale: PSEUDO_LOCALE })
    try {
      const seen = await watchRequests(context, pseudoRoom.address, { webSocketPrefix: `ws://${HOST}:${pseudoRoom.port}/ws/` })
      const page = await context.newPage()
      const data = [...stringsIn([iso, quick, radar]), 'Ana', 'Anonymous 1', String(pseudoRoom.joinCode)]
      const expectAllFromCatalogue = async (screen: string) => expect(await untranslatedText(page, data), screen).toEqual([])

      await page.goto(`${pseudoRoom.address}/`)
      await page.locator('html[data-ready="true"]').waitFor()
      expect(await page.evaluate(() => navigator.language)).toBe(PSEUDO_LOCALE)
      await expectAllFromCatalogue('join')
      await page.locator('#join-code').fill(pseudoRoom.joinCode)
      await page.locator('#join-code').press('Enter')
      await page.locator('#seat-anonymous').waitFor()
      await expectAllFromCatalogue('seats')
      await page.locator('#seat-anonymous').tap()
      await expect.poll(() => page.locator('#who').textContent()).toContain('Anonymous 1')
      await expectAllFromCatalogue('waiting')
      pseudoRoom.putItems([iso, quick, radar])
      await page.locator('#level-0').waitFor()
      await page.locator('label[for="level-2"]').tap()
      await page.locator('#send-vote').tap()
      await page.locator('#own-vote.is-counted').waitFor()
      await expectAllFromCatalogue('ISO item')
      await page.locator('#next-item').tap()
      await page.locator('#score-45').waitFor()
      await page.locator('#not-applicable').check()
      await page.locator('#na-reason').waitFor()
      await expectAllFromCatalogue('EFQM quick, N/A')
      await page.locator('#next-item').tap()
      await page.locator('select').first().waitFor()
      await expectAllFromCatalogue('EFQM RADAR grid')
      await context.setOffline(true)
      await page.locator('#link').waitFor()
      await expectAllFromCatalogue('offline')
      await context.setOffline(false)
      await page.locator('#link').waitFor({ state: 'hidden' })
      await pseudoRoom.close()
      await page.locator('h1').filter({ hasText: '⟦' }).waitFor()
      await expect.poll(() => page.locator('#main').textContent()).toContain('⟦')
      await expectAllFromCatalogue('closed')
      expect(seen.elsewhere).toEqual([])
    } finally {
      await context.close()
      await pseudoRoom.close()
    }
  })
})
