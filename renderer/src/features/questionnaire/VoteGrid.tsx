import i18next from 'i18next'
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ItemResponse, StoredParticipant, StoredRating } from '../../../../common/contract/assessment-schema'
import type { Framework, Item } from '../../../../common/domain/framework'
import { participantScore } from '../../../../common/domain/team'
import type { Rating } from '../../../../common/domain/ratings'
import { DomainError } from '../../../../common/domain/errors'
import { useDocument } from '../../store/document-store'
import { useQuestionnaire } from '../../store/questionnaire-store'
import { updateItem, withRating } from '../../store/response-edits'
import { roleLabel } from '../../i18n/vocabulary'
import { participantLabel } from './participant-label'
import { voteKey, type Scale } from './vote-keys'
import { ownValue } from '../../../../common/domain/records'

/** What a participant's vote shows in the grid. */
export function voteText(framework: Framework, itemId: string, rating: StoredRating | undefined): string {
  if (!rating) return '–'
  if (rating.kind === 'not-applicable') return i18next.t('questionnaire:votes.notApplicable')
  try {
    const score = participantScore(framework, itemId, rating as Rating)
    return rating.kind === 'radar' ? i18next.t('questionnaire:votes.radarScore', { score }) : String(score)
  } catch (error) {
    if (error instanceof DomainError) return i18next.t('questionnaire:votes.incomplete')
    throw error
  }
}

/** The focus request this page has already served, so a remounted grid does not steal the focus again. */
let servedFocusRequest = 0

/**
 * One row per participant; a facilitator types the room's votes without touching the mouse
 * (see vote-keys.ts for the keys). Each vote is saved as it is typed. Every key is a vote or a
 * move: nothing opens by itself and takes the keys that follow (N marks N/A and moves on, like
 * a digit; a person's own reason is an explicit button, and the team's reason is asked once, at
 * the consensus).
 */
export function VoteGrid(props: {
  framework: Framework
  item: Item
  response: ItemResponse | undefined
  participants: StoredParticipant[]
  anonymous: boolean
  onNextItem: () => void
  onPreviousItem: () => void
  onAgreeProposal: () => void
  onGoToConsensus: () => void
}) {
  const { framework, item, participants } = props
  const scale: Scale = framework.scoring
  const edit = useDocument((s) => s.edit)
  const { t } = useTranslation(['questionnaire', 'common'])
  const index = useQuestionnaire((s) => Math.min(s.participantIndex, Math.max(participants.length - 1, 0)))
  const setIndex = useQuestionnaire((s) => s.setParticipantIndex)
  const [buffer, setBuffer] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [justifying, setJustifying] = useState<string | null>(null)
  const [justification, setJustification] = useState('')
  const rows = useRef<Array<HTMLTableRowElement | null>>([])
  const focusRequest = useQuestionnaire((s) => s.gridFocusRequest)

  useEffect(() => {
    setBuffer('')
    setMessage(null)
    setJustifying(null)
  }, [item.id])

  // A layout effect, not a frame later: the next key typed must find the new grid focused.
  useLayoutEffect(() => {
    if (focusRequest === servedFocusRequest) return
    servedFocusRequest = focusRequest
    rows.current[index]?.focus({ preventScroll: true })
  }, [focusRequest]) // eslint-disable-line react-hooks/exhaustive-deps

  // A key that lands on the page itself (the focus lost to a removed element or a closed dialog)
  // still belongs to the grid: it goes to the active row instead of being dropped.
  const handleKey = useRef<(event: globalThis.KeyboardEvent) => void>(() => {})
  useEffect(() => {
    const onDocumentKey = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || (event.target !== document.body && event.target !== document.documentElement)) return
      handleKey.current(event)
    }
    document.addEventListener('keydown', onDocumentKey)
    return () => document.removeEventListener('keydown', onDocumentKey)
  }, [])

  const focusRow = (next: number) => {
    const clamped = Math.max(0, Math.min(participants.length - 1, next))
    setIndex(clamped)
    setBuffer('')
    rows.current[clamped]?.focus()
  }

  const save = (participantId: string, rating: StoredRating | null) =>
    edit((a) => updateItem(a, framework.id, item.id, (r) => withRating(r, participantId, rating)))

  const ratingFor = (value: number): StoredRating => (scale === 'radar' ? { kind: 'quick', score: value } : { kind: 'level', level: value })

  handleKey.current = (event) => {
    if (document.querySelector('dialog[open], [role="dialog"]')) return
    if (voteKey(event.key, { scale, buffer, current: null, isLastParticipant: false }).type === 'none') return
    rows.current[index]?.focus({ preventScroll: true })
    onKeyDown(event, index)
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement> | globalThis.KeyboardEvent, rowIndex: number) {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const participant = participants[rowIndex]
    if (!participant) return
    const rating = ownValue(props.response?.ratings, participant.id)
    const current = rating?.kind === 'quick' ? rating.score : rating?.kind === 'level' ? rating.level : null
    const action = voteKey(event.key, { scale, buffer, current, isLastParticipant: rowIndex === participants.length - 1 })
    if (action.type === 'none') return
    event.preventDefault()
    setMessage(null)
    switch (action.type) {
      case 'buffer':
        setBuffer(action.buffer)
        break
      case 'set':
        setBuffer('')
        save(participant.id, ratingFor(action.value))
        if (action.advance && rowIndex < participants.length - 1) focusRow(rowIndex + 1)
        break
      case 'clear':
        setBuffer('')
        save(participant.id, null)
        break
      case 'move':
        focusRow(rowIndex + action.delta)
        break
      case 'next-item':
        props.onNextItem()
        break
      case 'previous-item':
        props.onPreviousItem()
        break
      case 'agree-proposal':
        setBuffer('')
        props.onAgreeProposal()
        break
      case 'go-to-consensus':
        setBuffer('')
        props.onGoToConsensus()
        break
      case 'not-applicable':
        setBuffer('')
        // Keeps a reason the person gave before; the team's reason is asked at the consensus.
        save(participant.id, { kind: 'not-applicable', justification: rating?.kind === 'not-applicable' ? rating.justification : '' })
        if (rowIndex < participants.length - 1) focusRow(rowIndex + 1)
        break
      case 'error':
        setBuffer('')
        setMessage(action.message)
        break
    }
  }

  function openReason(participantId: string) {
    const rating = ownValue(props.response?.ratings, participantId)
    setJustifying(participantId)
    setJustification(rating?.kind === 'not-applicable' ? rating.justification : '')
  }

  function saveJustification(participantId: string, rowIndex: number) {
    save(participantId, { kind: 'not-applicable', justification: justification.trim() })
    setJustifying(null)
    focusRow(rowIndex)
  }

  if (participants.length === 0) return <p className="field-hint">{t('votes.noParticipants')}</p>

  return (
    <div className="vote-grid">
      <table className="data-table votes" aria-label={t('votes.tableLabel', { item: item.id })} aria-describedby="vote-keys-hint">
        <thead>
          <tr>
            <th scope="col">{t('votes.participant')}</th>
            {/* A role tells the room who is who; with names hidden it is not shown either. */}
            {!props.anonymous && <th scope="col">{t('votes.role')}</th>}
            <th scope="col">{t('votes.vote')}</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((participant, rowIndex) => {
            const rating = ownValue(props.response?.ratings, participant.id)
            const active = rowIndex === index
            return (
              <tr
                key={participant.id}
                ref={(element) => {
                  rows.current[rowIndex] = element
                }}
                tabIndex={active ? 0 : -1}
                aria-selected={active}
                className={active ? 'active' : undefined}
                onFocus={() => setIndex(rowIndex)}
                onKeyDown={(event) => onKeyDown(event, rowIndex)}
                onClick={() => focusRow(rowIndex)}
              >
                <th scope="row">{participantLabel(participant, rowIndex, props.anonymous)}</th>
                {!props.anonymous && <td>{roleLabel(participant.role)}</td>}
                <td className="vote-value" aria-live={active ? 'polite' : undefined}>
                  {active && buffer ? <span className="vote-buffer">{buffer}…</span> : voteText(framework, item.id, rating)}
                  {rating?.kind === 'not-applicable' && justifying !== participant.id && (
                    <>
                      {rating.justification && <span className="vote-reason"> {rating.justification}</span>}
                      <button
                        type="button"
                        className="quiet small"
                        tabIndex={active ? 0 : -1}
                        onClick={(event) => {
                          event.stopPropagation()
                          openReason(participant.id)
                        }}
                        onKeyDown={(event) => {
                          // Enter and Space press the button; every other key is still a vote for the row.
                          if (event.key === 'Enter' || event.key === ' ') event.stopPropagation()
                        }}
                      >
                        {rating.justification ? t('votes.editReason') : t('votes.addReason')}
                      </button>
                    </>
                  )}
                  {justifying === participant.id && (
                    // A click in the box stays in the box; the row's own click would take the focus back.
                    <span className="justify" onClick={(event) => event.stopPropagation()}>
                      <label htmlFor={`justify-${participant.id}`} className="visually-hidden">
                        {t('votes.justifyLabel', { item: item.id, name: participantLabel(participant, rowIndex, props.anonymous) })}
                      </label>
                      <input
                        id={`justify-${participant.id}`}
                        autoFocus
                        placeholder={t('votes.justifyPlaceholder')}
                        value={justification}
                        onChange={(event) => setJustification(event.target.value)}
                        onKeyDown={(event) => {
                          event.stopPropagation()
                          if (event.key === 'Enter') saveJustification(participant.id, rowIndex)
                          if (event.key === 'Escape') {
                            setJustifying(null)
                            focusRow(rowIndex)
                          }
                        }}
                      />
                    </span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <p id="vote-keys-hint" className="field-hint">
        {t(`votes.keysHint.${scale}`)}
      </p>
    </div>
  )
}
