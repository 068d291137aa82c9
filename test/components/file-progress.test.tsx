import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Api, Result } from '../../common/contract/contract'
import { newAssessment } from '../../common/contract/assessment-schema'
import type { OpenFileResult } from '../../common/contract/portable-file-schema'
import type { OpenedResponseFile } from '../../common/contract/response-file-schema'
import type { FileProgress } from '../../common/contract/schemas'
import { App } from '../../renderer/src/App'
import { ImportResponsesDialog } from '../../renderer/src/features/participant-files/ImportResponsesDialog'
import { useDocument } from '../../renderer/src/store/document-store'
import { useFileReading } from '../../renderer/src/store/file-reading-store'
import { usePortable } from '../../renderer/src/store/portable-store'
import { loadStartupData } from '../../renderer/src/store/startup'
import { createFakeApi } from '../support/fake-api'

const ID = '00000000-0000-4000-8000-0000000f11e5'
const MB = 1024 * 1024
const progress = (fields: Partial<FileProgress> = {}): FileProgress => ({ id: ID, name: 'Annual review.panorama', index: 1, count: 1, stage: 'reading', done: 0, total: 19 * MB, ...fields })

afterEach(() => {
  usePortable.setState(usePortable.getInitialState(), true)
  useFileReading.setState(useFileReading.getInitialState(), true)
})

/** An open call that stays pending until the test answers it, as main does while it reads. */
function pendingOpen<T>() {
  let answer!: (result: Result<T>) => void
  const call = vi.fn(() => new Promise<Result<T>>((resolve) => (answer = resolve)))
  return { call, answer: (value: T) => act(() => answer({ ok: true, value })) }
}

describe('a large file being opened shows its progress, and can be cancelled', () => {
  function renderHome() {
    const fake = createFakeApi()
    fake.install()
    const open = pendingOpen<OpenFileResult>()
    fake.calls.openAssessmentFile.mockImplementation(open.call)
    render(<App startup={loadStartupData()} />)
    return { fake, open, user: userEvent.setup() }
  }

  it('Open file…: reading shows the name, a bar of the bytes read and the size; Cancel has focus and asks main to stop', async () => {
    const { fake, open, user } = renderHome()
    await user.click(await screen.findByRole('button', { name: 'Open file…' }))
    await waitFor(() => expect(fake.fileProgressListeners()).toBe(1))
    act(() => fake.sendFileProgress(progress({ done: 4 * MB })))

    const group = await screen.findByRole('group', { name: 'Opening a file' })
    expect(within(group).getByRole('status')).toHaveTextContent('Reading “Annual review.panorama”…')
    const bar = within(group).getByRole('progressbar', { name: 'Reading “Annual review.panorama”…' })
    expect(bar).toHaveAttribute('value', String(4 * MB))
    expect(bar).toHaveAttribute('max', String(19 * MB))
    expect(group).toHaveTextContent('4.0 of 19.0 MB')
    const cancel = within(group).getByRole('button', { name: 'Cancel' })
    expect(cancel).toHaveFocus()

    act(() => fake.sendFileProgress(progress({ stage: 'checking', done: 19 * MB })))
    expect(within(group).getByRole('status')).toHaveTextContent('Checking “Annual review.panorama”…')
    // Checking reports no steps: the bar has no value, so it shows as busy.
    expect(within(group).getByRole('progressbar')).not.toHaveAttribute('value')

    await user.keyboard('{Enter}')
    expect(fake.calls.cancelFileRead).toHaveBeenCalledWith({ id: ID })
    expect(within(group).getByRole('status')).toHaveTextContent('Cancelling…')
    expect(within(group).getByRole('button', { name: 'Cancel' })).toBeDisabled()

    open.answer({ status: 'cancelled' })
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Opening a file' })).toBeNull())
    expect(screen.queryByRole('alert')).toBeNull()
    expect(fake.fileProgressListeners()).toBe(0)
    // Focus goes back where the open began, not to the page.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open file…' })).toHaveFocus())
  })

  it('Escape on Cancel cancels too', async () => {
    const { fake, user } = renderHome()
    await user.click(await screen.findByRole('button', { name: 'Open file…' }))
    await waitFor(() => expect(fake.fileProgressListeners()).toBe(1))
    act(() => fake.sendFileProgress(progress()))
    expect(await screen.findByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(fake.calls.cancelFileRead).toHaveBeenCalledWith({ id: ID })
  })

  it('a small file shows nothing at first, and its progress only once it has taken 300 ms', async () => {
    const { fake, open, user } = renderHome()
    await user.click(await screen.findByRole('button', { name: 'Open file…' }))
    await waitFor(() => expect(fake.fileProgressListeners()).toBe(1))
    act(() => fake.sendFileProgress(progress({ total: 40 * 1024, done: 0 })))
    expect(screen.queryByRole('group', { name: 'Opening a file' })).toBeNull()
    expect(await screen.findByRole('group', { name: 'Opening a file' }, { timeout: 2_000 })).toHaveTextContent('0.0 of 0.0 MB')
    open.answer({ status: 'refused', message: 'This file cannot be opened: it is empty. Nothing has been changed.' })
    expect(await screen.findByRole('alert')).toHaveTextContent('it is empty')
    expect(screen.queryByRole('group', { name: 'Opening a file' })).toBeNull()
  })

  it('a small file that opens at once never shows progress', async () => {
    const { fake, open, user } = renderHome()
    await user.click(await screen.findByRole('button', { name: 'Open file…' }))
    await waitFor(() => expect(fake.fileProgressListeners()).toBe(1))
    act(() => fake.sendFileProgress(progress({ total: 40 * 1024 })))
    open.answer({ status: 'cancelled' })
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(screen.queryByRole('group', { name: 'Opening a file' })).toBeNull()
  })
})

describe('importing several large response files', () => {
  it('says which file of how many is being read; closing the dialog cancels the reading', async () => {
    const fake = createFakeApi()
    const open = pendingOpen<OpenedResponseFile[]>()
    const api = { ...(fake.api as object), openResponseFiles: open.call } as unknown as Api
    Object.defineProperty(window, 'api', { value: api, configurable: true })
    useDocument.setState({ assessment: newAssessment({ id: '00000000-0000-4000-8000-000000000001', title: 'Annual review', now: '2026-05-01T08:00:00.000Z' }), saveStatus: 'saved', past: [], future: [] })
    const onClose = vi.fn()
    const user = userEvent.setup()
    render(<ImportResponsesDialog onClose={onClose} />)

    await user.click(screen.getByRole('button', { name: 'Choose files…' }))
    await waitFor(() => expect(fake.fileProgressListeners()).toBe(1))
    act(() => fake.sendFileProgress(progress({ name: 'ben.panorama-responses.json', index: 2, count: 3, total: 3 * MB, done: MB })))
    const group = await screen.findByRole('group', { name: 'Opening a file' })
    expect(within(group).getByRole('status')).toHaveTextContent('Reading “ben.panorama-responses.json” (2 of 3)…')
    expect(within(group).getByRole('button', { name: 'Cancel' })).toHaveFocus()

    await user.keyboard('{Escape}')
    expect(fake.calls.cancelFileRead).toHaveBeenCalledWith({ id: ID })
    expect(onClose).toHaveBeenCalled()
    open.answer([])
  })
})
