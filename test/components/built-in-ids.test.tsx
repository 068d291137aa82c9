import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import { emptyItemResponse, newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import { parseFramework } from '../../common/domain/framework'
import { QuestionnaireScreen } from '../../renderer/src/features/questionnaire/QuestionnaireScreen'
import { useDocument } from '../../renderer/src/store/document-store'
import { createFakeApi } from '../support/fake-api'

const iso = parseFramework(isoJson)

/**
 * Main refuses ids such as `toString` (identity.test.ts); this is the other side: a document
 * that has them anyway, set straight into the store, past every schema. A lookup that fell
 * through to Object.prototype would show a built-in function as Tosh's vote and note.
 */
function withBuiltInIds(): Assessment {
  return {
    ...newAssessment({ id: '00000000-0000-4000-8000-000000000043', title: 'Workshop', now: '2026-03-01T09:00:00.000Z' }),
    frameworks: ['iso-9001-2015'],
    setupComplete: true,
    participants: [
      { id: 'toString', name: 'Tosh', role: 'staff' },
      { id: 'constructor', name: 'Connie', role: 'leadership' },
      { id: 'ana', name: 'Ana', role: 'staff' },
    ],
    responses: { 'iso-9001-2015': { '4.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 2 } }, notes: { ana: 'Seen the context analysis.' } } } },
  }
}

function Harness() {
  const assessment = useDocument((s) => s.assessment)
  return assessment ? <QuestionnaireScreen framework={iso} assessment={assessment} /> : null
}

const voteCell = (name: string) => {
  const grid = screen.getByRole('table', { name: 'Votes for 4.1' })
  const row = within(grid).getByRole('rowheader', { name }).closest('tr')!
  return row.querySelector('.vote-value')!
}

describe('participant ids that are the names of built-in properties', () => {
  beforeEach(() => {
    useDocument.setState(useDocument.getInitialState(), true)
    createFakeApi().install()
    useDocument.setState({ assessment: withBuiltInIds(), saveStatus: 'saved' })
  })

  it('read as no vote and no note, and take a vote like any other id', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    expect(voteCell('Tosh')).toHaveTextContent(/^–$/)
    expect(voteCell('Connie')).toHaveTextContent(/^–$/)
    expect(voteCell('Ana')).toHaveTextContent(/^2$/)
    expect(screen.getByRole('img', { name: '1 vote: 2' })).toBeInTheDocument()

    // Tosh's row is the first, so the notes field is Tosh's.
    expect(screen.getByLabelText('Notes from Tosh')).toHaveValue('')
    within(screen.getByRole('table', { name: 'Votes for 4.1' })).getAllByRole('row')[1]!.focus()
    await user.keyboard('4')
    const ratings = useDocument.getState().assessment!.responses['iso-9001-2015']!['4.1']!.ratings
    expect(Object.hasOwn(ratings, 'toString') && ratings.toString).toEqual({ kind: 'level', level: 4 })
    expect(voteCell('Tosh')).toHaveTextContent(/^4$/)
    expect(screen.getByRole('img', { name: /^2 votes/ })).toBeInTheDocument()
  })
})
