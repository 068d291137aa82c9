import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Api, Request, Response, Result } from '../../common/contract/contract'
import { emptyItemResponse, newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import type { OpenedResponseFile, ResponseFile } from '../../common/contract/response-file-schema'
import { ExportResponsesDialog } from '../../renderer/src/features/participant-files/ExportResponsesDialog'
import { ImportResponsesDialog } from '../../renderer/src/features/participant-files/ImportResponsesDialog'
import { ParticipantFileActions } from '../../renderer/src/features/participant-files/ParticipantFileActions'
import { loadCatalogue } from '../../renderer/src/frameworks/catalogue'
import { useCatalogue } from '../../renderer/src/store/catalogue-store'
import { useDocument } from '../../renderer/src/store/document-store'
import { createFakeApi } from '../support/fake-api'

const ORIGIN = '00000000-0000-4000-8000-000000000001'

function workshop(): Assessment {
  return {
    ...newAssessment({ id: ORIGIN, title: 'Annual review 2026', now: '2026-05-01T08:00:00.000Z' }),
    frameworks: ['efqm-2025', 'iso-9001-2015'],
    participants: [
      { id: 'ana', name: 'Ana Ruiz', role: 'leadership' },
      { id: 'ben', name: 'Ben Okafor', role: 'staff' },
    ],
    setupComplete: true,
    responses: {
      'efqm-2025': {
        '1.1': {
          ...emptyItemResponse(),
          ratings: { ana: { kind: 'quick', score: 55 }, ben: { kind: 'quick', score: 40 } },
          consensus: { kind: 'score', score: 50, rationale: '' },
          evidence: [{ id: 'e1', text: 'Strategy paper 2025' }],
        },
      },
      'iso-9001-2015': { '4.1': { ...emptyItemResponse(), ratings: { ana: { kind: 'level', level: 3 } } } },
    },
  }
}

function responseFile(fields: Partial<ResponseFile>): ResponseFile {
  return {
    format: 'panorama-responses',
    formatVersion: 1,
    assessment: { origin: ORIGIN, title: 'Annual review 2026' },
    participant: { id: 'ben', name: 'Ben Okafor', role: 'staff' },
    exportedAt: '2026-06-01T09:30:00.000Z',
    responses: {},
    ...fields,
  }
}

/** Ben's file: one new ISO rating (4.1) and a different EFQM score for 1.1 than the workshop holds. */
const bensFile: OpenedResponseFile = {
  ok: true,
  path: '/home/ben/Annual review 2026 - Ben Okafor.panorama-responses.json',
  file: responseFile({ responses: { 'efqm-2025': { '1.1': { rating: { kind: 'quick', score: 70 } } }, 'iso-9001-2015': { '4.1': { rating: { kind: 'level', level: 2 } } } } }),
}
const otherAssessmentsFile: OpenedResponseFile = {
  ok: true,
  path: '/home/ben/audit.panorama-responses.json',
  file: responseFile({ assessment: { origin: '00000000-0000-4000-8000-000000000777', title: 'Supplier audit 2025' } }),
}

const ok = <T,>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value })

/**
 * The shared fake api plus this feature's two calls; fake-api.ts is left as it is, so the
 * response-file methods are added here.
 */
function installApi(options: {
  exportResponses?: (request: Request<'exportResponses'>) => Promise<Result<Response<'exportResponses'>>>
  openResponseFiles?: () => Promise<Result<OpenedResponseFile[]>>
} = {}) {
  const fake = createFakeApi([workshop()])
  const exportResponses = vi.fn(options.exportResponses ?? (() => ok({ saved: true, path: '/home/ana/Annual review 2026 - Ana Ruiz.panorama-responses.json' })))
  const openResponseFiles = vi.fn(options.openResponseFiles ?? (() => ok([bensFile, otherAssessmentsFile])))
  const api = { ...(fake.api as object), exportResponses, openResponseFiles } as unknown as Api
  Object.defineProperty(window, 'api', { value: api, configurable: true })
  return { fake, exportResponses, openResponseFiles }
}

function seed(assessment = workshop()) {
  useDocument.setState({ assessment, saveStatus: 'saved', past: [], future: [] })
  return assessment
}

beforeAll(async () => {
  // Loaded up front so item titles are there from the first render.
  await loadCatalogue()
})

async function renderImport() {
  await useCatalogue.getState().load()
  const onClose = vi.fn()
  const user = userEvent.setup()
  render(<ImportResponsesDialog onClose={onClose} />)
  return { onClose, user }
}

describe('importing participants’ response files', () => {
  it('lists a filled pack’s left-out cells under its file in a list of their own that scrolls, keyboard included', async () => {
    const issues = Array.from({ length: 30 }, (_, i) => `Okafor-Ben.xlsx, ISO 9001 sheet, row ${i + 2} (7.${i}): "3,5" is not a level 0–5`)
    const pack: OpenedResponseFile = { ...bensFile, path: '/home/ben/Okafor-Ben.xlsx', issues }
    installApi({ openResponseFiles: () => ok([pack]) })
    seed()
    const { user } = await renderImport()
    const dialog = screen.getByRole('dialog', { name: 'Import participants’ responses' })
    expect(dialog).toHaveTextContent('pre-work packs (.xlsx)')
    await user.click(within(dialog).getByRole('button', { name: 'Choose files…' }))
    const remarks = await within(dialog).findByRole('list', { name: 'Remarks on Okafor-Ben.xlsx' })
    expect(within(remarks).getAllByRole('listitem').map((li) => li.textContent)).toEqual(issues)
    expect(remarks).toHaveClass('pf-remarks-scroll')
    expect(remarks).toHaveAttribute('tabindex', '0')
    // The rest of the pack is still offered.
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toBeEnabled()
  })

  it('shows what will change, lets the user take a conflicting rating, applies in one undoable step and leaves consensus alone', async () => {
    const api = installApi()
    const before = seed()
    const { user } = await renderImport()
    const dialog = screen.getByRole('dialog', { name: 'Import participants’ responses' })
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toBeDisabled()

    await user.click(within(dialog).getByRole('button', { name: 'Choose files…' }))
    expect(api.openResponseFiles).toHaveBeenCalledTimes(1)

    const refused = await within(dialog).findByRole('alert')
    expect(refused).toHaveTextContent('1 file cannot be imported')
    expect(refused).toHaveTextContent('audit.panorama-responses.json: This file belongs to “Supplier audit 2025”, not to this assessment.')
    const perParticipant = within(dialog).getByRole('list', { name: 'Changes per participant' })
    expect(perParticipant).toHaveTextContent('Ben Okafor: 1 new rating, 0 unchanged, 1 conflict.')

    const conflicts = within(dialog).getByRole('table', { name: 'Conflicts (1)' })
    const row = within(conflicts).getAllByRole('row')[1]!
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Ben Okafor', '40', '70', expect.any(String)])
    expect(within(row).getByRole('rowheader')).toHaveTextContent('EFQM Model: 1.1 Define purpose and vision')
    const choice = within(row).getByRole('group', { name: 'EFQM Model: 1.1 Define purpose and vision, rating by Ben Okafor' })
    expect(within(choice).getByRole('radio', { name: 'Keep workshop’s' })).toBeChecked()

    // Nothing has changed while the user is deciding.
    expect(useDocument.getState().assessment).toBe(before)

    await user.click(within(choice).getByRole('radio', { name: 'Take file’s' }))
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }))

    expect(within(dialog).getByRole('status')).toHaveTextContent('Merged 2 ratings from 1 file. Consensus was not changed.')
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus()
    const merged = useDocument.getState().assessment!
    expect(merged.responses['efqm-2025']!['1.1']!.ratings).toEqual({ ana: { kind: 'quick', score: 55 }, ben: { kind: 'quick', score: 70 } })
    expect(merged.responses['efqm-2025']!['1.1']!.consensus).toEqual({ kind: 'score', score: 50, rationale: '' })
    expect(merged.responses['efqm-2025']!['1.1']!.evidence).toEqual(before.responses['efqm-2025']!['1.1']!.evidence)
    expect(merged.responses['iso-9001-2015']!['4.1']!.ratings).toEqual({ ana: { kind: 'level', level: 3 }, ben: { kind: 'level', level: 2 } })
    expect(merged.participants).toEqual(before.participants)
    expect(useDocument.getState().past).toHaveLength(1)

    useDocument.getState().undo()
    expect(useDocument.getState().assessment!.responses).toEqual(before.responses)
    expect(useDocument.getState().past).toHaveLength(0)
  })

  it('keeps the workshop’s values with “Keep all”, so only the new rating is merged', async () => {
    installApi()
    const before = seed()
    const { user } = await renderImport()
    await user.click(screen.getByRole('button', { name: 'Choose files…' }))
    await user.click(await screen.findByRole('button', { name: 'Take all' }))
    expect(screen.getByRole('radio', { name: 'Take file’s' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Keep all' }))
    expect(screen.getByRole('radio', { name: 'Keep workshop’s' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Apply' }))

    expect(screen.getByRole('status')).toHaveTextContent('Merged 1 rating from 1 file. Consensus was not changed.')
    const merged = useDocument.getState().assessment!
    expect(merged.responses['efqm-2025']!['1.1']).toEqual(before.responses['efqm-2025']!['1.1'])
    expect(merged.responses['iso-9001-2015']!['4.1']!.ratings.ben).toEqual({ kind: 'level', level: 2 })
  })

  it('changes nothing on Cancel', async () => {
    installApi()
    const before = seed()
    const { user, onClose } = await renderImport()
    await user.click(screen.getByRole('button', { name: 'Choose files…' }))
    await screen.findByRole('table')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(useDocument.getState().assessment).toBe(before)
    expect(useDocument.getState().past).toHaveLength(0)
  })

  it('refuses a participant who is not on the list and a malformed file, naming each, with nothing to apply', async () => {
    installApi({
      openResponseFiles: () =>
        ok([
          { ok: true, path: '/f/zoe.json', file: responseFile({ participant: { id: 'zoe', name: 'Zoë Lindqvist', role: 'external' }, responses: { 'efqm-2025': { '1.2': { rating: { kind: 'quick', score: 80 } } } } }) },
          { ok: false, path: '/f/broken.json', error: 'The file is not valid JSON, so it is not a Panorama response file (it may be damaged or incomplete).' },
        ]),
    })
    const before = seed()
    const { user } = await renderImport()
    await user.click(screen.getByRole('button', { name: 'Choose files…' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('2 files cannot be imported')
    expect(alert).toHaveTextContent('zoe.json: Zoë Lindqvist (participant id “zoe”) is not on this assessment’s participant list')
    expect(alert).toHaveTextContent('broken.json: The file is not valid JSON')
    expect(screen.getByText('None of the chosen files can be merged.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Apply' })).toBeDisabled()
    expect(useDocument.getState().assessment).toBe(before)
  })

  it('shows a file name exactly as it is, even one that looks like a placeholder or markup', async () => {
    const odd = 'broken {{reason}} <b>x<b> &amp; $t(common:cancel).json'
    installApi({ openResponseFiles: () => ok([{ ok: false, path: `/f/${odd}`, error: 'The file is not valid JSON.' }]) })
    seed()
    const { user } = await renderImport()
    await user.click(screen.getByRole('button', { name: 'Choose files…' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(`${odd}: The file is not valid JSON.`)
    expect(alert.querySelector('b')).toBeNull()
  })

  it('keeps the earlier choice when the open dialog is cancelled, and shows a failed read as an error', async () => {
    const results: Array<Promise<Result<OpenedResponseFile[]>>> = [
      ok([bensFile]),
      ok([]),
      Promise.resolve({ ok: false, error: { code: 'storage-failed', message: 'The folder could not be read.' } }),
    ]
    installApi({ openResponseFiles: () => results.shift()! })
    seed()
    const { user } = await renderImport()
    await user.click(screen.getByRole('button', { name: 'Choose files…' }))
    await screen.findByRole('table')
    await user.click(screen.getByRole('button', { name: 'Choose other files…' }))
    expect(screen.getByRole('table')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Choose other files…' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The folder could not be read.')
  })

  it('shows a full RADAR rating, an ISO level and a note readably, and works from the keyboard', async () => {
    const doc = workshop()
    doc.responses['iso-9001-2015']!['4.1']!.ratings.ben = { kind: 'not-applicable', justification: 'Out of scope for the pilot.' }
    doc.responses['efqm-2025']!['1.1']!.ratings.ben = { kind: 'radar', attributes: { sound: 40, integrated: 35 } }
    doc.responses['efqm-2025']!['1.1']!.notes = { ben: 'Old note' }
    installApi({
      openResponseFiles: () =>
        ok([
          {
            ...bensFile,
            file: responseFile({
              responses: {
                'efqm-2025': { '1.1': { rating: { kind: 'quick', score: 55 }, note: 'New note' } },
                'iso-9001-2015': { '4.1': { rating: { kind: 'level', level: 3 } } },
              },
            }),
          },
        ]),
    })
    seed(doc)
    const { user } = await renderImport()
    expect(screen.getByRole('button', { name: 'Choose files…' })).toHaveFocus()
    await user.keyboard('{Enter}')
    const table = await screen.findByRole('table', { name: 'Conflicts (3)' })
    const rows = within(table).getAllByRole('row').slice(1)
    const values = rows.map((row) => within(row).getAllByRole('cell').slice(1, 3).map((cell) => cell.textContent))
    expect(values).toEqual([
      ['Full RADARsound 40, integrated 35', '55'],
      ['Old note', 'New note'],
      ['Not applicableOut of scope for the pilot.', 'Level 3'],
    ])
    expect(within(rows[1]!).getByRole('group', { name: 'EFQM Model: 1.1 Define purpose and vision, note by Ben Okafor' })).toBeInTheDocument()

    // The arrow keys move within one row's group and leave the other rows alone.
    const firstKeep = within(rows[0]!).getByRole('radio', { name: 'Keep workshop’s' })
    firstKeep.focus()
    await user.keyboard('{ArrowDown}')
    expect(within(rows[0]!).getByRole('radio', { name: 'Take file’s' })).toBeChecked()
    expect(within(rows[1]!).getByRole('radio', { name: 'Keep workshop’s' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Apply' }))
    expect(screen.getByRole('status')).toHaveTextContent('Merged 1 rating from 1 file. Consensus was not changed.')
    expect(useDocument.getState().assessment!.responses['efqm-2025']!['1.1']!.notes).toEqual({ ben: 'Old note' })
  })
})

describe('exporting a participant’s responses', () => {
  it('exports the chosen participant’s file under “<title> - <name>” and says where it went', async () => {
    const api = installApi()
    seed()
    const user = userEvent.setup()
    render(<ExportResponsesDialog onClose={vi.fn()} />)
    const select = screen.getByLabelText('Participant')
    expect(select).toHaveFocus()
    await user.selectOptions(select, 'Ben Okafor')
    await user.click(screen.getByRole('button', { name: 'Export…' }))

    expect(await screen.findByRole('status')).toHaveTextContent('Saved to /home/ana/Annual review 2026 - Ana Ruiz.panorama-responses.json')
    expect(api.exportResponses).toHaveBeenCalledTimes(1)
    const request = api.exportResponses.mock.calls[0]![0]
    expect(request.suggestedName).toBe('Annual review 2026 - Ben Okafor')
    expect(request.file).toMatchObject({
      participant: { id: 'ben', name: 'Ben Okafor', role: 'staff' },
      assessment: { origin: ORIGIN, title: 'Annual review 2026' },
      responses: { 'efqm-2025': { '1.1': { rating: { kind: 'quick', score: 40 } } } },
    })
    expect(JSON.stringify(request.file)).not.toContain('consensus')
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument()
  })

  it('closes quietly when the save dialog is cancelled', async () => {
    installApi({ exportResponses: () => ok({ saved: false }) })
    seed()
    const onClose = vi.fn()
    const user = userEvent.setup()
    render(<ExportResponsesDialog onClose={onClose} />)
    await user.click(screen.getByRole('button', { name: 'Export…' }))
    await vi.waitFor(() => expect(onClose).toHaveBeenCalledTimes(1))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('shows the message when writing fails', async () => {
    installApi({
      exportResponses: () => Promise.resolve({ ok: false, error: { code: 'storage-failed', message: 'The response file could not be written: the disk is full. Nothing else was changed.' } }),
    })
    seed()
    const user = userEvent.setup()
    render(<ExportResponsesDialog onClose={vi.fn()} />)
    await user.click(screen.getByRole('button', { name: 'Export…' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('the disk is full')
    expect(screen.getByRole('button', { name: 'Export…' })).toBeEnabled()
  })

  it('explains that participants are needed first', () => {
    installApi()
    seed({ ...workshop(), participants: [] })
    render(<ExportResponsesDialog onClose={vi.fn()} />)
    expect(screen.getByText(/This assessment has no participants yet/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Export…' })).not.toBeInTheDocument()
  })
})

describe('ParticipantFileActions', () => {
  it('opens each dialog and returns focus to its button on Escape', async () => {
    installApi()
    seed()
    const user = userEvent.setup()
    render(<ParticipantFileActions />)
    const exportButton = screen.getByRole('button', { name: 'Export responses…' })
    await user.click(exportButton)
    expect(screen.getByRole('dialog', { name: 'Export a participant’s responses' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(exportButton).toHaveFocus()

    await user.tab()
    expect(screen.getByRole('button', { name: 'Import responses…' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('dialog', { name: 'Import participants’ responses' })).toBeInTheDocument()
    await user.keyboard('{Escape}')

    await user.tab()
    expect(screen.getByRole('button', { name: 'Prepare pre-work…' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('dialog', { name: 'Prepare pre-work' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.getByRole('button', { name: 'Prepare pre-work…' })).toHaveFocus()
  })

  it('shows nothing without an open assessment', () => {
    installApi()
    const { container } = render(<ParticipantFileActions />)
    expect(container).toBeEmptyDOMElement()
  })
})
