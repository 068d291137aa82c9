import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import efqmJson from '../../assets/frameworks/efqm-2025.json'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import { makeTempDir } from '../support/temp-dir'
import { startApp, watchRequests, wireApi } from './harness'

/**
 * The questionnaire on a 1366×768 laptop or projector, as a facilitator meets it: one item fits
 * one screen, the scale sits where people vote, entries show all their text and undo, the toolbar
 * stays put, and the score charts can be read in full at 100 %, 125 % and 150 % zoom.
 */
describe('an item on one screen at 1366×768, in the real renderer', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  let page: Page
  const efqmTab = () => page.getByRole('tab', { name: /EFQM Model/ })
  const isoTab = () => page.getByRole('tab', { name: /ISO 9001/ })
  const voteRows = (itemId: string) => page.getByRole('table', { name: `Votes for ${itemId}` }).locator('tbody tr')
  const itemHeading = (itemId: string) => page.getByRole('heading', { level: 2, name: new RegExp(`^${itemId.replace(/\./g, '\\.')} `) })
  const navItem = (itemId: string) => page.locator('.nav-tree').getByRole('button', { name: new RegExp(`^${itemId.replace(/\./g, '\\.')} `) })

  /** Where the visible page ends: the status bar stays on top of the bottom of the window. */
  const visibleBottom = () => page.locator('.status-bar').evaluate((bar) => bar.getBoundingClientRect().top)
  async function expectOnScreen(locator: Locator, what: string) {
    const box = await locator.boundingBox()
    expect(box, `${what} is not shown`).not.toBeNull()
    const bottom = await visibleBottom()
    expect(box!.y, `${what} starts above the window`).toBeGreaterThanOrEqual(0)
    expect(box!.y + box!.height, `${what} ends below the visible page (${Math.round(box!.y + box!.height)} > ${bottom})`).toBeLessThanOrEqual(bottom)
  }
  const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement)

  beforeAll(async () => {
    app = await startApp(makeTempDir('panorama-e2e-item-layout-'))
    page = app.page
    await page.setViewportSize({ width: 1366, height: 768 })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('puts the focus in the first field of the setup once a new assessment is created', async () => {
    await page.getByRole('button', { name: /New assessment/ }).click()
    await page.getByRole('dialog').getByLabel('Title').fill('Workshop on the projector')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 2, name: 'Organisation' }).waitFor()
    const name = page.getByLabel('Name of the organisation')
    await expect.poll(() => isFocused(name)).toBe(true)
    // Typing goes straight into it.
    await page.keyboard.type('Stadtwerke Łódź')
    await expect(name.inputValue()).resolves.toBe('Stadtwerke Łódź')
  })

  it('shows the first item at its top after “Start the assessment”', async () => {
    await page.getByLabel('Name of the organisation').fill('Stadtwerke Łódź')
    await page.getByLabel('Sector').selectOption('public')
    await page.getByLabel('Scope of the assessment').fill('All sites, 2025 performance year.')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByLabel('EFQM Model 2025').check()
    await page.getByLabel(/ISO 9001/).check()
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Add participant' }).click()
    await page.keyboard.type('Ana Leader')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Ben Staff')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Cleo Staff')
    await page.getByLabel('Role of participant 1').selectOption('leadership')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('heading', { level: 2, name: 'Target profile' }).waitFor()
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Next' }).click()
    // The review is long: the button is at the bottom of a scrolled page.
    await page.getByRole('button', { name: 'Start the assessment' }).click()
    await itemHeading('1.1').waitFor()
    await expectOnScreen(itemHeading('1.1'), 'the heading of 1.1')
    await expectOnScreen(voteRows('1.1').first(), 'the first vote row of 1.1')
  })

  it('shows the item’s title, its questions, the scale and the first vote rows without scrolling (EFQM and ISO)', async () => {
    await efqmTab().click()
    await itemHeading('1.1').waitFor()
    const efqmItem = efqmJson.sections[0]!.items[0]!
    await expectOnScreen(itemHeading('1.1'), 'the title of 1.1')
    await expectOnScreen(page.getByText(efqmItem.questions.at(-1)!, { exact: true }), 'the last question of 1.1')
    await expectOnScreen(voteRows('1.1').nth(0), 'the first vote row of 1.1')
    await expectOnScreen(voteRows('1.1').nth(1), 'the second vote row of 1.1')
    await expectOnScreen(page.getByRole('complementary', { name: 'RADAR score bands' }), 'the RADAR bands')
    await app.screenshot('item-layout/efqm-1.1')

    await isoTab().click()
    await navItem('5.1.2').click()
    await itemHeading('5.1.2').waitFor()
    const isoItem = isoJson.sections.flatMap((s) => s.items).find((i) => i.id === '5.1.2')!
    await expectOnScreen(itemHeading('5.1.2'), 'the title of 5.1.2')
    await expectOnScreen(page.getByText(isoItem.questions.at(-1)!, { exact: true }), 'the last question of 5.1.2')
    await expectOnScreen(voteRows('5.1.2').nth(0), 'the first vote row of 5.1.2')
    await expectOnScreen(voteRows('5.1.2').nth(1), 'the second vote row of 5.1.2')
    await expectOnScreen(page.getByRole('complementary', { name: 'Maturity levels' }), 'the maturity levels, 0 to 5')
    await app.screenshot('item-layout/iso-5.1.2')
  })

  it('shows the ISO levels 0–5 and the RADAR bands beside the vote grid, from the framework’s own texts, and folds them away', async () => {
    const levels = page.getByRole('complementary', { name: 'Maturity levels' })
    for (const level of isoJson.maturityLevels) {
      await levels.getByText(level.description, { exact: true }).waitFor()
      await levels.getByText(level.label, { exact: true }).waitFor()
    }
    const grid = await page.getByRole('table', { name: 'Votes for 5.1.2' }).boundingBox()
    const scale = await levels.boundingBox()
    // Beside the grid: to its right, and level with it.
    expect(scale!.x).toBeGreaterThanOrEqual(grid!.x + grid!.width)
    expect(scale!.y).toBeLessThan(grid!.y + grid!.height)
    expect(scale!.y + scale!.height).toBeGreaterThan(grid!.y)

    // The team's proposed level is marked.
    await voteRows('5.1.2').first().focus()
    await page.keyboard.type('444')
    await expect.poll(() => levels.locator('li[aria-current="true"]').textContent()).toContain(isoJson.maturityLevels[4]!.label)

    await levels.getByRole('button', { name: 'Maturity levels' }).click()
    await expect(levels.getByText(isoJson.maturityLevels[0]!.description).isVisible()).resolves.toBe(false)
    await levels.getByRole('button', { name: 'Maturity levels' }).click()
    await levels.getByText(isoJson.maturityLevels[0]!.description).waitFor()

    await efqmTab().click()
    const bands = page.getByRole('complementary', { name: 'RADAR score bands' })
    for (const name of ['no evidence', 'limited', 'ability', 'comprehensive', 'outstanding']) await bands.getByText(name, { exact: true }).waitFor()
    await bands.getByText('90–100').waitFor()
  })

  it('folds the questions away for every item and still after a reload, and unfolds them', async () => {
    const first = efqmJson.sections[0]!.items[0]!.questions[0]!
    await page.getByText(first, { exact: true }).waitFor()
    const toggle = page.getByRole('button', { name: /^Questions to discuss/ })
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true')
    await toggle.click()
    await page.getByText(first, { exact: true }).waitFor({ state: 'hidden' })

    await navItem('1.2').click()
    await itemHeading('1.2').waitFor()
    await page.getByText(efqmJson.sections[0]!.items[1]!.questions[0]!, { exact: true }).waitFor({ state: 'hidden' })
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false')

    await page.locator('.save-state.saved').waitFor()
    await page.reload()
    await page.locator('html[data-ready="true"]').waitFor()
    await page.getByRole('button', { name: /^Continue/ }).click()
    await efqmTab().click()
    await itemHeading('1.1').waitFor()
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false')
    await toggle.click()
    await page.getByText(first, { exact: true }).waitFor()
  })

  it('brings the next item to its top, however far down the last one was scrolled', async () => {
    await efqmTab().click()
    await navItem('1.1').click()
    // The user scrolls the page (the pointer over the item, not the navigation) down to the notes.
    await page.mouse.move(900, 500)
    await page.mouse.wheel(0, 2000)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200)

    // A click in the navigation.
    await navItem('1.3').click()
    await itemHeading('1.3').waitFor()
    await expectOnScreen(itemHeading('1.3'), 'the heading of 1.3 after a click in the navigation')
    await expectOnScreen(voteRows('1.3').first(), 'the first vote row of 1.3')

    // Next item from the keyboard: Enter on the last person's row.
    await page.mouse.move(900, 500)
    await page.mouse.wheel(0, 2000)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200)
    await voteRows('1.3').last().focus()
    await page.keyboard.press('Enter')
    await itemHeading('1.4').waitFor()
    await expectOnScreen(itemHeading('1.4'), 'the heading of 1.4 after Enter on the last row')
  })

  it('wraps a saved entry and shows all of its text', async () => {
    const long =
      'Strategy paper 2025, chapter 3: the purpose statement was reworded after two stakeholder workshops in March, ' +
      'and the board minutes of 14 May show it was used to drop the regional expansion plan.'
    await page.getByLabel('Add evidence').fill(long)
    await page.getByLabel('Add evidence').press('Enter')
    const entry = page.getByLabel('Evidence 1', { exact: true })
    await expect(entry.inputValue()).resolves.toBe(long)
    const size = await entry.evaluate((box) => ({ client: box.clientHeight, scroll: box.scrollHeight, line: parseFloat(getComputedStyle(box).lineHeight) }))
    // Nothing hidden behind a scroll bar, and more than one line tall.
    expect(size.scroll).toBeLessThanOrEqual(size.client + 1)
    expect(size.client).toBeGreaterThan(2.5 * size.line)
    await entry.scrollIntoViewIfNeeded()
    await app.screenshot('item-layout/wrapped-entry')
  })

  it('takes an entry back with Ctrl+Z straight after adding it, and Ctrl+Shift+Z brings it again', async () => {
    const add = page.getByLabel('Add strengths')
    await add.fill('Purpose reviewed with customers every year')
    await add.press('Enter')
    const entry = page.getByLabel('Strengths 1', { exact: true })
    await entry.waitFor()
    await page.keyboard.press('Control+z')
    await entry.waitFor({ state: 'detached' })
    await page.keyboard.press('Control+Shift+Z')
    await expect(entry.inputValue()).resolves.toBe('Purpose reviewed with customers every year')
    // Once the user types again, Ctrl+Z is the field's own undo of the typing.
    await add.pressSequentially('Clear')
    await page.keyboard.press('Control+z')
    await expect.poll(() => add.inputValue()).toBe('')
    await entry.waitFor()
  })

  it('keeps the toolbar on its row when it says where an export was saved', async () => {
    await page.mouse.move(900, 500)
    await page.mouse.wheel(0, -5000)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
    const tabsTop = () => page.getByRole('tablist', { name: 'Assessment sections' }).evaluate((tabs) => tabs.getBoundingClientRect().top)
    const toolbarRows = () =>
      page.locator('.workspace-actions').getByRole('button').evaluateAll((buttons) => new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size)
    const before = await tabsTop()
    await expect(toolbarRows()).resolves.toBe(1)
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    await page.getByRole('menuitem', { name: 'Assessment file (.panorama)…' }).click()
    const message = page.getByText(/^Saved to .*\.panorama$/)
    await message.waitFor()
    await expect(tabsTop()).resolves.toBe(before)
    await expect(toolbarRows()).resolves.toBe(1)
    // Said in the status bar, in full, inside the window.
    await page.locator('.status-bar').getByText(/^Saved to /).waitFor()
    const box = (await message.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(768)
    await app.screenshot('item-layout/export-saved')
  })

  /** Every piece of text in a chart: its box, size and words. */
  const chartText = (chart: Locator) =>
    chart.evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const pieces: Array<{ text: string; left: number; right: number; top: number; bottom: number }> = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const r of Array.from(range.getClientRects())) pieces.push({ text: node.textContent.trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom })
      }
      const box = root.getBoundingClientRect()
      return { pieces, box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom }, text: root.textContent ?? '' }
    })

  /** Whole labels, inside the chart, none over another, big enough to read; the axis numbered. */
  async function expectReadable(chart: Locator, labels: string[], ticks: string[], where: string) {
    const { pieces, box, text } = await chartText(chart)
    for (const label of labels) expect(text, `${where}: label “${label}” is cut`).toContain(label)
    for (const tick of ticks) expect(pieces.some((p) => p.text === tick), `${where}: no axis number ${tick}`).toBe(true)
    for (const p of pieces) {
      expect(p.left, `${where}: “${p.text}” sticks out on the left`).toBeGreaterThanOrEqual(box.left - 1)
      expect(p.right, `${where}: “${p.text}” is cut off on the right`).toBeLessThanOrEqual(box.right + 1)
      expect(p.bottom - p.top, `${where}: “${p.text}” is too small to read`).toBeGreaterThanOrEqual(11)
    }
    for (const [i, a] of pieces.entries()) {
      for (const b of pieces.slice(i + 1)) {
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1
        expect(overlap, `${where}: “${a.text}” and “${b.text}” overlap`).toBe(false)
      }
    }
  }
  const criterionLabels = efqmJson.sections.map((s) => `${s.id} ${s.title}`)
  const criterionTicks = ['0 %', '25 %', '50 %', '75 %', '100 %']

  it('shows the score chart’s labels and values in full, with axis numbers, at 1366 px', async () => {
    // Two parts of criterion 1 scored: its value says how many parts that is, the longest value text.
    await efqmTab().click()
    await navItem('1.1').click()
    await voteRows('1.1').first().focus()
    await page.keyboard.type('507055')
    await page.getByRole('tab', { name: 'Results' }).click()
    const chart = page.getByRole('group', { name: /criteria/i })
    await chart.getByText(/\(1 of 5 parts\)/).waitFor()
    await expectReadable(chart, criterionLabels, criterionTicks, 'Scores at 1366 px')
    await page.getByRole('button', { name: /^1 Purpose, Vision & Strategy:/ }).click()
    await page.getByRole('complementary', { name: /Details: Criterion 1/ }).waitFor()
    await expectReadable(chart, criterionLabels, criterionTicks, 'Scores at 1366 px, details open')
    await app.screenshot('item-layout/scores-1366')
  })

  it('reflows the score charts at 125 % and 150 % zoom', async () => {
    // The same 1366×768 window zoomed: fewer CSS pixels, each drawn larger.
    for (const [zoom, width, height] of [[1.25, 1093, 614], [1.5, 911, 512]] as const) {
      const context = await page.context().browser()!.newContext({ viewport: { width, height }, deviceScaleFactor: zoom, locale: 'en-GB' })
      const requests = await watchRequests(context, new URL(app.url).origin)
      const zoomed = await context.newPage()
      await wireApi(zoomed, app.backend.dispatch)
      await zoomed.goto(app.url)
      await zoomed.locator('html[data-ready="true"]').waitFor()
      await zoomed.getByRole('button', { name: /^Continue/ }).click()
      await zoomed.getByRole('tab', { name: 'Results' }).click()
      const where = `${zoom * 100} % zoom`
      const chart = zoomed.getByRole('group', { name: /criteria/i })
      await chart.getByText(/\(1 of 5 parts\)/).waitFor()
      await expectReadable(chart, criterionLabels, criterionTicks, `Scores at ${where}`)
      await zoomed.getByRole('button', { name: /^1 Purpose, Vision & Strategy:/ }).click()
      await zoomed.getByRole('complementary', { name: /Details: Criterion 1/ }).waitFor()
      await expectReadable(chart, criterionLabels, criterionTicks, `Scores at ${where}, details open`)
      await zoomed.screenshot({ path: `test-results/item-layout/scores-${zoom * 100}.png`, fullPage: true })

      await zoomed.getByRole('button', { name: 'Stakeholder comparison' }).click()
      const focus = zoomed.getByRole('group', { name: /attention|focus/i }).first()
      await focus.waitFor()
      await expectReadable(focus, ['Customers & service users', 'Regulators & authorities'], [], `Stakeholder comparison at ${where}`)
      // Nothing wider than the window: the page does not scroll sideways.
      await expect(zoomed.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).resolves.toBe(true)
      await zoomed.screenshot({ path: `test-results/item-layout/stakeholders-${zoom * 100}.png`, fullPage: true })
      expect(requests.elsewhere).toEqual([])
      await context.close()
    }
  })

  it('ran without a page error, console error or CSP violation', () => {
    expect(app.problems).toEqual([])
  })
})
