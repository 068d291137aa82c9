import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import efqmJson from '../../assets/frameworks/efqm-2025.json'
import { newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import { assessmentSchema } from '../../common/contract/assessment-schema'
import { parseFramework, type Framework } from '../../common/domain/framework'
import { QuestionnaireScreen } from '../../renderer/src/features/questionnaire/QuestionnaireScreen'
import { RoomPanel } from '../../renderer/src/features/room/RoomPanel'
import { useApp } from '../../renderer/src/store/app-store'
import { useDocument } from '../../renderer/src/store/document-store'
import { stopListeningToRoom, useRoom } from '../../renderer/src/store/room-store'
import { createFakeApi } from '../support/fake-api'

const iso = parseFramework(isoJson)
const efqm = parseFramework(efqmJson)
const ISO = 'iso-9001-2015'

function seeded(): Assessment {
  return {
    ...newAssessment({ id: '00000000-0000-4000-8000-000000000042', title: 'Workshop', now: '2026-03-01T09:00:00.000Z' }),
    frameworks: ['efqm-2025', ISO],
    setupComplete: true,
    participants: [
      { id: 'ana', name: 'Ana', role: 'leadership' },
      { id: 'ben', name: 'Ben', role: 'staff' },
      { id: 'cleo', name: 'Cleo', role: 'staff' },
    ],
  }
}

function Questionnaire({ framework }: { framework: Framework }) {
  const assessment = useDocument((s) => s.assessment)
  return assessment ? <QuestionnaireScreen framework={framework} assessment={assessment} /> : null
}

function setUp() {
  const fake = createFakeApi([seeded()])
  fake.install()
  useDocument.setState({ assessment: seeded(), saveStatus: 'saved' })
  useApp.setState({ screen: { name: 'assessment', id: seeded().id }, roomPanelOpen: true })
  return { fake, user: userEvent.setup() }
}

const voteCells = (item: string) =>
  within(screen.getByRole('table', { name: `Votes for ${item}` }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td.vote-value')!.textContent!.trim())

describe('the live room, the facilitator’s side', () => {
  beforeEach(() => {
    useRoom.setState(useRoom.getInitialState(), true)
  })
  afterEach(() => {
    stopListeningToRoom()
    useRoom.setState(useRoom.getInitialState(), true)
  })

  it('chooses the network, hides names on phones, opens, and shows the code, who joined and the controls', async () => {
    const { fake, user } = setUp()
    render(<RoomPanel />)
    const dialog = screen.getByRole('dialog', { name: 'Room' })
    const network = await within(dialog).findByLabelText('Network')
    // The room's network first; loopback said in words.
    expect(within(network).getAllByRole('option').map((o) => o.textContent)).toEqual(['wlan0: 192.168.1.20', 'This computer only (127.0.0.1)'])
    expect(network).toHaveValue('192.168.1.20')
    expect(within(dialog).getByText('Windows may ask to allow Panorama through its firewall: allow it on private networks.')).toBeInTheDocument()
    await user.selectOptions(network, '127.0.0.1')
    await user.click(within(dialog).getByLabelText('Allow anonymous seats'))
    await user.click(within(dialog).getByLabelText('Show participants’ names on phones'))
    await user.click(within(dialog).getByRole('button', { name: 'Open room' }))

    expect(fake.room.open).toEqual({
      assessmentId: seeded().id,
      address: '127.0.0.1',
      allowAnonymous: true,
      seats: [
        { seatId: 'ana', label: 'Participant 1' },
        { seatId: 'ben', label: 'Participant 2' },
        { seatId: 'cleo', label: 'Participant 3' },
      ],
    })
    const qr = await within(dialog).findByRole('img', { name: 'QR code for the room’s address' })
    // The QR code is an image of main's SVG, never markup in the page.
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/)
    expect(dialog.querySelector('svg')).toBeNull()
    expect(within(dialog).getByTestId('room-address')).toHaveTextContent('127.0.0.1:51234')
    expect(within(dialog).getByTestId('room-join-code')).toHaveTextContent('123456')
    expect(within(dialog).getByText('Nobody has joined yet.')).toBeInTheDocument()

    act(() =>
      fake.sendRoomEvent({
        type: 'seats',
        seats: [
          { seatId: 'ana', anonymous: false, label: 'Participant 1', connected: true },
          { seatId: 'anonymous-1', anonymous: true, label: 'Anonymous 1', connected: false },
        ],
      }),
    )
    const seats = within(dialog).getByRole('region', { name: 'Who has joined' })
    expect(within(seats).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Participant 1connectedRelease seat',
      'Anonymous 1away · anonymousRelease seat',
    ])
    await user.click(within(seats).getByRole('button', { name: 'Release seat for Anonymous 1' }))
    expect(fake.calls.roomReleaseSeat).toHaveBeenCalledWith({ seatId: 'anonymous-1' })

    await user.click(within(dialog).getByRole('button', { name: 'Lock room' }))
    expect(fake.calls.roomLock).toHaveBeenCalledWith({ locked: true })
    expect(within(dialog).getByRole('button', { name: 'Lock room', pressed: true })).toBeInTheDocument()

    act(() => fake.sendRoomEvent({ type: 'join-code-locked' }))
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The join code was locked after too many wrong tries.')
    await user.click(within(dialog).getByRole('button', { name: 'New join code' }))
    expect(within(dialog).getByTestId('room-join-code')).toHaveTextContent('654321')
    expect(within(dialog).queryByRole('alert')).toBeNull()
    expect(useApp.getState().roomLive).toBe(true)

    // Main closed it (idle): the panel says so and offers to open again.
    act(() => fake.sendRoomEvent({ type: 'room-closed', reason: 'idle' }))
    expect(within(dialog).getByRole('status')).toHaveTextContent('The room closed itself after two idle hours.')
    expect(within(dialog).getByRole('button', { name: 'Open room' })).toBeInTheDocument()
    expect(useApp.getState().roomLive).toBe(false)
  })

  it('closes the room from the panel, and shows it closed when the assessment closes', async () => {
    const { fake, user } = setUp()
    render(<RoomPanel />)
    await user.click(await screen.findByRole('button', { name: 'Open room' }))
    await user.click(await screen.findByRole('button', { name: 'Close room' }))
    expect(fake.calls.closeRoom).toHaveBeenCalledTimes(1)
    expect(await screen.findByText('The room is closed.')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Open room' }))
    await screen.findByRole('button', { name: 'Close room' })
    act(() => useDocument.setState({ assessment: null }))
    expect(useRoom.getState()).toMatchObject({ status: 'closed', closedReason: 'assessment' })
  })

  it('puts an item in the room, shows only who voted, and on reveal puts the votes in the grid as one undo step', async () => {
    const { fake, user } = setUp()
    await act(() => useRoom.getState().open({ address: '127.0.0.1', allowAnonymous: true, showNames: true }))
    render(<Questionnaire framework={iso} />)
    expect(await screen.findByText('Not in the room.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Put this item in the room' }))
    expect(fake.room.items.map((i) => [i.frameworkId, i.itemId, i.scale.kind])).toEqual([[ISO, '4.1', 'maturity']])
    expect(screen.getByText('Voting open')).toBeInTheDocument()

    act(() => fake.sendRoomEvent({ type: 'voted', frameworkId: ISO, itemId: '4.1', seatIds: ['ana', 'ben'] }))
    expect(screen.getByTestId('room-voted')).toHaveTextContent('2 of 3 have voted: Ana, Ben')
    act(() => fake.sendRoomEvent({ type: 'seats', seats: [{ seatId: 'anonymous-1', anonymous: true, label: 'Anonymous 1', connected: true }] }))
    act(() => fake.sendRoomEvent({ type: 'voted', frameworkId: ISO, itemId: '4.1', seatIds: ['ana', 'ben', 'anonymous-1'] }))
    expect(screen.getByTestId('room-voted')).toHaveTextContent('3 of 4 have voted: Ana, Ben, Anonymous 1')
    // Names hidden on the projector: how many, not who.
    act(() => useApp.setState({ projector: true, anonymous: true }))
    expect(screen.getByTestId('room-voted')).toHaveTextContent(/^3 of 4 have voted$/)
    act(() => useApp.setState({ projector: false, anonymous: false }))
    // Before the reveal: no value anywhere, the grid empty.
    expect(voteCells('4.1')).toEqual(['–', '–', '–'])
    expect(useDocument.getState().past).toHaveLength(0)

    await user.click(screen.getByRole('button', { name: 'Close voting' }))
    expect(fake.calls.roomCloseItem).toHaveBeenCalledWith({ frameworkId: ISO, itemId: '4.1' })
    expect(screen.getByText('Voting closed')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Reveal votes' }))
    expect(fake.calls.roomReveal).toHaveBeenCalledWith({ frameworkId: ISO, itemId: '4.1' })
    act(() =>
      fake.sendRoomEvent({
        type: 'revealed',
        frameworkId: ISO,
        itemId: '4.1',
        votes: [
          { seatId: 'ana', anonymous: false, rating: { kind: 'level', level: 3 } },
          { seatId: 'ben', anonymous: false, rating: { kind: 'level', level: 4 } },
          { seatId: 'anonymous-1', anonymous: true, rating: { kind: 'level', level: 2 } },
        ],
      }),
    )
    expect(voteCells('4.1')).toEqual(['3', '4', '–', '2'])
    expect(screen.getByRole('table', { name: 'Votes for 4.1' })).toHaveTextContent('Anonymous 1')
    expect(screen.getByRole('img', { name: /^3 votes from 2 to 4, median 3/ })).toBeInTheDocument()
    expect(assessmentSchema.safeParse(useDocument.getState().assessment).success).toBe(true)
    expect(useDocument.getState().assessment!.participants.at(-1)).toMatchObject({ name: 'Anonymous 1', role: 'external' })

    // One undo step takes every revealed vote and the anonymous participant out; redo brings them back.
    expect(useDocument.getState().past).toHaveLength(1)
    act(() => useDocument.getState().undo())
    expect(voteCells('4.1')).toEqual(['–', '–', '–'])
    expect(useDocument.getState().assessment!.participants).toHaveLength(3)
    act(() => useDocument.getState().redo())
    expect(voteCells('4.1')).toEqual(['3', '4', '–', '2'])
  })

  it('a window that reloads shows the room main kept open: address, code, who sits where and who voted, and takes its events', async () => {
    const fake = createFakeApi([seeded()])
    fake.install()
    fake.room.status = {
      open: true,
      url: 'http://127.0.0.1:51234/r/AAAAAAAAAAAAAAAAAAAAAAAA',
      address: 'http://127.0.0.1:51234',
      joinCode: '246810',
      qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><path d="M0 0h2v2H0z"/></svg>',
      assessmentId: seeded().id,
      labels: [
        { seatId: 'ana', label: 'Ana', anonymous: false },
        { seatId: 'ben', label: 'Ben', anonymous: false },
        { seatId: 'cleo', label: 'Cleo', anonymous: false },
      ],
      seats: [{ seatId: 'ana', anonymous: false, label: 'Ana', connected: true }],
      locked: true,
      codeLocked: false,
      items: [{ frameworkId: ISO, itemId: '4.1', mode: null, open: true, inSet: false, voted: ['ana'], revealed: false }],
    }
    // The assessment comes on screen (after the reload): the store asks main once.
    act(() => useDocument.setState({ assessment: seeded(), saveStatus: 'saved' }))
    await vi.waitFor(() => expect(useRoom.getState().status).toBe('open'))
    expect(fake.calls.getRoomStatus).toHaveBeenCalledTimes(1)
    act(() => useDocument.setState({ saveStatus: 'pending' }))
    expect(fake.calls.getRoomStatus).toHaveBeenCalledTimes(1)
    expect(useApp.getState().roomLive).toBe(true)

    const { unmount } = render(<Questionnaire framework={iso} />)
    expect(screen.getByText('Voting open')).toBeInTheDocument()
    expect(screen.getByTestId('room-voted')).toHaveTextContent('1 of 3 has voted: Ana')
    expect(voteCells('4.1')).toEqual(['–', '–', '–'])
    unmount()
    useApp.setState({ roomPanelOpen: true })
    render(<RoomPanel />)
    const dialog = screen.getByRole('dialog', { name: 'Room' })
    expect(within(dialog).getByTestId('room-join-code')).toHaveTextContent('246810')
    expect(within(dialog).getByTestId('room-address')).toHaveTextContent('127.0.0.1:51234')
    expect(within(dialog).getByRole('button', { name: 'Lock room' })).toHaveAttribute('aria-pressed', 'true')
    expect(within(within(dialog).getByRole('region', { name: 'Who has joined' })).getAllByRole('listitem')).toHaveLength(1)
    // Events from main reach the restored room.
    act(() => fake.sendRoomEvent({ type: 'seats', seats: [{ seatId: 'ana', anonymous: false, label: 'Ana', connected: true }, { seatId: 'ben', anonymous: false, label: 'Ben', connected: true }] }))
    expect(within(within(dialog).getByRole('region', { name: 'Who has joined' })).getAllByRole('listitem')).toHaveLength(2)
  })

  it('a room main holds for another assessment is not shown', async () => {
    const fake = createFakeApi([seeded()])
    fake.install()
    fake.room.status = { open: true, url: 'http://127.0.0.1:1/r/AAAAAAAAAAAAAAAAAAAAAAAA', address: 'http://127.0.0.1:1', joinCode: '111111', qrSvg: '<svg/>', assessmentId: '00000000-0000-4000-8000-000000000099', labels: [], seats: [], locked: false, codeLocked: false, items: [] }
    act(() => useDocument.setState({ assessment: seeded(), saveStatus: 'saved' }))
    await vi.waitFor(() => expect(fake.calls.getRoomStatus).toHaveBeenCalledTimes(1))
    await act(async () => {})
    expect(useRoom.getState().status).toBe('closed')
  })

  it('mixes typed and phone votes: a changed phone vote after the reveal replaces only that person’s rating', async () => {
    const { fake, user } = setUp()
    await act(() => useRoom.getState().open({ address: '127.0.0.1', allowAnonymous: false, showNames: true }))
    render(<Questionnaire framework={iso} />)
    await user.click(await screen.findByRole('button', { name: 'Put this item in the room' }))
    // Cleo has no phone: the facilitator types her vote.
    const rows = within(screen.getByRole('table', { name: 'Votes for 4.1' })).getAllByRole('row')
    rows[3]!.focus()
    await user.keyboard('1')
    expect(voteCells('4.1')).toEqual(['–', '–', '1'])
    await user.click(screen.getByRole('button', { name: 'Reveal votes' }))
    const reveal = (ana: number, ben: number) =>
      act(() =>
        fake.sendRoomEvent({
          type: 'revealed',
          frameworkId: ISO,
          itemId: '4.1',
          votes: [
            { seatId: 'ana', anonymous: false, rating: { kind: 'level', level: ana } },
            { seatId: 'ben', anonymous: false, rating: { kind: 'level', level: ben } },
          ],
        }),
      )
    reveal(3, 4)
    expect(voteCells('4.1')).toEqual(['3', '4', '1'])
    // The facilitator corrects Ana's vote by hand, then Ben changes his on the phone.
    rows[1]!.focus()
    await user.keyboard('5')
    reveal(3, 2)
    expect(voteCells('4.1')).toEqual(['5', '2', '1'])
  })

  it('says on the item when main refuses a room action', async () => {
    const { fake, user } = setUp()
    await act(() => useRoom.getState().open({ address: '127.0.0.1', allowAnonymous: false, showNames: true }))
    render(<Questionnaire framework={iso} />)
    fake.failNext('roomPutItems', { code: 'not-found', message: 'No room is open.' })
    await user.click(await screen.findByRole('button', { name: 'Put this item in the room' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('No room is open.')
    expect(screen.getByText('Not in the room.')).toBeInTheDocument()
  })

  it('EFQM: the phones get the quick score or the full RADAR grid, as the facilitator picks', async () => {
    const { fake, user } = setUp()
    await act(() => useRoom.getState().open({ address: '127.0.0.1', allowAnonymous: false, showNames: true }))
    render(<Questionnaire framework={efqm} />)
    const controls = await screen.findByRole('region', { name: 'Room' })
    expect(within(controls).getByRole('button', { name: 'Quick part score', pressed: true })).toBeInTheDocument()
    await user.click(within(controls).getByRole('button', { name: 'Full RADAR' }))
    await user.click(within(controls).getByRole('button', { name: 'Put this section in the room' }))
    expect(fake.room.items.length).toBeGreaterThan(1)
    expect(fake.room.items.every((i) => i.scale.kind === 'radar' && i.scale.mode === 'radar' && i.scale.elements.length > 0)).toBe(true)
    expect(within(controls).getByText('Voting open, in a self-paced set')).toBeInTheDocument()
  })
})
