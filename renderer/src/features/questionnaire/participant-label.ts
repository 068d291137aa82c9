import type { StoredParticipant } from '../../../../electron/ipc/assessment-schema'
import { participantNumber } from '../../i18n/vocabulary'

/** In anonymous mode the room sees numbers, not names; the order stays the same so entry still works. */
export function participantLabel(participant: StoredParticipant, index: number, anonymous: boolean): string {
  return anonymous ? participantNumber(index + 1) : participant.name
}
