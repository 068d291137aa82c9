import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import { makeTempDir } from '../support/temp-dir'
import { launchChromium, resultsDir, settled, startApp, watchRequests } from './harness'

/**
 * Issue 15's "done when", acted out as the people in the room would: the facilitator's window
 * (the harness at 1366×768) opens the room on this computer only; three phones (Chromium at
 * 390×844, touch) open the address shown on the screen, type the join code shown there, take
 * their own seats and vote on ISO 4.1 by tapping. The window shows who voted and no value until
 * Reveal; then the grid, the spread chart and the disagreement figures show the three votes, and
 * the file on disk holds them after autosave. A phone's change before Close voting follows into
 * the grid; a vote after it is refused on the phone, in the room's own words.
 */
const ISO = 'iso-9001-2015'
const TEAM = [
  { id: 'ana', name: 'Ana', role: 'leadership' as const },
  { id: 'ben', name: 'Ben', role: 'staff' as const },
  { id: 'cleo', name: 'Cleo', role: 'staff' as const },
]
const VOTES = { ana: 2, ben: 4, cleo: 5 } as const
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'en-GB' }
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const shotsDir = path.join(resultsDir, 'room')
const shot = (name: string) => path.join(shotsDir, `workshop-${name}.png`)

function workshop(id: string, createdAt: string): Assessment {
  return { ...newAssessment({ id, title: 'Live workshop', now: createdAt }), origin: id, frameworks: [ISO], setupComplete: true, participants: TEAM }
}

interface Phone {
  seatId: keyof typeof VOTES
  name: string
  context: BrowserContext
  page: Page
  seen: Awaited<ReturnType<typeof watchRequests>>
  problems: string[]
}

async function seriousViolations(page: Page, include?: string): Promise<string> {
  await settled(page)
  const builder = new AxeBuilder({ page }).withTags(TAGS)
  if (include) builder.include(include)
  const { violations } = await builder.analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    - ${n.target.join(' ')}`).join('\n')}`)
    .join('\n')
}

describe('a scoring round with three phones, from the facilitator’s window (1366×768)', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  let page: Page
  let browser: Browser
  let assessmentId: string
  /** What the panel shows: the short address (host:port) and the join code. */
  let address = ''
  let joinCode = ''
  const phones: Phone[] = []

  const appBar = () => page.getByRole('navigation', { name: 'Application' })
  const roomPanel = () => page.getByRole('dialog', { name: 'Room' })
  const voteCells = async () => (await page.getByRole('table', { name: 'Votes for 4.1' }).locator('tbody td.vote-value').allTextContents()).map((text) => text.trim())
  const ratingsOnDisk = () => app.backend.repository.get(assessmentId).responses[ISO]?.['4.1']?.ratings ?? {}
  const phone = (seatId: Phone['seatId']) => phones.find((p) => p.seatId === seatId)!
  const ownVote = (p: Phone) => p.page.locator('#own-vote').textContent()
  /** The autosave has written the document: the status bar says "Saved …" once the last edit is on disk. */
  const saved = () => page.waitForFunction(() => document.querySelector('.save-state.saved')?.textContent?.startsWith('Saved') === true)

  async function openPhone(person: (typeof TEAM)[number]): Promise<Phone> {
    const origin = `http://${address}`
    const context = await browser.newContext(PHONE)
    const seen = await watchRequests(context, origin, { webSocketPrefix: `ws://${address}/ws/` })
    const p: Phone = { seatId: person.id as Phone['seatId'], name: person.name, context, page: await context.newPage(), seen, problems: [] }
    p.page.on('pageerror', (error) => p.problems.push(`page error: ${error.message}`))
    p.page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') p.problems.push(`console ${message.type()}: ${message.text()}`)
    })
    phones.push(p)
    // What a person types from the projected panel: the short address, then the join code.
    await p.page.goto(`${origin}/`)
    await p.page.locator('html[data-ready="true"]').waitFor()
    await p.page.getByRole('heading', { level: 1, name: 'Join the room' }).waitFor()
    await p.page.getByLabel('Join code').tap()
    await p.page.getByLabel('Join code').fill(joinCode)
    await p.page.getByRole('button', { name: 'Join' }).tap()
    await p.page.getByRole('heading', { level: 1, name: 'Choose your seat' }).waitFor()
    // Once joined, the phone is at the QR code's address (the room token), so a reload keeps the room.
    await expect.poll(() => new URL(p.page.url()).pathname).toMatch(/^\/r\/[A-Za-z0-9_-]{22,}$/)
    await p.page.getByRole('button', { name: person.name, exact: true }).tap()
    await p.page.getByRole('heading', { level: 1, name: 'Waiting for the facilitator' }).waitFor()
    await expect.poll(() => p.page.locator('#who').textContent()).toBe(`You: ${person.name}`)
    return p
  }

  async function tapVote(p: Phone, level: number, button: 'Send my vote' | 'Change my vote') {
    await p.page.locator(`label[for="level-${level}"]`).tap()
    await p.page.getByRole('button', { name: button }).tap()
  }

  /** The item scrolled so its room bar, the grid and the spread chart are on the 768 px screen. */
  async function itemVotesShot(name: string) {
    await page.locator('.room-item').evaluate((bar) => bar.scrollIntoView({ block: 'start' }))
    await settled(page)
    await page.screenshot({ path: shot(name) })
  }

  async function phoneShot(p: Phone, name: string) {
    await p.page.evaluate(() => window.scrollTo(0, 0))
    await settled(p.page)
    await p.page.screenshot({ path: shot(`phone-${p.seatId}-${name}`) })
    await p.page.screenshot({ path: shot(`phone-${p.seatId}-${name}-full`), fullPage: true })
  }

  beforeAll(async () => {
    fs.mkdirSync(shotsDir, { recursive: true })
    app = await startApp(makeTempDir('panorama-e2e-room-workshop-'), { viewport: { width: 1366, height: 768 } })
    page = app.page
    const created = app.backend.repository.create('Live workshop')
    assessmentId = created.id
    app.backend.repository.save(workshop(created.id, created.createdAt))
    await page.reload()
    await page.locator('html[data-ready="true"]').waitFor()
    await page.locator('button.open-assessment').filter({ hasText: 'Live workshop' }).click()
    await page.getByRole('tab', { name: 'ISO 9001' }).click()
    await page.getByRole('heading', { level: 2, name: /^4\.1 / }).waitFor()
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  it('the facilitator opens the room on this computer only, by clicking; the panel shows the address and the join code', async () => {
    await appBar().getByRole('button', { name: 'Room', exact: true }).click()
    const panel = roomPanel()
    await panel.waitFor()
    await panel.getByLabel('Network').selectOption({ label: 'This computer only (127.0.0.1)' })
    await panel.getByRole('button', { name: 'Open room' }).click()
    await panel.getByTestId('room-join-code').waitFor()
    address = (await panel.getByTestId('room-address').textContent())!.trim()
    joinCode = (await panel.getByTestId('room-join-code').textContent())!.trim()
    expect(address).toMatch(/^127\.0\.0\.1:\d+$/)
    expect(joinCode).toMatch(/^\d{6}$/)
    await expect(panel.getByRole('img', { name: 'QR code for the room’s address' }).isVisible()).resolves.toBe(true)
    await expect(appBar().getByRole('button', { name: 'Room · open' }).count()).resolves.toBe(1)
  })

  it('three phones open the address on the screen, type the join code and each take their own seat by tapping', async () => {
    for (const person of TEAM) await openPhone(person)
    const joined = roomPanel().getByRole('region', { name: 'Who has joined' })
    const seatRows = () => joined.getByRole('listitem').evaluateAll((rows) => rows.map((row) => `${row.querySelector('.seat-label')?.textContent}: ${row.querySelector('.seat-state')?.textContent}`))
    await expect.poll(seatRows).toEqual(['Ana: connected', 'Ben: connected', 'Cleo: connected'])
    const found = await seriousViolations(page, '[role="dialog"]')
    expect(found, `axe on the open Room panel:\n${found}`).toBe('')
    await settled(page)
    await page.screenshot({ path: shot('panel-open') })
    await page.keyboard.press('Control+Shift+P')
    await page.waitForFunction(() => document.documentElement.dataset.projector === 'true')
    await settled(page)
    await page.screenshot({ path: shot('panel-projector') })
    // Projected, the QR code, the address, the join code and who has joined are all on the screen.
    for (const part of [roomPanel().getByRole('img', { name: 'QR code for the room’s address' }), roomPanel().getByTestId('room-address'), roomPanel().getByTestId('room-join-code'), joined]) {
      const box = (await part.boundingBox())!
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.y + box.height).toBeLessThanOrEqual(768)
      expect(box.x + box.width).toBeLessThanOrEqual(1366)
    }
    await page.keyboard.press('Control+Shift+P')
    await page.waitForFunction(() => document.documentElement.dataset.projector === 'false')
    for (const p of phones) await phoneShot(p, 'waiting')
    await roomPanel().getByRole('button', { name: 'Done' }).click()
    await roomPanel().waitFor({ state: 'detached' })
  })

  it('ISO 4.1 goes in the room; each phone votes by tapping; the window shows who voted and no value', async () => {
    await page.getByRole('button', { name: 'Put this item in the room' }).click()
    await page.getByText('Voting open').waitFor()
    for (const p of phones) await p.page.getByRole('heading', { level: 1, name: /^4\.1 / }).waitFor()
    for (const p of phones) {
      await tapVote(p, VOTES[p.seatId], 'Send my vote')
      await expect.poll(() => ownVote(p)).toMatch(new RegExp(`^Your vote is counted: Level ${VOTES[p.seatId]}: `))
    }
    await page.getByTestId('room-voted').filter({ hasText: '3 of 3 have voted: Ana, Ben, Cleo' }).waitFor()

    // Blind: no cell holds a value, the chart has no dot and no figures, and no vote's value is written anywhere in the item.
    await expect(voteCells()).resolves.toEqual(['–', '–', '–'])
    await expect(page.locator('.spread-chart circle.dot').count()).resolves.toBe(0)
    await expect(page.locator('.spread figcaption').textContent()).resolves.not.toMatch(/median|range|\d/i)
    await expect(page.locator('.spread .disagreement').count()).resolves.toBe(0)
    const votes = page.getByRole('table', { name: 'Votes for 4.1' })
    for (const level of Object.values(VOTES)) {
      await expect(votes.locator('tbody').getByText(String(level), { exact: true }).count()).resolves.toBe(0)
    }
    expect(ratingsOnDisk()).toEqual({})
    await settled(page)
    await page.screenshot({ path: shot('item-before-reveal') })
    await itemVotesShot('item-before-reveal-votes')
    for (const p of phones) await phoneShot(p, 'voted')
    const found = await seriousViolations(phone('ana').page)
    expect(found, `axe on Ana's phone with her vote counted:\n${found}`).toBe('')
  })

  it('Reveal votes shows the three values, the spread chart and the disagreement figures; autosave writes them to disk', async () => {
    await page.getByRole('button', { name: 'Reveal votes' }).click()
    await expect.poll(voteCells).toEqual(['2', '4', '5'])
    await page.getByText('Votes revealed').waitFor()
    await expect(page.locator('.spread-chart circle.dot').count()).resolves.toBe(3)
    await expect(page.locator('.spread figcaption').textContent()).resolves.toMatch(/Median\s*4/)
    await expect(page.locator('.spread .disagreement').count()).resolves.toBe(1)
    await saved()
    expect(ratingsOnDisk()).toEqual({ ana: { kind: 'level', level: 2 }, ben: { kind: 'level', level: 4 }, cleo: { kind: 'level', level: 5 } })
    await settled(page)
    await page.screenshot({ path: shot('item-after-reveal') })
    await itemVotesShot('item-after-reveal-votes')
    await page.keyboard.press('Control+Shift+P')
    await page.waitForFunction(() => document.documentElement.dataset.projector === 'true')
    await settled(page)
    await page.screenshot({ path: shot('item-after-reveal-projector') })
    await page.keyboard.press('Control+Shift+P')
    await page.waitForFunction(() => document.documentElement.dataset.projector === 'false')
  })

  it('a phone changes its vote before Close voting and the grid follows; after Close voting a late vote is refused on the phone', async () => {
    const ben = phone('ben')
    await tapVote(ben, 1, 'Change my vote')
    await expect.poll(() => ownVote(ben)).toMatch(/^Your vote is counted: Level 1: /)
    await expect.poll(voteCells).toEqual(['2', '1', '5'])
    await saved()
    await expect.poll(ratingsOnDisk).toEqual({ ana: { kind: 'level', level: 2 }, ben: { kind: 'level', level: 1 }, cleo: { kind: 'level', level: 5 } })

    // Cleo changes her mind while her phone is off the Wi-Fi; the facilitator closes voting meanwhile.
    const cleo = phone('cleo')
    await cleo.context.setOffline(true)
    await expect.poll(() => cleo.page.locator('#link').isVisible()).toBe(true)
    await tapVote(cleo, 0, 'Change my vote')
    await expect.poll(() => ownVote(cleo)).toMatch(/^Your vote will be sent when the connection is back: Level 0: /)
    await page.getByRole('button', { name: 'Close voting' }).click()
    await page.getByText('Voting closed').waitFor()
    // Phones still online are told at once, and cannot send.
    await expect.poll(() => phone('ana').page.getByText('Voting on this item has closed.', { exact: true }).count()).toBe(1)
    await expect.poll(() => phone('ana').page.getByRole('button', { name: 'Change my vote' }).isDisabled()).toBe(true)
    await cleo.context.setOffline(false)
    await expect.poll(() => cleo.page.getByRole('alert').textContent()).toBe('Voting on this item has closed. Your vote was not counted.')
    await expect.poll(() => ownVote(cleo)).toMatch(/^Your vote is counted: Level 5: /)
    await expect(voteCells()).resolves.toEqual(['2', '1', '5'])
    expect(ratingsOnDisk()).toEqual({ ana: { kind: 'level', level: 2 }, ben: { kind: 'level', level: 1 }, cleo: { kind: 'level', level: 5 } })
    for (const p of phones) await phoneShot(p, 'closed-item')
  })

  it('after the window reloads (as after a renderer crash), it shows the room main kept open, and goes on running it', async () => {
    await page.reload()
    await page.locator('html[data-ready="true"]').waitFor()
    await page.locator('button.open-assessment').filter({ hasText: 'Live workshop' }).click()
    await page.getByRole('tab', { name: 'ISO 9001' }).click()
    await page.getByRole('heading', { level: 2, name: /^4\.1 / }).waitFor()
    await appBar().getByRole('button', { name: 'Room · open' }).waitFor()
    await page.getByText('Voting closed').waitFor()
    await expect(page.getByTestId('room-voted').textContent()).resolves.toBe('3 of 3 have voted: Ana, Ben, Cleo')
    await expect(page.getByText('Votes revealed').count()).resolves.toBe(1)
    await expect(voteCells()).resolves.toEqual(['2', '1', '5'])
    await appBar().getByRole('button', { name: 'Room · open' }).click()
    await expect(roomPanel().getByTestId('room-join-code').textContent()).resolves.toBe(joinCode)
    await expect(roomPanel().getByTestId('room-address').textContent()).resolves.toBe(address)
    await expect(roomPanel().getByRole('region', { name: 'Who has joined' }).getByRole('listitem').count()).resolves.toBe(3)
    await roomPanel().getByRole('button', { name: 'Done' }).click()
    // The restored room takes commands and its events reach the window: the next item, and a vote on it.
    await page.locator('.nav-tree').getByRole('button', { name: /^4\.2 / }).click()
    await page.getByRole('heading', { level: 2, name: /^4\.2 / }).waitFor()
    await page.getByRole('button', { name: 'Put this item in the room' }).click()
    for (const p of phones) await p.page.getByRole('heading', { level: 1, name: /^4\.2 / }).waitFor()
    await tapVote(phone('ana'), 3, 'Send my vote')
    await page.getByTestId('room-voted').filter({ hasText: '1 of 3 has voted: Ana' }).waitFor()
  })

  it('every phone spoke only to the room’s 127.0.0.1 origin, with no console errors; the window stayed on its own server', async () => {
    const roomToken = new URL(phone('ana').page.url()).pathname.split('/r/')[1]
    for (const p of phones) {
      expect(p.seen.elsewhere, p.name).toEqual([])
      expect(p.seen.own, p.name).toBeGreaterThan(0)
      expect(new Set(p.seen.webSockets), p.name).toEqual(new Set([`ws://${address}/ws/${roomToken}`]))
      expect(p.problems, p.name).toEqual([])
    }
    expect(app.requests.elsewhere).toEqual([])
    expect(app.problems).toEqual([])
  })
})
