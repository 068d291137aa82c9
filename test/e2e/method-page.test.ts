import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import { designCoverage } from '../../common/domain/coverage'
import { parseFramework } from '../../common/domain/framework'
import { formatFigure } from '../../common/domain/figures'
import { makeTempDir } from '../support/temp-dir'
import { startApp } from './harness'

describe('the Method page in the real renderer', () => {
  let app: Awaited<ReturnType<typeof startApp>>

  beforeAll(async () => {
    app = await startApp(makeTempDir('panorama-e2e-method-'))
  })
  afterAll(async () => {
    await app?.close()
  })

  it('loads the framework files on demand and shows how every number is computed', async () => {
    const { page } = app
    await page.getByRole('button', { name: /Method and sources/ }).click()
    await page.getByRole('heading', { name: /RADAR scoring/ }).waitFor()
    const isoCustomers = formatFigure('percent', designCoverage(parseFramework(isoJson)).focus.customers)
    const row = page.getByRole('table', { name: 'Stakeholder focus by framework' }).getByRole('row', { name: /Customers & service users/ })
    await expect(row.textContent()).resolves.toContain(isoCustomers)
    await app.screenshot('05-method-page')
  })

  it('ran without a page error, console error or CSP violation', () => {
    expect(app.problems).toEqual([])
  })
})
