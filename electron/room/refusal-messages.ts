import i18next from 'i18next'
import type { z } from 'zod'
import type { RefusalCode, ServerMessage } from '../../common/contract/room-protocol'
import { validationError } from '../ipc/dispatch'

/** Each refusal's catalogue key (main:room.refused.*): what a participant reads on their phone. */
const KEYS = {
  malformed: 'malformed',
  invalid: 'invalid',
  'not-joined': 'notJoined',
  'unknown-device': 'unknownDevice',
  'no-seat': 'noSeat',
  'seat-taken': 'seatTaken',
  'seat-unknown': 'seatUnknown',
  'anonymous-not-allowed': 'anonymousNotAllowed',
  'already-seated': 'alreadySeated',
  'item-closed': 'itemClosed',
  'item-unknown': 'itemUnknown',
  'rating-mismatch': 'ratingMismatch',
  'too-many-changes': 'tooManyChanges',
  'rate-limited': 'rateLimited',
  'too-large': 'tooLarge',
  'room-locked': 'roomLocked',
  'room-full': 'roomFull',
  'room-closed': 'roomClosed',
  'wrong-room': 'wrongRoom',
  'wrong-code': 'wrongCode',
  'code-locked': 'codeLocked',
  forbidden: 'forbidden',
  'not-found': 'notFound',
} as const satisfies Record<RefusalCode, string>

const MAX_MESSAGE = 500

/** The words for a refusal, in the main process's language; the code goes with them, so a page may use its own. */
export function refusalMessage(code: RefusalCode, problem?: string): string {
  const text = i18next.t(`main:room.refused.${KEYS[code]}`, { problem: problem ?? '' })
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text
}

export function refusal(code: RefusalCode, voteId?: string): ServerMessage {
  return { type: 'refused', code, message: refusalMessage(code), ...(voteId ? { voteId } : {}) }
}

/** Words for a message that broke the schema: the field and the problem, worded as main words every refused request. */
export const invalidText = (error: z.ZodError): string => refusalMessage('invalid', validationError(error).message)

export function invalidMessage(error: z.ZodError): ServerMessage {
  return { type: 'refused', code: 'invalid', message: invalidText(error) }
}
