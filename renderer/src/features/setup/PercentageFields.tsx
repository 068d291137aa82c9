import { Trans, useTranslation } from 'react-i18next'
import type { GroupId } from '../../../../common/domain/stakeholders'
import { FieldProblem } from './FieldProblem'
import { fieldId, problemId } from './field-ids'
import type { PercentTexts } from './setup-drafts'
import { checkPercentages } from './setup-validation'
import type { Problems } from './step-problems'
import { ownValue } from '../../../../common/domain/records'

export interface PercentRow {
  group: GroupId
  label: string
  colour: string
}

/**
 * One whole-percent field per stakeholder group with a live total. `field` names the set
 * (`target`, `weights:3`); each input is `<field>:<group>`. Problems with the set show at once,
 * because the document keeps its last valid value until the total is right.
 */
export function PercentageFields(props: {
  field: string
  legend: string
  rows: PercentRow[]
  values: PercentTexts
  problems: Problems
  onChange: (group: GroupId, text: string) => void
}) {
  const { field, problems } = props
  const { t } = useTranslation('setup')
  const totalProblem = ownValue(problems, field)
  const sum = checkPercentages(props.values as Record<GroupId, string>).sum

  return (
    <fieldset className="setup-fieldset">
      <legend>{props.legend}</legend>
      <div className="setup-percent-grid">
        {props.rows.map((row) => {
          const key = `${field}:${row.group}`
          const problem = ownValue(problems, key)
          return (
            <div key={row.group} className="setup-percent-row">
              <label htmlFor={fieldId(key)}>
                <span className="swatch" style={{ background: row.colour }} aria-hidden="true" />
                {row.label}
              </label>
              <span className="setup-percent-input">
                <input
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={100}
                  step={1}
                  id={fieldId(key)}
                  aria-invalid={problem || totalProblem ? true : undefined}
                  aria-describedby={problem ? problemId(key) : totalProblem ? problemId(field) : undefined}
                  value={props.values[row.group] ?? ''}
                  onChange={(event) => props.onChange(row.group, event.target.value)}
                />
                <span aria-hidden="true">{t('percent.sign')}</span>
              </span>
              <FieldProblem field={key} problem={problem} />
            </div>
          )
        })}
      </div>
      <p className="setup-total">
        <Trans t={t} i18nKey="percent.total" values={{ sum }} components={{ output: <output aria-live="polite" /> }} />
      </p>
      <FieldProblem field={field} problem={totalProblem} />
    </fieldset>
  )
}
