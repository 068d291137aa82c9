import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { makeTempDir } from '../support/temp-dir'
import { seededAssessment } from '../support/seeded-results'
import { settled, startApp } from './harness'

/**
 * Every screen a user meets, checked with axe-core against WCAG 2.1 A and AA: no violation of
 * impact "serious" or "critical" may remain. The failure message names each rule, the elements
 * it hit and axe's help text, so a failure says what to fix.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function seriousViolations(page: Page): Promise<string> {
  // Colours are measured as the user sees them, once transitions have ended.
  await settled(page)
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const targets = v.nodes
        .slice(0, 8)
        .map((n) => `    - ${n.target.join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`)
        .join('\n')
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${targets}${v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : ''}`
    })
    .join('\n')
}

async function expectAccessible(page: Page, screen: string) {
  const found = await seriousViolations(page)
  expect(found, `Serious or critical axe violations on “${screen}”:\n${found}`).toBe('')
}

async function setTheme(page: Page, theme: 'Dark' | 'Light') {
  await page.getByLabel('Theme').selectOption({ label: theme })
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme.toLowerCase())
}

describe('accessibility of a new assessment, from the empty home screen through setup', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  let page: Page

  beforeAll(async () => {
    app = await startApp(makeTempDir('panorama-e2e-a11y-setup-'))
    page = app.page
  })
  afterAll(async () => {
    await app?.close()
  })

  it('empty home screen', async () => {
    await page.getByText('No assessments yet.').waitFor()
    await expectAccessible(page, 'home (empty)')
  })

  it('New assessment dialog', async () => {
    await page.getByRole('button', { name: /New assessment/ }).click()
    const dialog = page.getByRole('dialog', { name: 'New assessment' })
    await dialog.waitFor()
    await expectAccessible(page, 'New assessment dialog')
    await dialog.getByRole('button', { name: 'Create assessment' }).click()
    await dialog.getByRole('alert').waitFor()
    await expectAccessible(page, 'New assessment dialog with a validation message')
    await dialog.getByLabel('Title').fill('Accessibility check')
    await dialog.getByLabel('Title').press('Enter')
  })

  it('setup: Organisation', async () => {
    await page.getByRole('heading', { level: 2, name: 'Organisation' }).waitFor()
    await expectAccessible(page, 'setup: Organisation')
    await page.getByLabel('Name of the organisation').fill('Stadtwerke Zürich')
    await page.getByLabel('Sector').selectOption('public')
    await page.getByLabel('Scope of the assessment').fill('Whole organisation, all sites.')
    await page.getByRole('button', { name: 'Next' }).click()
  })

  it('setup: Frameworks', async () => {
    await page.getByRole('heading', { level: 2, name: 'Frameworks' }).waitFor()
    await page.getByLabel('EFQM Model 2025').check()
    await page.getByLabel(/ISO 9001/).check()
    await expectAccessible(page, 'setup: Frameworks')
    await page.getByRole('button', { name: 'Next' }).click()
  })

  it('setup: Participants', async () => {
    await page.getByRole('heading', { level: 2, name: 'Participants' }).waitFor()
    await page.getByRole('button', { name: 'Add participant' }).click()
    await page.keyboard.type('Ana Leader')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Ben Staff')
    await page.getByLabel('Role of participant 1').selectOption('leadership')
    await expectAccessible(page, 'setup: Participants')
    await page.getByRole('button', { name: 'Next' }).click()
  })

  it('setup: Target profile', async () => {
    await page.getByRole('heading', { level: 2, name: 'Target profile' }).waitFor()
    await expectAccessible(page, 'setup: Target profile')
    await page.getByRole('button', { name: 'Next' }).click()
  })

  it('setup: Stakeholder weights', async () => {
    await page.getByRole('heading', { level: 2, name: 'Stakeholder weights' }).waitFor()
    await expectAccessible(page, 'setup: Stakeholder weights')
    await page.getByRole('button', { name: 'Next' }).click()
  })

  it('setup: Review', async () => {
    await page.getByRole('heading', { level: 2, name: 'Review' }).waitFor()
    await expectAccessible(page, 'setup: Review')
  })

  it('Method page', async () => {
    await page.getByRole('button', { name: /Method and sources/ }).click()
    await page.getByRole('heading', { name: /RADAR scoring/ }).waitFor()
    await expectAccessible(page, 'Method page')
  })

  it('ran without a page error, console error or CSP violation', () => {
    expect(app.problems).toEqual([])
  })
})

describe('accessibility of a seeded assessment: questionnaires, results and dialogs', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  let page: Page
  const voteRows = (itemId: string) => page.getByRole('table', { name: `Votes for ${itemId}` }).locator('tbody tr')

  beforeAll(async () => {
    app = await startApp(makeTempDir('panorama-e2e-a11y-seeded-'))
    page = app.page
    const created = app.backend.repository.create('Seeded results')
    app.backend.repository.save({ ...seededAssessment(), id: created.id, origin: created.id, createdAt: created.createdAt })
    await page.reload()
    await page.locator('html[data-ready="true"]').waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('home screen with an assessment, light and dark', async () => {
    await page.getByRole('list', { name: 'Stored assessments' }).getByText('Seeded results').waitFor()
    await expectAccessible(page, 'home (with an assessment)')
    await setTheme(page, 'Dark')
    await expectAccessible(page, 'home (with an assessment), dark theme')
    await setTheme(page, 'Light')
  })

  it('EFQM questionnaire with votes, spread chart and consensus', async () => {
    await page.locator('button.open-assessment').filter({ hasText: 'Seeded results' }).click()
    await page.getByRole('tab', { name: /EFQM Model/ }).click()
    await voteRows('1.1').first().focus()
    await page.keyboard.type('30')
    await page.keyboard.type('7')
    await page.keyboard.press('Enter')
    await page.keyboard.type('55')
    await page.getByText('⚠ Disagreement').waitFor()
    await expectAccessible(page, 'EFQM questionnaire')
  })

  it('EFQM questionnaire in full RADAR mode', async () => {
    await page.getByRole('group', { name: 'Scoring mode' }).getByRole('button', { name: 'Full RADAR' }).click()
    await page.getByRole('group', { name: 'Scoring mode' }).getByRole('button', { name: 'Full RADAR', pressed: true }).waitFor()
    await expectAccessible(page, 'EFQM questionnaire, full RADAR')
    await page.getByRole('group', { name: 'Scoring mode' }).getByRole('button', { name: 'Quick part score' }).click()
  })

  it('ISO questionnaire with votes and consensus', async () => {
    await page.getByRole('tab', { name: /ISO 9001/ }).click()
    await page.getByRole('button', { name: /^4\.2 / }).click()
    await voteRows('4.2').first().focus()
    await page.keyboard.type('153')
    await page.getByText('⚠ Disagreement').waitFor()
    await expectAccessible(page, 'ISO questionnaire')
  })

  it('projector mode', async () => {
    await page.keyboard.press('Control+Shift+P')
    await page.getByRole('button', { name: 'Hide names' }).waitFor()
    await expectAccessible(page, 'projector mode (questionnaire)')
    await page.getByRole('button', { name: 'Projector mode' }).click()
  })

  it('the Room panel before and after opening, and the room’s controls on an item (light, dark, projector)', async () => {
    await page.getByRole('navigation', { name: 'Application' }).getByRole('button', { name: 'Room' }).click()
    const panel = page.getByRole('dialog', { name: 'Room' })
    await panel.getByLabel('Network').waitFor()
    await expectAccessible(page, 'Room panel, before opening')
    await panel.getByRole('button', { name: 'Open room' }).click()
    await panel.getByTestId('room-join-code').waitFor()
    await expectAccessible(page, 'Room panel, open')
    await setTheme(page, 'Dark')
    await expectAccessible(page, 'Room panel, open, dark theme')
    await setTheme(page, 'Light')
    await page.keyboard.press('Control+Shift+P')
    await expectAccessible(page, 'Room panel, open, projector mode')
    await panel.getByRole('button', { name: 'Done' }).click()
    await page.getByRole('button', { name: 'Put this item in the room' }).click()
    await page.getByTestId('room-voted').waitFor()
    await expectAccessible(page, 'room controls on an item, projector mode')
    await page.keyboard.press('Control+Shift+P')
    await expectAccessible(page, 'room controls on an item')
    await page.getByRole('navigation', { name: 'Application' }).getByRole('button', { name: 'Room · open' }).click()
    await panel.getByRole('button', { name: 'Close room' }).click()
    await panel.getByText('The room is closed.').waitFor()
    await panel.getByRole('button', { name: 'Done' }).click()
  })

  it('Results → Scores', async () => {
    await page.getByRole('tab', { name: 'Results' }).click()
    await page.getByTestId('efqm-total').waitFor()
    await expectAccessible(page, 'Results → Scores')
  })

  it('shows keyboard focus on the results chart bars', async () => {
    const bar = page.locator('.chart .bar[tabindex="0"], .chart .bar').first()
    await bar.waitFor()
    let reached = false
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(() => !!document.activeElement?.closest('.chart') && document.activeElement!.matches('.bar, .bar *'))
    }
    expect(reached, 'Tab never reached a results chart bar').toBe(true)
    const focus = await page.evaluate(() => {
      const bar = document.activeElement!.closest('.bar') ?? document.activeElement!
      const style = getComputedStyle(bar)
      return { visible: bar.matches(':focus-visible'), outline: style.outlineStyle, width: style.outlineWidth, stroke: style.stroke, strokeWidth: style.strokeWidth }
    })
    expect(focus.visible).toBe(true)
    const hasOutline = focus.outline !== 'none' && parseFloat(focus.width) > 0
    const hasStroke = focus.stroke !== 'none' && parseFloat(focus.strokeWidth) > 0
    expect(hasOutline || hasStroke, `no visible focus on the bar: ${JSON.stringify(focus)}`).toBe(true)
  })

  it('a drill-down panel open', async () => {
    await page.getByRole('button', { name: /^1 Purpose, Vision & Strategy: 50 %/ }).click()
    const details = page.getByRole('complementary', { name: /Details: Criterion 1/ })
    await details.locator('.drill-label').first().waitFor()
    await expectAccessible(page, 'drill-down panel')
    await details.getByRole('button', { name: 'Close details' }).click()
  })

  it('Results → Scores in projector mode', async () => {
    await page.keyboard.press('Control+Shift+P')
    await page.getByTestId('efqm-total').waitFor()
    await expectAccessible(page, 'projector mode (results)')
    await page.keyboard.press('Control+Shift+P')
  })

  it('Stakeholder comparison', async () => {
    await page.getByRole('button', { name: 'Stakeholder comparison' }).click()
    await page.getByRole('table', { name: 'Balance figures by framework' }).waitFor()
    await expectAccessible(page, 'Stakeholder comparison')
  })

  it('Team views', async () => {
    await page.getByRole('button', { name: 'Team views' }).click()
    await page.getByRole('heading', { name: 'Disagreement hot spots' }).waitFor()
    await expectAccessible(page, 'Team views')
  })

  it('Action plan', async () => {
    await page.getByRole('button', { name: 'Action plan' }).click()
    await page.getByRole('button', { name: /^Make an action from/ }).first().waitFor()
    await expectAccessible(page, 'Action plan')
  })

  it('Export PDF dialog', async () => {
    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog', { name: 'Export PDF report' })
    await dialog.waitFor()
    await expectAccessible(page, 'Export PDF dialog')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
  })

  it('results (and the questionnaire) in the dark theme', async () => {
    await page.getByRole('button', { name: 'Scores' }).click()
    await page.getByTestId('efqm-total').waitFor()
    await setTheme(page, 'Dark')
    await expectAccessible(page, 'Results → Scores, dark theme')
    await page.getByRole('button', { name: 'Stakeholder comparison' }).click()
    await page.getByRole('table', { name: 'Balance figures by framework' }).waitFor()
    await expectAccessible(page, 'Stakeholder comparison, dark theme')
    await page.getByRole('button', { name: 'Team views' }).click()
    await page.getByRole('heading', { name: 'Disagreement hot spots' }).waitFor()
    await expectAccessible(page, 'Team views, dark theme')
    await page.getByRole('button', { name: 'Action plan' }).click()
    await expectAccessible(page, 'Action plan, dark theme')
    await page.getByRole('tab', { name: /ISO 9001/ }).click()
    await page.getByText('⚠ Disagreement').waitFor()
    await expectAccessible(page, 'ISO questionnaire, dark theme')
    await setTheme(page, 'Light')
  })

  it('ran without a page error, console error or CSP violation', () => {
    expect(app.problems).toEqual([])
  })
})
