import type { Assessment } from '../../../../electron/ipc/assessment-schema'
import type { StakeholderCatalogue } from '../../domain/stakeholders'
import { useDocument } from '../../store/document-store'
import { hintId } from './field-ids'
import { fieldAria, FieldProblem } from './FieldProblem'
import type { Problems } from './step-problems'
import { ORGANISATION_NAME_MAX, SCOPE_MAX, type Organisation } from './setup-validation'
import { withSector, type Sector } from './target-defaults'

export const SECTOR_LABELS: Record<Sector, string> = {
  public: 'Public sector',
  commercial: 'Commercial',
  'non-profit': 'Non-profit',
  other: 'Other',
}

type Size = NonNullable<Organisation['size']>
export const SIZE_LABELS: Record<Size, string> = {
  '1-9': '1 to 9 people',
  '10-49': '10 to 49 people',
  '50-249': '50 to 249 people',
  '250-999': '250 to 999 people',
  '1000+': '1,000 people or more',
}

export function OrganisationStep(props: { assessment: Assessment; problems: Problems; stakeholders: StakeholderCatalogue }) {
  const edit = useDocument((s) => s.edit)
  const organisation = props.assessment.organisation
  const { problems } = props

  // Typing in one field is one undo step, not one per key.
  const update = (field: keyof Organisation, value: Organisation[keyof Organisation]) =>
    edit((a) => ({ ...a, organisation: { ...a.organisation, [field]: value } }), { coalesce: `setup:org-${field}` })

  return (
    <>
      <div className="setup-field">
        <label htmlFor="setup-name">Name of the organisation</label>
        <input
          {...fieldAria('name', problems.name)}
          value={organisation.name}
          maxLength={ORGANISATION_NAME_MAX}
          autoComplete="organization"
          onChange={(event) => update('name', event.target.value)}
          onBlur={() => organisation.name !== organisation.name.trim() && update('name', organisation.name.trim())}
        />
        <FieldProblem field="name" problem={problems.name} />
      </div>

      <div className="setup-field">
        <label htmlFor="setup-sector">Sector</label>
        <select
          {...fieldAria('sector', undefined, hintId('sector'))}
          value={organisation.sector}
          onChange={(event) => edit((a) => withSector(a, event.target.value as Sector, props.stakeholders))}
        >
          {Object.entries(SECTOR_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <p id={hintId('sector')} className="field-hint">
          The sector suggests a target profile for the stakeholder comparison, unless you have set your own.
        </p>
      </div>

      <div className="setup-field">
        <label htmlFor="setup-size">Size (optional)</label>
        <select
          {...fieldAria('size', undefined)}
          value={organisation.size ?? ''}
          onChange={(event) => edit((a) => ({ ...a, organisation: { ...a.organisation, size: (event.target.value || null) as Organisation['size'] } }))}
        >
          <option value="">Not stated</option>
          {Object.entries(SIZE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>

      <div className="setup-field">
        <label htmlFor="setup-scope">Scope of the assessment</label>
        <textarea
          {...fieldAria('scope', problems.scope, hintId('scope'))}
          value={organisation.scope}
          maxLength={SCOPE_MAX}
          rows={4}
          onChange={(event) => update('scope', event.target.value)}
        />
        <p id={hintId('scope')} className="field-hint">
          Which parts, sites, services or processes the assessment covers, and anything left out.
        </p>
        <FieldProblem field="scope" problem={problems.scope} />
      </div>

      <div className="setup-field setup-narrow">
        <label htmlFor="setup-date">Date of the assessment</label>
        <input
          type="date"
          {...fieldAria('date', problems.date)}
          value={organisation.date ?? ''}
          onChange={(event) => update('date', event.target.value || null)}
        />
        <FieldProblem field="date" problem={problems.date} />
      </div>
    </>
  )
}
