import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import type { StakeholderCatalogue } from '../../../../common/domain/stakeholders'
import { SECTORS, sectorLabel, SIZES, sizeLabel } from '../../i18n/vocabulary'
import { useDocument } from '../../store/document-store'
import { hintId } from './field-ids'
import { fieldAria, FieldProblem } from './FieldProblem'
import type { Problems } from './step-problems'
import { ORGANISATION_NAME_MAX, SCOPE_MAX, type Organisation } from './setup-validation'
import { withSector, type Sector } from './target-defaults'

export function OrganisationStep(props: { assessment: Assessment; problems: Problems; stakeholders: StakeholderCatalogue }) {
  const edit = useDocument((s) => s.edit)
  const organisation = props.assessment.organisation
  const { problems } = props
  const { t } = useTranslation('setup')

  // Typing in one field is one undo step, not one per key.
  const update = (field: keyof Organisation, value: Organisation[keyof Organisation]) =>
    edit((a) => ({ ...a, organisation: { ...a.organisation, [field]: value } }), { coalesce: `setup:org-${field}` })

  return (
    <>
      <div className="setup-field">
        <label htmlFor="setup-name">{t('organisation.nameLabel')}</label>
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
        <label htmlFor="setup-sector">{t('organisation.sectorLabel')}</label>
        <select
          {...fieldAria('sector', undefined, hintId('sector'))}
          value={organisation.sector}
          onChange={(event) => edit((a) => withSector(a, event.target.value as Sector, props.stakeholders))}
        >
          {SECTORS.map((sector) => (
            <option key={sector} value={sector}>
              {sectorLabel(sector)}
            </option>
          ))}
        </select>
        <p id={hintId('sector')} className="field-hint">
          {t('organisation.sectorHint')}
        </p>
      </div>

      <div className="setup-field">
        <label htmlFor="setup-size">{t('organisation.sizeLabel')}</label>
        <select
          {...fieldAria('size', undefined)}
          value={organisation.size ?? ''}
          onChange={(event) => edit((a) => ({ ...a, organisation: { ...a.organisation, size: (event.target.value || null) as Organisation['size'] } }))}
        >
          <option value="">{sizeLabel(null)}</option>
          {SIZES.map((size) => (
            <option key={size} value={size}>
              {sizeLabel(size)}
            </option>
          ))}
        </select>
      </div>

      <div className="setup-field">
        <label htmlFor="setup-scope">{t('organisation.scopeLabel')}</label>
        <textarea
          {...fieldAria('scope', problems.scope, hintId('scope'))}
          value={organisation.scope}
          maxLength={SCOPE_MAX}
          rows={4}
          onChange={(event) => update('scope', event.target.value)}
        />
        <p id={hintId('scope')} className="field-hint">
          {t('organisation.scopeHint')}
        </p>
        <FieldProblem field="scope" problem={problems.scope} />
      </div>

      <div className="setup-field setup-narrow">
        <label htmlFor="setup-date">{t('organisation.dateLabel')}</label>
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
