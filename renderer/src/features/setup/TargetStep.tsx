import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import { GROUP_IDS, type GroupId, type StakeholderCatalogue } from '../../../../common/domain/stakeholders'
import { useDocument } from '../../store/document-store'
import { PercentageFields } from './PercentageFields'
import type { PercentTexts } from './setup-drafts'
import { checkPercentages, sharesToPercentages } from './setup-validation'
import type { Problems } from './step-problems'
import { sectorTarget, SECTOR_TARGETS } from './target-defaults'
import { percentTexts, toGroupVector } from './weight-groups'

/** The target as whole percentages, for display. */
export const targetPercentages = (assessment: Assessment) => sharesToPercentages(assessment.target)

export function TargetStep(props: {
  assessment: Assessment
  stakeholders: StakeholderCatalogue
  draft: PercentTexts | null
  setDraft: (draft: PercentTexts | null) => void
  problems: Problems
}) {
  const edit = useDocument((s) => s.edit)
  const { t } = useTranslation('setup')
  const { assessment, stakeholders, draft, setDraft } = props
  const sector = assessment.organisation.sector
  const defaults = sectorTarget(stakeholders, sector)
  const values = draft ?? percentTexts(targetPercentages(assessment))
  const source = stakeholders.targets.find((target) => target.id === assessment.targetSource)

  function onChange(group: GroupId, text: string) {
    const next = { ...values, [group]: text }
    const valid = checkPercentages(next as Record<GroupId, string>).valid
    // Only a target that adds up to 100 % reaches the document; until then the last valid one stays.
    if (!valid) return setDraft(next)
    edit((a) => ({ ...a, target: toGroupVector(valid), targetSource: 'custom' }), { coalesce: 'setup:target' })
    setDraft(null)
  }

  function reset() {
    // Already on the defaults: nothing to change, and no empty undo step.
    if (!defaults || (!draft && assessment.targetSource === SECTOR_TARGETS[sector])) return
    edit((a) => ({ ...a, target: { ...defaults.weights }, targetSource: SECTOR_TARGETS[a.organisation.sector] }))
    setDraft(null)
  }

  return (
    <>
      <p className="setup-intro">
        {t('target.intro')}
      </p>
      <PercentageFields
        field="target"
        legend={t('target.legend')}
        rows={GROUP_IDS.map((group) => {
          const found = stakeholders.groups.find((g) => g.id === group)
          return { group, label: found?.name ?? group, colour: found?.colour ?? 'transparent' }
        })}
        values={values}
        problems={props.problems}
        onChange={onChange}
      />
      <p className="field-hint">
        {assessment.targetSource === 'custom' || !source
          ? t('target.ownProfile')
          : t('target.sectorDefaults', { name: source.name.toLowerCase() })}
        {draft && ` ${t('target.draftKept')}`}
      </p>
      {defaults && (
        <div className="setup-defaults">
          <button type="button" onClick={reset}>
            {t('target.reset', { name: defaults.name.toLowerCase() })}
          </button>
          <p className="field-hint">
            {t('target.defaultsNote', { name: defaults.name, note: defaults.note })}
          </p>
        </div>
      )}
    </>
  )
}
