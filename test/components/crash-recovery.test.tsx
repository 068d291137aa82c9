import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '../../renderer/src/App'
import { useApp } from '../../renderer/src/store/app-store'
import { loadStartupData } from '../../renderer/src/store/startup'
import { assessment, createFakeApi } from '../support/fake-api'

const board = assessment(1, 'Board review', '2026-03-01T15:00:00.000Z')

describe('a window reloaded after its renderer crashed', () => {
  it('reopens the assessment that was on screen and says what happened', async () => {
    const fake = createFakeApi([board])
    fake.startup.reopenAssessmentId = board.id
    fake.install()
    render(<App startup={loadStartupData()} />)
    expect(await screen.findByLabelText('Title')).toHaveValue('Board review')
    expect(await screen.findByText(/stopped unexpectedly and was reloaded with your assessment/)).toBeInTheDocument()
    expect(useApp.getState().screen).toEqual({ name: 'assessment', id: board.id })
    // Main is told again which assessment is on screen, so a second crash comes back to it too.
    expect(fake.calls.setOpenAssessment).toHaveBeenCalledWith({ id: board.id })
  })

  it('starts on the home screen as usual when there was no crash', async () => {
    const fake = createFakeApi([board])
    fake.install()
    useApp.setState({ screen: { name: 'home' }, notice: null })
    render(<App startup={loadStartupData()} />)
    expect(await screen.findByText('Board review')).toBeInTheDocument()
    expect(useApp.getState().screen).toEqual({ name: 'home' })
    expect(screen.queryByText(/stopped unexpectedly/)).not.toBeInTheDocument()
  })
})
