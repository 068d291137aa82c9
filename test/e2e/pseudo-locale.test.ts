import i18next from 'i18next'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import efqmJson from '../../assets/frameworks/efqm-2025.json'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import stakeholdersJson from '../../assets/frameworks/stakeholders.json'
import { initCatalogue } from '../../common/i18n/full-catalogue'
import { PSEUDO_LOCALE } from '../../common/i18n/pseudo-locale'
import { makeTempDir } from '../support/temp-dir'
import { seededAssessment } from '../support/seeded-results'
import { settled, startApp } from './harness'
import { stringsIn, untranslatedText } from './untranslated-text'

/**
 * Every screen, dialog and view, shown in the pseudo-locale: anything a user can read or hear that
 * is not bracketed ⟦…⟧ and is not data was written into the code instead of the catalogue. This
 * process runs main's real handlers, so it switches to the pseudo-locale too and their messages
 * are checked on the way. The walk finds its way with the same catalogue (`t` gives the bracketed
 * text the page shows), so it proves the screens read as a translated app would.
 */
// Keys are written as strings here, so the walk reads like the screens it visits.
const t = (key: string, options?: Record<string, unknown>) => (i18next.t as unknown as (k: string, o?: object) => string)(key, options)
const TITLE = 'Seeded results'
const data = [...stringsIn(efqmJson), ...stringsIn(isoJson), ...stringsIn(stakeholdersJson), ...stringsIn(seededAssessment()), TITLE, 'Pseudo check']

describe('every screen reads its words from the catalogue (pseudo-locale)', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  let page: Page
  const screensSeen: string[] = []

  async function expectAllTranslated(screen: string) {
    await settled(page)
    screensSeen.push(screen)
    // Kept in test-results/pseudo-locale/ for a look at how longer words fit the layout.
    await app.screenshot(`pseudo-locale/${String(screensSeen.length).padStart(2, '0')}-${screen.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`)
    const found = await untranslatedText(page, [...data, ...(await localeFormats(page))])
    expect(found, `Text on “${screen}” that is not from the catalogue:\n${found.join('\n')}`).toEqual([])
  }

  beforeAll(async () => {
    initCatalogue(PSEUDO_LOCALE)
    app = await startApp(makeTempDir('panorama-e2e-pseudo-'), { locale: PSEUDO_LOCALE })
    page = app.page
  })
  afterAll(async () => {
    await app?.close()
    initCatalogue('en')
  })

  it('the page itself is in the pseudo-locale', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('qps-Ploc')
    await page.getByRole('heading', { level: 1, name: t('home:heading') }).waitFor()
  })

  it('empty home screen, the New assessment dialog and its validation message', async () => {
    await expectAllTranslated('home (empty)')
    await page.keyboard.press('Control+n')
    const dialog = page.getByRole('dialog', { name: t('home:new.title') })
    await dialog.waitFor()
    await expectAllTranslated('New assessment dialog')
    await dialog.getByRole('button', { name: t('home:new.create') }).click()
    await dialog.getByRole('alert').waitFor()
    await expectAllTranslated('New assessment dialog, title missing')
    await dialog.getByLabel(t('home:new.titleLabel')).fill('Pseudo check')
    await page.keyboard.press('Enter')
    await page.getByRole('navigation', { name: t('setup:stepList.label') }).waitFor()
    await expectAllTranslated('setup of a new assessment, with its problems listed')
  })

  it('home with assessments, then every setup step of a complete assessment', async () => {
    const created = app.backend.repository.create(TITLE)
    app.backend.repository.save({ ...seededAssessment(), id: created.id, origin: created.id, createdAt: created.createdAt })
    await page.reload()
    await page.locator('html[data-ready="true"]').waitFor()
    await page.locator('button.open-assessment').first().waitFor()
    await expectAllTranslated('home with assessments')
    await page.locator('button.open-assessment').filter({ hasText: TITLE }).click()
    await page.getByRole('tab', { name: t('results:assessment.setup') }).click()
    const steps = page.getByRole('navigation', { name: t('setup:stepList.label') }).getByRole('button')
    for (let i = 0; i < (await steps.count()); i++) {
      await steps.nth(i).click()
      await expectAllTranslated(`setup step ${i + 1}`)
    }
  })

  it('both questionnaires, in quick and full RADAR mode, and projector mode', async () => {
    await page.getByRole('tab', { name: /EFQM Model/ }).click()
    await page.getByRole('table', { name: t('questionnaire:votes.tableLabel', { item: '1.1' }) }).waitFor()
    await expectAllTranslated('EFQM questionnaire')
    await page.getByRole('button', { name: t('questionnaire:votes.modes.radar') }).click()
    await page.getByRole('button', { name: t('questionnaire:votes.modes.radar'), pressed: true }).waitFor()
    await expectAllTranslated('EFQM questionnaire, full RADAR')
    await page.getByRole('button', { name: t('questionnaire:votes.modes.quick') }).click()
    await page.getByRole('tab', { name: /ISO 9001/ }).click()
    await page.getByRole('button', { name: /^⟦4\.1 / }).click()
    await expectAllTranslated('ISO questionnaire')
    await page.keyboard.press('Control+Shift+P')
    await page.getByRole('button', { name: t('shell:appBar.hideNames') }).waitFor()
    await expectAllTranslated('projector mode')
    await page.keyboard.press('Control+Shift+P')
  })

  it('the Room panel, before and after opening, and the room’s controls on an item', async () => {
    const appBar = page.getByRole('navigation', { name: t('shell:appBar.label') })
    await appBar.getByRole('button', { name: t('shell:appBar.room'), exact: true }).click()
    const panel = page.getByRole('dialog', { name: t('live:panel.title') })
    await panel.getByLabel(t('live:panel.network')).waitFor()
    await expectAllTranslated('Room panel')
    await panel.getByRole('button', { name: t('live:panel.open') }).click()
    await panel.getByTestId('room-join-code').waitFor()
    await expectAllTranslated('Room panel, open')
    await panel.getByRole('button', { name: t('live:panel.done') }).click()
    await page.getByRole('button', { name: t('live:item.put') }).click()
    await page.getByTestId('room-voted').waitFor()
    await expectAllTranslated('ISO item with the room’s controls')
    await appBar.getByRole('button', { name: t('shell:appBar.roomOpen') }).click()
    await panel.getByRole('button', { name: t('live:panel.close') }).click()
    await panel.getByText(t('live:panel.closed')).waitFor()
    await panel.getByRole('button', { name: t('live:panel.done') }).click()
    await panel.waitFor({ state: 'detached' })
  })

  it('the participant-file and backup dialogs', async () => {
    await page.getByRole('button', { name: t('participants:actions.export') }).click()
    await page.getByRole('dialog').waitFor()
    await expectAllTranslated('Export responses dialog')
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'detached' })
    await page.getByRole('button', { name: t('files:backups.button') }).click()
    await page.getByRole('dialog', { name: t('files:backups.title') }).waitFor()
    await expectAllTranslated('Backups dialog')
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'detached' })
  })

  it('every results view, a drill-down and the PDF export dialog', async () => {
    await page.getByRole('tab', { name: t('results:assessment.results') }).click()
    for (const view of ['scores', 'stakeholders', 'team', 'actions']) {
      await page.getByRole('button', { name: t(`results:views.${view}`) }).click()
      await page.getByRole('button', { name: t(`results:views.${view}`), pressed: true }).or(page.locator('[aria-current="page"]')).first().waitFor()
      await expectAllTranslated(`Results → ${view}`)
    }
    await page.getByRole('button', { name: t('results:views.scores') }).click()
    await page.locator('.chart .bar').first().click()
    await page.getByRole('complementary').waitFor()
    await expectAllTranslated('drill-down panel')
    await page.keyboard.press('Control+e')
    await page.getByRole('dialog').waitFor()
    await expectAllTranslated('Export PDF dialog')
    await page.keyboard.press('Escape')
  })

  it('the Method page', async () => {
    await page.keyboard.press('F1')
    await page.getByRole('heading', { level: 1 }).filter({ hasText: '⟦' }).first().waitFor()
    await expectAllTranslated('Method page')
  })

  it('visited every screen and ran without a page error or console warning', () => {
    expect(screensSeen.length).toBeGreaterThanOrEqual(20)
    expect(app.problems).toEqual([])
  })
})

/** Month and weekday names the page's Intl formats may print: locale formatting, not catalogue text. */
async function localeFormats(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const names: string[] = []
    for (let month = 0; month < 12; month++) {
      const day = new Date(Date.UTC(2026, month, 15))
      for (const style of ['short', 'long'] as const) names.push(new Intl.DateTimeFormat(undefined, { month: style }).format(day))
      names.push(new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(day), new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(day))
    }
    names.push(...['AM', 'PM'])
    return names
  })
}
