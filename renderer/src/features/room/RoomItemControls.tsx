import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Framework, Item, Section } from '../../../../common/domain/framework'
import { ownValue } from '../../../../common/domain/records'
import { roomItemFor } from '../../../../common/domain/room-item'
import { useApp } from '../../store/app-store'
import { votedSummary } from '../../store/room-logic'
import { itemKey, useRoom, type RoomMode } from '../../store/room-store'
import './room.css'

/**
 * The room's controls on an item, while a room is open: put the item (or its section, for
 * people to move through at their own pace) in the room, close voting, reveal. Before the
 * reveal it says only who has voted; the values come with the reveal, straight into the grid.
 */
export function RoomItemControls(props: { framework: Framework; section: Section; item: Item; currentMode: RoomMode }) {
  const { framework, section, item } = props
  const { t } = useTranslation(['live', 'questionnaire'])
  const status = useRoom((s) => s.status)
  const state = useRoom((s) => ownValue(s.items, itemKey(framework.id, item.id)))
  const labels = useRoom((s) => s.seatLabels)
  const seats = useRoom((s) => s.seats)
  const participantSeats = useRoom((s) => s.participantSeats)
  const busy = useRoom((s) => s.busy)
  const message = useRoom((s) => s.message)
  const { putItems, closeItem, reveal } = useRoom.getState()
  // With names hidden on the projector, the room hears how many have voted, not who.
  const hideNames = useApp((s) => s.projector && s.anonymous)
  const radar = framework.scoring === 'radar'
  // The grid's own mode until the facilitator picks another for the phones.
  const [picked, setMode] = useState<RoomMode | null>(null)
  const mode = picked ?? props.currentMode
  if (status !== 'open') return null

  const anonymousSeats = seats.filter((seat) => seat.anonymous).length
  const voted = votedSummary(state?.voted ?? [], labels, participantSeats + anonymousSeats)
  const summary = t('live:item.voted', { count: voted.count, total: voted.total })
  const inRoom = state !== undefined && (state.open || state.voted.length > 0 || state.revealed)

  return (
    <section className="room-item" aria-label={t('live:item.heading')}>
      <div className="room-item-actions">
        {radar && (
          <div role="group" aria-label={t('live:item.modeLabel')} className="segmented">
            {(['quick', 'radar'] as const).map((option) => (
              <button key={option} type="button" aria-pressed={mode === option} onClick={() => setMode(option)}>
                {t(`questionnaire:votes.modes.${option}`)}
              </button>
            ))}
          </div>
        )}
        <button type="button" className={state?.open ? undefined : 'primary'} disabled={busy} onClick={() => void putItems([roomItemFor(framework, item.id, mode)], radar ? mode : null)}>
          {t('live:item.put')}
        </button>
        {section.items.length > 1 && (
          <button type="button" disabled={busy} onClick={() => void putItems(section.items.map((each) => roomItemFor(framework, each.id, mode)), radar ? mode : null)} title={t('live:item.putSectionHint', { count: section.items.length })}>
            {t('live:item.putSection')}
          </button>
        )}
        <button type="button" disabled={busy || !state?.open} onClick={() => void closeItem(framework.id, item.id)}>
          {t('live:item.close')}
        </button>
        <button type="button" className={state && !state.revealed && state.voted.length > 0 ? 'primary' : undefined} disabled={busy || !inRoom} onClick={() => void reveal(framework.id, item.id)}>
          {t('live:item.reveal')}
        </button>
      </div>
      <p className="room-item-status" role="status" aria-live="polite">
        {!inRoom ? (
          t('live:item.notInRoom')
        ) : (
          <>
            <span className="room-item-state">{state.open ? (state.inSet ? t('live:item.inSet') : t('live:item.open')) : t('live:item.closedState')}</span>
            {' · '}
            <span className="room-voted" data-testid="room-voted">
              {voted.names.length > 0 && !hideNames ? t('live:item.votedWho', { summary, names: voted.names.join(', ') }) : summary}
            </span>
            {state.revealed && <span className="room-revealed"> · {t('live:item.revealed')}</span>}
          </>
        )}
      </p>
      {message && (
        <p className="field-error room-item-message" role="alert">
          {message}
        </p>
      )}
    </section>
  )
}
