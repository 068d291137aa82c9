import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventNames, methodNames } from '../../common/contract/contract'
import { makeTempDir } from '../support/temp-dir'
import { startApp } from './harness'

describe('a user creates an assessment in the real renderer', () => {
  const dataDir = makeTempDir('panorama-e2e-')
  let app: Awaited<ReturnType<typeof startApp>>

  beforeAll(async () => {
    app = await startApp(dataDir)
  })
  afterAll(async () => {
    await app?.close()
  })

  it('gives the page exactly the preload’s methods', async () => {
    const keys = await app.page.evaluate(() => Object.keys(window.api).sort())
    expect(keys).toEqual([...methodNames, ...eventNames].sort())
  })

  it('starts on an empty home screen', async () => {
    await expect(app.page.getByText('No assessments yet.').isVisible()).resolves.toBe(true)
    await app.screenshot('01-home-empty')
  })

  it('creates an assessment by clicking and typing, and opens it', async () => {
    const { page } = app
    await page.getByRole('button', { name: /New assessment/ }).click()
    const dialog = page.getByRole('dialog', { name: 'New assessment' })
    await dialog.getByRole('button', { name: 'Create assessment' }).click()
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain('Give the assessment a title')
    await app.screenshot('02-new-assessment-validation')

    await dialog.getByLabel('Title').fill('Quality workshop — Łódź 2026')
    await dialog.getByLabel('Title').press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Quality workshop — Łódź 2026' }).waitFor()
    await page.getByRole('status').filter({ hasText: /^Saved / }).waitFor()
    await app.screenshot('03-assessment-open')
  })

  it('saves an edit on its own, and the status bar says Saved once it is on disk', async () => {
    // How soon is the autosave delay's business (autosave-status.test.tsx, with a fake clock); here the edit must reach the disk and the status must follow it.
    const { page } = app
    await page.getByLabel('Title').fill('Quality workshop — Łódź, spring 2026')
    await expect.poll(() => app.backend.repository.list()[0]?.title).toBe('Quality workshop — Łódź, spring 2026')
    await page.waitForFunction(() => !document.querySelector('.save-state.pending, .save-state.saving'))
    await page.getByRole('status').filter({ hasText: /^Saved / }).waitFor()
  })

  it('still lists the assessment after a reload, and its file is on disk', async () => {
    const { page } = app
    await page.reload()
    await page.locator('html[data-ready="true"]').waitFor()
    const list = page.getByRole('list', { name: 'Stored assessments' })
    await list.getByText('Quality workshop — Łódź, spring 2026').waitFor()
    await expect(page.getByRole('button', { name: 'Continue “Quality workshop — Łódź, spring 2026”' }).isVisible()).resolves.toBe(true)
    await app.screenshot('04-home-with-assessment')

    const [summary] = app.backend.repository.list()
    const file = path.join(dataDir, 'assessments', `assessment-${summary!.id}.json`)
    expect(fs.existsSync(file)).toBe(true)
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({
      schemaVersion: 1,
      title: 'Quality workshop — Łódź, spring 2026',
    })
  })

  it('opens the new-assessment dialog from the File menu command and from Ctrl+N', async () => {
    const { page } = app
    await app.emit('onMenuCommand', 'new-assessment')
    await page.getByRole('dialog', { name: 'New assessment' }).waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'detached' })
    await page.keyboard.press('Control+n')
    await page.getByRole('dialog', { name: 'New assessment' }).waitFor()
    await page.keyboard.press('Escape')
  })

  it('ran without a page error, console error or CSP violation', () => {
    expect(app.problems).toEqual([])
  })
})
