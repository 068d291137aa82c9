import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GroupId, StakeholderCatalogue } from '../../../../common/domain/stakeholders'
import { GROUP_IDS } from '../../../../common/domain/stakeholders'
import { useDocument } from '../../store/document-store'
import { checkPercentages, percentagesToShares, sharesToPercentages } from '../setup/setup-validation'

type Texts = Record<GroupId, string>
const toTexts = (target: Record<GroupId, number>): Texts => {
  const percentages = sharesToPercentages(target)
  return Object.fromEntries(GROUP_IDS.map((g) => [g, String(percentages[g])])) as Texts
}

/** The target profile, editable where its effect is visible: every figure updates as soon as the total is 100 %. */
export function TargetEditor({ stakeholders }: { stakeholders: StakeholderCatalogue }) {
  const target = useDocument((s) => s.assessment?.target)
  const edit = useDocument((s) => s.edit)
  const [texts, setTexts] = useState<Texts>(() => toTexts(target!))
  const check = checkPercentages(texts)
  const { t } = useTranslation('results')

  useEffect(() => {
    // Undo, or a change made elsewhere, replaces the fields unless the user is mid-way through a sum.
    if (target && checkPercentages(texts).valid) setTexts(toTexts(target))
  }, [target]) // eslint-disable-line react-hooks/exhaustive-deps

  function change(group: GroupId, text: string) {
    const next = { ...texts, [group]: text }
    setTexts(next)
    const valid = checkPercentages(next).valid
    if (valid) edit((a) => ({ ...a, target: percentagesToShares(valid), targetSource: 'custom' }), { coalesce: 'results:target' })
  }

  function preset(id: string) {
    const profile = stakeholders.targets.find((t) => t.id === id)
    if (!profile) return
    setTexts(toTexts(profile.weights))
    edit((a) => ({ ...a, target: { ...profile.weights }, targetSource: profile.id as 'public' | 'commercial' | 'non-profit' | 'balanced' }))
  }

  return (
    <fieldset className="target-editor">
      <legend>{t('target.legend')}</legend>
      <div className="target-fields">
        {stakeholders.groups.map((group) => (
          <label key={group.id} className="target-field">
            <span>
              <span className="swatch" style={{ background: group.colour }} aria-hidden="true" />
              {group.shortName}
            </span>
            <span className="target-input">
              <input
                type="number"
                min={0}
                max={100}
                step={1}
                aria-label={t('target.shareLabel', { group: group.name })}
                aria-invalid={check.fields[group.id] ? true : undefined}
                value={texts[group.id]}
                onChange={(event) => change(group.id, event.target.value)}
              />
              {t('target.percent')}
            </span>
          </label>
        ))}
      </div>
      <p className={check.valid ? 'field-hint' : 'field-error'} role={check.valid ? undefined : 'alert'}>
        {check.valid ? t('target.valid', { note: stakeholders.targets[0]?.note ?? '' }) : (check.total ?? Object.values(check.fields)[0] ?? t('target.total', { sum: check.sum }))}
      </p>
      <label className="target-preset">
        {t('target.startFrom')}
        <select value="" onChange={(event) => preset(event.target.value)}>
          <option value="">{t('target.suggested')}</option>
          {stakeholders.targets.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.name}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  )
}
