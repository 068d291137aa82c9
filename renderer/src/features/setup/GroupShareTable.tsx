import { useTranslation } from 'react-i18next'
import { GROUP_IDS, type GroupId, type StakeholderCatalogue } from '../../../../common/domain/stakeholders'

/** Whole percentages by stakeholder group, for the review. */
export function GroupShareTable(props: {
  caption: string
  stakeholders: StakeholderCatalogue
  percentages: Partial<Record<GroupId, number>>
  /** Only these groups, in this order; all six by default. */
  groups?: readonly GroupId[]
}) {
  const { t } = useTranslation('setup')
  return (
    <table className="data-table setup-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.group')}</th>
          <th scope="col">{t('table.share')}</th>
        </tr>
      </thead>
      <tbody>
        {(props.groups ?? GROUP_IDS).map((group) => (
          <tr key={group}>
            <th scope="row">{props.stakeholders.groups.find((g) => g.id === group)?.name ?? group}</th>
            <td>{t('percent.value', { value: props.percentages[group] ?? 0 })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
