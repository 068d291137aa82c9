import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { App } from '../../renderer/src/App'
import { loadStartupData } from '../../renderer/src/store/startup'
import { assessment, createFakeApi } from '../support/fake-api'

function renderApp(seed = [assessment(1, 'Older review', '2026-02-01T10:00:00.000Z'), assessment(2, 'Newest review', '2026-05-01T10:00:00.000Z')]) {
  const fake = createFakeApi(seed)
  fake.install()
  const user = userEvent.setup()
  render(<App startup={loadStartupData()} />)
  return { fake, user }
}

/** The status bar's save state (other parts of the page have status messages too). */
const saveState = () => within(screen.getByRole('contentinfo')).getByRole('status')

describe('home screen', () => {
  it('lists stored assessments, most recently changed first', async () => {
    renderApp()
    const list = await screen.findByRole('list', { name: 'Stored assessments' })
    const titles = within(list).getAllByRole('button', { name: /review/ }).filter((b) => b.classList.contains('open-assessment'))
    expect(titles.map((b) => b.querySelector('.assessment-title')?.textContent)).toEqual(['Newest review', 'Older review'])
    expect(saveState()).toHaveTextContent('2 assessments stored')
  })

  it('explains what to do when there are no assessments yet', async () => {
    renderApp([])
    expect(await screen.findByText('No assessments yet.')).toBeInTheDocument()
  })

  it('creates an assessment from a title and opens it, keyboard only', async () => {
    const { fake, user } = renderApp([])
    await screen.findByText('No assessments yet.')
    await user.keyboard('{Control>}n{/Control}')
    const dialog = await screen.findByRole('dialog', { name: 'New assessment' })
    const title = within(dialog).getByLabelText('Title')
    expect(title).toHaveFocus()

    await user.keyboard('{Enter}')
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Give the assessment a title')
    expect(fake.calls.createAssessment).not.toHaveBeenCalled()

    await user.type(title, 'Workshop Zürich — Ørsted{Enter}')
    expect(await screen.findByRole('heading', { level: 1, name: 'Workshop Zürich — Ørsted' })).toBeInTheDocument()
    expect(fake.calls.createAssessment).toHaveBeenCalledWith({ title: 'Workshop Zürich — Ørsted' })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(fake.calls.updateSettings).toHaveBeenLastCalledWith({ lastAssessmentId: expect.any(String) })
  })

  it('shows the message from main when creating fails, and keeps what was typed', async () => {
    const { fake, user } = renderApp([])
    fake.failNext('createAssessment', { code: 'storage-failed', message: 'The assessment could not be saved: the disk is full.' })
    await user.click(await screen.findByRole('button', { name: /New assessment/ }))
    const title = screen.getByLabelText('Title')
    await user.type(title, 'Kept title{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent('the disk is full')
    expect(title).toHaveValue('Kept title')
  })

  it('closes the dialog with Escape and gives focus back', async () => {
    const { user } = renderApp()
    const button = await screen.findByRole('button', { name: /New assessment/ })
    await user.click(button)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(button).toHaveFocus()
  })

  it('opens the new-assessment dialog from the native menu command', async () => {
    const { fake } = renderApp()
    await screen.findByRole('list', { name: 'Stored assessments' })
    act(() => fake.sendMenuCommand('new-assessment'))
    expect(await screen.findByRole('dialog', { name: 'New assessment' })).toBeInTheDocument()
  })

  it('moves through the list with the arrow keys and deletes with Delete after confirmation', async () => {
    const { fake, user } = renderApp()
    const list = await screen.findByRole('list', { name: 'Stored assessments' })
    const rows = list.querySelectorAll<HTMLButtonElement>('button.open-assessment')
    rows[0]!.focus()
    await user.keyboard('{ArrowDown}')
    expect(rows[1]).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(rows[0]).toHaveFocus()

    await user.keyboard('{Delete}')
    const dialog = await screen.findByRole('dialog', { name: 'Delete assessment?' })
    expect(dialog).toHaveTextContent('“Newest review” will be removed')
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus()
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(screen.queryByText('Newest review')).not.toBeInTheDocument())
    expect(fake.calls.deleteAssessment).toHaveBeenCalledWith({ id: expect.stringMatching(/902$/) })
    expect(screen.getByText('Older review')).toBeInTheDocument()
  })

  it('shows a load failure with a way to try again', async () => {
    const fake = createFakeApi([assessment(1, 'Recovered', '2026-02-01T10:00:00.000Z')])
    fake.failNext('getStartupState', { code: 'internal', message: 'Something went wrong inside Panorama.' })
    fake.install()
    const user = userEvent.setup()
    render(<App startup={loadStartupData()} />)
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong inside Panorama.')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('Recovered')).toBeInTheDocument()
  })
})

describe('copies', () => {
  it('makes a copy that keeps the original’s origin, for a participant to fill in', async () => {
    const { fake, user } = renderApp([assessment(1, 'Board review', '2026-02-01T10:00:00.000Z')])
    await user.click(await screen.findByRole('button', { name: 'Make a copy of Board review' }))
    expect(await screen.findByText('Board review (copy)')).toBeInTheDocument()
    const copy = [...fake.assessments.values()].find((a) => a.title === 'Board review (copy)')!
    expect(copy.origin).toBe(assessment(1, 'x', 'y').id)
    expect(copy.id).not.toBe(copy.origin)
  })
})

describe('printing', () => {
  it('Ctrl+P prints the report view', async () => {
    const { user } = renderApp()
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    await screen.findByRole('list', { name: 'Stored assessments' })
    await user.keyboard('{Control>}p{/Control}')
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1))
    print.mockRestore()
  })
})

describe('recent files', () => {
  it('lists recent assessment files and opens one through the same checks as Open file…', async () => {
    const fake = createFakeApi([])
    await fake.api.updateSettings({ theme: 'system' })
    ;(fake.calls.getStartupState as unknown as { mockImplementationOnce: (f: () => unknown) => void }).mockImplementationOnce(() =>
      Promise.resolve({ ok: true, value: { settings: { theme: 'system', lastAssessmentId: null, recentFiles: ['/home/ana/Board review.panorama.json'] }, assessments: [], notices: [], openFileWaiting: false, reopenAssessmentId: null } }),
    )
    fake.install()
    const user = userEvent.setup()
    render(<App startup={loadStartupData()} />)
    const recent = await screen.findByRole('region', { name: 'Recent files' })
    await user.click(within(recent).getByRole('button', { name: 'Board review.panorama.json' }))
    expect(fake.calls.openRecentFile).toHaveBeenCalledWith({ file: '/home/ana/Board review.panorama.json' })
  })
})
