import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import { DEFAULT_COUNTING_SHARE, MIN_COUNTING_SHARE, votesNeeded } from '../../../../common/domain/counting'
import { useDocument } from '../../store/document-store'

const SUGGESTED_PERCENT = 75

/**
 * When an item's proposed median counts without an agreed consensus: once everyone has voted
 * (the default), or once a share the facilitator sets has — for teams where someone misses a session.
 */
export function CountingRuleField({ assessment }: { assessment: Assessment }) {
  const edit = useDocument((s) => s.edit)
  const { t } = useTranslation('setup')
  const share = assessment.countingShare ?? DEFAULT_COUNTING_SHARE
  const everyone = share >= 1
  const [percent, setPercent] = useState(String(everyone ? SUGGESTED_PERCENT : Math.round(share * 100)))
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    if (!everyone) setPercent(String(Math.round(share * 100)))
  }, [share, everyone])

  const setShare = (next: number | undefined) =>
    edit((a) => {
      const { countingShare: _previous, ...rest } = a
      return next === undefined || next >= 1 ? rest : { ...rest, countingShare: next }
    })

  function applyPercent(text: string) {
    setPercent(text)
    const value = Number(text)
    if (text.trim() === '' || !Number.isFinite(value) || value < MIN_COUNTING_SHARE * 100 || value > 100) {
      setProblem(t('counting.percentProblem', { min: MIN_COUNTING_SHARE * 100 }))
      return
    }
    setProblem(null)
    setShare(value / 100)
  }

  const people = assessment.participants.length
  return (
    <fieldset className="setup-fieldset setup-counting">
      <legend>{t('counting.legend')}</legend>
      <label>
        <input type="radio" name="counting-rule" checked={everyone} onChange={() => setShare(undefined)} /> {t('counting.everyone')}
      </label>
      <label>
        <input type="radio" name="counting-rule" checked={!everyone} onChange={() => applyPercent(percent)} /> {t('counting.share')}
      </label>
      <span className="setup-counting-percent">
        <label htmlFor="counting-percent" className="visually-hidden">
          {t('counting.percentLabel')}
        </label>
        <input
          id="counting-percent"
          type="number"
          inputMode="numeric"
          min={MIN_COUNTING_SHARE * 100}
          max={100}
          step={5}
          value={percent}
          disabled={everyone}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'counting-percent-problem' : 'counting-hint'}
          onChange={(event) => applyPercent(event.target.value)}
        />{' '}
        %
      </span>
      {problem && (
        <p id="counting-percent-problem" className="field-error" role="alert">
          {problem}
        </p>
      )}
      <p id="counting-hint" className="field-hint">
        {people > 0 ? t('counting.hint', { needed: votesNeeded(people, share), count: people }) : t('counting.hintNoTeam')}
      </p>
    </fieldset>
  )
}
