import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ItemResponse, StoredParticipant } from '../../../../common/contract/assessment-schema'
import type { Element, Framework, Item } from '../../../../common/domain/framework'
import { RADAR_MAX, RADAR_STEP } from '../../../../common/domain/ratings'
import { useDocument } from '../../store/document-store'
import { updateItem, withRating } from '../../store/response-edits'
import { participantLabel } from './participant-label'
import { voteText } from './VoteGrid'
import { ownValue } from '../../../../common/domain/records'

/** Full RADAR: every participant scores every attribute; the part score follows from the chain. */
export function RadarGrid(props: { framework: Framework; item: Item; elements: Element[]; response: ItemResponse | undefined; participants: StoredParticipant[]; anonymous: boolean }) {
  const { framework, item, elements, participants } = props
  const edit = useDocument((s) => s.edit)
  const { t } = useTranslation(['questionnaire', 'common'])
  const [problem, setProblem] = useState<string | null>(null)
  const attributes = elements.flatMap((element) => element.attributes.map((attribute) => ({ element, attribute })))

  function setAttribute(participantId: string, attributeId: string, text: string) {
    const value = text === '' ? null : Number(text)
    if (value !== null && (!Number.isInteger(value) || value < 0 || value > RADAR_MAX || value % RADAR_STEP !== 0)) {
      setProblem(t('votes.scoreOutOfRange', { max: RADAR_MAX, step: RADAR_STEP, value: text }))
      return
    }
    setProblem(null)
    edit(
      (a) =>
        updateItem(a, framework.id, item.id, (response) => {
          const previous = ownValue(response.ratings, participantId)
          const scores = { ...(previous?.kind === 'radar' ? previous.attributes : {}) }
          if (value === null) delete scores[attributeId]
          else scores[attributeId] = value
          return withRating(response, participantId, Object.keys(scores).length ? { kind: 'radar', attributes: scores } : null)
        }),
      { coalesce: `radar:${item.id}:${participantId}:${attributeId}` },
    )
  }

  return (
    <div className="radar-grid">
      <table className="data-table">
        <caption className="visually-hidden">{t('radar.caption', { item: item.id })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('votes.participant')}</th>
            {attributes.map(({ element, attribute }) => (
              <th scope="col" key={attribute.id} title={attribute.help}>
                <span className="radar-element">{element.name}</span>
                {attribute.name}
              </th>
            ))}
            <th scope="col">{t('radar.partScore')}</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((participant, index) => {
            const rating = ownValue(props.response?.ratings, participant.id)
            const scores = rating?.kind === 'radar' ? rating.attributes : {}
            const name = participantLabel(participant, index, props.anonymous)
            return (
              <tr key={participant.id}>
                <th scope="row">{name}</th>
                {attributes.map(({ attribute }) => (
                  <td key={attribute.id}>
                    <input
                      type="number"
                      className="radar-input"
                      min={0}
                      max={RADAR_MAX}
                      step={RADAR_STEP}
                      aria-label={t('nameValue', { name, value: attribute.name })}
                      defaultValue={ownValue(scores, attribute.id) ?? ''}
                      key={`${participant.id}-${attribute.id}-${ownValue(scores, attribute.id) ?? ''}`}
                      onBlur={(event) => {
                        if (event.target.value !== String(ownValue(scores, attribute.id) ?? '')) setAttribute(participant.id, attribute.id, event.target.value)
                      }}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter') (event.target as HTMLInputElement).blur()
                      }}
                    />
                  </td>
                ))}
                <td className="vote-value">{rating?.kind === 'radar' ? voteText(framework, item.id, rating) : '–'}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <p className="field-hint">{t('radar.hint')}</p>
    </div>
  )
}
