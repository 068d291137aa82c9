import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { emptyItemResponse, newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import { SetupWizard } from '../../renderer/src/features/setup/SetupWizard'
import { useDocument } from '../../renderer/src/store/document-store'
import { createFakeApi } from '../support/fake-api'

const ID = '00000000-0000-4000-8000-000000000042'
const doc = () => useDocument.getState().assessment as Assessment
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

/** Opens the wizard on an assessment put straight into the document store. */
async function renderWizard(change: (a: Assessment) => Assessment = (a) => a) {
  const fake = createFakeApi()
  fake.install()
  const assessment = change(newAssessment({ id: ID, title: 'Annual review', now: '2026-05-14T09:00:00.000Z' }))
  fake.assessments.set(ID, assessment)
  useDocument.setState({ assessment, saveStatus: 'saved' })
  const onFinished = vi.fn()
  const user = userEvent.setup()
  render(<SetupWizard onFinished={onFinished} />)
  await screen.findByRole('heading', { level: 2, name: /Organisation|Review/ })
  return { user, onFinished, fake }
}

const stepButton = (name: string) => within(screen.getByRole('navigation', { name: 'Setup steps' })).getByRole('button', { name })
const next = () => screen.getByRole('button', { name: 'Next' })

/** The description a field's aria-describedby points at. */
function descriptionOf(field: HTMLElement): string {
  return (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
}

/** An assessment whose every step is complete, sector public. */
const complete = (a: Assessment): Assessment => ({
  ...a,
  organisation: { name: 'Stadtwerke Musterstadt', sector: 'public', size: '250-999', scope: 'Water and energy services.', date: '2026-05-14' },
  frameworks: ['efqm-2025', 'iso-9001-2015'],
  participants: [
    { id: 'p-ann', name: 'Ann', role: 'leadership' },
    { id: 'p-bo', name: 'Bo', role: 'staff' },
  ],
  target: { customers: 0.3, people: 0.15, owners: 0.1, partners: 0.1, society: 0.25, regulators: 0.1 },
  targetSource: 'public',
})

describe('setup wizard', () => {
  it('lists the steps, marks the current one and opens any of them directly', async () => {
    const { user } = await renderWizard()
    const nav = screen.getByRole('navigation', { name: 'Setup steps' })
    // No framework is chosen yet, so there are no stakeholder weights to set.
    expect(within(nav).getAllByRole('button').map((b) => b.textContent)).toEqual([
      '1Organisation',
      '2Frameworks',
      '3Participants',
      '4Target profile',
      '5Review',
    ])
    expect(stepButton('Organisation')).toHaveAttribute('aria-current', 'step')

    await user.click(stepButton('Target profile'))
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Step 4 of 5: Target profile')
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus()
    expect(stepButton('Target profile')).toHaveAttribute('aria-current', 'step')
    expect(stepButton('Organisation')).not.toHaveAttribute('aria-current')

    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Participants')
  })

  it('asks for the required organisation fields on Next, then saves them into the document', async () => {
    const { user } = await renderWizard()
    await user.click(next())

    const name = screen.getByLabelText('Name of the organisation')
    const scope = screen.getByLabelText('Scope of the assessment')
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(descriptionOf(name)).toBe('Enter the name of the organisation being assessed.')
    expect(scope).toHaveAttribute('aria-invalid', 'true')
    expect(descriptionOf(scope)).toContain('Describe the scope')
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'Enter the name of the organisation being assessed.',
      'Describe the scope: which parts, sites or services of the organisation this assessment covers.',
    ])
    // The date came with the new assessment, so it needs nothing.
    expect(screen.getByLabelText('Date of the assessment')).toHaveValue('2026-05-14')
    expect(screen.getByLabelText('Date of the assessment')).not.toHaveAttribute('aria-invalid')
    expect(name).toHaveFocus()
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Organisation')

    await user.type(name, 'Stadtwerke Musterstadt')
    // The message goes as soon as the field is right.
    expect(name).not.toHaveAttribute('aria-invalid')
    await user.type(scope, 'Water and energy services, both sites.')
    await user.selectOptions(screen.getByLabelText('Size (optional)'), '250 to 999 people')
    await user.click(next())

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Frameworks')
    expect(doc().organisation).toEqual({
      name: 'Stadtwerke Musterstadt',
      sector: 'other',
      size: '250-999',
      scope: 'Water and energy services, both sites.',
      date: '2026-05-14',
    })
  })

  it('makes a burst of typing one undo step', async () => {
    const { user } = await renderWizard()
    await user.type(screen.getByLabelText('Name of the organisation'), 'Acme')
    expect(doc().organisation.name).toBe('Acme')
    act(() => useDocument.getState().undo())
    expect(doc().organisation.name).toBe('')
    expect(screen.getByLabelText('Name of the organisation')).toHaveValue('')
  })

  it('needs a framework, and offers both from the catalogue', async () => {
    const { user } = await renderWizard()
    await user.click(stepButton('Frameworks'))
    await user.click(next())
    const efqm = screen.getByRole('checkbox', { name: 'EFQM Model 2025' })
    const iso = screen.getByRole('checkbox', { name: 'ISO 9001 2015 with Amendment 1:2024' })
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one framework to assess.')
    expect(efqm).toHaveAttribute('aria-invalid', 'true')
    expect(descriptionOf(efqm)).toContain('Choose at least one framework to assess.')

    await user.click(iso)
    await user.click(efqm)
    expect(doc().frameworks).toEqual(['efqm-2025', 'iso-9001-2015'])
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    // EFQM brings the stakeholder weights step.
    expect(stepButton('Stakeholder weights')).toBeInTheDocument()

    await user.click(next())
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Step 3 of 6: Participants')
  })

  it('asks before leaving out a framework that has answers, and keeps the answers', async () => {
    const answered = { '1.1': { ...emptyItemResponse(), ratings: { 'p-ann': { kind: 'quick' as const, score: 60 } } } }
    const { user } = await renderWizard((a) => ({ ...complete(a), responses: { 'efqm-2025': answered } }))
    await user.click(stepButton('Frameworks'))
    const efqm = screen.getByRole('checkbox', { name: 'EFQM Model 2025' })

    await user.click(efqm)
    let dialog = screen.getByRole('dialog', { name: 'Leave out EFQM Model 2025?' })
    expect(dialog).toHaveTextContent('1 item of EFQM Model 2025 already has answers. They are kept in the assessment file')
    expect(dialog).toHaveTextContent('Tick it again and they come back')
    await user.click(within(dialog).getByRole('button', { name: 'Keep it ticked' }))
    expect(doc().frameworks).toEqual(['efqm-2025', 'iso-9001-2015'])
    expect(efqm).toBeChecked()

    await user.click(efqm)
    dialog = screen.getByRole('dialog', { name: 'Leave out EFQM Model 2025?' })
    await user.click(within(dialog).getByRole('button', { name: 'Leave it out' }))
    expect(doc().frameworks).toEqual(['iso-9001-2015'])
    expect(doc().responses['efqm-2025']).toEqual(answered)

    // A framework without answers goes without a question.
    await user.click(efqm)
    await user.click(screen.getByRole('checkbox', { name: 'ISO 9001 2015 with Amendment 1:2024' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(doc().frameworks).toEqual(['efqm-2025'])
  })

  it('adds participants from the keyboard: a name, Enter, the next name', async () => {
    const { user } = await renderWizard()
    await user.click(stepButton('Participants'))
    expect(screen.getByText(/Three or more people is typical/)).toBeInTheDocument()

    await user.click(next())
    expect(screen.getByRole('alert')).toHaveTextContent('Add at least one participant.')
    expect(descriptionOf(screen.getByRole('button', { name: 'Add participant' }))).toBe('Add at least one participant.')

    await user.click(screen.getByRole('button', { name: 'Add participant' }))
    expect(screen.getByLabelText('Name of participant 1')).toHaveFocus()
    await user.keyboard('Ann Müller{Enter}')
    expect(screen.getByLabelText('Name of participant 2')).toHaveFocus()
    await user.keyboard('Bo Chen{Enter}Cleo Adeyemi{Enter}')
    expect(screen.getByLabelText('Name of participant 4')).toHaveFocus()

    expect(doc().participants.map((p) => [p.name, p.role])).toEqual([
      ['Ann Müller', 'staff'],
      ['Bo Chen', 'staff'],
      ['Cleo Adeyemi', 'staff'],
    ])
    for (const participant of doc().participants) expect(participant.id).toMatch(/^[0-9a-f-]{36}$/)

    await user.selectOptions(screen.getByLabelText('Role of participant 1'), 'Leadership')
    await user.selectOptions(screen.getByLabelText('Role of participant 3'), 'External')
    expect(doc().participants.map((p) => p.role)).toEqual(['leadership', 'staff', 'external'])

    // The blank row left by the last Enter is not a participant and goes on Next.
    await user.click(next())
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Target profile')
    await user.click(stepButton('Participants'))
    expect(screen.queryByLabelText('Name of participant 4')).not.toBeInTheDocument()
  })

  it('refuses duplicate and emptied names, keeping the last valid name in the document', async () => {
    const { user } = await renderWizard(complete)
    await user.click(stepButton('Participants'))
    await user.click(screen.getByRole('button', { name: 'Add participant' }))
    await user.keyboard('ANN')
    const bo = screen.getByLabelText('Name of participant 2')
    await user.clear(bo)
    await user.click(next())

    const third = screen.getByLabelText('Name of participant 3')
    expect(third).toHaveAttribute('aria-invalid', 'true')
    expect(descriptionOf(third)).toBe('“Ann” is already on the list. Give each person a different name, for example by adding an initial.')
    expect(descriptionOf(bo)).toBe('Enter a name, or remove this participant.')
    expect(bo).toHaveFocus()
    expect(doc().participants.map((p) => p.name)).toEqual(['Ann', 'Bo', 'ANN'])

    await user.type(bo, 'Bo Chen')
    await user.type(third, ' B.')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(doc().participants.map((p) => p.name)).toEqual(['Ann', 'Bo Chen', 'ANN B.'])
  })

  it('asks before removing someone who has rated, and keeps their ratings in the file', async () => {
    const rated = { '4.1': { ...emptyItemResponse(), ratings: { 'p-bo': { kind: 'level' as const, level: 3 } } } }
    const { user } = await renderWizard((a) => ({ ...complete(a), responses: { 'iso-9001-2015': rated } }))
    await user.click(stepButton('Participants'))

    await user.click(screen.getByRole('button', { name: 'Remove Bo' }))
    const dialog = screen.getByRole('dialog', { name: 'Remove Bo from the list?' })
    expect(dialog).toHaveTextContent('Bo has given 1 rating. They stay in the assessment file')
    await user.click(within(dialog).getByRole('button', { name: 'Remove from the list' }))
    expect(doc().participants.map((p) => p.name)).toEqual(['Ann'])
    expect(doc().responses['iso-9001-2015']).toEqual(rated)

    // Ann has not rated anything: no question asked.
    await user.click(screen.getByRole('button', { name: 'Remove Ann' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(doc().participants).toEqual([])
    expect(screen.getByRole('button', { name: 'Add participant' })).toHaveFocus()
  })

  it('prefills the target from the sector and never saves shares that do not add up to 100 %', async () => {
    const { user } = await renderWizard()
    await user.selectOptions(screen.getByLabelText('Sector'), 'Public sector')
    expect(doc().targetSource).toBe('public')
    await user.click(stepButton('Target profile'))

    const fields = ['Customers & service users', 'People', 'Owners, investors & funders', 'Partners & suppliers', 'Society & environment', 'Regulators & authorities']
    const inputs = fields.map((label) => screen.getByLabelText(label))
    expect(inputs.map((input) => (input as HTMLInputElement).value)).toEqual(['30', '15', '10', '10', '25', '10'])
    expect(screen.getByText('Public sector defaults: Suggested default, editable; not a fact.')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('100 %')

    const before = doc().target
    await user.clear(inputs[0]!)
    await user.type(inputs[0]!, '20')
    expect(screen.getByRole('alert')).toHaveTextContent('The shares add up to 90 %; they must add up to 100 %.')
    expect(inputs[0]).toHaveAttribute('aria-invalid', 'true')
    expect(descriptionOf(inputs[0]!)).toBe('The shares add up to 90 %; they must add up to 100 %.')
    expect(screen.getByRole('status')).toHaveTextContent('90 %')
    expect(doc().target).toBe(before)
    expect(doc().targetSource).toBe('public')

    // Next is refused while the total is wrong.
    await user.click(next())
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Target profile')

    await user.clear(inputs[4]!)
    await user.type(inputs[4]!, '35')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(doc().targetSource).toBe('custom')
    expect(doc().target).toEqual({
      customers: expect.closeTo(0.2, 15),
      people: expect.closeTo(0.15, 15),
      owners: expect.closeTo(0.1, 15),
      partners: expect.closeTo(0.1, 15),
      society: expect.closeTo(0.35, 15),
      regulators: expect.closeTo(0.1, 15),
    })
    expect(sum(Object.values(doc().target))).toBe(1)

    // A custom target survives a change of sector; the reset button brings the defaults back.
    await user.click(stepButton('Organisation'))
    await user.selectOptions(screen.getByLabelText('Sector'), 'Commercial')
    expect(doc().targetSource).toBe('custom')
    await user.click(stepButton('Target profile'))
    await user.click(screen.getByRole('button', { name: 'Reset to the commercial defaults' }))
    expect(doc().targetSource).toBe('commercial')
    expect(screen.getAllByRole('spinbutton').map((input) => (input as HTMLInputElement).value)).toEqual(['30', '20', '25', '10', '10', '5'])
  })

  it('shows a field that is not a whole percentage, and the balanced defaults for "other"', async () => {
    const { user } = await renderWizard()
    await user.click(stepButton('Target profile'))
    // 1/6 each shows as whole percentages that still add up to 100.
    expect(screen.getAllByRole('spinbutton').map((input) => (input as HTMLInputElement).value)).toEqual(['17', '17', '17', '17', '16', '16'])
    const people = screen.getByLabelText('People')
    await user.clear(people)
    expect(descriptionOf(people)).toBe('Enter a percentage from 0 to 100.')
    expect(doc().targetSource).toBe('balanced')
  })

  it('weights the parts of EFQM criteria 3 and 6: equal by default, stored as a full group vector', async () => {
    const { user } = await renderWizard(complete)
    await user.click(stepButton('Stakeholder weights'))

    const criterion3 = screen.getByRole('region', { name: 'Criterion 3 Engaging Stakeholders' })
    const labels = within(criterion3).getAllByRole('spinbutton').map((input) => input.id && document.querySelector(`label[for="${input.id}"]`)?.textContent)
    // Regulators have no part of their own in criterion 3, so they have no field.
    expect(labels).toEqual(['3.1 Customers & service users', '3.2 People', '3.3 Owners, investors & funders', '3.4 Society & environment', '3.5 Partners & suppliers'])
    expect(within(criterion3).getAllByRole('spinbutton').map((input) => (input as HTMLInputElement).value)).toEqual(['20', '20', '20', '20', '20'])
    expect(screen.getByRole('region', { name: 'Criterion 6 Stakeholder Perceptions' })).toBeInTheDocument()

    const customers = within(criterion3).getByLabelText('3.1 Customers & service users')
    await user.clear(customers)
    await user.type(customers, '40')
    expect(within(criterion3).getByRole('alert')).toHaveTextContent('The shares add up to 120 %; they must add up to 100 %.')
    expect(doc().stakeholderWeights).toEqual({})

    const people = within(criterion3).getByLabelText('3.2 People')
    await user.clear(people)
    await user.type(people, '0')
    expect(doc().stakeholderWeights['3']).toEqual({ customers: 0.4, people: 0, owners: 0.2, partners: 0.2, society: 0.2, regulators: 0 })

    await user.click(screen.getByRole('button', { name: 'Reset criterion 3 to equal weights' }))
    expect(doc().stakeholderWeights).toEqual({})
  })

  it('reviews everything and starts the assessment', async () => {
    const { user, onFinished } = await renderWizard(complete)
    await user.click(stepButton('Review'))
    const organisation = screen.getByRole('region', { name: 'Organisation' })
    expect(organisation).toHaveTextContent('Stadtwerke Musterstadt')
    expect(organisation).toHaveTextContent('250 to 999 people')
    expect(screen.getByRole('region', { name: 'Frameworks' })).toHaveTextContent('EFQM Model 2025ISO 9001 2015 with Amendment 1:2024')
    expect(screen.getByRole('region', { name: 'Participants' })).toHaveTextContent('Ann Leadership')
    expect(screen.getByRole('table', { name: 'Target share of attention' })).toHaveTextContent('Society & environment25 %')
    expect(screen.getByRole('table', { name: 'Criterion 3 Engaging Stakeholders (equal, the default)' })).toHaveTextContent('People20 %')

    await user.click(screen.getByRole('button', { name: 'Edit participants' }))
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Participants')
    await user.click(stepButton('Review'))

    await user.click(screen.getByRole('button', { name: 'Start the assessment' }))
    expect(doc().setupComplete).toBe(true)
    expect(onFinished).toHaveBeenCalledTimes(1)
  })

  it('jumps to the first incomplete step with its messages instead of starting', async () => {
    const { user, onFinished } = await renderWizard((a) => ({ ...complete(a), participants: [], organisation: { ...complete(a).organisation, scope: '' } }))
    await user.click(stepButton('Review'))
    expect(screen.getByText('Still to complete: Organisation, Participants.')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Start the assessment' }))
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Organisation')
    expect(screen.getByRole('alert')).toHaveTextContent('Describe the scope')
    expect(screen.getByLabelText('Scope of the assessment')).toHaveFocus()
    expect(stepButton('Organisation (needs attention)')).toHaveAttribute('aria-current', 'step')
    expect(onFinished).not.toHaveBeenCalled()
    expect(doc().setupComplete).toBe(false)

    await user.type(screen.getByLabelText('Scope of the assessment'), 'Head office')
    await user.click(stepButton('Review'))
    await user.click(screen.getByRole('button', { name: 'Start the assessment' }))
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Participants')
    expect(screen.getByRole('alert')).toHaveTextContent('Add at least one participant.')
    expect(onFinished).not.toHaveBeenCalled()
  })

  it('opens on the review with "Back to the questionnaire" once set up', async () => {
    const { user, onFinished } = await renderWizard((a) => ({ ...complete(a), setupComplete: true }))
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Review')
    await user.click(screen.getByRole('button', { name: 'Back to the questionnaire' }))
    expect(onFinished).toHaveBeenCalledTimes(1)
    expect(useDocument.getState().past).toEqual([])
  })

  it('autosaves what the wizard changes', async () => {
    const { user, fake } = await renderWizard()
    await user.type(screen.getByLabelText('Name of the organisation'), 'Acme')
    await waitFor(() => expect(fake.calls.saveAssessment).toHaveBeenCalled(), { timeout: 2000 })
    expect(fake.assessments.get(ID)?.organisation.name).toBe('Acme')
  })
})
