import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { makeTempDir } from '../support/temp-dir'
import { fractionalAssessment } from '../support/seeded-results'
import { startApp } from './harness'

/**
 * Issue 13: the Results screen showed 238 / 57 % / 53 where the PDF printed 237.5 / 57.1 % / 52.9
 * for the same assessment. The screen's figures are read as a user sees them, the PDF is exported
 * through the dialog and read back with pdftotext, and the two texts must be the same.
 */
describe('the Results screen and the PDF report print the same figures', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  let page: Page
  let pdfText: string

  const figure = (testId: string) => page.getByTestId(testId).locator('.figure-value').textContent()

  beforeAll(async () => {
    app = await startApp(makeTempDir('panorama-e2e-figures-'), { viewport: { width: 1366, height: 768 } })
    page = app.page
    const created = app.backend.repository.create('Fractional results')
    app.backend.repository.save({ ...fractionalAssessment(), title: 'Fractional results', id: created.id, origin: created.id, createdAt: created.createdAt })
    await page.reload()
    await page.locator('html[data-ready="true"]').waitFor()
    await page.locator('button.open-assessment').filter({ hasText: 'Fractional results' }).click()
    await page.getByRole('tab', { name: 'Results' }).click()
    await page.getByTestId('efqm-total').waitFor()

    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog', { name: 'Export PDF report' })
    await dialog.getByRole('button', { name: 'Export PDF…' }).click()
    await dialog.getByText(/^Saved to /).waitFor({ timeout: 30_000 })
    // One line per paragraph and table cell, whitespace runs as one space.
    pdfText = execFileSync('pdftotext', [app.backend.files.saved.at(-1)!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  })
  afterAll(async () => {
    await app?.close()
  })

  it('shows the EFQM total as 237.5 points on the screen and in the PDF, not 238 on one and 237.5 on the other', async () => {
    const screen = await figure('efqm-total')
    expect(screen).toBe('237.5')
    expect(pdfText).toContain(`The organisation scores ${screen} of 1000 points`)
  })

  it('shows ISO readiness as 57.1 % on the screen and in the PDF', async () => {
    const screen = await figure('iso-readiness')
    expect(screen).toBe('57.1 %')
    expect(pdfText).toContain(`32 of the 56 assessed units conform (level 3 or above), a readiness of ${screen};`)
  })

  it('shows the ISO maturity index as 52.9 on the screen and in the PDF', async () => {
    const screen = await figure('iso-maturity')
    expect(screen).toBe('52.9')
    expect(pdfText).toContain(`the mean level gives a maturity index of ${screen} out of 100`)
  })

  it('gives a criterion’s points and percentage the same text in the screen’s bar and in the PDF', async () => {
    const bar = await page.getByRole('button', { name: /^4 [^:]+: / }).getAttribute('aria-label')
    expect(bar).toContain('23.8 % · 47.5 of 200 points')
    expect(pdfText).toContain('23.8 % · 47.5 of 200 points')
  })

  it('ran without a page error, console error or CSP violation', () => {
    expect(app.problems).toEqual([])
  })
})
