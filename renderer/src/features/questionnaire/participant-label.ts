import i18next from 'i18next'
import type { StoredParticipant } from '../../../../electron/ipc/assessment-schema'

/** In anonymous mode the room sees numbers, not names; the order stays the same so entry still works. */
export function participantLabel(participant: StoredParticipant, index: number, anonymous: boolean): string {
  return anonymous ? i18next.t('questionnaire:anonymousParticipant', { number: index + 1 }) : participant.name
}

export const roleLabel = (role: StoredParticipant['role']) => i18next.t(`questionnaire:roles.${role}`)
