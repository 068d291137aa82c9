import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { makeTempDir } from '../support/temp-dir'
import { startApp } from './harness'

/**
 * A team of three runs both frameworks by keyboard, agrees consensus, reloads, and merges a
 * participant's own copy: the whole workshop as a facilitator would do it.
 */
describe('workshop flow in the real renderer', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  let page: Page
  const efqmTab = () => page.getByRole('tab', { name: /EFQM Model/ })
  const isoTab = () => page.getByRole('tab', { name: /ISO 9001/ })
  const voteRows = (itemId: string) => page.getByRole('table', { name: `Votes for ${itemId}` }).locator('tbody tr')
  /** Waits until the status bar says everything typed is on disk. */
  const saved = () => page.locator('.save-state.saved').waitFor()
  const openFromList = (title: RegExp) => page.locator('button.open-assessment').filter({ hasText: title }).click()
  const stored = () => {
    const [summary] = app.backend.repository.list().filter((a) => !a.title.endsWith('(copy)'))
    return app.backend.repository.get(summary!.id)
  }

  beforeAll(async () => {
    app = await startApp(makeTempDir('panorama-e2e-workshop-'))
    page = app.page
  })
  afterAll(async () => {
    await app?.close()
  })

  it('sets up an assessment with three participants and both frameworks', async () => {
    await page.getByRole('button', { name: /New assessment/ }).click()
    await page.getByRole('dialog').getByLabel('Title').fill('Annual self-assessment 2026')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 2, name: 'Organisation' }).waitFor()

    await page.getByLabel('Name of the organisation').fill('Stadtwerke Zürich — Łódź office')
    await page.getByLabel('Sector').selectOption('public')
    await page.getByLabel('Scope of the assessment').fill('Whole organisation, all sites, 2025 performance year.')
    await app.screenshot('10-setup-organisation')
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
    await page.getByLabel('Role of participant 2').selectOption('staff')
    await page.getByLabel('Role of participant 3').selectOption('staff')
    await app.screenshot('11-setup-participants')
    await page.getByRole('button', { name: 'Next' }).click()

    await page.getByRole('heading', { level: 2, name: 'Target profile' }).waitFor()
    await app.screenshot('12-setup-target')
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'Start the assessment' }).click()
    await efqmTab().waitFor()
    await saved()

    const assessment = stored()
    expect(assessment.participants.map((p) => [p.name, p.role])).toEqual([
      ['Ana Leader', 'leadership'],
      ['Ben Staff', 'staff'],
      ['Cleo Staff', 'staff'],
    ])
    expect(assessment.frameworks.sort()).toEqual(['efqm-2025', 'iso-9001-2015'])
    expect(assessment.target).toMatchObject({ customers: 0.3, society: 0.25 })
    expect(assessment.setupComplete).toBe(true)
  })

  it('takes EFQM votes by keyboard and flags disagreement', async () => {
    await efqmTab().click()
    await voteRows('1.1').first().focus()
    await page.keyboard.type('30')
    await page.keyboard.type('7')
    await page.keyboard.press('Enter')
    await page.keyboard.type('55')
    await page.getByText('⚠ Disagreement').waitFor()
    await app.screenshot('13-questionnaire-efqm')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 2, name: /^1\.2 / }).waitFor()
    await page.keyboard.type('505560')
    await page.getByText(/Median 55/).waitFor()
    expect(await page.getByText('⚠ Disagreement').count()).toBe(0)
  })

  it('takes ISO levels by keyboard, agrees a consensus with a rationale, and records evidence and an AFI', async () => {
    await isoTab().click()
    await voteRows('4.1').first().focus()
    await page.keyboard.type('153')
    await page.getByText('⚠ Disagreement').waitFor()
    await page.getByLabel('Agreed level').selectOption('2')
    await page.getByRole('button', { name: 'Record consensus' }).click()
    await page.getByText('The team’s value differs from the proposed 3: write down why.').waitFor()
    await page.getByLabel('Rationale').fill('Context analysis exists but has not been reviewed since 2023.')
    await page.getByRole('button', { name: 'Record consensus' }).click()
    await page.getByText(/Agreed 2 \(proposed 3\)/).waitFor()
    await page.getByLabel('Add evidence').fill('SWOT 2023 and strategy paper')
    await page.getByLabel('Add evidence').press('Enter')
    await page.getByLabel('Add areas for improvement').fill('Review the context yearly and include climate risks')
    await page.getByLabel('Add areas for improvement').press('Enter')
    await app.screenshot('14-questionnaire-iso')

    await voteRows('4.1').last().focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 2, name: /^4\.2 / }).waitFor()
    await page.keyboard.type('333')
    await page.getByText(/Median 3/).waitFor()
  })

  it('shows the room in projector mode with names hidden', async () => {
    await page.keyboard.press('Control+Shift+P')
    await page.getByRole('button', { name: 'Hide names' }).click()
    await expect(page.getByRole('table', { name: 'Votes for 4.2' }).textContent()).resolves.toContain('Participant 2')
    await app.screenshot('15-projector-mode')
    await page.getByRole('button', { name: 'Hide names' }).click()
    await page.getByRole('button', { name: 'Projector mode' }).click()
  })

  it('undoes and redoes the last vote with Ctrl+Z and Ctrl+Shift+Z', async () => {
    await voteRows('4.2').last().focus()
    await page.keyboard.press('5')
    await expect(voteRows('4.2').last().textContent()).resolves.toContain('5')
    await page.keyboard.press('Control+z')
    await expect(voteRows('4.2').last().textContent()).resolves.toContain('3')
    await page.keyboard.press('Control+Shift+Z')
    await expect(voteRows('4.2').last().textContent()).resolves.toContain('5')
  })

  it('finds everything as it was after a reload', async () => {
    await page.waitForFunction(() => document.querySelector('.save-state')?.textContent?.startsWith('Saved'))
    await page.reload()
    await page.locator('html[data-ready="true"]').waitFor()
    await page.getByRole('button', { name: /^Continue/ }).click()
    await isoTab().click()
    await page.getByRole('button', { name: /^4\.1 / }).click()
    await page.getByText(/Agreed 2 \(proposed 3\)/).waitFor()
    await expect(page.getByLabel('Evidence 1', { exact: true }).inputValue()).resolves.toBe('SWOT 2023 and strategy paper')
    await expect(page.getByLabel('Areas for improvement 1', { exact: true }).inputValue()).resolves.toBe('Review the context yearly and include climate risks')
    const iso = stored().responses['iso-9001-2015']!
    expect(Object.values(iso['4.1']!.ratings)).toEqual([{ kind: 'level', level: 1 }, { kind: 'level', level: 5 }, { kind: 'level', level: 3 }])
    expect(Object.values(iso['4.2']!.ratings).map((r) => (r.kind === 'level' ? r.level : null))).toEqual([3, 3, 5])
    expect(stored().responses['efqm-2025']!['1.1']!.ratings).toBeDefined()
  })

  it('merges a participant’s own copy, showing what will change before applying it', async () => {
    // Ben fills in his own copy: a new vote on 4.3 and a different vote on 4.2.
    await page.getByRole('button', { name: '← All assessments' }).click()
    await page.getByRole('button', { name: 'Make a copy of Annual self-assessment 2026' }).click()
    await openFromList(/\(copy\)/)
    await isoTab().click()
    await page.getByRole('button', { name: /^4\.2 / }).click()
    await voteRows('4.2').nth(1).focus()
    await page.keyboard.press('1')
    await page.getByRole('button', { name: /^4\.3 / }).click()
    await voteRows('4.3').nth(1).focus()
    await page.keyboard.press('4')

    await page.getByRole('button', { name: 'Export responses…' }).click()
    await page.getByRole('dialog').getByLabel('Participant', { exact: true }).selectOption({ label: 'Ben Staff' })
    await page.getByRole('button', { name: 'Export…' }).click()
    await page.getByText(/^Saved to /).waitFor()
    await saved()
    const exported = app.backend.files.saved.at(-1)!
    await page.keyboard.press('Escape')

    // Back in the workshop file, the facilitator imports Ben's file.
    await page.getByRole('button', { name: '← All assessments' }).click()
    await page.locator('button.open-assessment').filter({ hasNotText: '(copy)' }).click()
    await page.getByRole('button', { name: 'Import responses…' }).click()
    app.backend.files.queueOpen([exported])
    await page.getByRole('button', { name: 'Choose files…' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByText(/Ben Staff/).first().waitFor()
    await app.screenshot('16-merge-summary')
    const summary = await dialog.textContent()
    expect(summary).toMatch(/conflict/i)
    await dialog.getByRole('button', { name: 'Take all' }).click()
    await dialog.getByRole('button', { name: /^Apply/ }).click()
    await dialog.getByText(/Consensus was not changed/).waitFor()
    await app.screenshot('17-merge-applied')
    await page.keyboard.press('Escape')
    await saved()

    const iso = stored().responses['iso-9001-2015']!
    const ben = stored().participants.find((p) => p.name === 'Ben Staff')!.id
    expect(iso['4.2']!.ratings[ben]).toEqual({ kind: 'level', level: 1 })
    expect(iso['4.3']!.ratings[ben]).toEqual({ kind: 'level', level: 4 })
    expect(iso['4.1']!.consensus).toMatchObject({ kind: 'level', level: 2 })
  })

  it('ran without a page error, console error or CSP violation', () => {
    expect(app.problems).toEqual([])
  })
})
