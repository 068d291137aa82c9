import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import type { Room } from '../../electron/room/room-server'
import { TestDevice } from '../support/room-client'
import { makeTempDir } from '../support/temp-dir'
import { resultsDir, settled, startApp } from './harness'

/**
 * Issue 15 from the facilitator's window: the room opened on 127.0.0.1 at 1366×768, ISO 4.1 put
 * in it, three devices (the Node test client, real HTTP and WebSocket) vote blind; the window
 * shows who voted and no value until Reveal; then the grid holds the votes, and so does the file
 * on disk after autosave. A vote changed before Close voting counts; a vote after it is refused.
 */
const ISO = 'iso-9001-2015'
const TEAM = [
  { id: 'ana', name: 'Ana', role: 'leadership' as const },
  { id: 'ben', name: 'Ben', role: 'staff' as const },
  { id: 'cleo', name: 'Cleo', role: 'staff' as const },
]

function workshop(id: string, createdAt: string): Assessment {
  return { ...newAssessment({ id, title: 'Live room', now: createdAt }), origin: id, frameworks: [ISO], setupComplete: true, participants: TEAM }
}

const shot = (name: string) => path.join(resultsDir, 'room', `${name}.png`)
let voteCounter = 0
const newVoteId = () => `vote-${String(++voteCounter).padStart(4, '0')}`

describe('the live room, from the facilitator’s window (1366×768)', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  let page: Page
  let assessmentId: string
  let room: Pick<Room, 'port' | 'url' | 'address'>
  const devices = new Map<string, TestDevice>()

  const voteCells = async () => (await page.getByRole('table', { name: 'Votes for 4.1' }).locator('tbody td.vote-value').allTextContents()).map((text) => text.trim())
  const ratingsOnDisk = () => app.backend.repository.get(assessmentId).responses[ISO]?.['4.1']?.ratings ?? {}
  const roomPanel = () => page.getByRole('dialog', { name: 'Room' })

  /** A device in the room, joined with the code typed at the short address, sitting in a participant's seat. */
  async function joinAs(seatId: string, address: string, joinCode: string): Promise<TestDevice> {
    const response = await fetch(`${address}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json', origin: address }, body: JSON.stringify({ joinCode }) })
    expect(response.status).toBe(200)
    const { roomToken, deviceToken } = (await response.json()) as { roomToken: string; deviceToken: string }
    room = { port: Number(new URL(address).port), address, url: `${address}/r/${roomToken}` }
    const device = await TestDevice.open(room as Room)
    const welcome = device.next('welcome')
    device.send({ type: 'hello', deviceToken })
    await welcome
    const seat = device.next('seat')
    device.send({ type: 'claim', seat: { kind: 'participant', seatId } })
    expect((await seat).seat).toMatchObject({ seatId, anonymous: false })
    return device
  }

  async function vote(seatId: string, level: number) {
    const device = devices.get(seatId)!
    const answer = Promise.race([device.next('vote-accepted'), device.next('refused')])
    device.send({ type: 'vote', frameworkId: ISO, itemId: '4.1', voteId: newVoteId(), rating: { kind: 'level', level } })
    return answer
  }

  beforeAll(async () => {
    app = await startApp(makeTempDir('panorama-e2e-room-facilitator-'), { viewport: { width: 1366, height: 768 } })
    page = app.page
    const created = app.backend.repository.create('Live room')
    assessmentId = created.id
    app.backend.repository.save(workshop(created.id, created.createdAt))
    await page.reload()
    await page.locator('html[data-ready="true"]').waitFor()
    await page.locator('button.open-assessment').filter({ hasText: 'Live room' }).click()
    await page.getByRole('tab', { name: 'ISO 9001' }).click()
    await page.getByRole('heading', { level: 2, name: /^4\.1 / }).waitFor()
  })
  afterAll(async () => {
    for (const device of devices.values()) device.close()
    await app?.close()
  })

  it('opens the room on this computer only, from the app bar, by keyboard', async () => {
    const roomButton = page.getByRole('navigation', { name: 'Application' }).getByRole('button', { name: 'Room' })
    await roomButton.focus()
    await page.keyboard.press('Enter')
    const panel = roomPanel()
    await panel.waitFor()
    const network = panel.getByLabel('Network')
    await expect(network.locator('option').allTextContents()).resolves.toEqual(['This computer only (127.0.0.1)'])
    await expect(panel.getByText('Windows may ask to allow Panorama through its firewall: allow it on private networks.').isVisible()).resolves.toBe(true)
    await settled(page)
    await page.screenshot({ path: shot('panel-before-open') })
    await panel.getByRole('button', { name: 'Open room' }).click()
    const code = panel.getByTestId('room-join-code')
    await code.waitFor()
    expect(await code.textContent()).toMatch(/^\d{6}$/)
    const address = (await panel.getByTestId('room-address').textContent())!
    expect(address).toMatch(/^127\.0\.0\.1:\d+$/)
    // Readable from the back of the room: a join code in very large type, the whole panel on the screen.
    const codeSize = await code.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
    expect(codeSize).toBeGreaterThanOrEqual(64)
    const qr = panel.getByRole('img', { name: 'QR code for the room’s address' })
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/)
    for (const part of [qr, code, panel.getByRole('button', { name: 'Close room' })]) {
      const box = (await part.boundingBox())!
      expect(box.y + box.height).toBeLessThanOrEqual(768)
    }
    await expect(page.getByRole('navigation', { name: 'Application' }).getByRole('button', { name: 'Room · open' }).count()).resolves.toBe(1)

    for (const person of TEAM) devices.set(person.id, await joinAs(person.id, `http://${address}`, (await code.textContent())!))
    await expect(panel.getByRole('region', { name: 'Who has joined' }).getByRole('listitem').count()).resolves.toBe(3)
    await panel.getByRole('region', { name: 'Who has joined' }).getByText('Cleo').waitFor()
    await settled(page)
    await page.screenshot({ path: shot('panel-open') })
    await page.keyboard.press('Control+Shift+P')
    await settled(page)
    await page.screenshot({ path: shot('panel-open-projector') })
    const projectorCode = (await code.boundingBox())!
    expect(projectorCode.y + projectorCode.height).toBeLessThanOrEqual(768)
    await page.keyboard.press('Control+Shift+P')
    await panel.getByRole('button', { name: 'Done' }).click()
    await panel.waitFor({ state: 'detached' })
  })

  it('puts ISO 4.1 in the room; three devices vote blind; the window shows who voted, never a value', async () => {
    const shown = [...devices.values()].map((device) => device.next('items', (m) => m.items.some((i) => i.item.itemId === '4.1' && i.open)))
    await page.getByRole('button', { name: 'Put this item in the room' }).click()
    await Promise.all(shown)
    await page.getByText('Voting open').waitFor()

    expect((await vote('ana', 3)).type).toBe('vote-accepted')
    expect((await vote('ben', 4)).type).toBe('vote-accepted')
    expect((await vote('cleo', 4)).type).toBe('vote-accepted')
    await page.getByTestId('room-voted').filter({ hasText: '3 of 3 have voted: Ana, Ben, Cleo' }).waitFor()
    await expect(voteCells()).resolves.toEqual(['–', '–', '–'])
    // No value anywhere in the item before the reveal: no dots in the spread chart either.
    await expect(page.locator('.spread-chart circle.dot').count()).resolves.toBe(0)
    expect(ratingsOnDisk()).toEqual({})
    await settled(page)
    await page.screenshot({ path: shot('item-before-reveal') })
    await page.keyboard.press('Control+Shift+P')
    await settled(page)
    await page.screenshot({ path: shot('item-before-reveal-projector') })
    await page.keyboard.press('Control+Shift+P')
  })

  it('Reveal puts the three votes in the grid, and autosave writes them to disk', async () => {
    await page.getByRole('button', { name: 'Reveal votes' }).click()
    await page.waitForFunction(() => Array.from(document.querySelectorAll('table.votes tbody td.vote-value')).map((cell) => cell.textContent?.trim()).join(',') === '3,4,4')
    await page.getByText('Votes revealed').waitFor()
    await expect(page.locator('.spread-chart circle.dot').count()).resolves.toBe(3)
    await settled(page)
    await page.screenshot({ path: shot('item-after-reveal') })
    await page.keyboard.press('Control+Shift+P')
    await settled(page)
    await page.screenshot({ path: shot('item-after-reveal-projector') })
    await page.keyboard.press('Control+Shift+P')
    await expect.poll(ratingsOnDisk, { timeout: 5000 }).toEqual({ ana: { kind: 'level', level: 3 }, ben: { kind: 'level', level: 4 }, cleo: { kind: 'level', level: 4 } })
  })

  it('a vote changed after the reveal, before Close voting, updates the grid; after Close voting a late vote is refused', async () => {
    expect((await vote('ben', 1)).type).toBe('vote-accepted')
    await page.waitForFunction(() => Array.from(document.querySelectorAll('table.votes tbody td.vote-value')).map((cell) => cell.textContent?.trim()).join(',') === '3,1,4')

    await page.getByRole('button', { name: 'Close voting' }).click()
    await page.getByText('Voting closed').waitFor()
    const late = await vote('cleo', 0)
    expect(late).toMatchObject({ type: 'refused', code: 'item-closed' })
    await expect(voteCells()).resolves.toEqual(['3', '1', '4'])
    await expect.poll(ratingsOnDisk, { timeout: 5000 }).toEqual({ ana: { kind: 'level', level: 3 }, ben: { kind: 'level', level: 1 }, cleo: { kind: 'level', level: 4 } })
  })

  it('undo takes the revealed votes out in one step each; closing the room shows it closed', async () => {
    // The change after the reveal was its own step; undoing it and the reveal empties the grid.
    await page.keyboard.press('Control+z')
    await expect.poll(voteCells).toEqual(['3', '4', '4'])
    await page.keyboard.press('Control+z')
    await expect.poll(voteCells).toEqual(['–', '–', '–'])
    await page.keyboard.press('Control+Shift+z')
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(voteCells).toEqual(['3', '1', '4'])

    const closed = [...devices.values()].map((device) => device.next('room-closed'))
    await page.getByRole('navigation', { name: 'Application' }).getByRole('button', { name: 'Room · open' }).click()
    await roomPanel().getByRole('button', { name: 'Close room' }).click()
    await roomPanel().getByText('The room is closed.').waitFor()
    await Promise.all(closed)
    await roomPanel().getByRole('button', { name: 'Done' }).click()
    await expect(page.getByRole('button', { name: 'Put this item in the room' }).count()).resolves.toBe(0)
  })

  it('the room closes with its assessment: the devices are told, and the window shows no room', async () => {
    const appBar = page.getByRole('navigation', { name: 'Application' })
    await appBar.getByRole('button', { name: 'Room', exact: true }).click()
    await roomPanel().getByRole('button', { name: 'Open room' }).click()
    const address = `http://${await roomPanel().getByTestId('room-address').textContent()}`
    const ana = await joinAs('ana', address, (await roomPanel().getByTestId('room-join-code').textContent())!)
    devices.set('ana-again', ana)
    await roomPanel().getByRole('button', { name: 'Done' }).click()
    await page.getByRole('button', { name: 'Put this item in the room' }).waitFor()
    const closed = ana.next('room-closed')
    await page.getByRole('button', { name: '← All assessments' }).click()
    await closed
    await page.locator('button.open-assessment').filter({ hasText: 'Live room' }).click()
    await page.getByRole('heading', { level: 2, name: /^4\.1 / }).waitFor()
    await expect(appBar.getByRole('button', { name: 'Room', exact: true }).count()).resolves.toBe(1)
    await expect(page.getByRole('button', { name: 'Put this item in the room' }).count()).resolves.toBe(0)
    await expect(voteCells()).resolves.toEqual(['3', '1', '4'])
    expect(app.problems).toEqual([])
  })
})
