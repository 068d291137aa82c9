import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { ItemResponse, StoredConsensus } from '../../../../common/contract/assessment-schema'
import type { Framework, Item } from '../../../../common/domain/framework'
import { findingLabel, FINDING_TYPES, type FindingType } from '../../../../common/domain/iso-scoring'
import type { ItemCount } from '../../../../common/domain/counting'
import { consensusProblem, proposalAsConsensus } from '../../../../common/domain/workshop-input'
import { useDocument } from '../../store/document-store'
import { updateItem, withConsensus } from '../../store/response-edits'

const NOT_APPLICABLE = 'n/a'

/** What the vote grid's shortcuts ask of the panel. */
export interface ConsensusHandle {
  agreeProposal(): void
  focus(): void
}

/**
 * The team's agreed value. Once enough people have voted (domain/counting.ts), the proposed
 * median counts until the team records its own; a value that departs from the proposal needs a
 * written rationale. When every vote is N/A the proposal is N/A, and the people's own reasons
 * are the draft justification.
 */
export function ConsensusPanel(props: {
  framework: Framework
  item: Item
  response: ItemResponse | undefined
  count: ItemCount
  /** The people's N/A reasons, gathered: the draft justification of an all-N/A proposal. */
  notApplicableDraft: string
  handle?: Ref<ConsensusHandle>
  onBackToVotes?: () => void
}) {
  const { framework, item, response, count } = props
  const edit = useDocument((s) => s.edit)
  const { t } = useTranslation(['questionnaire', 'common'])
  const radar = framework.scoring === 'radar'
  const agreed = response?.consensus
  const proposal = count.proposal
  const proposed = typeof proposal === 'number' ? proposal : null
  const initialValue = agreed
    ? agreed.kind === 'score' ? String(agreed.score) : agreed.kind === 'level' ? String(agreed.level) : NOT_APPLICABLE
    : proposal === null ? '' : proposal === 'not-applicable' ? NOT_APPLICABLE : String(proposal)
  const initialText = agreed ? (agreed.kind === 'not-applicable' ? agreed.justification : agreed.rationale) : proposal === 'not-applicable' ? props.notApplicableDraft : ''
  const valueField = useRef<HTMLSelectElement>(null)
  const textField = useRef<HTMLTextAreaElement>(null)
  const [value, setValue] = useState(initialValue)
  const [text, setText] = useState(initialText)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    setValue(initialValue)
    setText(initialText)
    setProblem(null)
    // Re-seed only when the item or the stored consensus changes, not on every keystroke.
  }, [item.id, agreed, proposal, props.notApplicableDraft]) // eslint-disable-line react-hooks/exhaustive-deps

  const options = radar ? Array.from({ length: 21 }, (_, i) => String(i * 5)) : ['0', '1', '2', '3', '4', '5', NOT_APPLICABLE]
  const draft = (): StoredConsensus | null => {
    if (value === '') return null
    if (value === NOT_APPLICABLE) return { kind: 'not-applicable', justification: text.trim() }
    return radar ? { kind: 'score', score: Number(value), rationale: text.trim() } : { kind: 'level', level: Number(value), rationale: text.trim() }
  }

  function record(consensus: StoredConsensus | null) {
    if (!consensus) {
      setProblem(t('consensus.chooseFirst'))
      return false
    }
    const found = consensusProblem(consensus, proposed)
    setProblem(found)
    // Every problem is a missing rationale or justification: the box to write it in takes the focus.
    if (found) textField.current?.focus()
    else edit((a) => updateItem(a, framework.id, item.id, (r) => withConsensus(r, consensus)))
    return !found
  }

  // N/A is agreed with the justification as it stands in the box (the gathered reasons, or the team's edit).
  const agreeProposal = () => {
    const consensus = proposalAsConsensus(framework.scoring, count, text)
    if (!consensus) {
      setProblem(t('consensus.nothingProposed'))
      return false
    }
    if (consensus.kind === 'not-applicable') setValue(NOT_APPLICABLE)
    return record(consensus)
  }

  useImperativeHandle(props.handle, () => ({ agreeProposal: () => void agreeProposal(), focus: () => valueField.current?.focus() }))

  const shown = (value: ItemCount['value']) => (value === 'not-applicable' ? t('consensus.agreedNotApplicable') : String(value ?? ''))
  const textLabel = value === NOT_APPLICABLE ? t('consensus.justificationLabel') : t('consensus.rationaleLabel')
  const optionLabel = (option: string) => (option === NOT_APPLICABLE ? t('consensus.notApplicable') : option)
  return (
    <section className="consensus card" aria-labelledby={`consensus-${item.id}`}>
      <h3 id={`consensus-${item.id}`}>{t('consensus.heading')}</h3>
      <p className="consensus-state" role="status">
        {count.state === 'open' && t('consensus.none')}
        {count.state === 'in-progress' && (
          <Trans
            t={t}
            i18nKey={proposal === null ? 'consensus.inProgressNoProposal' : 'consensus.inProgress'}
            values={{ value: shown(proposal), votes: count.votes, needed: count.needed }}
            components={{ strong: <strong /> }}
          />
        )}
        {count.source === 'proposed' && (
          <Trans t={t} i18nKey="consensus.proposed" values={{ value: shown(count.value), votes: count.votes }} components={{ strong: <strong /> }} />
        )}
        {count.source === 'agreed' && (
          <Trans
            t={t}
            i18nKey={proposal !== null && count.differsFromProposal ? 'consensus.agreedDiffers' : 'consensus.agreed'}
            values={{ value: shown(count.value), proposed: shown(proposal) }}
            components={{ strong: <strong /> }}
          />
        )}
      </p>
      <div className="consensus-form">
        <label htmlFor={`consensus-value-${item.id}`}>{radar ? t('consensus.scoreLabel') : t('consensus.levelLabel')}</label>
        <select
          id={`consensus-value-${item.id}`}
          ref={valueField}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && props.onBackToVotes) {
              event.preventDefault()
              props.onBackToVotes()
            }
          }}
        >
          <option value="">{t('consensus.choose')}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {option === (proposal === 'not-applicable' ? NOT_APPLICABLE : String(proposal)) ? t('consensus.proposedOption', { option: optionLabel(option) }) : optionLabel(option)}
            </option>
          ))}
        </select>
        <label htmlFor={`consensus-text-${item.id}`}>{textLabel}</label>
        <textarea
          id={`consensus-text-${item.id}`}
          ref={textField}
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
          {proposal !== null && (
            <button type="button" onClick={agreeProposal} aria-keyshortcuts="A">
              {t('consensus.agreeProposed', { value: shown(proposal) })}
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
