import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { emptyItemResponse, newAssessment, type Assessment, type ItemResponse } from '../../common/contract/assessment-schema'
import { makeTempDir } from '../support/temp-dir'
import { resultsDir, startApp } from './harness'

/**
 * Issue 13, point 9: projector mode read from the back of the room, at 1366×768 with seven people.
 * Large text and a legend in the spread chart, a median label clear of the dots, names hidden
 * without giving anyone away by order or role, and a room view with only what the room reads.
 */
const ISO = 'iso-9001-2015'
// Ana, the CEO, is entered first, as facilitators do.
const TEAM = [
  { id: 'ana', name: 'Ana', role: 'leadership' as const },
  { id: 'ben', name: 'Ben', role: 'staff' as const },
  { id: 'cleo', name: 'Cleo', role: 'staff' as const },
  { id: 'dev', name: 'Dev', role: 'staff' as const },
  { id: 'eli', name: 'Eli', role: 'external' as const },
  { id: 'fay', name: 'Fay', role: 'staff' as const },
  { id: 'gus', name: 'Gus', role: 'staff' as const },
]
// Four people on the median: the highest stack reaches where the median's label used to be.
const VOTES = { ana: 5, ben: 3, cleo: 3, dev: 3, eli: 3, fay: 2, gus: 2 }
const SETUP_ORDER = TEAM.map((person) => String(VOTES[person.id as keyof typeof VOTES]))
const ratings = (): ItemResponse['ratings'] => Object.fromEntries(Object.entries(VOTES).map(([id, level]) => [id, { kind: 'level' as const, level }]))

function workshop(id: string, createdAt: string): Assessment {
  return {
    ...newAssessment({ id, title: 'Room workshop', now: createdAt }),
    frameworks: [ISO],
    setupComplete: true,
    participants: TEAM,
    responses: {
      [ISO]: Object.fromEntries(['4.1', '4.2', '4.3', '5.1.1'].map((unit) => [unit, { ...emptyItemResponse(), ratings: ratings() }])),
    },
  }
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe('projector mode from the back of the room, at 1366×768', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  let page: Page

  const votesTable = (unit: string) => page.getByRole('table', { name: `Votes for ${unit}` })
  const rowVotes = async (unit: string) => (await votesTable(unit).locator('tbody td.vote-value').allTextContents()).map((text) => text.trim())
  const openUnit = async (unit: string) => {
    await page.getByRole('navigation', { name: 'ISO 9001 items' }).getByRole('button', { name: new RegExp(`^${unit.replaceAll('.', '\\.')} `) }).click()
    await page.getByRole('heading', { level: 2, name: new RegExp(`^${unit.replaceAll('.', '\\.')} `) }).waitFor()
  }
  const chart = () => page.locator('.spread-chart')
  const inViewport = async (locator: Locator) => {
    const box = await locator.boundingBox()
    return box !== null && box.y >= 0 && box.y + box.height <= 768
  }

  beforeAll(async () => {
    app = await startApp(makeTempDir('panorama-e2e-room-'), { viewport: { width: 1366, height: 768 } })
    page = app.page
    const created = app.backend.repository.create('Room workshop')
    app.backend.repository.save({ ...workshop(created.id, created.createdAt), origin: created.id })
    await page.reload()
    await page.locator('html[data-ready="true"]').waitFor()
    await page.locator('button.open-assessment').filter({ hasText: 'Room workshop' }).click()
    await page.getByRole('tab', { name: 'ISO 9001' }).click()
    await openUnit('4.1')
  })
  afterAll(async () => {
    await app?.close()
  })

  it('shows the vote grid above the fold in the light and dark themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      await page.getByLabel('Theme').selectOption(theme)
      await expect(inViewport(votesTable('4.1').locator('tbody tr').first())).resolves.toBe(true)
      await page.screenshot({ path: path.join(resultsDir, `issue13/fold-${theme}.png`) })
    }
    await page.getByLabel('Theme').selectOption('system')
  })

  it('writes the spread chart large in projector mode, with a legend of the role colours and a bright blue for staff', async () => {
    const deskTick = (await chart().locator('.tick').first().boundingBox())!.height
    await page.getByRole('button', { name: 'Projector mode' }).click()
    const tick = (await chart().locator('.tick').first().boundingBox())!.height
    // Readable from the back: the axis numbers at least as large as the body text of the room (21 px), far above the desk's.
    expect(tick).toBeGreaterThanOrEqual(21)
    expect(tick).toBeGreaterThan(deskTick * 1.5)
    const legend = page.getByRole('list', { name: 'Roles' })
    await expect(legend.getByRole('listitem').allTextContents()).resolves.toEqual(['Leadership', 'Staff', 'External'])
    const staffFill = await chart().locator('circle.dot.staff').first().evaluate((dot) => getComputedStyle(dot).fill)
    expect(staffFill).toBe('rgb(86, 180, 233)')
    await page.screenshot({ path: path.join(resultsDir, 'issue13/fold-projector.png') })
    // All seven rows on the screen, and nothing drawn over them.
    await expect(inViewport(votesTable('4.1').locator('tbody tr').last())).resolves.toBe(true)
    const grid = (await votesTable('4.1').boundingBox())!
    for (const other of ['.item-guidance', '.scale-guide', '.item-header']) expect(overlaps(grid, (await page.locator(other).boundingBox())!)).toBe(false)
  })

  it('keeps the median’s label clear of every dot, with four people stacked on the median', async () => {
    const label = (await chart().locator('.median text').boundingBox())!
    await expect(chart().locator('circle.dot').count()).resolves.toBe(7)
    for (const dot of await chart().locator('circle.dot').all()) expect(overlaps(label, (await dot.boundingBox())!)).toBe(false)
    // And the stack stays inside the chart.
    const svg = (await chart().boundingBox())!
    for (const dot of await chart().locator('circle.dot').all()) expect((await dot.boundingBox())!.y).toBeGreaterThanOrEqual(svg.y)
  })

  it('hides names, roles, role colours and the leaders-versus-staff figure, and shuffles the order per item', async () => {
    await expect(page.getByText(/leaders − staff/).isVisible()).resolves.toBe(true)
    await page.getByRole('button', { name: 'Hide names' }).click()
    const table = votesTable('4.1')
    await expect(table.locator('tbody th').allTextContents()).resolves.toEqual(TEAM.map((_, i) => `Participant ${i + 1}`))
    await expect(table.getByRole('columnheader', { name: 'Role' }).count()).resolves.toBe(0)
    await expect(page.locator('.votes-section').getByText(/Leadership|Staff|External/).count()).resolves.toBe(0)
    await expect(page.getByRole('list', { name: 'Roles' }).count()).resolves.toBe(0)
    await expect(page.getByText(/leaders − staff/).count()).resolves.toBe(0)
    const fills = await chart().locator('circle.dot').evaluateAll((dots) => dots.map((dot) => getComputedStyle(dot).fill))
    expect(new Set(fills).size).toBe(1)

    // "Participant 1" is not the first person entered, and not the same person on every item.
    const orders = []
    for (const unit of ['4.1', '4.2', '4.3', '5.1.1']) {
      await openUnit(unit)
      orders.push((await rowVotes(unit)).join(' '))
    }
    expect(orders).not.toContain(SETUP_ORDER.join(' '))
    expect(new Set(orders).size).toBeGreaterThan(1)
    // The same item keeps its order when it is shown again.
    await openUnit('4.1')
    await expect(rowVotes('4.1').then((cells) => cells.join(' '))).resolves.toBe(orders[0])
  })

  it('shows only the title, the questions, the votes and the chart in the room view, all on one screen', async () => {
    await page.getByRole('button', { name: 'Room view' }).click()
    await expect(page.getByRole('heading', { level: 2, name: /^4\.1 / }).isVisible()).resolves.toBe(true)
    await expect(page.getByRole('button', { name: /Questions to discuss/ }).isVisible()).resolves.toBe(true)
    for (const hidden of [
      page.getByRole('navigation', { name: 'ISO 9001 items' }),
      page.getByRole('tablist'),
      page.locator('.consensus'),
      page.locator('.note-lists'),
      page.locator('.participant-note'),
      page.locator('.scale-guide'),
    ]) {
      await expect(hidden.isVisible()).resolves.toBe(false)
    }
    await page.screenshot({ path: path.join(resultsDir, 'issue13/room-view.png') })
    await expect(inViewport(votesTable('4.1'))).resolves.toBe(true)
    await expect(inViewport(chart())).resolves.toBe(true)

    // Votes still go in by keyboard in the room view.
    await votesTable('4.1').locator('tbody tr').first().click()
    await page.keyboard.press('Delete')
    await page.keyboard.type('4')
    await expect(rowVotes('4.1').then((cells) => cells[0])).resolves.toBe('4')

    // Leaving projector mode brings the whole window back.
    await page.getByRole('button', { name: 'Projector mode' }).click()
    await expect(page.getByRole('navigation', { name: 'ISO 9001 items' }).isVisible()).resolves.toBe(true)
    await expect(page.locator('.consensus').isVisible()).resolves.toBe(true)
  })

  it('ran without a page error, console error or CSP violation', () => {
    expect(app.problems).toEqual([])
  })
})
