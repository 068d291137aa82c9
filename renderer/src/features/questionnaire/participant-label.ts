import type { StoredParticipant } from '../../../../electron/ipc/assessment-schema'

const roleLabels = { leadership: 'Leadership', staff: 'Staff', external: 'External' } as const

/** In anonymous mode the room sees numbers, not names; the order stays the same so entry still works. */
export function participantLabel(participant: StoredParticipant, index: number, anonymous: boolean): string {
  return anonymous ? `Participant ${index + 1}` : participant.name
}

export const roleLabel = (role: StoredParticipant['role']) => roleLabels[role]
