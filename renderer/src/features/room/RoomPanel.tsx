import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RoomInterface } from '../../../../common/contract/room-schemas'
import { useApp } from '../../store/app-store'
import { useDocument } from '../../store/document-store'
import { defaultInterface } from '../../store/room-logic'
import { useRoom } from '../../store/room-store'
import { Dialog } from '../../ui/Dialog'
import './room.css'

/** The QR code main drew, shown as an image: its markup never enters the page's DOM. */
export const qrImageSource = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`

/** "http://192.168.1.20:51234" without the scheme: what a person types. */
export const shortAddress = (address: string) => address.replace(/^https?:\/\//, '')

/**
 * The live room: before it opens, the network, anonymous seats and names on phones; once open,
 * the QR code, the short address and the join code large enough for the projector, who has
 * joined, and the room's controls. Closing the panel keeps the room open.
 */
export function RoomPanel() {
  const { t } = useTranslation('live')
  const room = useRoom()
  const showRoomPanel = useApp((s) => s.showRoomPanel)
  const close = () => showRoomPanel(false)
  const live = room.status === 'open' || room.status === 'closing'
  useEffect(() => {
    if (useRoom.getState().status === 'closed') void useRoom.getState().loadInterfaces()
  }, [])
  return (
    <Dialog title={t('panel.title')} onClose={close} className={live ? 'room-panel live' : 'room-panel'}>
      {live ? <OpenRoom /> : <RoomSettings />}
      {room.message && (
        <p className="field-error" role="alert">
          {room.message}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('panel.done')}
        </button>
      </div>
    </Dialog>
  )
}

function interfaceLabel(t: ReturnType<typeof useTranslation<'live'>>['t'], candidate: RoomInterface) {
  return candidate.internal ? t('panel.loopback', { address: candidate.address }) : t('panel.interface', { name: candidate.name, address: candidate.address })
}

function RoomSettings() {
  const { t } = useTranslation('live')
  const { interfaces, status, closedReason, open } = useRoom()
  const participants = useDocument((s) => s.assessment?.participants.length ?? 0)
  const [address, setAddress] = useState<string | null>(null)
  const [allowAnonymous, setAllowAnonymous] = useState(false)
  const [showNames, setShowNames] = useState(true)
  const ids = { network: useId(), anonymousHint: useId(), namesHint: useId(), networkHint: useId() }
  const chosen = address ?? defaultInterface(interfaces ?? [])?.address ?? ''
  const canOpen = interfaces !== null && interfaces.length > 0 && chosen !== '' && (participants > 0 || allowAnonymous) && status === 'closed'

  return (
    <form
      className="room-settings"
      onSubmit={(event) => {
        event.preventDefault()
        if (canOpen) void open({ address: chosen, allowAnonymous, showNames })
      }}
    >
      {closedReason && (
        <p className="room-closed" role="status">
          {closedReason === 'idle' ? t('panel.closedIdle') : closedReason === 'assessment' ? t('panel.closedAssessment') : t('panel.closed')}
        </p>
      )}
      <p>{t('panel.intro')}</p>
      <div className="room-field">
        <label htmlFor={ids.network}>{t('panel.network')}</label>
        {interfaces === null ? (
          <p role="status">{t('panel.loadingInterfaces')}</p>
        ) : interfaces.length === 0 ? (
          <p className="field-error">{t('panel.noInterfaces')}</p>
        ) : (
          <select id={ids.network} value={chosen} onChange={(event) => setAddress(event.target.value)} aria-describedby={ids.networkHint} autoFocus>
            {interfaces.map((candidate) => (
              <option key={`${candidate.name}-${candidate.address}`} value={candidate.address}>
                {interfaceLabel(t, candidate)}
              </option>
            ))}
          </select>
        )}
        <p id={ids.networkHint} className="field-hint">
          {t('panel.networkHint')}
        </p>
      </div>
      <div className="room-field">
        <label className="checkbox">
          <input type="checkbox" checked={allowAnonymous} onChange={(event) => setAllowAnonymous(event.target.checked)} aria-describedby={ids.anonymousHint} /> {t('panel.allowAnonymous')}
        </label>
        <p id={ids.anonymousHint} className="field-hint">
          {t('panel.allowAnonymousHint')}
        </p>
      </div>
      <div className="room-field">
        <label className="checkbox">
          <input type="checkbox" checked={showNames} onChange={(event) => setShowNames(event.target.checked)} aria-describedby={ids.namesHint} /> {t('panel.showNames')}
        </label>
        <p id={ids.namesHint} className="field-hint">
          {t('panel.showNamesHint')}
        </p>
      </div>
      <p className="room-firewall">{t('panel.firewall')}</p>
      {participants === 0 && !allowAnonymous && <p className="field-hint">{t('panel.noParticipants')}</p>}
      <button type="submit" className="primary" disabled={!canOpen}>
        {status === 'opening' ? t('panel.opening') : t('panel.open')}
      </button>
    </form>
  )
}

function OpenRoom() {
  const { t } = useTranslation('live')
  const { opened, seats, locked, codeLocked, busy, status, lock, renewJoinCode, releaseSeat, close } = useRoom()
  const seatsHeading = useId()
  if (!opened) return null
  return (
    <div className="room-open">
      <div className="room-join">
        <img className="room-qr" src={qrImageSource(opened.qrSvg)} alt={t('panel.qrAlt')} />
        <div className="room-address">
          <p className="room-scan">{t('panel.scan')}</p>
          <p className="room-url" data-testid="room-address">
            {shortAddress(opened.address)}
          </p>
          <p className="room-scan">{t('panel.joinCode')}</p>
          <p className="room-code" data-testid="room-join-code">
            {opened.joinCode}
          </p>
        </div>
      </div>
      {codeLocked && (
        <p className="field-error" role="alert">
          {t('controls.codeLocked')}
        </p>
      )}
      {locked && <p className="room-locked">{t('controls.locked')}</p>}
      <section className="room-seats" aria-labelledby={seatsHeading}>
        <h3 id={seatsHeading}>{t('seats.heading')}</h3>
        {seats.length === 0 ? (
          <p className="field-hint">{t('seats.none')}</p>
        ) : (
          <ul>
            {seats.map((seat) => (
              <li key={seat.seatId}>
                <span className={seat.connected ? 'seat-dot on' : 'seat-dot'} aria-hidden="true" />
                <span className="seat-label">{seat.label}</span>
                <span className="seat-state">
                  {seat.connected ? t('seats.connected') : t('seats.away')}
                  {seat.anonymous && ` · ${t('seats.anonymous')}`}
                </span>
                <button type="button" className="quiet small" onClick={() => void releaseSeat(seat.seatId)} aria-label={t('seats.releaseLabel', { label: seat.label })}>
                  {t('seats.release')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="room-controls">
        <button type="button" aria-pressed={locked} disabled={busy} onClick={() => void lock(!locked)}>
          {t('controls.lock')}
        </button>
        <button type="button" disabled={busy} onClick={() => void renewJoinCode()}>
          {t('controls.newCode')}
        </button>
        <button type="button" className="danger" disabled={status === 'closing'} onClick={() => void close()}>
          {status === 'closing' ? t('panel.closing') : t('panel.close')}
        </button>
      </div>
    </div>
  )
}
