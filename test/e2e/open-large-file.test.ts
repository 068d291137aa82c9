import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { slowReads } from '../support/fake-file-access'
import { largeValidFile } from '../support/hostile-files'
import { makeTempDir, snapshotDir } from '../support/temp-dir'
import { readFileBytes } from '../../electron/files/file-access'
import { startApp } from './harness'

/**
 * Issue 14: a large file opened through the UI shows its progress and can be cancelled, with
 * nothing changed; opened again, it goes all the way through the built file worker
 * (out/main/file-worker.js) and opens.
 */
describe('opening a 19 MB assessment file through the window', () => {
  const dataDir = makeTempDir('panorama-e2e-large-')
  const inbox = makeTempDir('panorama-e2e-large-inbox-')
  const large = largeValidFile()
  const file = path.join(inbox, 'Annual review 2026.panorama')
  let app: Awaited<ReturnType<typeof startApp>>

  beforeAll(async () => {
    fs.writeFileSync(file, large.text)
    app = await startApp(dataDir, { viewport: { width: 1366, height: 768 } })
  })
  afterAll(async () => {
    await app?.close()
    fs.rmSync(inbox, { recursive: true, force: true })
  })

  it('shows the file being read with a bar and Cancel; Cancel stops it and nothing changes', async () => {
    const { page } = app
    // A slow disk (a network share, a USB stick): the reading takes long enough to watch and cancel.
    slowReads(app.backend.files, { delayMs: 100 })
    const before = snapshotDir(dataDir)
    app.backend.files.queueOpen([file])
    await page.getByRole('button', { name: 'Open file…' }).click()

    const progress = page.getByRole('group', { name: 'Opening a file' })
    await progress.waitFor()
    await expect(progress.getByRole('status').textContent()).resolves.toBe('Reading “Annual review 2026.panorama”…')
    await progress.getByRole('progressbar').waitFor()
    await expect(progress.textContent()).resolves.toMatch(/of 19\.\d MB/)
    const cancel = progress.getByRole('button', { name: 'Cancel' })
    await expect(cancel.evaluate((button) => button === document.activeElement)).resolves.toBe(true)
    await app.screenshot('issue-14-large-file-progress')

    await page.keyboard.press('Enter')
    await progress.waitFor({ state: 'detached' })
    await expect(page.getByRole('alert').count()).resolves.toBe(0)
    expect(app.backend.progress.some((event) => event.stage === 'checking')).toBe(false)
    expect(snapshotDir(dataDir)).toEqual(before)
    await expect(page.getByRole('button', { name: 'Open file…' }).evaluate((button) => button === document.activeElement)).resolves.toBe(true)
    expect(app.problems).toEqual([])
  })

  it('opened again at full speed, it is checked by the built worker and opens', async () => {
    const { page } = app
    app.backend.files.readBytes = readFileBytes
    app.backend.files.queueOpen([file])
    await page.getByRole('button', { name: 'Open file…' }).click()
    await page.getByRole('heading', { level: 1, name: large.document.title }).waitFor({ timeout: 30_000 })
    expect(app.backend.repository.get(large.document.id)).toEqual(large.document)
    expect(app.problems).toEqual([])
  })
})
