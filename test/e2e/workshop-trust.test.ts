import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { emptyItemResponse, newAssessment, type Assessment, type ItemResponse } from '../../common/contract/assessment-schema'
import { makeTempDir } from '../support/temp-dir'
import { startApp } from './harness'

/**
 * Issue 13, as a facilitator with seven people meets it at 1366×768: every keystroke lands as a
 * vote, one rule decides what counts on every screen and in the PDF, N/A goes through end to end,
 * and the summary's strengths and gaps are true.
 */
const PEOPLE = ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus']
const ISO = 'iso-9001-2015'
const level = (value: number) => ({ kind: 'level' as const, level: value })
const everyone = (value: number) => Object.fromEntries(PEOPLE.map((name) => [name.toLowerCase(), level(value)]))
const item = (ratings: ItemResponse['ratings'], extra: Partial<ItemResponse> = {}): ItemResponse => ({ ...emptyItemResponse(), ratings, ...extra })

function workshop(id: string, createdAt: string): Assessment {
  return {
    ...newAssessment({ id, title: 'Trust workshop', now: createdAt }),
    frameworks: [ISO],
    setupComplete: true,
    participants: PEOPLE.map((name, i) => ({ id: name.toLowerCase(), name, role: i === 0 ? 'leadership' : 'staff' })),
    responses: {
      [ISO]: {
        // Counted: the whole room voted.
        '5.1.1': item(everyone(4)),
        '5.1.2': item(everyone(5)),
        '5.3': item(everyone(3)),
        // Level 2 with a minor nonconformity: a gap, never a strength.
        '7.1.5': item(everyone(2), { finding: 'minor-nonconformity' }),
        // Agreed at 2 against the room's proposed 3, with the team's reason.
        '6.2': item(everyone(3), { consensus: { kind: 'level', level: 2, rationale: 'Objectives are set but not yet measured' } }),
        // Only Fay voted (her own file, imported): in progress, counts nowhere.
        '9.2': item({ fay: level(5) }),
      },
    },
  }
}

describe('a workshop you can trust, at 1366×768', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  let page: Page
  let assessmentId = ''

  const votes = (unit: string) => page.getByRole('table', { name: `Votes for ${unit}` }).locator('tbody td.vote-value')
  const openUnit = async (unit: string) => {
    await page.getByRole('navigation', { name: 'ISO 9001 items' }).getByRole('button', { name: new RegExp(`^${unit.replaceAll('.', '\\.')} `) }).click()
    await page.getByRole('heading', { level: 2, name: new RegExp(`^${unit.replaceAll('.', '\\.')} `) }).waitFor()
  }

  beforeAll(async () => {
    app = await startApp(makeTempDir('panorama-e2e-trust-'), { viewport: { width: 1366, height: 768 } })
    page = app.page
    const created = app.backend.repository.create('Trust workshop')
    assessmentId = created.id
    app.backend.repository.save({ ...workshop(created.id, created.createdAt), origin: created.id })
    await page.reload()
    await page.locator('html[data-ready="true"]').waitFor()
    await page.locator('button.open-assessment').filter({ hasText: 'Trust workshop' }).click()
    await page.getByRole('tab', { name: 'ISO 9001' }).click()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('takes “3343N34” for seven people as seven votes: N marks N/A and moves on, no box takes the keys that follow', async () => {
    await openUnit('4.1')
    await page.keyboard.type('3343N34')
    const cells = await votes('4.1').allTextContents()
    expect(cells.map((cell) => cell.slice(0, 3).trim())).toEqual(['3', '3', '4', '3', 'n/a', '3', '4'])
    await expect(page.getByRole('textbox', { name: /own reason/ }).count()).resolves.toBe(0)
    await app.screenshot('issue13/01-vote-grid-seven')
  })

  it('sends keys typed as the next item appears to that item’s grid, none dropped', async () => {
    // Enter on the last person opens 4.2; the next seven keys follow at once, without waiting for
    // one another (a fast typist's keys arrive before the next frame is drawn).
    await Promise.all([page.keyboard.press('Enter'), ...[...'1234512'].map((key) => page.keyboard.press(key))])
    await page.getByRole('heading', { level: 2, name: /^4\.2 / }).waitFor()
    await expect(votes('4.2').allTextContents()).resolves.toEqual(['1', '2', '3', '4', '5', '1', '2'])
  })

  it('calls a unit with one person’s vote “in progress” in the navigation and leaves it out of Results and the PDF', async () => {
    const nav = page.getByRole('navigation', { name: 'ISO 9001 items' })
    // Counted: 4.1, 4.2 (typed above), 5.1.1, 5.1.2, 5.3, 6.2, 7.1.5; in progress: 9.2 (one vote of seven).
    await expect(nav.locator('.nav-progress').textContent()).resolves.toBe(' 7 of 56 counted · 1 in progress')
    await expect(nav.getByRole('button', { name: /^9\.2 / }).getAttribute('aria-label')).resolves.toBe('9.2 Internal audit, in progress, 1 of 7 votes')
    await openUnit('9.2')
    await expect(page.locator('.consensus-state').textContent()).resolves.toContain('Not counted yet')

    await page.getByRole('tab', { name: 'Results' }).click()
    // Seven counted units, and not 9.2 at Fay's 5: 4.1 (median of 3 3 4 3 3 4 = 3), 4.2 (1 2 3 4 5 1 2 → 2),
    // 5.1.1 (4), 5.1.2 (5), 5.3 (3), 6.2 (agreed 2), 7.1.5 (2) → 4 of 7 conform = 57.1 %.
    await expect(page.getByTestId('iso-readiness').locator('.figure-value').textContent()).resolves.toBe('57.1 %')
    await expect(page.getByRole('note').textContent()).resolves.toContain('ISO 9001: 1 item has partial votes and is not counted yet.')
    await app.screenshot('issue13/02-results-counting')
  })

  it('proposes N/A when every person presses N, takes their reasons as the draft, and counts it as not applicable', async () => {
    await page.getByRole('tab', { name: 'ISO 9001' }).click()
    await openUnit('8.3.1')
    await page.keyboard.type('NNNNNNN')
    await expect(page.locator('.consensus-state').textContent()).resolves.toContain('Proposed not applicable (the median of 7 votes)')
    await expect(page.getByLabel('Agreed level').inputValue()).resolves.toBe('n/a')

    await page.getByRole('tab', { name: 'Results' }).click()
    await expect(page.getByTestId('iso-maturity').textContent()).resolves.toContain('48 not assessed · 1 not applicable')
  })

  it('keeps the people’s own reasons as the team’s draft justification, and agrees it with A', async () => {
    await page.getByRole('tab', { name: 'ISO 9001' }).click()
    await openUnit('8.3.2')
    await page.keyboard.type('N')
    await page.getByRole('button', { name: 'Add own reason' }).click()
    await page.keyboard.type('We design nothing ourselves')
    await page.keyboard.press('Enter')
    await page.keyboard.type('NNNNNN')
    await expect(page.getByLabel('Why it does not apply').inputValue()).resolves.toBe('We design nothing ourselves (Ana)')
    await page.keyboard.press('a')
    await expect(page.locator('.consensus-state').textContent()).resolves.toBe('Agreed not applicable.')
  })

  it('lists the same strengths and gaps on the Results card and in the PDF, and never a level-2 unit with a nonconformity as a strength', async () => {
    await page.getByRole('tab', { name: 'Results' }).click()
    const card = page.getByRole('region', { name: 'Top strengths and gaps' })
    const strengths = await card.getByRole('list', { name: 'ISO 9001 strengths' }).getByRole('listitem').allTextContents()
    const gaps = await card.getByRole('list', { name: 'ISO 9001 gaps' }).getByRole('listitem').allTextContents()
    expect(strengths.map((s) => s.split(' ')[0])).toEqual(['5.1.2', '5.1.1', '4.1'])
    // All at level 2: the one with a nonconformity first, then in questionnaire order.
    expect(gaps.map((s) => s.split(' ')[0])).toEqual(['7.1.5', '4.2', '6.2'])

    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog', { name: 'Export PDF report' })
    await dialog.getByRole('button', { name: 'Export PDF…' }).click()
    await dialog.getByText(/^Saved to /).waitFor({ timeout: 30_000 })
    const file = app.backend.files.saved.at(-1)!
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    const lines = text.slice(text.lastIndexOf('Top strengths and gaps'), text.lastIndexOf('Stakeholder balance')).split('\n')
    const header = lines.find((line) => line.includes('Strengths (highest)'))!
    const gapColumn = header.indexOf('Gaps (lowest)')
    const column = (side: 'left' | 'right') =>
      lines.flatMap((line) =>
        [...line.matchAll(/(\d+(?:\.\d+)+) [A-Z]/g)].filter((m) => (side === 'left' ? m.index! < gapColumn - 2 : m.index! >= gapColumn - 2)).map((m) => m[1]),
      )
    expect(column('left')).toEqual(['5.1.2', '5.1.1', '4.1'])
    expect(column('right')).toEqual(['7.1.5', '4.2', '6.2'])
    expect(text.replace(/\s+/g, ' ')).toContain('ISO 9001: 1 item has partial votes and is not counted yet.')
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '3', file, `test-results/issue13/pdf-summary`])
  })

  it('explains a unit agreed at 2 against the proposed 3 with the agreed value and its rationale, from a click anywhere in its heat-map cell', async () => {
    await page.keyboard.press('Escape') // the PDF dialog of the test before
    await page.getByRole('tab', { name: 'Results' }).click()
    // On the cell's label, not the empty space around it: the label must let the click through.
    const text = page.locator('.heatmap-chart .heat-id', { hasText: /^6\.2$/ })
    await text.scrollIntoViewIfNeeded()
    const label = await text.boundingBox()
    await page.mouse.click(label!.x + label!.width / 2, label!.y + label!.height / 2)
    const details = page.getByRole('complementary', { name: /Details: 6\.2/ })
    await expect(details.textContent()).resolves.toContain('agreed by the team instead of the proposed level 3: “Objectives are set but not yet measured”')
    await expect(details.textContent()).resolves.toContain('median of 3, 3, 3, 3, 3, 3, 3')
    await app.screenshot('issue13/03-why-agreed')
  })

  it('saved every vote typed', () => {
    const saved = app.backend.repository.get(assessmentId)
    expect(Object.keys(saved.responses[ISO]!['4.1']!.ratings)).toHaveLength(7)
    expect(Object.keys(saved.responses[ISO]!['4.2']!.ratings)).toHaveLength(7)
  })

  it('ran without a page error, console error or CSP violation', () => {
    expect(app.problems).toEqual([])
  })
})
