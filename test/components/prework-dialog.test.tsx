import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Api, Request, Response, Result } from '../../common/contract/contract'
import { newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import { ParticipantFileActions } from '../../renderer/src/features/participant-files/ParticipantFileActions'
import { loadCatalogue } from '../../renderer/src/frameworks/catalogue'
import { useCatalogue } from '../../renderer/src/store/catalogue-store'
import { useDocument } from '../../renderer/src/store/document-store'
import { createFakeApi } from '../support/fake-api'

const ID = '00000000-0000-4000-8000-000000000001'

function workshop(): Assessment {
  return {
    ...newAssessment({ id: ID, title: 'Annual review 2026', now: '2026-05-01T08:00:00.000Z' }),
    frameworks: ['efqm-2025', 'iso-9001-2015'],
    participants: [
      { id: 'ana', name: 'Ana Ruiz', role: 'leadership' },
      { id: 'ben', name: 'Ben Okafor', role: 'staff' },
      { id: 'cleo', name: 'Cleo Martín', role: 'staff' },
    ],
    setupComplete: true,
  }
}

type Write = (request: Request<'writePreworkPacks'>) => Promise<Result<Response<'writePreworkPacks'>>>
const ok = <T,>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value })

function installApi(write: Write) {
  const fake = createFakeApi([workshop()])
  const writePreworkPacks = vi.fn(write)
  Object.defineProperty(window, 'api', { value: { ...(fake.api as object), writePreworkPacks } as unknown as Api, configurable: true })
  useDocument.setState({ assessment: workshop(), saveStatus: 'saved', past: [], future: [] })
  return writePreworkPacks
}

beforeAll(async () => {
  await loadCatalogue()
  await useCatalogue.getState().load()
})

async function openDialog() {
  const user = userEvent.setup()
  render(<ParticipantFileActions />)
  await user.click(screen.getByRole('button', { name: 'Prepare pre-work…' }))
  return { user, dialog: screen.getByRole('dialog', { name: 'Prepare pre-work' }) }
}

describe('Prepare pre-work…', () => {
  it('asks for a workbook per participant, everyone and every framework ticked and EFQM in bands, by default', async () => {
    const write = installApi(() => ok({ saved: true, folder: '/home/fac/pre-work', files: ['Ana Ruiz.xlsx', 'Ben Okafor.xlsx', 'Cleo Martín.xlsx'] }))
    const { user, dialog } = await openDialog()
    const people = within(dialog).getByRole('group', { name: 'Participants' })
    for (const name of ['Ana Ruiz', 'Ben Okafor', 'Cleo Martín']) expect(within(people).getByRole('checkbox', { name })).toBeChecked()
    expect(within(dialog).getByRole('radio', { name: /RADAR bands/ })).toBeChecked()
    expect(within(dialog).getByRole('radio', { name: /Excel workbooks/ })).toBeChecked()
    expect(dialog).toHaveTextContent('only that person’s name and the questions: no one else’s votes')

    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView')
    await user.click(within(dialog).getByRole('button', { name: 'Choose a folder and write…' }))
    expect(write).toHaveBeenCalledWith({ id: ID, participantIds: ['ana', 'ben', 'cleo'], frameworks: ['efqm-2025', 'iso-9001-2015'], efqmAnswer: 'bands', workbook: true, pdfs: [] })
    const result = await within(dialog).findByRole('list', { name: 'Files written' })
    // The outcome may be below a scrolled dialog's fold: it is brought into view.
    expect(scrolled).toHaveBeenCalled()
    scrolled.mockRestore()
    expect(dialog).toHaveTextContent('Written to /home/fac/pre-work:')
    expect(within(result).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Ana Ruiz.xlsx', 'Ben Okafor.xlsx', 'Cleo Martín.xlsx'])
  })

  it('is driven by keyboard: focus starts on All, Space unticks a person, the answer mode and the frameworks follow the choices', async () => {
    const write = installApi(() => ok({ saved: true, folder: '/tmp/p', files: ['Ana Ruiz.xlsx'] }))
    const { user, dialog } = await openDialog()
    expect(within(dialog).getByRole('checkbox', { name: 'All' })).toHaveFocus()
    await user.tab()
    await user.tab()
    expect(within(dialog).getByRole('checkbox', { name: 'Ben Okafor' })).toHaveFocus()
    await user.keyboard(' ')
    await user.click(within(dialog).getByRole('checkbox', { name: 'Cleo Martín' }))
    await user.click(within(dialog).getByRole('checkbox', { name: /ISO 9001/ }))
    await user.click(within(dialog).getByRole('radio', { name: /Every RADAR attribute/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Choose a folder and write…' }))
    expect(write).toHaveBeenCalledWith(expect.objectContaining({ participantIds: ['ana'], frameworks: ['efqm-2025'], efqmAnswer: 'attributes', workbook: true }))
  })

  it('hides the EFQM answer choice when only ISO is asked about, and will not write for nobody', async () => {
    const write = installApi(() => ok({ saved: true, folder: '/tmp/p', files: [] }))
    const { user, dialog } = await openDialog()
    await user.click(within(dialog).getByRole('checkbox', { name: /EFQM Model/ }))
    expect(within(dialog).queryByRole('group', { name: 'EFQM answers' })).toBeNull()
    await user.click(within(dialog).getByRole('checkbox', { name: 'All' }))
    expect(dialog).toHaveTextContent('Choose at least one participant.')
    expect(within(dialog).getByRole('button', { name: 'Choose a folder and write…' })).toBeDisabled()
    expect(write).not.toHaveBeenCalled()
  })

  it('says nothing when the folder dialog is cancelled, and shows main’s message when writing fails', async () => {
    let answer: Result<Response<'writePreworkPacks'>> = { ok: true, value: { saved: false, files: [] } }
    installApi(() => Promise.resolve(answer))
    const { user, dialog } = await openDialog()
    await user.click(within(dialog).getByRole('button', { name: 'Choose a folder and write…' }))
    expect(within(dialog).queryByRole('status')).toBeNull()
    expect(within(dialog).queryByRole('alert')).toBeNull()
    answer = { ok: false, error: { code: 'storage-failed', message: 'The folder is read-only.' } }
    await user.click(within(dialog).getByRole('button', { name: 'Choose a folder and write…' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The folder is read-only.')
  })
})
