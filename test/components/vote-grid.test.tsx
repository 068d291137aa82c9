import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import efqmJson from '../../assets/frameworks/efqm-2025.json'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import { newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import { parseFramework, type Framework } from '../../common/domain/framework'
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

  it('ISO: N marks a person not applicable and moves on like a digit; no box opens and takes the keys that follow', async () => {
    const user = renderWith(iso)
    within(screen.getByRole('table', { name: 'Votes for 4.1' })).getAllByRole('row')[1]!.focus()
    await user.keyboard('3n4')
    expect(ratingsOf('iso-9001-2015', '4.1')).toEqual({
      ana: { kind: 'level', level: 3 },
      ben: { kind: 'not-applicable', justification: '' },
      cleo: { kind: 'level', level: 4 },
    })
    expect(screen.queryByRole('textbox', { name: /own reason/ })).toBeNull()
  })

  it('ISO: a person’s own reason for N/A is an explicit action, and the grid keeps the focus until it is taken', async () => {
    const user = renderWith(iso)
    const table = screen.getByRole('table', { name: 'Votes for 4.1' })
    within(table).getAllByRole('row')[1]!.focus()
    await user.keyboard('n')
    expect(document.activeElement).toBe(within(table).getAllByRole('row')[2])
    await user.click(screen.getByRole('button', { name: 'Add own reason' }))
    await user.type(screen.getByRole('textbox', { name: 'Ana’s own reason why 4.1 does not apply' }), 'We have no external context{Enter}')
    expect(ratingsOf('iso-9001-2015', '4.1')).toEqual({ ana: { kind: 'not-applicable', justification: 'We have no external context' } })
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('We have no external context')
  })

  it('ISO: when every vote is N/A the proposal is N/A, the people’s reasons are the draft justification, and A agrees it', async () => {
    const user = renderWith(iso)
    useDocument.getState().edit((a) => ({
      ...a,
      responses: { 'iso-9001-2015': { '4.1': { ratings: { ana: { kind: 'not-applicable', justification: 'No external context' } }, notes: {}, evidence: [], strengths: [], afis: [], flagged: false } } },
    }))
    within(screen.getByRole('table', { name: 'Votes for 4.1' })).getAllByRole('row')[2]!.focus()
    await user.keyboard('nn')
    expect(screen.getByRole('status', { name: '' })).toBeDefined()
    expect(screen.getByText(/It counts until the team records its own value/)).toHaveTextContent('Proposed not applicable (the median of 3 votes)')
    expect(screen.getByLabelText('Why it does not apply')).toHaveValue('No external context (Ana)')
    await user.keyboard('a')
    expect(useDocument.getState().assessment!.responses['iso-9001-2015']!['4.1']!.consensus).toEqual({ kind: 'not-applicable', justification: 'No external context (Ana)' })
  })

  it('an item with votes from only some of the team is in progress, not counted, until the rest vote', async () => {
    const user = renderWith(iso)
    within(screen.getByRole('table', { name: 'Votes for 4.1' })).getAllByRole('row')[1]!.focus()
    await user.keyboard('34')
    expect(screen.getByText(/from 2 of 3 votes needed/)).toHaveTextContent('Proposed 3 from 2 of 3 votes needed. Not counted yet')
    const nav = screen.getByRole('navigation', { name: 'ISO 9001 items' })
    expect(within(nav).getByText(/of 56 counted/)).toHaveTextContent('0 of 56 counted · 1 in progress')
    await user.keyboard('2')
    expect(within(nav).getByText(/of 56 counted/)).toHaveTextContent('1 of 56 counted')
  })

  it('C goes from the vote grid to the consensus panel, Escape comes back, and A agrees the proposal', async () => {
    const user = renderWith(iso)
    const table = screen.getByRole('table', { name: 'Votes for 4.1' })
    within(table).getAllByRole('row')[1]!.focus()
    await user.keyboard('344c')
    expect(document.activeElement).toBe(screen.getByLabelText('Agreed level'))
    await user.keyboard('{Escape}')
    expect(document.activeElement).toBe(within(table).getAllByRole('row')[3])
    await user.keyboard('a')
    expect(useDocument.getState().assessment!.responses['iso-9001-2015']!['4.1']!.consensus).toEqual({ kind: 'level', level: 4, rationale: '' })
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

  it('filters the navigation to flagged items and to items not counted yet', async () => {
    const user = renderWith(iso)
    within(screen.getByRole('table', { name: 'Votes for 4.1' })).getAllByRole('row')[1]!.focus()
    await user.keyboard('3')
    await user.click(screen.getByRole('button', { name: '⚐ Flag for follow-up' }))
    await user.click(screen.getByRole('button', { name: 'Flagged' }))
    const nav = screen.getByRole('navigation', { name: 'ISO 9001 items' })
    const listed = () => within(nav).getAllByRole('button', { name: /^\d/ }).map((b) => b.getAttribute('aria-label'))
    expect(listed()).toEqual(['4.1 Organisation and its context, in progress, 1 of 3 votes, flagged'])

    await user.click(screen.getByRole('button', { name: 'Flagged' }))
    await user.click(screen.getByRole('button', { name: 'Not counted yet' }))
    expect(listed()).toHaveLength(56)
    within(screen.getByRole('table', { name: 'Votes for 4.1' })).getAllByRole('row')[2]!.focus()
    await user.keyboard('44')
    expect(listed()).toHaveLength(55)
    expect(listed()[0]).toMatch(/^4\.2 .*not started$/)
  })
})
