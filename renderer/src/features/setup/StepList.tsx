import { useTranslation } from 'react-i18next'
import { stepTitle, type StepId } from './setup-steps'

/** The steps on the left: any of them can be opened at any time, in any order. */
export function StepList(props: { steps: StepId[]; current: StepId; needsAttention: ReadonlySet<StepId>; onSelect: (step: StepId) => void }) {
  const { t } = useTranslation('setup')
  return (
    <nav className="setup-steps" aria-label={t('stepList.label')}>
      <ol>
        {props.steps.map((step, index) => (
          <li key={step}>
            <button type="button" aria-current={step === props.current ? 'step' : undefined} onClick={() => props.onSelect(step)}>
              <span className="setup-step-number" aria-hidden="true">
                {index + 1}
              </span>
              <span className="setup-step-label">
                {stepTitle(step)}
                {props.needsAttention.has(step) && (
                  <>
                    {' '}
                    <span className="setup-attention">{t('stepList.needsAttention')}</span>
                  </>
                )}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}
