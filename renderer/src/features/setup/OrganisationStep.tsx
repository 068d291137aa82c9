import i18next from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../../../electron/ipc/assessment-schema'
import type { StakeholderCatalogue } from '../../domain/stakeholders'
import { useDocument } from '../../store/document-store'
import { hintId } from './field-ids'
import { fieldAria, FieldProblem } from './FieldProblem'
import type { Problems } from './step-problems'
import { ORGANISATION_NAME_MAX, SCOPE_MAX, type Organisation } from './setup-validation'
import { withSector, type Sector } from './target-defaults'

// Catalogue keys by the file's ids, which are not all usable as keys ("non-profit", "1000+").
const SECTOR_KEYS = { public: 'public', commercial: 'commercial', 'non-profit': 'nonProfit', other: 'other' } as const satisfies Record<Sector, string>

type Size = NonNullable<Organisation['size']>
const SIZE_KEYS = {
  '1-9': 'people1To9',
  '10-49': 'people10To49',
  '50-249': 'people50To249',
  '250-999': 'people250To999',
  '1000+': 'people1000Plus',
} as const satisfies Record<Size, string>

export const sectorLabel = (sector: Sector) => i18next.t(`setup:organisation.sectors.${SECTOR_KEYS[sector]}`)
export const sizeLabel = (size: Organisation['size']) => i18next.t(`setup:organisation.sizes.${size ? SIZE_KEYS[size] : 'notStated'}`)

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
          {(Object.keys(SECTOR_KEYS) as Sector[]).map((sector) => (
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
          {(Object.keys(SIZE_KEYS) as Size[]).map((size) => (
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
