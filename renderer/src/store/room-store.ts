import i18next from 'i18next'
import { create } from 'zustand'
import type { StoredParticipant, StoredRating } from '../../../common/contract/assessment-schema'
import type { RoomEvent, RoomItem, SeatView } from '../../../common/contract/room-protocol'
import type { RoomInterface, RoomOpened } from '../../../common/contract/room-schemas'
import { ownValue } from '../../../common/domain/records'
import { api, messageOf, unwrap } from '../api'
import { participantNumber } from '../i18n/vocabulary'
import { useApp } from './app-store'
import { useDocument } from './document-store'
import { applyReveal, planReveal, seatsFor } from './room-logic'

export type RoomMode = 'quick' | 'radar'

/** One item the room has seen: whether it takes votes, who voted (ids only), whether it was revealed. */
export interface RoomItemState {
  frameworkId: string
  itemId: string
  mode: RoomMode | null
  open: boolean
  /** Put in as part of a self-paced set. */
  inSet: boolean
  voted: string[]
  revealed: boolean
}

export type RoomStatus = 'closed' | 'opening' | 'open' | 'closing'
export type ClosedReason = 'facilitator' | 'idle' | 'assessment'

interface RoomState {
  status: RoomStatus
  assessmentId: string | null
  opened: RoomOpened | null
  closedReason: ClosedReason | null
  interfaces: RoomInterface[] | null
  /** The labels the phones list, by seat id (participants' seats as opened, anonymous seats as they join). */
  seatLabels: Record<string, string>
  participantSeats: number
  /** Who holds a seat now. */
  seats: SeatView[]
  locked: boolean
  codeLocked: boolean
  items: Record<string, RoomItemState>
  /** Anonymous seats turned into participants on a reveal, by seat id (the same participant for every later vote). */
  anonymousSeats: Record<string, StoredParticipant>
  /** The votes already put into the assessment, by item key and seat id. */
  applied: Record<string, Record<string, StoredRating>>
  /** The last thing that went wrong, or needs saying. */
  message: string | null
  busy: boolean

  loadInterfaces(): Promise<void>
  /** Asks main for a room that is still open for this assessment (after a reload), and shows it. */
  restore(assessmentId: string): Promise<void>
  open(options: { address: string; allowAnonymous: boolean; showNames: boolean }): Promise<void>
  close(): Promise<void>
  /** Puts items in the room: one for everyone now, or a set to move through (built with roomItemFor, by the item view). */
  putItems(items: RoomItem[], mode: RoomMode | null): Promise<void>
  closeItem(frameworkId: string, itemId: string): Promise<void>
  reveal(frameworkId: string, itemId: string): Promise<void>
  lock(locked: boolean): Promise<void>
  releaseSeat(seatId: string): Promise<void>
  renewJoinCode(): Promise<void>
  /** One event from main (onRoomEvent). */
  receive(event: RoomEvent): void
}

export const itemKey = (frameworkId: string, itemId: string) => `${frameworkId}\u0000${itemId}`

const closedState = {
  status: 'closed' as RoomStatus,
  opened: null,
  seats: [] as SeatView[],
  locked: false,
  codeLocked: false,
  busy: false,
}

/** What a room that has just opened knows: nobody seated, no item, nothing revealed yet. */
const freshRoom = () => ({ seats: [] as SeatView[], locked: false, codeLocked: false, items: {}, anonymousSeats: {}, applied: {} })

let listening: (() => void) | null = null

/**
 * The live room as the facilitator's window knows it: open or closed, the address, who sits
 * where, and per item who has voted and whether it was revealed. Values arrive only in `revealed`
 * events, and go straight into the document as one edit; this store never holds a vote before that.
 */
export const useRoom = create<RoomState>()((set, get) => {
  const call = async (run: () => Promise<unknown>) => {
    set({ busy: true, message: null })
    try {
      await run()
    } catch (error) {
      set({ message: messageOf(error) })
    } finally {
      set({ busy: false })
    }
  }

  const patchItem = (frameworkId: string, itemId: string, change: (item: RoomItemState) => Partial<RoomItemState>) => {
    const key = itemKey(frameworkId, itemId)
    const items = get().items
    const current = ownValue(items, key) ?? { frameworkId, itemId, mode: null, open: false, inSet: false, voted: [], revealed: false }
    set({ items: { ...items, [key]: { ...current, ...change(current) } } })
  }

  const closedBy = (reason: ClosedReason) => set({ ...closedState, closedReason: reason, message: null })

  return {
    status: 'closed',
    assessmentId: null,
    opened: null,
    closedReason: null,
    interfaces: null,
    seatLabels: {},
    participantSeats: 0,
    ...freshRoom(),
    message: null,
    busy: false,

    async loadInterfaces() {
      try {
        set({ interfaces: await unwrap(api().listRoomInterfaces()) })
      } catch (error) {
        set({ interfaces: [], message: messageOf(error) })
      }
    },

    async restore(assessmentId) {
      if (get().status !== 'closed') return
      // Listening first, so nothing that happens while main answers is missed for long.
      listening ??= api().onRoomEvent((event) => get().receive(event))
      let status
      try {
        status = await unwrap(api().getRoomStatus())
      } catch {
        return
      }
      // Only the room of the assessment on screen, and only if nothing opened one meanwhile.
      if (!status.open || status.assessmentId !== assessmentId || get().status !== 'closed') return
      if (useDocument.getState().assessment?.id !== assessmentId) return
      const { url, address, joinCode, qrSvg } = status
      set({
        status: 'open',
        opened: { url, address, joinCode, qrSvg },
        assessmentId,
        closedReason: null,
        seatLabels: Object.fromEntries(status.labels.map((seat) => [seat.seatId, seat.label])),
        participantSeats: status.labels.filter((seat) => !seat.anonymous).length,
        seats: status.seats,
        locked: status.locked,
        codeLocked: status.codeLocked,
        items: Object.fromEntries(
          status.items.map((item) => [itemKey(item.frameworkId, item.itemId), { frameworkId: item.frameworkId, itemId: item.itemId, mode: item.mode, open: item.open, inSet: item.inSet, voted: item.voted, revealed: item.revealed }]),
        ),
        // The votes of a reveal before the reload are in the document already; a later snapshot brings them again.
        anonymousSeats: {},
        applied: {},
        message: null,
      })
    },

    async open({ address, allowAnonymous, showNames }) {
      const assessment = useDocument.getState().assessment
      if (!assessment || get().status === 'opening') return
      listening ??= api().onRoomEvent((event) => get().receive(event))
      const seats = seatsFor(assessment.participants, showNames, participantNumber)
      set({ status: 'opening', message: null, closedReason: null })
      try {
        const opened = await unwrap(api().openRoom({ assessmentId: assessment.id, address, allowAnonymous, seats }))
        set({
          status: 'open',
          opened,
          assessmentId: assessment.id,
          seatLabels: Object.fromEntries(seats.map((seat) => [seat.seatId, seat.label])),
          participantSeats: seats.length,
          ...freshRoom(),
        })
      } catch (error) {
        set({ status: 'closed', message: messageOf(error) })
      }
    },

    async close() {
      if (get().status !== 'open') return
      set({ status: 'closing' })
      try {
        await unwrap(api().closeRoom())
        closedBy('facilitator')
      } catch (error) {
        set({ status: 'open', message: messageOf(error) })
      }
    },

    putItems: (items, mode) =>
      call(async () => {
        await unwrap(api().roomPutItems({ items }))
        // The room closes what was showing and is not in the new set (item-closed events follow).
        for (const item of items) {
          patchItem(item.frameworkId, item.itemId, () => ({ open: true, mode: item.scale.kind === 'radar' ? (mode ?? 'quick') : null, inSet: items.length > 1 }))
        }
      }),

    closeItem: (frameworkId, itemId) =>
      call(async () => {
        await unwrap(api().roomCloseItem({ frameworkId, itemId }))
        patchItem(frameworkId, itemId, () => ({ open: false }))
      }),

    reveal: (frameworkId, itemId) =>
      call(async () => {
        // A reveal puts every vote in (again, after an undo); later snapshots bring only changes.
        const { [itemKey(frameworkId, itemId)]: _dropped, ...applied } = get().applied
        set({ applied })
        await unwrap(api().roomReveal({ frameworkId, itemId }))
      }),

    lock: (locked) =>
      call(async () => {
        await unwrap(api().roomLock({ locked }))
        set({ locked })
      }),

    releaseSeat: (seatId) => call(() => unwrap(api().roomReleaseSeat({ seatId }))),

    renewJoinCode: () =>
      call(async () => {
        const { joinCode } = await unwrap(api().roomRenewJoinCode())
        const opened = get().opened
        if (opened) set({ opened: { ...opened, joinCode }, codeLocked: false })
      }),

    receive(event) {
      if (get().status !== 'open' && get().status !== 'closing') return
      switch (event.type) {
        case 'seats': {
          const labels = { ...get().seatLabels }
          for (const seat of event.seats) labels[seat.seatId] ??= seat.label
          set({ seats: event.seats, seatLabels: labels })
          break
        }
        case 'voted':
          patchItem(event.frameworkId, event.itemId, () => ({ voted: event.seatIds }))
          break
        case 'item-closed':
          patchItem(event.frameworkId, event.itemId, () => ({ open: false }))
          break
        case 'join-code-locked':
          set({ codeLocked: true })
          break
        case 'room-locked':
          set({ locked: event.locked })
          break
        case 'room-closed':
          closedBy(event.reason)
          // Closed by itself (two idle hours): say so wherever the facilitator is, panel open or not.
          if (event.reason === 'idle') useApp.getState().reportProblem(i18next.t('live:panel.closedIdle'))
          break
        case 'revealed': {
          const document = useDocument.getState()
          const assessment = document.assessment
          if (!assessment || assessment.id !== get().assessmentId) return
          const key = itemKey(event.frameworkId, event.itemId)
          const item = ownValue(get().items, key)
          const outcome = planReveal({
            event,
            participants: assessment.participants,
            anonymousSeats: get().anonymousSeats,
            applied: ownValue(get().applied, key) ?? null,
            mode: item?.mode ?? null,
            newId: () => crypto.randomUUID(),
            anonymousName: (number) => i18next.t('live:anonymousParticipant', { number }),
          })
          set({
            anonymousSeats: outcome.anonymousSeats,
            applied: { ...get().applied, [key]: outcome.applied },
            message: outcome.dropped > 0 ? i18next.t('live:item.tooMany', { count: outcome.dropped }) : get().message,
          })
          patchItem(event.frameworkId, event.itemId, (current) => ({ revealed: true, voted: current.voted.length >= event.votes.length ? current.voted : event.votes.map((v) => v.seatId) }))
          // One edit for the whole event: one undo step, saved like a typed vote.
          document.edit((a) => applyReveal(a, outcome.plan))
          break
        }
      }
    },
  }
})

/** The assessment last asked about: main is asked once each time an assessment comes on screen. */
let askedAbout: string | null = null
function askForOpenRoom(id: string | null) {
  if (id === askedAbout) return
  askedAbout = id
  if (id !== null) void useRoom.getState().restore(id)
}

// Main closes the room when its assessment is no longer on screen; the window says so too.
useDocument.subscribe((state) => {
  const room = useRoom.getState()
  if (room.status !== 'closed' && room.assessmentId !== null && state.assessment?.id !== room.assessmentId) {
    useRoom.setState({ ...closedState, closedReason: 'assessment' })
  }
  // A window that reloaded (after a crash) finds the room main kept open for this assessment.
  askForOpenRoom(state.assessment?.id ?? null)
})
// This store loads with the workspace, usually once an assessment is already on screen.
askForOpenRoom(useDocument.getState().assessment?.id ?? null)

// The app bar (in the start-up chunk, which does not load this store) shows whether a room is open.
useRoom.subscribe((state) => {
  const live = state.status === 'open' || state.status === 'closing'
  if (useApp.getState().roomLive !== live) useApp.setState({ roomLive: live })
})

/** Stops listening to main's room events (tests only: a fresh window.api per test). */
export function stopListeningToRoom() {
  listening?.()
  listening = null
  askedAbout = null
}
