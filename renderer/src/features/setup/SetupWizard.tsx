import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import type { Catalogue } from '../../frameworks/catalogue'
import { useCatalogue } from '../../store/catalogue-store'
import { useDocument } from '../../store/document-store'
import { FrameworksStep } from './FrameworksStep'
import { OrganisationStep } from './OrganisationStep'
import { ParticipantsStep } from './ParticipantsStep'
import { ReviewStep } from './ReviewStep'
import { emptyDrafts, type PercentTexts, type SetupDrafts } from './setup-drafts'
import { stepsFor, stepTitle, weightedSections, type StepId } from './setup-steps'
import { StakeholderWeightsStep } from './StakeholderWeightsStep'
import { StepList } from './StepList'
import { hasProblems, stepProblems, type Problems } from './step-problems'
import { TargetStep } from './TargetStep'
import './setup.css'

/**
 * Setting up the open assessment: organisation, frameworks, team, target profile and weights.
 * Every change goes straight into the document (saved and undoable); only input that the file
 * cannot hold yet is kept here as a draft.
 */
export function SetupWizard(props: { onFinished: () => void }) {
  const assessment = useDocument((s) => s.assessment)
  const { status, catalogue, error, load } = useCatalogue()
  const { t } = useTranslation(['setup', 'common'])

  useEffect(() => {
    void load()
  }, [load])

  if (!assessment) return null
  if (status === 'error') {
    return (
      <div className="banner error" role="alert">
        <p>{t('wizard.libraryFailed', { error })}</p>
        <button type="button" onClick={() => void load()}>
          {t('common:tryAgain')}
        </button>
      </div>
    )
  }
  if (!catalogue) return <p role="status">{t('wizard.loadingFrameworks')}</p>
  return <Wizard assessment={assessment} catalogue={catalogue} onFinished={props.onFinished} />
}

/** What to focus after the step changes: its heading, or the first field with a problem. */
type FocusRequest = { to: 'heading' | 'problem' }

function Wizard(props: { assessment: Assessment; catalogue: Catalogue; onFinished: () => void }) {
  const { assessment, catalogue } = props
  const edit = useDocument((s) => s.edit)
  const { t } = useTranslation(['setup', 'common'])
  const [current, setCurrent] = useState<StepId>(assessment.setupComplete ? 'review' : 'organisation')
  const [drafts, setDrafts] = useState<SetupDrafts>(emptyDrafts)
  // Steps whose messages are on show: after Next was refused there, or Start found them incomplete.
  const [checked, setChecked] = useState<ReadonlySet<StepId>>(new Set())
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null)
  const panel = useRef<HTMLElement>(null)

  const steps = stepsFor(assessment, catalogue)
  // The weights step disappears if EFQM is unticked (an undo can do that while it is open).
  const step = steps.includes(current) ? current : 'frameworks'
  const index = steps.indexOf(step)
  const input = { assessment, drafts, catalogue }
  const problemsOf = (id: StepId): Problems => (checked.has(id) || id === 'target' || id === 'weights' ? stepProblems(id, input) : {})
  const incomplete = steps.filter((id) => hasProblems(id, input))

  useEffect(() => {
    if (!focusRequest || !panel.current) return
    const target =
      focusRequest.to === 'problem' ? firstProblemField(panel.current) : panel.current.querySelector<HTMLElement>('h2')
    target?.focus()
  }, [focusRequest])

  // Just created (or opened) with nothing holding the focus: it goes to the first field, ready to type.
  useEffect(() => {
    if (document.activeElement && document.activeElement !== document.body) return
    panel.current?.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea:not([disabled])')?.focus()
  }, [])

  function goTo(next: StepId, focus: FocusRequest['to'] = 'heading') {
    setCurrent(next)
    setFocusRequest({ to: focus })
  }

  function showProblems(id: StepId) {
    setChecked((before) => new Set(before).add(id))
    goTo(id, 'problem')
  }

  function onNext(event: FormEvent) {
    event.preventDefault()
    if (hasProblems(step, input)) return showProblems(step)
    // A blank row left after the last name is not a participant; it goes when the step is done.
    if (step === 'participants') setDrafts((d) => ({ ...d, newParticipant: null }))
    const next = steps[index + 1]
    if (next) goTo(next)
  }

  function start() {
    const first = steps.find((id) => hasProblems(id, input))
    if (first) return showProblems(first)
    if (!assessment.setupComplete) edit((a) => ({ ...a, setupComplete: true }))
    setDrafts((d) => ({ ...d, newParticipant: null }))
    props.onFinished()
  }

  const setWeightDraft = (sectionId: string, draft: PercentTexts | null) =>
    setDrafts((d) => {
      const { [sectionId]: _old, ...weights } = d.weights
      return { ...d, weights: draft ? { ...weights, [sectionId]: draft } : weights }
    })

  const sections = weightedSections(assessment, catalogue)
  const body: Record<StepId, () => ReactNode> = {
    organisation: () => <OrganisationStep assessment={assessment} problems={problemsOf('organisation')} stakeholders={catalogue.stakeholders} />,
    frameworks: () => <FrameworksStep assessment={assessment} frameworks={catalogue.frameworks} problems={problemsOf('frameworks')} />,
    participants: () => (
      <ParticipantsStep assessment={assessment} drafts={drafts} setDrafts={setDrafts} problems={problemsOf('participants')} />
    ),
    target: () => (
      <TargetStep
        assessment={assessment}
        stakeholders={catalogue.stakeholders}
        draft={drafts.target}
        setDraft={(target) => setDrafts((d) => ({ ...d, target }))}
        problems={problemsOf('target')}
      />
    ),
    weights: () => (
      <StakeholderWeightsStep
        assessment={assessment}
        sections={sections}
        stakeholders={catalogue.stakeholders}
        drafts={drafts.weights}
        setDraft={setWeightDraft}
        problems={problemsOf('weights')}
      />
    ),
    review: () => (
      <ReviewStep
        assessment={assessment}
        catalogue={catalogue}
        sections={sections}
        incomplete={incomplete}
        onEdit={(id) => goTo(id)}
        onStart={start}
      />
    ),
  }

  return (
    <div className="setup-wizard">
      <StepList
        steps={steps}
        current={step}
        needsAttention={new Set(incomplete.filter((id) => checked.has(id)))}
        onSelect={(id) => goTo(id)}
      />
      <section ref={panel} className="setup-panel card" aria-labelledby="setup-step-heading">
        <form onSubmit={onNext} noValidate>
          <h2 id="setup-step-heading" tabIndex={-1}>
            <span className="setup-step-count">
              <Trans
                t={t}
                i18nKey="wizard.stepCount"
                values={{ number: index + 1, total: steps.length }}
                components={{ hidden: <span className="visually-hidden" /> }}
              />
            </span>{' '}
            {stepTitle(step)}
          </h2>
          {body[step]()}
          <div className="setup-actions">
            {index > 0 && (
              <button type="button" onClick={() => goTo(steps[index - 1] as StepId)}>
                {t('wizard.back')}
              </button>
            )}
            {step !== 'review' && (
              <button type="submit" className="primary">
                {t('common:next')}
              </button>
            )}
          </div>
        </form>
      </section>
    </div>
  )
}

/** The field tied to the first message on screen (by aria-describedby), else the first invalid field. */
function firstProblemField(root: HTMLElement): HTMLElement | null {
  const message = root.querySelector<HTMLElement>('.field-error[id]')
  const described = message && root.querySelector<HTMLElement>(`[aria-describedby~="${message.id}"]`)
  return described ?? root.querySelector<HTMLElement>('[aria-invalid="true"]')
}
