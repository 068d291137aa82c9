import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import efqmJson from '../../assets/frameworks/efqm-2025.json'
import { App } from '../../renderer/src/App'
import { designCoverage } from '../../common/domain/coverage'
import { parseFramework } from '../../common/domain/framework'
import { formatFigure } from '../../common/domain/figures'
import { loadStartupData } from '../../renderer/src/store/startup'
import { createFakeApi } from '../support/fake-api'

async function openMethod() {
  createFakeApi().install()
  const user = userEvent.setup()
  render(<App startup={loadStartupData()} />)
  await screen.findByText('No assessments yet.')
  await user.keyboard('{F1}')
  await screen.findByRole('heading', { level: 1, name: 'Method and sources' })
  await screen.findByRole('heading', { name: /RADAR scoring/ })
  return user
}

describe('Method page', () => {
  it('opens with F1 and shows the design focus the engine computes for each framework', async () => {
    await openMethod()
    const iso = designCoverage(parseFramework(isoJson))
    const efqm = designCoverage(parseFramework(efqmJson))
    const table = screen.getByRole('table', { name: 'Stakeholder focus by framework' })
    const customers = within(table).getByRole('row', { name: /Customers & service users/ })
    // Columns follow the frameworks sorted by name: EFQM Model, ISO 9001.
    expect(within(customers).getAllByRole('cell').map((c) => c.textContent)).toEqual([formatFigure('percent', efqm.focus.customers), formatFigure('percent', iso.focus.customers)])
    const balanceRow = within(table).getByRole('row', { name: /Balance index/ })
    expect(balanceRow).toHaveTextContent(formatFigure('index', iso.balanceIndex))
  })

  it('shows worked examples computed by the engine, not typed by hand', async () => {
    await openMethod()
    const radar = screen.getByRole('region', { name: /RADAR scoring/ })
    // Sample attributes 60 70 | 50 45 | 40 35 30 → elements 65, 47.5, 35 → mean 49.17 → 50
    expect(radar).toHaveTextContent('mean of the element scores 65, 47.5, 35 = 49.2, rounded to the nearest 5')
    const iso = screen.getByRole('region', { name: /conformity and maturity/ })
    // Clause 4 sample: levels 3, 2, 4 (4.4 not applicable) → 2 of 3 conform; mean 3 → 60
    expect(iso).toHaveTextContent('2 of 3 applicable assessed units at level 3 or above')
    expect(iso).toHaveTextContent('maturity index 60')
    const team = screen.getByRole('region', { name: 'Team figures' })
    // 70 60 35 45 → median (45 + 60) / 2 = 52.5 → proposed 50; gap 65 − 40 = 25
    expect(team).toHaveTextContent('median of 70, 60, 35, 45 = 52.5, snapped down to the scale step of 5')
    expect(team).toHaveTextContent('Leader − staff gap: 25')
  })

  it('names each framework’s edition, sources (marking secondary ones) and caveats', async () => {
    await openMethod()
    const sources = screen.getByRole('region', { name: 'Where the frameworks come from' })
    expect(within(sources).getByRole('heading', { name: 'EFQM Model — 2025 (EFQM)' })).toBeInTheDocument()
    expect(within(sources).getByRole('heading', { name: 'ISO 9001 — 2015 with Amendment 1:2024 (ISO)' })).toBeInTheDocument()
    expect(within(sources).getAllByText('secondary source').length).toBeGreaterThan(0)
    expect(sources).toHaveTextContent('not EFQM text')
  })

  it('goes back to where the user was', async () => {
    const user = await openMethod()
    await user.click(screen.getByRole('button', { name: '← Back' }))
    expect(screen.getByRole('heading', { level: 1, name: 'Assessments' })).toBeInTheDocument()
  })
})
