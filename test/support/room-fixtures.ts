import type { RoomItem } from '../../common/contract/room-protocol'

/** Hand-written items as main would put them in the room: an EFQM part (quick or RADAR) and an ISO unit. */
const bands = [
  { from: 0, to: 5, label: 'no evidence' },
  { from: 10, to: 35, label: 'limited' },
  { from: 40, to: 65, label: 'ability' },
  { from: 70, to: 85, label: 'comprehensive' },
  { from: 90, to: 100, label: 'outstanding' },
]

export const quickItem: RoomItem = {
  frameworkId: 'efqm-2025',
  itemId: '1.1',
  title: 'Define purpose and vision',
  questions: ['How did we arrive at our purpose?'],
  scale: { kind: 'radar', mode: 'quick', bands, elements: [] },
}

export const radarItem: RoomItem = {
  frameworkId: 'efqm-2025',
  itemId: '1.2',
  title: 'Understand the ecosystem',
  questions: ['Who are our stakeholders?'],
  scale: {
    kind: 'radar',
    mode: 'radar',
    bands,
    elements: [
      { id: 'approach', name: 'Approach', attributes: [{ id: 'sound', name: 'Sound', help: 'Why it was chosen.' }, { id: 'integrated', name: 'Integrated', help: 'It fits.' }] },
    ],
  },
}

export const levelItem: RoomItem = {
  frameworkId: 'iso-9001-2015',
  itemId: '4.1',
  title: 'The organisation and its context',
  questions: ['Which issues matter?'],
  scale: { kind: 'maturity', levels: [0, 1, 2, 3, 4, 5].map((level) => ({ level, label: `Level ${level}`, description: `What level ${level} means.` })) },
}

export const roomSeats = [
  { seatId: 'ana', label: 'Ana' },
  { seatId: 'ben', label: 'Ben' },
  { seatId: 'cleo', label: 'Cleo' },
]
