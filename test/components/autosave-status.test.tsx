import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../renderer/src/App'
import { loadStartupData } from '../../renderer/src/store/startup'
import { AUTOSAVE_DELAY_MS } from '../../renderer/src/store/document-store'
import { useApp } from '../../renderer/src/store/app-store'
import { assessment, createFakeApi } from '../support/fake-api'

async function openSeeded() {
  const seeded = assessment(1, 'Site visit', '2026-02-01T10:00:00.000Z')
  const fake = createFakeApi([seeded])
  fake.install()
  render(<App startup={loadStartupData()} />)
  await screen.findByText('Site visit')
  await act(() => useApp.getState().openAssessment(seeded.id))
  // The workspace is a lazily loaded chunk; wait for it with real timers, then take over the clock.
  await screen.findByLabelText('Title')
  vi.useFakeTimers({ shouldAdvanceTime: false })
  return { fake, seeded }
}

/** The status bar's save state (other parts of the page have status messages too). */
const saveState = () => within(screen.getByRole('contentinfo')).getByRole('status')

describe('autosave and the status bar', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('stores an edit within a second and then says when it was saved', async () => {
    const { fake, seeded } = await openSeeded()
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Site visit, day 2' } })
    expect(saveState()).toHaveTextContent('Unsaved changes')
    expect(fake.calls.saveAssessment).not.toHaveBeenCalled()

    await act(async () => {
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    })
    expect(AUTOSAVE_DELAY_MS).toBeLessThan(1000)
    expect(fake.calls.saveAssessment).toHaveBeenCalledTimes(1)
    expect(fake.assessments.get(seeded.id)?.title).toBe('Site visit, day 2')
    expect(saveState()).toHaveTextContent(/^Saved \d{1,2}:\d{2}/)
  })

  it('says "Saved" only once main has answered, which is after the save is flushed to the disk', async () => {
    const { fake, seeded } = await openSeeded()
    let answer = () => {}
    const answered = new Promise<void>((resolve) => (answer = resolve))
    const save = fake.calls.saveAssessment.getMockImplementation()!
    fake.calls.saveAssessment.mockImplementationOnce(async (request) => {
      await answered
      return save(request)
    })
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Held by the disk' } })
    await act(async () => {
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3)
    })
    expect(fake.calls.saveAssessment).toHaveBeenCalledTimes(1)
    expect(saveState()).toHaveTextContent('Saving…')
    expect(fake.assessments.get(seeded.id)?.title).toBe('Site visit')

    await act(async () => {
      answer()
      await vi.advanceTimersByTimeAsync(0)
    })
    expect(fake.assessments.get(seeded.id)?.title).toBe('Held by the disk')
    expect(saveState()).toHaveTextContent(/^Saved \d{1,2}:\d{2}/)
  })

  it('writes a burst of keystrokes as one save', async () => {
    const { fake } = await openSeeded()
    const input = screen.getByLabelText('Title')
    for (const value of ['S', 'Si', 'Sit', 'Site']) {
      fireEvent.change(input, { target: { value } })
      await act(async () => {
        await vi.advanceTimersByTimeAsync(100)
      })
    }
    await act(async () => {
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    })
    expect(fake.calls.saveAssessment).toHaveBeenCalledTimes(1)
    expect(fake.calls.saveAssessment).toHaveBeenLastCalledWith({ assessment: expect.objectContaining({ title: 'Site' }) })
  })

  it('shows a failed save with its reason, keeps the edit, and saves it on Retry', async () => {
    const { fake, seeded } = await openSeeded()
    fake.failNext('saveAssessment', { code: 'storage-failed', message: 'The assessment could not be saved: the disk is full.' })
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Unsaved yet' } })
    await act(async () => {
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    })
    expect(saveState()).toHaveTextContent('Not saved: The assessment could not be saved: the disk is full.')
    expect(screen.getByLabelText('Title')).toHaveValue('Unsaved yet')

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }))
    await act(async () => {
      await vi.runAllTimersAsync()
    })
    expect(fake.assessments.get(seeded.id)?.title).toBe('Unsaved yet')
    expect(saveState()).toHaveTextContent(/^Saved /)
  })

  it('does not leave an assessment whose changes could not be saved', async () => {
    const { fake } = await openSeeded()
    fake.failNext('saveAssessment', { code: 'storage-failed', message: 'The assessment could not be saved: the disk is full.' })
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Precious' } })
    fireEvent.click(screen.getByRole('button', { name: /All assessments/ }))
    await act(async () => {
      await vi.runAllTimersAsync()
    })
    expect(screen.getByRole('heading', { level: 1, name: 'Precious' })).toBeInTheDocument()
    expect(screen.getByLabelText('Title')).toHaveValue('Precious')
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent('could not be saved yet')
  })

  it('refuses an empty title with a message and saves nothing', async () => {
    const { fake } = await openSeeded()
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: '   ' } })
    await act(async () => {
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2)
    })
    expect(screen.getByRole('alert')).toHaveTextContent('Give the assessment a title')
    expect(fake.calls.saveAssessment).not.toHaveBeenCalled()
  })
})

describe('closing the window', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('writes pending edits first, then tells main it may close', async () => {
    const { fake, seeded } = await openSeeded()
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Typed just before closing' } })
    expect(fake.calls.saveAssessment).not.toHaveBeenCalled()
    act(() => fake.sendMenuCommand('before-close'))
    await act(async () => {
      await vi.runAllTimersAsync()
    })
    expect(fake.assessments.get(seeded.id)?.title).toBe('Typed just before closing')
    expect(fake.calls.confirmClose).toHaveBeenCalledTimes(1)
    expect(fake.calls.saveAssessment.mock.invocationCallOrder[0]).toBeLessThan(fake.calls.confirmClose.mock.invocationCallOrder[0]!)
  })
})
