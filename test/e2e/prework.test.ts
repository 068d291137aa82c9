import AxeBuilder from '@axe-core/playwright'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import { fillPack, type RowFill } from '../support/prework-fill'
import { makeTempDir } from '../support/temp-dir'
import { resultsDir, settled, startApp } from './harness'

/**
 * Issue 16, "Done when": a facilitator with seven participants, at 1366×768, writes seven
 * pre-work workbooks, gets them back filled (one with a bad cell), imports all seven in one go
 * and sees the seven people's votes in the grid; one Undo takes the import back.
 */
const ISO = 'iso-9001-2015'
const EFQM = 'efqm-2025'
const TEAM = [
  { id: 'ana', name: 'Ana Kessler', role: 'leadership' as const },
  { id: 'ben', name: 'Ben Okafor', role: 'staff' as const },
  { id: 'cleo', name: 'Cleo Martín', role: 'staff' as const },
  { id: 'dev', name: 'Dev Patel', role: 'staff' as const },
  { id: 'eli', name: 'Eli Novak', role: 'external' as const },
  { id: 'fay', name: 'Fay Łukasiewicz', role: 'staff' as const },
  { id: 'gus', name: 'Gus Andersen', role: 'leadership' as const },
]
/** What each person answers for ISO 4.1 and EFQM 1.1 (a band); Gus says N/A with a reason. */
const ISO_41: Record<string, number | string> = { ana: 4, ben: 2, cleo: 3, dev: 1, eli: 5, fay: 0, gus: 'N/A' }
const EFQM_11: Record<string, string> = { ana: 'Comprehensive', ben: 'Limited', cleo: 'Ability', dev: 'No evidence', eli: 'Outstanding', fay: 'Ability', gus: 'Limited' }
/** What the grid then shows for them. */
const ISO_41_SHOWN: Record<string, RegExp> = { ana: /^4/, ben: /^2/, cleo: /^3/, dev: /^1/, eli: /^5/, fay: /^0/, gus: /^n\/a/i }
const BAND_SCORE: Record<string, string> = { 'No evidence': '0', Limited: '20', Ability: '50', Comprehensive: '75', Outstanding: '95' }
/** Eli's spreadsheet turned thirty more answers into text nobody can read as a level. */
const ELI_BAD = ['5.1.1', '5.1.2', '5.2.1', '5.2.2', '5.3', '6.1', '6.2', '6.3', '7.1.1', '7.1.2', '7.1.3', '7.1.4', '7.1.5', '7.1.6', '7.2', '7.3', '7.4', '7.5.1', '7.5.2', '7.5.3', '8.1', '8.2.1', '8.2.2', '8.2.3', '8.2.4', '8.3.1', '8.3.2', '8.3.3', '8.3.4', '8.3.5']
const VIEWPORT = { width: 1366, height: 768 }
const out = path.join(resultsDir, 'prework-e2e')

function workshop(id: string, createdAt: string): Assessment {
  return {
    ...newAssessment({ id, title: 'Pre-work review 2026', now: createdAt }),
    organisation: { ...newAssessment({ id, title: 'x', now: createdAt }).organisation, name: 'Stadtwerke Zürich', date: '2026-06-15' },
    frameworks: [EFQM, ISO],
    setupComplete: true,
    participants: TEAM,
  }
}

describe('pre-work packs for seven participants, out and back in, at 1366×768', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  let page: Page
  let dataDir: string
  let written: string[] = []
  const dialog = () => page.getByRole('dialog')
  const stored = () => app.backend.repository.get(app.backend.repository.list()[0]!.id)
  const saved = () => page.locator('.save-state.saved').waitFor()
  const inViewport = async (locator: Locator) => {
    const box = await locator.boundingBox()
    return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height && box.x >= 0 && box.x + box.width <= VIEWPORT.width
  }
  const shot = async (name: string) => {
    await settled(page)
    await page.screenshot({ path: path.join(out, `${name}.png`) })
  }
  /** Serious or critical WCAG 2.1 AA findings of axe-core, as "rule: target" lines. */
  const axeFindings = async () => {
    await settled(page)
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))
  }
  const isoRows = () => page.getByRole('table', { name: 'Votes for 4.1' }).locator('tbody tr')
  const openIso41 = async () => {
    await page.getByRole('tab', { name: /ISO 9001/ }).click()
    await page.getByRole('navigation', { name: 'ISO 9001 items' }).getByRole('button', { name: /^4\.1 / }).click()
    await page.getByRole('heading', { level: 2, name: /^4\.1 / }).waitFor()
  }
  const gridVotes = async () =>
    Object.fromEntries(
      await Promise.all(
        (await isoRows().all()).map(async (row) => [(await row.locator('th').textContent())!.trim(), (await row.locator('td.vote-value').textContent())!.trim()] as const),
      ),
    )

  beforeAll(async () => {
    fs.rmSync(out, { recursive: true, force: true })
    fs.mkdirSync(out, { recursive: true })
    dataDir = makeTempDir('panorama-e2e-prework-')
    app = await startApp(dataDir, { viewport: VIEWPORT })
    page = app.page
    const created = app.backend.repository.create('Pre-work review 2026')
    app.backend.repository.save({ ...workshop(created.id, created.createdAt), origin: created.id })
    await page.reload()
    await page.locator('html[data-ready="true"]').waitFor()
    await page.locator('button.open-assessment').filter({ hasText: 'Pre-work review 2026' }).click()
    await page.getByRole('tab', { name: /EFQM Model/ }).waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('opens Prepare pre-work… by keyboard, with all seven people, both frameworks, bands and workbooks chosen, all on the screen', async () => {
    const button = page.getByRole('button', { name: 'Prepare pre-work…' })
    await button.focus()
    await page.keyboard.press('Enter')
    await dialog().getByRole('heading', { name: 'Prepare pre-work' }).waitFor()
    const people = dialog().getByRole('group', { name: 'Participants' })
    for (const person of TEAM) await expect(people.getByRole('checkbox', { name: person.name }).isChecked()).resolves.toBe(true)
    await expect(dialog().getByRole('checkbox', { name: /EFQM Model/ }).isChecked()).resolves.toBe(true)
    await expect(dialog().getByRole('checkbox', { name: /ISO 9001/ }).isChecked()).resolves.toBe(true)
    await expect(dialog().getByRole('radio', { name: /RADAR bands/ }).isChecked()).resolves.toBe(true)
    await expect(dialog().getByRole('radio', { name: /Excel workbooks/ }).isChecked()).resolves.toBe(true)
    await expect(dialog().textContent()).resolves.toContain('only that person’s name and the questions: no one else’s votes')
    const write = dialog().getByRole('button', { name: 'Choose a folder and write…' })
    await expect(inViewport(write)).resolves.toBe(true)
    await expect(inViewport(people.getByRole('checkbox', { name: TEAM.at(-1)!.name }))).resolves.toBe(true)
    await shot('01-prepare-dialog')
    await expect(axeFindings()).resolves.toEqual([])

    // The same dialog read from the back of the room.
    await page.keyboard.press('Control+Shift+P')
    await page.locator('html[data-projector="true"]').waitFor()
    await shot('02-prepare-dialog-projector')
    await expect(inViewport(write)).resolves.toBe(true)
    await page.keyboard.press('Control+Shift+P')
  })

  it('writes seven workbook packs into the chosen folder and lists them', async () => {
    await dialog().getByRole('button', { name: 'Choose a folder and write…' }).click()
    const list = dialog().getByRole('list', { name: 'Files written' })
    await list.waitFor()
    written = (await list.getByRole('listitem').allTextContents()).map((name) => name.trim())
    expect(written).toHaveLength(7)
    expect(written.every((name) => name.endsWith('.xlsx'))).toBe(true)
    await expect(dialog().textContent()).resolves.toContain(`Written to ${dataDir}`)
    for (const name of written) expect(fs.existsSync(path.join(dataDir, name)), name).toBe(true)
    await shot('03-prepare-written')
    await page.keyboard.press('Escape')
    await expect(dialog().count()).resolves.toBe(0)
  })

  it('imports the seven filled packs in one go: the preview names the bad cell, Apply puts seven votes in the grid', async () => {
    // Each person fills their own pack in their spreadsheet; Ben types "3,5" into 4.2.
    const filledPaths: string[] = []
    for (const [index, person] of TEAM.entries()) {
      const pack = path.join(dataDir, written[index]!)
      const iso: Record<string, RowFill> = { '4.1': ISO_41[person.id] === 'N/A' ? { answer: 'N/A', reason: 'We have no external context yet' } : { answer: ISO_41[person.id]! } }
      if (person.id === 'ben') iso['4.2'] = { answer: '3,5' }
      if (person.id === 'eli') for (const unit of ELI_BAD) iso[unit] = { answer: 'about three' }
      iso['4.3'] = { note: `${person.name.split(' ')[0]}'s note on the scope` }
      const filled = await fillPack(fs.readFileSync(pack), { 'ISO 9001': iso, 'EFQM Model': { '1.1': { answer: EFQM_11[person.id]! } } })
      const back = path.join(dataDir, `filled-${written[index]!}`)
      fs.writeFileSync(back, filled)
      filledPaths.push(back)
    }

    await page.getByRole('button', { name: 'Import responses…' }).click()
    await expect(dialog().textContent()).resolves.toContain('pre-work packs (.xlsx)')
    app.backend.files.queueOpen(filledPaths)
    await dialog().getByRole('button', { name: 'Choose files…' }).click()
    await dialog().getByRole('list', { name: 'Files to merge' }).waitFor()
    const preview = (await dialog().textContent())!
    expect(preview).toMatch(/"3,5" is not a level 0–5/)
    expect(preview).toMatch(/4\.2/)
    for (const person of TEAM) expect(preview).toContain(person.name)
    await expect(dialog().getByRole('list', { name: 'Files to merge' }).locator(':scope > li').count()).resolves.toBe(7)
    // Eli's thirty remarks scroll in a list of their own; Apply stays on the screen.
    const eliRemarks = dialog().getByRole('list', { name: `Remarks on filled-${written[TEAM.findIndex((p) => p.id === 'eli')]}` })
    await expect(eliRemarks.getByRole('listitem').count()).resolves.toBe(ELI_BAD.length)
    await expect(eliRemarks.evaluate((list) => list.scrollHeight > list.clientHeight + 20 && list.clientHeight < 200)).resolves.toBe(true)
    const apply = dialog().getByRole('button', { name: 'Apply' })
    await expect(inViewport(apply)).resolves.toBe(true)
    await shot('04-import-preview')
    await expect(axeFindings()).resolves.toEqual([])
    await eliRemarks.scrollIntoViewIfNeeded()
    await shot('04b-import-preview-many-remarks')
    await page.keyboard.press('Control+Shift+P')
    await page.locator('html[data-projector="true"]').waitFor()
    await expect(inViewport(apply)).resolves.toBe(true)
    await shot('04c-import-preview-projector')
    await page.keyboard.press('Control+Shift+P')

    await apply.click()
    await dialog().getByRole('status').filter({ hasText: /7 files/ }).waitFor()
    await shot('05-import-done')
    await page.keyboard.press('Escape')
    await saved()

    await openIso41()
    const shown = await gridVotes()
    for (const person of TEAM) expect(shown[person.name], person.name).toMatch(ISO_41_SHOWN[person.id]!)
    await isoRows().last().scrollIntoViewIfNeeded()
    await shot('06-grid-iso-4.1')
    const doc = stored()
    for (const person of TEAM) {
      const band = EFQM_11[person.id]!
      expect(doc.responses[EFQM]!['1.1']!.ratings[person.id], person.name).toEqual({ kind: 'quick', score: Number(BAND_SCORE[band]) })
    }
    expect(doc.responses[ISO]!['4.1']!.ratings.gus).toEqual({ kind: 'not-applicable', justification: 'We have no external context yet' })
    // The bad cell was left out; the rest of Ben's pack counted.
    expect(doc.responses[ISO]!['4.2']?.ratings.ben).toBeUndefined()
    expect(doc.responses[ISO]!['4.1']!.ratings.ben).toEqual({ kind: 'level', level: 2 })
  })

  it('takes the whole import back with one Undo', async () => {
    // The grid holds the seven imported votes before the Undo.
    expect(Object.values(await gridVotes()).filter((vote) => vote !== '–')).toHaveLength(7)
    await page.locator('body').click({ position: { x: 5, y: VIEWPORT.height - 5 } })
    await page.keyboard.press('Control+z')
    await expect.poll(async () => Object.values(await gridVotes()).every((vote) => vote === '–' || vote === '')).toBe(true)
    await saved()
    const doc = stored()
    for (const framework of [ISO, EFQM]) {
      for (const response of Object.values(doc.responses[framework] ?? {})) expect(Object.keys(response.ratings)).toEqual([])
    }
  })

  it('draws printable PDF packs in the page for the people ticked, each with only its own name', async () => {
    await page.getByRole('button', { name: 'Prepare pre-work…' }).click()
    const people = dialog().getByRole('group', { name: 'Participants' })
    await people.getByRole('checkbox', { name: 'All' }).click()
    await people.getByRole('checkbox', { name: 'Ana Kessler' }).check()
    await people.getByRole('checkbox', { name: 'Fay Łukasiewicz' }).check()
    await dialog().getByRole('radio', { name: /Printable PDFs/ }).check()
    await dialog().getByRole('button', { name: 'Choose a folder and write…' }).click()
    const list = dialog().getByRole('list', { name: 'Files written' })
    await list.waitFor({ timeout: 30_000 })
    const files = (await list.getByRole('listitem').allTextContents()).map((name) => name.trim())
    expect(files).toEqual(['Ana Kessler.pdf', 'Fay Łukasiewicz.pdf'])
    await shot('07-prepare-pdfs-written')
    for (const [index, file] of files.entries()) {
      const text = execFileSync('pdftotext', ['-layout', path.join(dataDir, file), '-'], { encoding: 'utf8' })
      const own = index === 0 ? 'Ana Kessler' : 'Fay Łukasiewicz'
      expect(text).toContain(own)
      for (const other of TEAM.filter((p) => p.name !== own)) expect(text, `${file} names ${other.name}`).not.toContain(other.name)
      expect(text).toContain('4.1 Organisation and its context')
      expect(text).toContain('1.1 Define purpose and vision')
    }
    execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '3', '-png', path.join(dataDir, files[1]!), path.join(out, '08-pdf-fay')])
    await page.keyboard.press('Escape')
  })

  it('ran without a page error, console error or CSP violation', () => {
    expect(app.problems).toEqual([])
  })
})
