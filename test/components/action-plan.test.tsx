import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { emptyItemResponse, newAssessment, type Action, type Assessment } from '../../common/contract/assessment-schema'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import stakeholdersJson from '../../assets/frameworks/stakeholders.json'
import { parseFramework } from '../../common/domain/framework'
import { parseStakeholderCatalogue } from '../../common/domain/stakeholders'
import { ActionPlanView } from '../../renderer/src/features/actions/ActionPlanView'
import { useResults } from '../../renderer/src/features/results/use-results'
import type { Catalogue } from '../../renderer/src/frameworks/catalogue'
import { useDocument } from '../../renderer/src/store/document-store'
import { useQuestionnaire } from '../../renderer/src/store/questionnaire-store'
import { createFakeApi } from '../support/fake-api'

const ID = '00000000-0000-4000-8000-000000000077'
const CLIMATE = 'Climate change is not considered in the context review'
const RISKS = 'Risks are listed but never reviewed'
const REGISTER = 'Nobody owns the opportunity register'

const catalogue: Catalogue = {
  frameworks: [parseFramework(isoJson, 'iso-9001-2015.json')],
  stakeholders: parseStakeholderCatalogue(stakeholdersJson),
  unresolved: [],
}

function workshop(actions: Action[] = []): Assessment {
  return {
    ...newAssessment({ id: ID, title: 'Annual review 2026', now: '2026-05-01T08:00:00.000Z' }),
    frameworks: ['iso-9001-2015'],
    setupComplete: true,
    participants: [
      { id: 'ana', name: 'Ana Ruiz', role: 'leadership' },
      { id: 'ben', name: 'Ben Okafor', role: 'staff' },
    ],
    responses: {
      'iso-9001-2015': {
        '4.1': {
          ...emptyItemResponse(),
          ratings: { ana: { kind: 'level', level: 3 }, ben: { kind: 'level', level: 2 } },
          afis: [{ id: 'afi-climate', text: CLIMATE }],
        },
        '6.1': {
          ...emptyItemResponse(),
          ratings: { ana: { kind: 'level', level: 2 }, ben: { kind: 'level', level: 1 } },
          afis: [
            { id: 'afi-risks', text: RISKS },
            { id: 'afi-register', text: REGISTER },
          ],
        },
      },
    },
    actions,
  }
}

/** What the results screen does: the view re-renders with every change to the document. */
function Plan({ assessment }: { assessment: Assessment }) {
  return <ActionPlanView context={useResults(assessment, catalogue)} />
}
function Harness() {
  const assessment = useDocument((s) => s.assessment)
  return assessment ? <Plan assessment={assessment} /> : null
}

const doc = () => useDocument.getState().assessment as Assessment
const actionTable = () => screen.getByRole('table', { name: 'Actions by priority' })
const dataRows = () => within(actionTable()).getAllByRole('row').slice(1)
const afiList = () => screen.getByRole('region', { name: 'Areas for improvement' })
type Level = 'High' | 'Medium' | 'Low'
/** A cell of the matrix found as a screen reader user meets it: by its row and column headers. */
function matrixCell(impact: Level, effort: Level): HTMLElement {
  const table = screen.getByRole('table', { name: 'Priority matrix' })
  const column = within(table).getAllByRole('columnheader').findIndex((th) => th.textContent === `${effort} effort`)
  const row = within(table).getByRole('rowheader', { name: `${impact} impact` }).closest('tr')!
  // The row header comes first in each row.
  return within(row.children[column + 1] as HTMLElement).getByRole('group')
}

function start(actions: Action[] = []) {
  const fake = createFakeApi([workshop(actions)])
  fake.install()
  useDocument.setState({ assessment: workshop(actions), saveStatus: 'saved' })
  const user = userEvent.setup()
  render(<Harness />)
  return { user, fake }
}

/** Makes the 4.1 AFI into a quick win, as a facilitator would. */
async function makeClimateAction(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: `Make an action from “${CLIMATE}”` }))
  const dialog = screen.getByRole('dialog', { name: 'New action' })
  const title = within(dialog).getByLabelText('Title')
  expect(title).toHaveValue(CLIMATE)
  expect(title).toHaveFocus()
  await user.clear(title)
  await user.type(title, 'Add climate to the context review')
  await user.type(within(dialog).getByLabelText('Owner'), 'Ana Ruiz')
  await user.type(within(dialog).getByLabelText('Due date'), '2026-09-30')
  await user.selectOptions(within(dialog).getByLabelText('Impact'), '3')
  await user.selectOptions(within(dialog).getByLabelText('Effort'), '1')
  expect(within(dialog).getByLabelText('Status')).toHaveValue('open')
  expect(within(dialog).getByText('ISO 9001 4.1 Organisation and its context')).toBeInTheDocument()
  await user.click(within(dialog).getByRole('button', { name: 'Create action' }))
}

describe('action plan', () => {
  beforeEach(() => {
    useQuestionnaire.setState(useQuestionnaire.getInitialState(), true)
  })

  it('lists every AFI by item with a button to make it an action, and an empty plan', () => {
    start()
    expect(screen.getByRole('heading', { level: 2, name: 'Areas for improvement' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Priority matrix' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Actions by priority' })).toBeInTheDocument()
    expect(within(afiList()).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'ISO 9001 4.1 Organisation and its context',
      'ISO 9001 6.1 Risks and opportunities',
    ])
    const makeButtons = within(afiList()).getAllByRole('button', { name: /^Make an action from/ })
    expect(makeButtons.map((b) => b.getAttribute('aria-label'))).toEqual([
      `Make an action from “${CLIMATE}”`,
      `Make an action from “${RISKS}”`,
      `Make an action from “${REGISTER}”`,
    ])
    expect(makeButtons.every((b) => b.textContent === 'Make an action')).toBe(true)
    // Nothing to add to yet.
    expect(screen.queryByRole('button', { name: /to an existing action$/ })).toBeNull()
    expect(screen.getByText(/No actions yet/)).toBeInTheDocument()
    // Quick wins in the top left corner: high impact first, low effort first.
    const matrix = screen.getByRole('table', { name: 'Priority matrix' })
    expect(within(matrix).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['High impact', 'Medium impact', 'Low impact'])
    expect(within(matrix).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Low effort', 'Medium effort', 'High effort'])
    expect(within(matrix).getAllByRole('group')[0]).toHaveAccessibleName('Quick win, no actions')
    expect(matrixCell('High', 'Low')).toHaveAccessibleName('Quick win, no actions')
    expect(matrixCell('High', 'High')).toHaveAccessibleName('Major project, no actions')
    expect(matrixCell('Low', 'Low')).toHaveAccessibleName('Fill-in, no actions')
    expect(matrixCell('Low', 'High')).toHaveAccessibleName('Thankless task, no actions')
    expect(matrixCell('Medium', 'Medium')).toHaveAccessibleName('Worth doing, no actions')
  })

  it('makes an action from an AFI: it shows in the list, in the quick-win cell, and on the AFI; undo takes it back', async () => {
    const { user } = start()
    await makeClimateAction(user)

    expect(screen.queryByRole('dialog')).toBeNull()
    const [action] = doc().actions
    expect(action).toMatchObject({
      title: 'Add climate to the context review',
      owner: 'Ana Ruiz',
      due: '2026-09-30',
      impact: 3,
      effort: 1,
      status: 'open',
      sources: [{ frameworkId: 'iso-9001-2015', itemId: '4.1', entryId: 'afi-climate' }],
    })
    expect(action!.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(useDocument.getState().saveStatus).toBe('pending')

    // The list: the column headers, then one row.
    expect(within(actionTable()).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Priority',
      'Action',
      'Owner',
      'Due',
      'Impact',
      'Effort',
      'Status',
      'From',
    ])
    const cells = within(dataRows()[0]!).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent('1Quick win')
    expect(cells[1]).toHaveTextContent('Add climate to the context review')
    expect(cells[2]).toHaveTextContent('Ana Ruiz')
    expect(within(cells[3]!).getByText((_, el) => el?.tagName === 'TIME')).toHaveAttribute('datetime', '2026-09-30')
    expect(cells[4]).toHaveTextContent('3 (high)')
    expect(cells[5]).toHaveTextContent('1 (low)')
    expect(cells[6]).toHaveTextContent(/^Open/)
    expect(cells[7]).toHaveTextContent('ISO 9001 4.1 Organisation and its context')
    expect(screen.getByText(/^Actions are ordered by impact \(highest first\), then effort \(lowest first\)/)).toBeInTheDocument()

    // The matrix: high impact and low effort, labelled "Quick win".
    const quickWins = matrixCell('High', 'Low')
    expect(quickWins).toHaveAccessibleName('Quick win, 1 action')
    expect(within(quickWins).getByText('Quick win')).toBeInTheDocument()
    expect(within(quickWins).getByRole('button', { name: 'Add climate to the context review' })).toBeInTheDocument()

    // The AFI now names its action, and focus is there rather than lost with the button it replaced.
    const inAction = within(afiList()).getByRole('button', { name: 'In action: Add climate to the context review' })
    expect(inAction).toHaveFocus()
    expect(screen.queryByRole('button', { name: `Make an action from “${CLIMATE}”` })).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent('Created “Add climate to the context review”, number 1 by priority.')

    // Creating was one step, however much was typed in the dialog.
    act(() => useDocument.getState().undo())
    expect(doc().actions).toEqual([])
    expect(screen.getByRole('button', { name: `Make an action from “${CLIMATE}”` })).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: 'Actions by priority' })).toBeNull()
    act(() => useDocument.getState().redo())
    expect(doc().actions).toHaveLength(1)
  })

  it('refuses an empty title with a message next to the field, and saves nothing', async () => {
    const { user } = start()
    await user.click(screen.getByRole('button', { name: `Make an action from “${RISKS}”` }))
    const dialog = screen.getByRole('dialog', { name: 'New action' })
    const title = within(dialog).getByLabelText('Title')
    await user.clear(title)
    await user.type(title, '   ')
    await user.click(within(dialog).getByRole('button', { name: 'Create action' }))

    expect(screen.getByRole('dialog', { name: 'New action' })).toBeInTheDocument()
    expect(title).toHaveAttribute('aria-invalid', 'true')
    expect(title).toHaveAccessibleDescription(expect.stringContaining('Give the action a title.'))
    expect(title).toHaveFocus()
    expect(doc().actions).toEqual([])
    expect(useDocument.getState().past).toEqual([])
    expect(useDocument.getState().saveStatus).toBe('saved')

    // The message goes as soon as the title is fixed; Escape then leaves without saving.
    await user.type(title, 'Review risks every quarter')
    expect(within(dialog).queryByText('Give the action a title.')).toBeNull()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(doc().actions).toEqual([])
  })

  it('edits an action, and deletes it only once confirmed', async () => {
    const { user } = start()
    await makeClimateAction(user)

    await user.click(screen.getByRole('button', { name: 'Edit “Add climate to the context review”' }))
    let dialog = screen.getByRole('dialog', { name: 'Edit action' })
    expect(within(dialog).getByLabelText('Due date')).toHaveValue('2026-09-30')
    const title = within(dialog).getByLabelText('Title')
    await user.clear(title)
    await user.type(title, 'Add climate risks to the context review')
    await user.selectOptions(within(dialog).getByLabelText('Effort'), '3')
    await user.selectOptions(within(dialog).getByLabelText('Status'), 'in-progress')
    await user.clear(within(dialog).getByLabelText('Due date'))
    await user.click(within(dialog).getByRole('button', { name: 'Save action' }))

    expect(screen.queryByRole('dialog')).toBeNull()
    expect(doc().actions[0]).toMatchObject({ title: 'Add climate risks to the context review', effort: 3, status: 'in-progress', due: null })
    const cells = within(dataRows()[0]!).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent('Major project')
    expect(cells[3]).toHaveTextContent('No date')
    expect(within(matrixCell('High', 'High')).getByRole('button', { name: /^Add climate risks/ })).toBeInTheDocument()
    expect(cells[6]).toHaveTextContent(/^In progress/)
    expect(within(afiList()).getByRole('button', { name: 'In action: Add climate risks to the context review' })).toBeInTheDocument()

    // Done and reopened straight from the list.
    await user.click(within(cells[6]!).getByRole('button', { name: 'Mark “Add climate risks to the context review” as done' }))
    expect(doc().actions[0]!.status).toBe('done')
    expect(screen.getByRole('status')).toHaveTextContent('“Add climate risks to the context review” is now done.')
    const reopen = screen.getByRole('button', { name: 'Reopen “Add climate risks to the context review”' })
    expect(reopen).toHaveFocus()
    await user.click(reopen)
    expect(doc().actions[0]!.status).toBe('open')

    // Keeping it changes nothing.
    await user.click(screen.getByRole('button', { name: 'Delete “Add climate risks to the context review”' }))
    dialog = screen.getByRole('dialog', { name: 'Delete this action?' })
    await user.click(within(dialog).getByRole('button', { name: 'Keep the action' }))
    expect(doc().actions).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Delete “Add climate risks to the context review”' }))
    dialog = screen.getByRole('dialog', { name: 'Delete this action?' })
    expect(dialog).toHaveTextContent('Its area for improvement stays on its item')
    await user.click(within(dialog).getByRole('button', { name: 'Delete action' }))
    expect(doc().actions).toEqual([])
    expect(screen.getByText(/No actions yet/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: `Make an action from “${CLIMATE}”` })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Actions by priority' })).toHaveFocus()
  })

  it('opens the item an action came from', async () => {
    const { user } = start()
    await makeClimateAction(user)
    await user.click(within(actionTable()).getByRole('button', { name: 'Open 4.1' }))
    expect(useQuestionnaire.getState()).toMatchObject({ tab: 'iso-9001-2015', frameworkId: 'iso-9001-2015', itemId: '4.1' })
  })

  it('adds a second AFI to an existing action, which then links back to both items', async () => {
    const { user } = start()
    await makeClimateAction(user)
    await user.click(screen.getByRole('button', { name: `Add “${RISKS}” to an existing action` }))
    const dialog = screen.getByRole('dialog', { name: 'Add to an existing action' })
    expect(within(dialog).getByLabelText('Action')).toHaveValue(doc().actions[0]!.id)
    await user.click(within(dialog).getByRole('button', { name: 'Add to action' }))

    expect(doc().actions[0]!.sources.map((s) => `${s.itemId}:${s.entryId}`)).toEqual(['4.1:afi-climate', '6.1:afi-risks'])
    expect(within(afiList()).getAllByRole('button', { name: 'In action: Add climate to the context review' })).toHaveLength(2)
    // The third AFI is still free.
    expect(screen.getByRole('button', { name: `Make an action from “${REGISTER}”` })).toBeInTheDocument()

    const from = within(dataRows()[0]!).getAllByRole('cell')[7]!
    expect(within(from).getAllByRole('button').map((b) => b.textContent)).toEqual(['Open 4.1', 'Open 6.1'])
    await user.click(within(from).getByRole('button', { name: 'Open 6.1' }))
    expect(useQuestionnaire.getState()).toMatchObject({ tab: 'iso-9001-2015', itemId: '6.1' })

    // The edit dialog lists both AFIs and can detach one.
    await user.click(screen.getByRole('button', { name: 'Edit “Add climate to the context review”' }))
    const edit = screen.getByRole('dialog', { name: 'Edit action' })
    expect(within(edit).getByText('From 2 areas for improvement')).toBeInTheDocument()
    await user.click(within(edit).getByRole('button', { name: `Detach “${RISKS}” from this action` }))
    await user.click(within(edit).getByRole('button', { name: 'Save action' }))
    expect(doc().actions[0]!.sources.map((s) => s.entryId)).toEqual(['afi-climate'])
    expect(screen.getByRole('button', { name: `Make an action from “${RISKS}”` })).toBeInTheDocument()
  })

  it('shows stored actions in priority order, each in its cell of the matrix', async () => {
    const source = (itemId: string, entryId: string) => [{ frameworkId: 'iso-9001-2015', itemId, entryId }]
    const base = { owner: '', status: 'open' as const }
    const { user } = start([
      { ...base, id: 'a-chore', title: 'Tidy the shared drive', due: null, impact: 1, effort: 3, sources: source('6.1', 'afi-register') },
      { ...base, id: 'a-late', title: 'Review risks', due: '2026-12-01', impact: 3, effort: 1, sources: source('6.1', 'afi-risks') },
      { ...base, id: 'a-soon', title: 'Climate workshop', due: '2026-07-01', impact: 3, effort: 1, sources: source('4.1', 'afi-climate') },
      { ...base, id: 'a-mid', title: 'Brief the board', due: null, impact: 2, effort: 2, sources: [] },
    ])
    expect(dataRows().map((row) => within(row).getAllByRole('cell')[1]!.querySelector('.action-title')!.textContent)).toEqual([
      'Climate workshop',
      'Review risks',
      'Brief the board',
      'Tidy the shared drive',
    ])
    expect(dataRows().map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(['1Quick win', '2Quick win', '3Worth doing', '4Thankless task'])
    expect(within(matrixCell('High', 'Low')).getAllByRole('button').map((b) => b.textContent)).toEqual(['Climate workshop', 'Review risks'])
    expect(matrixCell('Medium', 'Medium')).toHaveAccessibleName('Worth doing, 1 action')
    expect(matrixCell('Low', 'High')).toHaveAccessibleName('Thankless task, 1 action')
    // Every AFI is in an action: none offers to make one, and the filter hides them all.
    expect(within(afiList()).queryAllByRole('button', { name: /^Make an action/ })).toEqual([])
    expect(within(afiList()).getByText('3 areas for improvement, 3 in an action.')).toBeInTheDocument()
    await user.click(within(afiList()).getByLabelText('Only those not in an action yet'))
    expect(within(afiList()).queryAllByRole('button', { name: /^In action:/ })).toEqual([])
    expect(within(afiList()).getByText('Every area for improvement is in an action.')).toBeInTheDocument()
  })

  it('opens an action from the matrix for editing', async () => {
    const { user } = start([
      { id: 'a-1', title: 'Climate workshop', owner: 'Ben Okafor', due: null, impact: 2, effort: 1, status: 'open', sources: [{ frameworkId: 'iso-9001-2015', itemId: '4.1', entryId: 'afi-climate' }] },
    ])
    await user.click(within(matrixCell('Medium', 'Low')).getByRole('button', { name: 'Climate workshop' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit action' })
    expect(within(dialog).getByLabelText('Owner')).toHaveValue('Ben Okafor')
    expect(within(dialog).getByLabelText('Impact')).toHaveValue('2')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(useDocument.getState().past).toEqual([])
    expect(within(matrixCell('Medium', 'Low')).getByRole('button', { name: 'Climate workshop' })).toHaveFocus()
    // Saving an untouched form changes nothing either.
    await user.click(within(matrixCell('Medium', 'Low')).getByRole('button', { name: 'Climate workshop' }))
    await user.click(screen.getByRole('button', { name: 'Save action' }))
    expect(useDocument.getState().past).toEqual([])

    // Saved with more impact, the action moves to another cell; focus goes to its row instead of being lost.
    await user.click(within(matrixCell('Medium', 'Low')).getByRole('button', { name: 'Climate workshop' }))
    await user.selectOptions(screen.getByLabelText('Impact'), '3')
    await user.click(screen.getByRole('button', { name: 'Save action' }))
    expect(within(matrixCell('High', 'Low')).getByRole('button', { name: 'Climate workshop' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Edit “Climate workshop”' })).toHaveFocus()
    expect(useDocument.getState().past).toHaveLength(1)
  })
})
