import i18next from 'i18next'
import { ISO_MAX_LEVEL, RADAR_MAX, RADAR_STEP } from '../../../../common/domain/ratings'

export type Scale = 'radar' | 'maturity'

export type VoteAction =
  | { type: 'buffer'; buffer: string }
  | { type: 'set'; value: number; advance: boolean }
  | { type: 'clear' }
  | { type: 'move'; delta: -1 | 1 }
  | { type: 'next-item' }
  | { type: 'previous-item' }
  | { type: 'not-applicable' }
  | { type: 'agree-proposal' }
  | { type: 'go-to-consensus' }
  | { type: 'error'; message: string }
  | { type: 'none' }

export interface VoteKeyContext {
  scale: Scale
  /** Digits typed so far for a RADAR score. */
  buffer: string
  /** The focused participant's current vote, if any. */
  current: number | null
  isLastParticipant: boolean
}

const stepOf = (scale: Scale) => (scale === 'radar' ? RADAR_STEP : 1)
const maxOf = (scale: Scale) => (scale === 'radar' ? RADAR_MAX : ISO_MAX_LEVEL)
/** Where the arrow keys start from when there is no vote yet: the middle of the scale. */
const middleOf = (scale: Scale) => (scale === 'radar' ? 50 : 3)

/**
 * Keyboard entry of a room's votes. ISO: one digit is one vote. RADAR: two digits are one vote
 * ("55"); a single digit and Enter means tens ("7" ⏎ = 70); "100" needs three. Enter moves on to
 * the next participant, and from the last one to the next item. A agrees the proposed value and
 * C goes to the consensus panel (Escape there comes back).
 */
export function voteKey(key: string, context: VoteKeyContext): VoteAction {
  const { scale, buffer } = context
  if (/^[0-9]$/.test(key)) return scale === 'maturity' ? maturityDigit(Number(key)) : radarDigits(buffer + key)

  switch (key) {
    case 'Enter':
      if (buffer) return commitRadar(buffer.length === 1 ? Number(buffer) * 10 : Number(buffer), true)
      return context.isLastParticipant ? { type: 'next-item' } : { type: 'move', delta: 1 }
    case 'ArrowDown':
      return { type: 'move', delta: 1 }
    case 'ArrowUp':
      return { type: 'move', delta: -1 }
    case 'ArrowRight':
    case 'ArrowLeft': {
      const step = stepOf(scale) * (key === 'ArrowRight' ? 1 : -1)
      const from = context.current ?? middleOf(scale) - step
      return { type: 'set', value: Math.min(maxOf(scale), Math.max(0, from + step)), advance: false }
    }
    case 'Backspace':
      return buffer ? { type: 'buffer', buffer: buffer.slice(0, -1) } : { type: 'clear' }
    case 'Delete':
      return { type: 'clear' }
    case 'Escape':
      return buffer ? { type: 'buffer', buffer: '' } : { type: 'none' }
    case 'PageDown':
      return { type: 'next-item' }
    case 'PageUp':
      return { type: 'previous-item' }
    case 'n':
    case 'N':
      return scale === 'maturity' ? { type: 'not-applicable' } : { type: 'none' }
    case 'a':
    case 'A':
      return { type: 'agree-proposal' }
    case 'c':
    case 'C':
      return { type: 'go-to-consensus' }
    default:
      return { type: 'none' }
  }
}

function maturityDigit(level: number): VoteAction {
  if (level > ISO_MAX_LEVEL) return { type: 'error', message: i18next.t('questionnaire:votes.levelOutOfRange', { max: ISO_MAX_LEVEL, level }) }
  return { type: 'set', value: level, advance: true }
}

function radarDigits(buffer: string): VoteAction {
  // "10" may still become 100, so it waits for a third digit or Enter.
  if (buffer.length === 1 || buffer === '10') return { type: 'buffer', buffer }
  return commitRadar(Number(buffer), true)
}

function commitRadar(value: number, advance: boolean): VoteAction {
  if (value > RADAR_MAX || value % RADAR_STEP !== 0) {
    return { type: 'error', message: i18next.t('questionnaire:votes.scoreOutOfRange', { max: RADAR_MAX, step: RADAR_STEP, value }) }
  }
  return { type: 'set', value, advance }
}
