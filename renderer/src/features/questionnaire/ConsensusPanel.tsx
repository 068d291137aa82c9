import { useEffect, useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { ItemResponse, StoredConsensus } from '../../../../electron/ipc/assessment-schema'
import type { Framework, Item } from '../../domain/framework'
import { findingLabel, FINDING_TYPES, type FindingType } from '../../domain/iso-scoring'
import type { ItemTeamSummary } from '../../domain/team'
import { consensusProblem, effectiveConsensus } from '../../domain/workshop-input'
import { useDocument } from '../../store/document-store'
import { updateItem, withConsensus } from '../../store/response-edits'

const NOT_APPLICABLE = 'n/a'

/**
 * The team's agreed value. Until the team records one, the proposed median counts; a value
 * that departs from the proposal needs a written rationale before it is recorded.
 */
export function ConsensusPanel(props: { framework: Framework; item: Item; response: ItemResponse | undefined; summary: ItemTeamSummary }) {
  const { framework, item, response, summary } = props
  const edit = useDocument((s) => s.edit)
  const { t } = useTranslation(['questionnaire', 'common'])
  const radar = framework.scoring === 'radar'
  const agreed = response?.consensus
  const proposed = summary.proposedConsensus
  const effective = effectiveConsensus(agreed, summary)
  const initialValue = agreed ? (agreed.kind === 'score' ? String(agreed.score) : agreed.kind === 'level' ? String(agreed.level) : NOT_APPLICABLE) : proposed === null ? '' : String(proposed)
  const initialText = agreed ? (agreed.kind === 'not-applicable' ? agreed.justification : agreed.rationale) : ''
  const [value, setValue] = useState(initialValue)
  const [text, setText] = useState(initialText)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    setValue(initialValue)
    setText(initialText)
    setProblem(null)
    // Re-seed only when the item or the stored consensus changes, not on every keystroke.
  }, [item.id, agreed, proposed]) // eslint-disable-line react-hooks/exhaustive-deps

  const options = radar ? Array.from({ length: 21 }, (_, i) => String(i * 5)) : ['0', '1', '2', '3', '4', '5', NOT_APPLICABLE]
  const draft = (): StoredConsensus | null => {
    if (value === '') return null
    if (value === NOT_APPLICABLE) return { kind: 'not-applicable', justification: text.trim() }
    return radar ? { kind: 'score', score: Number(value), rationale: text.trim() } : { kind: 'level', level: Number(value), rationale: text.trim() }
  }

  function record(consensus: StoredConsensus | null) {
    if (!consensus) {
      setProblem(t('consensus.chooseFirst'))
      return
    }
    const found = consensusProblem(consensus, proposed)
    setProblem(found)
    if (!found) edit((a) => updateItem(a, framework.id, item.id, (r) => withConsensus(r, consensus)))
  }

  const textLabel = value === NOT_APPLICABLE ? t('consensus.justificationLabel') : t('consensus.rationaleLabel')
  const optionLabel = (option: string) => (option === NOT_APPLICABLE ? t('consensus.notApplicable') : option)
  return (
    <section className="consensus card" aria-labelledby={`consensus-${item.id}`}>
      <h3 id={`consensus-${item.id}`}>{t('consensus.heading')}</h3>
      <p className="consensus-state" role="status">
        {effective === null && t('consensus.none')}
        {effective?.source === 'proposed' && (
          <Trans t={t} i18nKey="consensus.proposed" values={{ value: String(effective.value) }} components={{ strong: <strong /> }} />
        )}
        {effective?.source === 'agreed' && (
          <Trans
            t={t}
            i18nKey={proposed !== null && effective.differsFromProposal ? 'consensus.agreedDiffers' : 'consensus.agreed'}
            values={{ value: effective.value === 'not-applicable' ? t('consensus.agreedNotApplicable') : String(effective.value), proposed }}
            components={{ strong: <strong /> }}
          />
        )}
      </p>
      <div className="consensus-form">
        <label htmlFor={`consensus-value-${item.id}`}>{radar ? t('consensus.scoreLabel') : t('consensus.levelLabel')}</label>
        <select id={`consensus-value-${item.id}`} value={value} onChange={(event) => setValue(event.target.value)}>
          <option value="">{t('consensus.choose')}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {option === String(proposed) ? t('consensus.proposedOption', { option: optionLabel(option) }) : optionLabel(option)}
            </option>
          ))}
        </select>
        <label htmlFor={`consensus-text-${item.id}`}>{textLabel}</label>
        <textarea
          id={`consensus-text-${item.id}`}
          rows={2}
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `consensus-problem-${item.id}` : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        {problem && (
          <p id={`consensus-problem-${item.id}`} className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="consensus-actions">
          <button type="button" className="primary" onClick={() => record(draft())}>
            {t('consensus.record')}
          </button>
          {proposed !== null && (
            <button type="button" onClick={() => record(radar ? { kind: 'score', score: proposed, rationale: '' } : { kind: 'level', level: proposed, rationale: '' })}>
              {t('consensus.agreeProposed', { value: proposed })}
            </button>
          )}
          {agreed && (
            <button type="button" className="quiet" onClick={() => edit((a) => updateItem(a, framework.id, item.id, (r) => withConsensus(r, undefined)))}>
              {t('consensus.clear')}
            </button>
          )}
        </div>
      </div>
      {!radar && (
        <div className="finding">
          <label htmlFor={`finding-${item.id}`}>{t('consensus.finding')}</label>
          <select
            id={`finding-${item.id}`}
            value={response?.finding ?? ''}
            onChange={(event) => {
              const finding = event.target.value as FindingType | ''
              edit((a) =>
                updateItem(a, framework.id, item.id, (r) => {
                  const { finding: _previous, ...rest } = r
                  return finding ? { ...rest, finding } : rest
                }),
              )
            }}
          >
            <option value="">{t('consensus.noFinding')}</option>
            {FINDING_TYPES.map((type) => (
              <option key={type} value={type}>
                {findingLabel(type)}
              </option>
            ))}
          </select>
        </div>
      )}
    </section>
  )
}
