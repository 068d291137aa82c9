import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import efqmJson from '../../assets/frameworks/efqm-2025.json'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import { makeTempDir } from '../support/temp-dir'
import { seededAssessment } from '../support/seeded-results'
import { resultsDir, startApp } from './harness'

type Relevance = Record<string, number>
const GROUPS = ['customers', 'people', 'owners', 'partners', 'society', 'regulators']

/**
 * The expected figures, worked out here straight from the framework files and the seeded answers
 * (domain.md §3–§5), without the app's engine.
 */
function expectedFigures() {
  // EFQM: criteria 1–5 (100+100+100+200+100 = 600 points) at 50 %, criteria 6–7 (400 points) at 40 %
  const efqmTotal = 600 * 0.5 + 400 * 0.4 // = 460
  // ISO: 42 of 56 units at level 4 (conform), 14 at level 2 → readiness 42/56 = 75 %; mean level (42·4 + 14·2)/56 = 3.5 → 70
  const readiness = 42 / 56
  const maturity = ((42 * 4 + 14 * 2) / 56 / 5) * 100

  const efqmItems = efqmJson.sections.flatMap((s) => s.items.map((i) => ({ w: s.points / s.items.length, r: i.relevance as Relevance, s: Number(s.id) <= 5 ? 0.5 : 0.4 })))
  const isoItems = isoJson.sections.flatMap((s) => s.items).map((i, index) => ({ w: 1 / 56, r: i.relevance as Relevance, s: index < 42 ? 4 / 5 : 2 / 5 }))
  const balance = (items: typeof efqmItems) => {
    const coverage = GROUPS.map((g) => items.reduce((sum, i) => sum + i.w * i.r[g]!, 0))
    const external = coverage.reduce((a, b) => a + b, 0)
    const focus = coverage.map((c) => c / external)
    return -focus.reduce((sum, p) => sum + (p > 0 ? p * Math.log(p) : 0), 0) / Math.log(6)
  }
  const achieved = (items: typeof efqmItems, group: string) =>
    items.reduce((sum, i) => sum + i.w * i.r[group]! * i.s, 0) / items.reduce((sum, i) => sum + i.w * i.r[group]!, 0)
  return {
    efqmTotal,
    readiness,
    maturity,
    efqmBalance: balance(efqmItems),
    isoBalance: balance(isoItems),
    efqmAchievedCustomers: achieved(efqmItems, 'customers'),
    isoAchievedCustomers: achieved(isoItems, 'customers'),
    isoAchievedPeople: achieved(isoItems, 'people'),
  }
}

const percent = (share: number, digits = 1) => `${String(Number((share * 100).toFixed(digits)))} %`

/**
 * Every visible text in the workspace's content (the app bar, header and tabs stay small on
 * purpose), with the size it reaches the screen at: SVG text is scaled with its chart's viewBox.
 */
async function textOnScreen(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('main') ?? document.body
    const texts: { text: string; px: number; right: number }[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const owner = node.parentElement
      const text = node.textContent?.trim() ?? ''
      if (owner === null || text === '' || owner.closest('.app-bar, .workspace-header, .tabs, .visually-hidden') !== null) continue
      const box = owner.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || getComputedStyle(owner).visibility === 'hidden') continue
      const scale = owner instanceof SVGGraphicsElement ? Math.hypot(owner.getScreenCTM()?.a ?? 1, owner.getScreenCTM()?.b ?? 0) : 1
      const px = parseFloat(getComputedStyle(owner).fontSize) * scale
      texts.push({ text: text.slice(0, 40), px, right: box.right })
    }
    return { texts, scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth }
  })
}

describe('results of a seeded assessment in the real renderer', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  let page: Page
  const expected = expectedFigures()

  beforeAll(async () => {
    app = await startApp(makeTempDir('panorama-e2e-results-'))
    page = app.page
    const created = app.backend.repository.create('Seeded results')
    app.backend.repository.save({ ...seededAssessment(), id: created.id, origin: created.id, createdAt: created.createdAt })
    await page.reload()
    await page.locator('html[data-ready="true"]').waitFor()
    await page.locator('button.open-assessment').filter({ hasText: 'Seeded results' }).click()
    await page.getByRole('tab', { name: 'Results' }).click()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('shows the EFQM total out of 1000 and the ISO readiness and maturity computed by hand', async () => {
    expect(expected.efqmTotal).toBe(460)
    await expect(page.getByTestId('efqm-total').textContent()).resolves.toContain('460of 1000 points · ability')
    await expect(page.getByTestId('iso-readiness').textContent()).resolves.toContain(percent(expected.readiness, 0))
    await expect(page.getByTestId('iso-maturity').textContent()).resolves.toContain(String(expected.maturity))
    await app.screenshot('20-results-scores')
  })

  it('drills from a criterion bar to its parts and shows why a score is what it is', async () => {
    await page.getByRole('button', { name: /^1 Purpose, Vision & Strategy: 50 %/ }).click()
    const details = page.getByRole('complementary', { name: /Details: Criterion 1/ })
    await details.locator('.drill-label', { hasText: '1.1 Define purpose and vision' }).waitFor()
    await expect(details.textContent()).resolves.toContain('mean of the answered parts: (50 + 50 + 50 + 50 + 50) ÷ 5')
    await details.getByRole('button', { name: 'Close details' }).click()
  })

  it('compares both frameworks with the target: balance index of each framework and achieved score per group', async () => {
    await page.getByRole('button', { name: 'Stakeholder comparison' }).click()
    await expect(page.getByTestId('balance-efqm-2025').textContent()).resolves.toBe(String(Number(expected.efqmBalance.toFixed(2))))
    await expect(page.getByTestId('balance-iso-9001-2015').textContent()).resolves.toBe(String(Number(expected.isoBalance.toFixed(2))))
    const customers = page.getByRole('table', { name: 'Achieved score and answered share by group' }).getByRole('row', { name: /Customers & service users/ })
    const text = await customers.textContent()
    expect(text).toContain(percent(expected.efqmAchievedCustomers))
    expect(text).toContain(percent(expected.isoAchievedCustomers))
    const people = await page.getByRole('table', { name: 'Achieved score and answered share by group' }).getByRole('row', { name: /^People/ }).textContent()
    expect(people).toContain(percent(expected.isoAchievedPeople))
    await page.getByText(/have no clause of their own in ISO 9001/).waitFor()
    await app.screenshot('21-results-stakeholders')
  })

  it('updates everything at once when the target profile is edited', async () => {
    const metrics = page.getByRole('table', { name: 'Balance figures by framework' })
    const before = await metrics.getByRole('row', { name: /Blind spots/ }).textContent()
    expect(before).toContain('Society & environment')
    // Society 25 → 2 and customers 30 → 53: ISO's 1.3 % for society is no longer below half the target (1 %).
    await page.getByLabel('Target share for Society & environment, percent').fill('2')
    await page.getByLabel('Target share for Customers & service users, percent').fill('53')
    await expect.poll(() => metrics.getByRole('row', { name: /Blind spots/ }).textContent()).not.toContain('Society & environment')
  })

  it('drills from a group’s bar to the items behind it', async () => {
    await page.getByRole('button', { name: /^Owners, investors & funders, ISO 9001: design focus/ }).click()
    const details = page.getByRole('complementary', { name: /Details: ISO 9001: Owners/ })
    await details.getByText(/% about this group/).first().waitFor()
    await details.getByRole('button', { name: 'Close details' }).click()
  })

  it('shows the team views', async () => {
    await page.getByRole('button', { name: 'Team views' }).click()
    await page.getByRole('heading', { name: 'Disagreement hot spots' }).waitFor()
    await page.getByRole('heading', { name: 'Leader–staff perception gaps' }).waitFor()
    await page.getByRole('heading', { name: 'EFQM and ISO 9001 side by side' }).waitFor()
    await app.screenshot('22-results-team')
  })

  it('turns an area for improvement into an action in the plan', async () => {
    await page.getByRole('button', { name: 'Action plan' }).click()
    await page.getByRole('button', { name: 'Make an action from “Review the context every year, including climate risks”' }).click()
    const dialog = page.getByRole('dialog', { name: 'New action' })
    await dialog.getByLabel('Owner').fill('Quality manager')
    await dialog.getByLabel('Impact').selectOption('3')
    await dialog.getByLabel('Effort').selectOption('1')
    await dialog.getByRole('button', { name: 'Create action' }).click()
    const plan = page.getByRole('table', { name: 'Actions by priority' })
    await plan.getByText('Quality manager').waitFor()
    await app.screenshot('23-results-actions')
    await page.locator('.save-state.saved').waitFor()
    const stored = app.backend.repository.list().find((a) => a.title === 'Seeded results')!
    const actions = app.backend.repository.get(stored.id).actions
    expect(actions).toHaveLength(1)
    expect(actions[0]).toMatchObject({ owner: 'Quality manager', impact: 3, effort: 1, sources: [{ frameworkId: 'iso-9001-2015', itemId: '4.1', entryId: 'afi1' }] })
  })

  it('Ctrl+P prints the Results view without the app chrome', async () => {
    await page.evaluate('window.print = () => { window.__printed = (window.__printed ?? 0) + 1 }')
    await page.getByRole('tab', { name: 'ISO 9001 2015 with Amendment 1:2024' }).click()
    await page.keyboard.press('Control+p')
    await page.waitForFunction('window.__printed === 1')
    await expect(page.getByRole('tab', { name: 'Results' }).getAttribute('aria-selected')).resolves.toBe('true')
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.app-bar').isVisible()).resolves.toBe(false)
    await app.screenshot('26-print-view')
    await page.emulateMedia({ media: 'screen' })
  })

  it('is legible at projector size: every text in the comparison at 16 px or more, nothing cut off at 1366×768', async () => {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.getByRole('button', { name: 'Stakeholder comparison' }).click()
    await page.getByTestId('balance-efqm-2025').waitFor()
    const desk = await textOnScreen(page)
    await page.keyboard.press('Control+Shift+P')
    await expect(page.locator('html').getAttribute('data-projector')).resolves.toBe('true')
    await page.getByTestId('balance-efqm-2025').waitFor()
    const room = await textOnScreen(page)
    // The measurement can fail: at the desk the chart axes are smaller than a room can read.
    expect(Math.min(...desk.texts.map((t) => t.px))).toBeLessThan(16)
    expect(room.texts.length).toBeGreaterThan(50)
    expect(room.texts.filter((t) => t.px < 16)).toEqual([])
    expect(room.texts.filter((t) => t.right > room.width + 0.5)).toEqual([])
    expect(room.scrollWidth).toBeLessThanOrEqual(room.width)
    await app.screenshot('24-results-stakeholders-projector')
    await page.keyboard.press('Control+Shift+P')
    await page.setViewportSize({ width: 1280, height: 800 })
  })

  it('ran without a page error, console error or CSP violation', () => {
    expect(app.problems).toEqual([])
  })
})

describe('the PDF report from the real renderer', () => {
  let app: Awaited<ReturnType<typeof startApp>>

  beforeAll(async () => {
    app = await startApp(makeTempDir('panorama-e2e-report-'))
    const created = app.backend.repository.create('Seeded results')
    app.backend.repository.save({ ...seededAssessment(), id: created.id, origin: created.id, createdAt: created.createdAt })
    await app.page.reload()
    await app.page.locator('html[data-ready="true"]').waitFor()
    await app.page.locator('button.open-assessment').filter({ hasText: 'Seeded results' }).click()
    await app.page.getByRole('tab', { name: 'Results' }).click()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('exports a PDF through the save dialog and renders its pages to PNG', async () => {
    const { page } = app
    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog', { name: 'Export PDF report' })
    await dialog.getByLabel('Paper size').selectOption('a4')
    await app.screenshot('25-export-pdf-dialog')
    await dialog.getByRole('button', { name: 'Export PDF…' }).click()
    await dialog.getByText(/^Saved to /).waitFor({ timeout: 30_000 })
    const file = app.backend.files.saved.at(-1)!
    expect(path.basename(file)).toBe('Ørsted Łódź Services-2026-04-01-assessment.pdf')
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    for (const heading of ['Executive summary', 'EFQM scores', 'ISO 9001 conformity', 'Stakeholder comparison', 'Action plan']) expect(text).toContain(heading)
    expect(text).toContain('460')
    const pages = path.join(resultsDir, 'report-e2e')
    fs.rmSync(pages, { recursive: true, force: true })
    fs.mkdirSync(pages, { recursive: true })
    execFileSync('pdftoppm', ['-r', '50', '-png', file, path.join(pages, 'page')])
    expect(fs.readdirSync(pages).length).toBeGreaterThan(5)
  })

  it('ran without a page error, console error or CSP violation', () => {
    expect(app.problems).toEqual([])
  })
})
