import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { Result } from '../../common/contract/contract'
import type { OpenFileResult } from '../../common/contract/portable-file-schema'
import { App } from '../../renderer/src/App'
import { useApp } from '../../renderer/src/store/app-store'
import { usePortable } from '../../renderer/src/store/portable-store'
import { loadStartupData } from '../../renderer/src/store/startup'
import { assessment, createFakeApi } from '../support/fake-api'

afterEach(() => {
  usePortable.setState(usePortable.getInitialState(), true)
})

const stored = assessment(1, 'Annual review (facilitator’s copy)', '2026-05-01T10:00:00.000Z')
const TOKEN = '00000000-0000-4000-8000-00000000feed'
const asked: OpenFileResult = { status: 'exists', token: TOKEN, title: 'Annual review (from Ana)', existingTitle: 'Annual review (facilitator’s copy)' }

function renderApp() {
  const fake = createFakeApi([stored])
  fake.install()
  const user = userEvent.setup()
  render(<App startup={loadStartupData()} />)
  return { fake, user }
}

/** Makes main's answer to "Keep both" / "Replace it" a stored assessment the fake can then open. */
function answerWith(fake: ReturnType<typeof createFakeApi>, id: string, title: string) {
  fake.calls.resolveOpenedFile.mockImplementation(async ({ choice }): Promise<Result<OpenFileResult>> => {
    if (choice === 'cancel') return { ok: true, value: { status: 'cancelled' } }
    const opened = { ...stored, id, title }
    fake.assessments.set(id, opened)
    const { createdAt, updatedAt } = opened
    return { ok: true, value: { status: 'opened', assessment: { id, title, createdAt, updatedAt } } }
  })
}

const existsDialog = () => screen.findByRole('dialog', { name: 'An assessment with this id is already here: “Annual review (facilitator’s copy)”' })

describe('Open file… (home screen)', () => {
  it('asks before anything is written when the assessment is already here; Keep both opens the copy', async () => {
    const { fake, user } = renderApp()
    fake.calls.openAssessmentFile.mockResolvedValueOnce({ ok: true, value: asked })
    const copyId = '00000000-0000-4000-8000-000000000777'
    answerWith(fake, copyId, 'Annual review (from Ana) (imported)')

    await user.click(await screen.findByRole('button', { name: 'Open file…' }))
    const dialog = await existsDialog()
    expect(dialog).toHaveTextContent('The file holds “Annual review (from Ana)”.')
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Replace it', 'Keep both', 'Cancel'])
    // The safe choice has focus, so Enter never replaces anything by accident.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(fake.calls.resolveOpenedFile).not.toHaveBeenCalled()

    const listCalls = fake.calls.listAssessments.mock.calls.length
    await user.click(within(dialog).getByRole('button', { name: 'Keep both' }))
    expect(fake.calls.resolveOpenedFile).toHaveBeenCalledWith({ token: TOKEN, choice: 'copy' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Annual review (from Ana) (imported)' })).toBeInTheDocument()
    expect(fake.calls.listAssessments.mock.calls.length).toBeGreaterThan(listCalls)
    expect(useApp.getState().screen).toEqual({ name: 'assessment', id: copyId })
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('Replace it sends “replace” and opens the replaced assessment', async () => {
    const { fake, user } = renderApp()
    fake.calls.openAssessmentFile.mockResolvedValueOnce({ ok: true, value: asked })
    answerWith(fake, stored.id, 'Annual review (from Ana)')
    await user.click(await screen.findByRole('button', { name: 'Open file…' }))
    await user.click(within(await existsDialog()).getByRole('button', { name: 'Replace it' }))
    expect(fake.calls.resolveOpenedFile).toHaveBeenCalledWith({ token: TOKEN, choice: 'replace' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Annual review (from Ana)' })).toBeInTheDocument()
  })

  it('Cancel (or Escape) tells main to forget the file and stays on the home screen', async () => {
    const { fake, user } = renderApp()
    fake.calls.openAssessmentFile.mockResolvedValue({ ok: true, value: asked })
    answerWith(fake, stored.id, 'unused')
    await user.click(await screen.findByRole('button', { name: 'Open file…' }))
    await user.click(within(await existsDialog()).getByRole('button', { name: 'Cancel' }))
    expect(fake.calls.resolveOpenedFile).toHaveBeenLastCalledWith({ token: TOKEN, choice: 'cancel' })
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await user.click(screen.getByRole('button', { name: 'Open file…' }))
    await existsDialog()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(fake.calls.resolveOpenedFile).toHaveBeenCalledTimes(2)
    expect(useApp.getState().screen).toEqual({ name: 'home' })
  })

  it('keeps the question open with the reason when the choice fails, so it can be tried again', async () => {
    const { fake, user } = renderApp()
    fake.calls.openAssessmentFile.mockResolvedValueOnce({ ok: true, value: asked })
    fake.failNext('resolveOpenedFile', { code: 'storage-failed', message: 'The assessment could not be saved: the disk is full.' })
    await user.click(await screen.findByRole('button', { name: 'Open file…' }))
    const dialog = await existsDialog()
    await user.click(within(dialog).getByRole('button', { name: 'Replace it' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('the disk is full')
    expect(screen.getByRole('dialog')).toBe(dialog)
  })

  it('shows a refusal as an alert, and nothing else happens', async () => {
    const { fake, user } = renderApp()
    const message =
      'This file cannot be opened: assessment.responses.iso-9001-2015.4.1.ratings.p1.level must be a level from 0 to 5. Nothing has been changed.'
    fake.calls.openAssessmentFile.mockResolvedValueOnce({ ok: true, value: { status: 'refused', message } })
    await user.click(await screen.findByRole('button', { name: 'Open file…' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(fake.calls.resolveOpenedFile).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('opens a new assessment straight away when nothing has its id', async () => {
    const { fake, user } = renderApp()
    const id = '00000000-0000-4000-8000-000000000555'
    fake.assessments.set(id, { ...stored, id, title: '<img src=x onerror=alert(1)>' })
    fake.calls.openAssessmentFile.mockResolvedValueOnce({
      ok: true,
      value: { status: 'opened', assessment: { id, title: '<img src=x onerror=alert(1)>', createdAt: stored.createdAt, updatedAt: stored.updatedAt } },
    })
    await user.click(await screen.findByRole('button', { name: 'Open file…' }))
    // Shown as text, never as markup.
    const heading = await screen.findByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)>' })
    expect(heading.querySelector('img')).toBeNull()
  })

  it('File ▸ Open File… and Ctrl+Shift+O use the same action as the button', async () => {
    const { fake, user } = renderApp()
    await screen.findByRole('button', { name: 'Open file…' })
    await act(async () => fake.sendMenuCommand('open-file'))
    await waitFor(() => expect(fake.calls.openAssessmentFile).toHaveBeenCalledTimes(1))
    await user.keyboard('{Control>}{Shift>}o{/Shift}{/Control}')
    await waitFor(() => expect(fake.calls.openAssessmentFile).toHaveBeenCalledTimes(2))
  })

  it('from an open assessment, saves and leaves it before asking for a file', async () => {
    const { fake, user } = renderApp()
    await user.click((await screen.findAllByRole('button', { name: /^Annual review/ }))[0]!)
    await screen.findByRole('heading', { level: 1, name: 'Annual review (facilitator’s copy)' })
    await act(async () => fake.sendMenuCommand('open-file'))
    await waitFor(() => expect(fake.calls.openAssessmentFile).toHaveBeenCalled())
    expect(useApp.getState().screen).toEqual({ name: 'home' })
  })
})

describe('the Export menu: assessment file, Excel workbook and CSV tables (assessment screen)', () => {
  async function chooseExport(user: ReturnType<typeof renderApp>['user'], name: string) {
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(screen.getByRole('menuitem', { name }))
  }

  async function openStored() {
    const rendered = renderApp()
    await rendered.user.click((await screen.findAllByRole('button', { name: /^Annual review/ }))[0]!)
    await screen.findByRole('heading', { level: 1, name: 'Annual review (facilitator’s copy)' })
    return rendered
  }

  it('writes pending edits first, then says where the file went', async () => {
    const { fake, user } = await openStored()
    const title = screen.getByLabelText('Title')
    await user.type(title, ' 2026')
    await chooseExport(user, 'Assessment file (.panorama)…')
    expect(await screen.findByText('Saved to /tmp/assessment.panorama.json')).toBeInTheDocument()
    expect(fake.calls.exportAssessmentFile).toHaveBeenCalledWith({ id: stored.id })
    // The export reads what is stored, so the edit was saved before it was asked for.
    const saveOrder = fake.calls.saveAssessment.mock.invocationCallOrder.at(-1)!
    expect(saveOrder).toBeLessThan(fake.calls.exportAssessmentFile.mock.invocationCallOrder[0]!)
    expect(fake.calls.saveAssessment.mock.calls.at(-1)![0].assessment.title).toBe('Annual review (facilitator’s copy) 2026')

    await chooseExport(user, 'Excel workbook (.xlsx)…')
    expect(await screen.findByText('Saved to /tmp/assessment.xlsx')).toBeInTheDocument()
    expect(fake.calls.exportWorkbook).toHaveBeenCalledWith({ id: stored.id })

    await chooseExport(user, 'CSV tables (.zip)…')
    expect(await screen.findByText('Saved to /tmp/assessment-tables.zip')).toBeInTheDocument()
    expect(fake.calls.exportCsv).toHaveBeenCalledWith({ id: stored.id })
  })

  it('File > Export to Excel… (the menu command) writes the results workbook of the open assessment', async () => {
    const { fake } = await openStored()
    await act(async () => fake.sendMenuCommand('export-workbook'))
    expect(await screen.findByText('Saved to /tmp/assessment.xlsx')).toBeInTheDocument()
    expect(fake.calls.exportWorkbook).toHaveBeenCalledWith({ id: stored.id })
  })

  it('opens by keyboard on the first command, moves with the arrows, closes with Esc back on its button', async () => {
    const { fake, user } = await openStored()
    const button = screen.getByRole('button', { name: 'Export' })
    button.focus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: 'Assessment file (.panorama)…' })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: 'Excel workbook (.xlsx)…' })).toHaveFocus()
    await user.keyboard('{End}')
    expect(screen.getByRole('menuitem', { name: 'CSV tables (.zip)…' })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: 'Assessment file (.panorama)…' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    expect(button).toHaveFocus()
    expect(fake.calls.exportAssessmentFile).not.toHaveBeenCalled()
    await user.keyboard('{ArrowUp}')
    expect(screen.getByRole('menuitem', { name: 'CSV tables (.zip)…' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(await screen.findByText('Saved to /tmp/assessment-tables.zip')).toBeInTheDocument()
    expect(button).toHaveFocus()
  })

  it('shows the error when the file cannot be written, and nothing when the dialog is cancelled', async () => {
    const { fake, user } = await openStored()
    fake.failNext('exportCsv', { code: 'storage-failed', message: 'The CSV file could not be saved: the disk is full. Choose another folder and try again.' })
    await chooseExport(user, 'CSV tables (.zip)…')
    expect(await screen.findByRole('alert')).toHaveTextContent('The CSV file could not be saved: the disk is full.')

    fake.calls.exportAssessmentFile.mockResolvedValueOnce({ ok: true, value: { saved: false } })
    await chooseExport(user, 'Assessment file (.panorama)…')
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    expect(screen.queryByText(/Saved to/)).not.toBeInTheDocument()
  })
})
