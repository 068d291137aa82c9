import type { Assessment } from '../../../../electron/ipc/assessment-schema'
import { GROUP_IDS, type GroupId, type StakeholderCatalogue } from '../../domain/stakeholders'
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
        How much of the organisation’s attention should each stakeholder group get? Panorama compares each framework’s
        attention with this target, and shows where a framework leaves a group out.
      </p>
      <PercentageFields
        field="target"
        legend="Share of attention by stakeholder group"
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
          ? 'This is your own target profile.'
          : `These are the ${source.name.toLowerCase()} defaults.`}
        {draft && ' Until the shares add up to 100 %, the last valid target is kept.'}
      </p>
      {defaults && (
        <div className="setup-defaults">
          <button type="button" onClick={reset}>
            Reset to the {defaults.name.toLowerCase()} defaults
          </button>
          <p className="field-hint">
            {defaults.name} defaults: {defaults.note}
          </p>
        </div>
      )}
    </>
  )
}
