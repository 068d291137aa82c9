import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import efqmJson from '../../assets/frameworks/efqm-2025.json'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import { newAssessment, type Assessment } from '../../electron/ipc/assessment-schema'
import { parseFramework, type Framework } from '../../renderer/src/domain/framework'
import { QuestionnaireScreen } from '../../renderer/src/features/questionnaire/QuestionnaireScreen'
import { useDocument } from '../../renderer/src/store/document-store'
import { createFakeApi } from '../support/fake-api'

const iso = parseFramework(isoJson)
const efqm = parseFramework(efqmJson)

function seeded(): Assessment {
  return {
    ...newAssessment({ id: '00000000-0000-4000-8000-000000000042', title: 'Workshop', now: '2026-03-01T09:00:00.000Z' }),
    frameworks: ['efqm-2025', 'iso-9001-2015'],
    setupComplete: true,
    participants: [
      { id: 'ana', name: 'Ana', role: 'leadership' },
      { id: 'ben', name: 'Ben', role: 'staff' },
      { id: 'cleo', name: 'Cleo', role: 'staff' },
    ],
  }
}

function Harness({ framework }: { framework: Framework }) {
  const assessment = useDocument((s) => s.assessment)
  return assessment ? <QuestionnaireScreen framework={framework} assessment={assessment} /> : null
}

function renderWith(framework: Framework) {
  createFakeApi().install()
  useDocument.setState({ assessment: seeded(), saveStatus: 'saved' })
  const user = userEvent.setup()
  render(<Harness framework={framework} />)
  return user
}

const ratingsOf = (frameworkId: string, itemId: string) => useDocument.getState().assessment!.responses[frameworkId]?.[itemId]?.ratings

describe('keyboard vote entry in the questionnaire', () => {
  beforeEach(() => {
    useDocument.setState(useDocument.getInitialState(), true)
  })

  it('ISO: types a room’s levels with one key each, flags disagreement, and Enter moves to the next unit', async () => {
    const user = renderWith(iso)
    const grid = screen.getByRole('table', { name: 'Votes for 4.1' })
    within(grid).getAllByRole('row')[1]!.focus()
    await user.keyboard('153')
    expect(ratingsOf('iso-9001-2015', '4.1')).toEqual({ ana: { kind: 'level', level: 1 }, ben: { kind: 'level', level: 5 }, cleo: { kind: 'level', level: 3 } })
    expect(screen.getByText('⚠ Disagreement')).toBeInTheDocument()
    expect(screen.getByRole('img', { name: '3 votes from 1 to 5, median 3, disagreement' })).toBeInTheDocument()

    await user.keyboard('{Enter}')
    expect(await screen.findByRole('heading', { level: 2, name: /^4\.2 / })).toBeInTheDocument()
  })

  it('describes a single vote in the singular, and one “not applicable” likewise', async () => {
    const user = renderWith(iso)
    within(screen.getByRole('table', { name: 'Votes for 4.1' })).getAllByRole('row')[1]!.focus()
    await user.keyboard('4')
    expect(screen.getByRole('img', { name: '1 vote: 4' })).toBeInTheDocument()
    useDocument.setState((state) => ({
      assessment: {
        ...state.assessment!,
        responses: { 'iso-9001-2015': { '4.1': { ...state.assessment!.responses['iso-9001-2015']!['4.1']!, ratings: { ana: { kind: 'level', level: 4 }, ben: { kind: 'not-applicable', justification: 'Out of scope' } } } } },
      },
    }))
    expect(await screen.findByText(/· 1 says not applicable/)).toBeInTheDocument()
  })

  it('ISO: refuses a level of 7 with a message and saves nothing', async () => {
    const user = renderWith(iso)
    within(screen.getByRole('table', { name: 'Votes for 4.1' })).getAllByRole('row')[1]!.focus()
    await user.keyboard('7')
    expect(screen.getByRole('alert')).toHaveTextContent('Levels go from 0 to 5; 7 is not one.')
    expect(ratingsOf('iso-9001-2015', '4.1')).toBeUndefined()
  })

  it('ISO: N marks a vote not applicable after asking why', async () => {
    const user = renderWith(iso)
    within(screen.getByRole('table', { name: 'Votes for 4.1' })).getAllByRole('row')[1]!.focus()
    await user.keyboard('n')
    await user.keyboard('We have no external context{Enter}')
    expect(ratingsOf('iso-9001-2015', '4.1')).toEqual({ ana: { kind: 'not-applicable', justification: 'We have no external context' } })
  })

  it('EFQM: two digits per score, one digit and Enter for tens; the median is proposed', async () => {
    const user = renderWith(efqm)
    within(screen.getByRole('table', { name: 'Votes for 1.1' })).getAllByRole('row')[1]!.focus()
    await user.keyboard('45')
    await user.keyboard('7{Enter}')
    await user.keyboard('55')
    expect(ratingsOf('efqm-2025', '1.1')).toEqual({ ana: { kind: 'quick', score: 45 }, ben: { kind: 'quick', score: 70 }, cleo: { kind: 'quick', score: 55 } })
    expect(screen.getByRole('status', { name: '' })).toBeDefined()
    expect(screen.getByText(/It counts until the team records its own value/)).toHaveTextContent('Proposed 55')
  })

  it('records a consensus that departs from the median only with a rationale', async () => {
    const user = renderWith(efqm)
    within(screen.getByRole('table', { name: 'Votes for 1.1' })).getAllByRole('row')[1]!.focus()
    await user.keyboard('40505{Enter}')
    await user.selectOptions(screen.getByLabelText('Agreed score'), '60')
    await user.click(screen.getByRole('button', { name: 'Record consensus' }))
    expect(screen.getByRole('alert')).toHaveTextContent('The team’s value differs from the proposed 50: write down why.')
    expect(useDocument.getState().assessment!.responses['efqm-2025']!['1.1']!.consensus).toBeUndefined()

    await user.type(screen.getByLabelText('Rationale'), 'Strategy reviews since 2024 were not counted')
    await user.click(screen.getByRole('button', { name: 'Record consensus' }))
    expect(useDocument.getState().assessment!.responses['efqm-2025']!['1.1']!.consensus).toEqual({
      kind: 'score',
      score: 60,
      rationale: 'Strategy reviews since 2024 were not counted',
    })
  })

  it('adds evidence and an area for improvement, and flags the item', async () => {
    const user = renderWith(iso)
    await user.type(screen.getByLabelText('Add evidence'), 'SWOT 2026, board minutes{Enter}')
    await user.type(screen.getByLabelText('Add areas for improvement'), 'Climate risk not yet assessed{Enter}')
    await user.click(screen.getByRole('button', { name: '⚐ Flag for follow-up' }))
    const response = useDocument.getState().assessment!.responses['iso-9001-2015']!['4.1']!
    expect(response.evidence.map((e) => e.text)).toEqual(['SWOT 2026, board minutes'])
    expect(response.afis.map((e) => e.text)).toEqual(['Climate risk not yet assessed'])
    expect(response.flagged).toBe(true)
    expect(screen.getByRole('button', { name: /4\.1 .*flagged/ })).toBeInTheDocument()
  })

  it('filters the navigation to flagged and to unanswered items', async () => {
    const user = renderWith(iso)
    within(screen.getByRole('table', { name: 'Votes for 4.1' })).getAllByRole('row')[1]!.focus()
    await user.keyboard('3')
    await user.click(screen.getByRole('button', { name: '⚐ Flag for follow-up' }))
    await user.click(screen.getByRole('button', { name: 'Flagged' }))
    const nav = screen.getByRole('navigation', { name: 'ISO 9001 items' })
    const listed = () => within(nav).getAllByRole('button', { name: /^\d/ }).map((b) => b.getAttribute('aria-label'))
    expect(listed()).toEqual(['4.1 Organisation and its context, started, flagged'])

    await user.click(screen.getByRole('button', { name: 'Flagged' }))
    await user.click(screen.getByRole('button', { name: 'Unanswered' }))
    expect(listed()).toHaveLength(55)
    expect(listed()[0]).toMatch(/^4\.2 .*not started$/)
  })
})
