import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir } from '../support/temp-dir'
import { startApp } from './harness'

/**
 * Panorama promises to send nothing. Every end-to-end run counts the page's requests and fails on
 * any that does not go to the test's own loopback server (harness.ts, watchRequests); this file
 * proves the count sees real traffic, and that a request elsewhere is caught and stopped.
 */
describe('nothing leaves the machine', () => {
  let app: Awaited<ReturnType<typeof startApp>>

  beforeAll(async () => {
    app = await startApp(makeTempDir('panorama-e2e-offline-'))
  })
  afterAll(async () => {
    await app?.close()
  })

  it('a user’s first minutes (home, a new assessment, its setup) make requests only to the app’s own server', async () => {
    const { page } = app
    await page.getByRole('button', { name: /New assessment/ }).click()
    const dialog = page.getByRole('dialog', { name: 'New assessment' })
    await dialog.getByLabel('Title').fill('Offline check')
    await dialog.getByLabel('Title').press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Offline check' }).waitFor()
    await page.getByRole('status').filter({ hasText: /^Saved / }).waitFor()
    // The page, its scripts, styles and fonts, and the workspace chunk loaded with the assessment.
    expect(app.requests.own).toBeGreaterThan(3)
    expect(app.requests.elsewhere).toEqual([])
  })

  it('a request to anywhere else is stopped in Chromium and counted, so the run would fail', async () => {
    const outside = 'https://panorama-leak.invalid/collect?title=Offline%20check'
    await app.page.evaluate((url) => {
      window.location.href = url
    }, outside)
    await expect.poll(() => app.requests.elsewhere).toEqual([outside])
    // Emptied only here, where the request was planted on purpose; close() fails on any other.
    app.requests.elsewhere.length = 0
  })
})
