import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir } from '../support/temp-dir'
import { startApp } from './harness'

describe("undo in real Chromium: the text field's own, and the document's from the menu", () => {
  let app: Awaited<ReturnType<typeof startApp>>

  beforeAll(async () => {
    app = await startApp(makeTempDir('panorama-e2e-'))
    await app.page.setViewportSize({ width: 1366, height: 768 })
    const { page } = app
    await page.getByRole('button', { name: /New assessment/ }).click()
    const dialog = page.getByRole('dialog', { name: 'New assessment' })
    await dialog.getByLabel('Title').fill('Board review')
    await dialog.getByLabel('Title').press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Board review' }).waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('Ctrl+Z in a text field undoes the typing there, by the browser itself, and the document follows', async () => {
    const { page } = app
    const title = page.getByLabel('Title')
    await title.click()
    await title.press('End')
    await page.keyboard.type(' 2027')
    await expect(title.inputValue()).resolves.toBe('Board review 2027')
    // Chromium undoes typing a word at a time: "2027", then the space.
    await page.keyboard.press('Control+z')
    await expect(title.inputValue()).resolves.toBe('Board review ')
    await page.keyboard.press('Control+z')
    await expect(title.inputValue()).resolves.toBe('Board review')
    await page.getByRole('heading', { level: 1, name: 'Board review', exact: true }).waitFor()
    await page.getByRole('status').filter({ hasText: /^Saved / }).waitFor()
    await page.waitForFunction(() => !document.querySelector('.save-state.pending, .save-state.saving'))
    expect(app.backend.repository.list()[0]?.title).toBe('Board review')
  })

  it('Edit ▸ Undo from the menu undoes the last document change even with the focus in the field', async () => {
    const { page } = app
    const title = page.getByLabel('Title')
    await title.fill('Board review, final')
    await title.focus()
    // As main sends it when the menu item is chosen with the mouse.
    await app.emit('onMenuCommand', 'undo')
    await expect.poll(() => title.inputValue()).not.toBe('Board review, final')
    await expect(title.inputValue()).resolves.toBe('Board review')
    await app.screenshot('text-field-undo/after-menu-undo')
  })
})
