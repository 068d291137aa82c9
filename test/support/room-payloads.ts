/** A payload each room channel accepts, for the IPC tables that walk every channel (dispatch, fuzz). */
export const roomPayloads = (assessmentId: string) => ({
  listRoomInterfaces: undefined,
  openRoom: { assessmentId, address: '127.0.0.1', allowAnonymous: false, seats: [{ seatId: 'ana', label: 'Ana' }] },
  getRoomStatus: undefined,
  closeRoom: undefined,
  roomPutItems: { items: [{ frameworkId: 'iso-9001-2015', itemId: '4.1', title: 'Context', questions: [], scale: { kind: 'maturity', levels: [{ level: 0, label: 'Not in place', description: '' }] } }] },
  roomCloseItem: { frameworkId: 'iso-9001-2015', itemId: '4.1' },
  roomReveal: { frameworkId: 'iso-9001-2015', itemId: '4.1' },
  roomLock: { locked: true },
  roomReleaseSeat: { seatId: 'ana' },
  roomRenewJoinCode: undefined,
})
