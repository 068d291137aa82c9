import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import { frameworkLabel, type Framework } from '../../../../common/domain/framework'
import { useDocument } from '../../store/document-store'
import { fieldId, problemId } from './field-ids'
import { FieldProblem } from './FieldProblem'
import { answeredItemCount } from './response-usage'
import type { Problems } from './step-problems'
import { UntickFrameworkDialog } from './UntickFrameworkDialog'

/** Catalogue order, so the list in the file does not depend on the order of clicks; unknown ids are kept. */
function chosenIds(current: readonly string[], catalogue: readonly Framework[], id: string, ticked: boolean): string[] {
  const wanted = new Set(current)
  if (ticked) wanted.add(id)
  else wanted.delete(id)
  const known = catalogue.map((framework) => framework.id)
  return [...known.filter((known) => wanted.has(known)), ...current.filter((other) => !known.includes(other) && wanted.has(other))]
}

export function FrameworksStep(props: { assessment: Assessment; frameworks: Framework[]; problems: Problems }) {
  const edit = useDocument((s) => s.edit)
  const [confirming, setConfirming] = useState<Framework | null>(null)
  const problem = props.problems.frameworks
  const { t } = useTranslation('setup')

  const setTicked = (framework: Framework, ticked: boolean) =>
    edit((a) => ({ ...a, frameworks: chosenIds(a.frameworks, props.frameworks, framework.id, ticked) }))

  function onToggle(framework: Framework, ticked: boolean) {
    if (!ticked && answeredItemCount(props.assessment, framework.id) > 0) setConfirming(framework)
    else setTicked(framework, ticked)
  }

  return (
    <>
      <fieldset className="setup-fieldset">
        <legend>{t('frameworks.legend')}</legend>
        {props.frameworks.map((framework) => {
          const id = fieldId(`framework:${framework.id}`)
          const describedBy = [problem && problemId('frameworks'), framework.description && `${id}-about`].filter(Boolean).join(' ')
          return (
            <div key={framework.id} className="setup-check">
              <input
                type="checkbox"
                id={id}
                checked={props.assessment.frameworks.includes(framework.id)}
                aria-invalid={problem ? true : undefined}
                aria-describedby={describedBy || undefined}
                onChange={(event) => onToggle(framework, event.target.checked)}
              />
              <div>
                <label htmlFor={id}>{frameworkLabel(framework)}</label>
                {framework.description && (
                  <p id={`${id}-about`} className="field-hint">
                    {framework.description}
                  </p>
                )}
              </div>
            </div>
          )
        })}
        <FieldProblem field="frameworks" problem={problem} />
      </fieldset>
      <p className="field-hint">{t('frameworks.hint')}</p>

      {confirming && (
        <UntickFrameworkDialog
          frameworkName={frameworkLabel(confirming)}
          answeredItems={answeredItemCount(props.assessment, confirming.id)}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            setTicked(confirming, false)
            setConfirming(null)
          }}
        />
      )}
    </>
  )
}
