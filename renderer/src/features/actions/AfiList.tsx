import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { sourceKey, type AfiEntry } from '../../../../common/domain/action-plan'

interface ItemGroup {
  key: string
  label: string
  afis: AfiEntry[]
}

// collectAfis returns AFIs in questionnaire order, so an item's AFIs are always next to each other.
function byItem(afis: readonly AfiEntry[]): ItemGroup[] {
  const groups: ItemGroup[] = []
  for (const afi of afis) {
    const key = `${afi.frameworkId}:${afi.itemId}`
    const last = groups[groups.length - 1]
    if (last?.key === key) last.afis.push(afi)
    else groups.push({ key, label: afi.itemLabel, afis: [afi] })
  }
  return groups
}

/** Every area for improvement, by item: each becomes an action, joins one, or shows the action it is in. */
export function AfiList(props: {
  afis: readonly AfiEntry[]
  canAddToAction: boolean
  onMake: (afi: AfiEntry) => void
  onAddTo: (afi: AfiEntry) => void
  onShowAction: (actionId: string) => void
}) {
  const { t } = useTranslation('actions')
  const [onlyOpen, setOnlyOpen] = useState(false)
  const headingId = useId()
  const filterId = useId()
  const inAction = props.afis.filter((afi) => afi.action).length
  const shown = onlyOpen ? props.afis.filter((afi) => !afi.action) : props.afis
  const groups = byItem(shown)

  return (
    <section className="afi-list card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('afis.heading')}</h2>
      {props.afis.length === 0 ? (
        <p className="field-hint">{t('afis.empty')}</p>
      ) : (
        <>
          <p className="field-hint">{t('afis.summary', { count: props.afis.length, inAction })}</p>
          <div className="afi-filter">
            <input id={filterId} type="checkbox" checked={onlyOpen} onChange={(event) => setOnlyOpen(event.target.checked)} />
            <label htmlFor={filterId}>{t('afis.onlyOpen')}</label>
          </div>
          {groups.length === 0 && <p className="field-hint">{t('afis.allInActions')}</p>}
          {groups.map((group) => (
            <div key={group.key} className="afi-group">
              <h3>{group.label}</h3>
              <ul>
                {group.afis.map((afi) => (
                  <AfiRow
                    key={sourceKey(afi)}
                    afi={afi}
                    canAddToAction={props.canAddToAction}
                    onMake={props.onMake}
                    onAddTo={props.onAddTo}
                    onShowAction={props.onShowAction}
                  />
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  )
}

function AfiRow(props: {
  afi: AfiEntry
  canAddToAction: boolean
  onMake: (afi: AfiEntry) => void
  onAddTo: (afi: AfiEntry) => void
  onShowAction: (actionId: string) => void
}) {
  const { afi } = props
  const { t } = useTranslation('actions')
  const action = afi.action
  return (
    <li className="afi">
      <p className="afi-text">{afi.text}</p>
      <div className="afi-buttons">
        {action ? (
          // The plan view moves focus here (by data-afi) once the AFI has gone into an action.
          <button type="button" className="quiet afi-in-action" data-afi={sourceKey(afi)} onClick={() => props.onShowAction(action.id)}>
            {t('afis.inAction', { title: action.title })}
          </button>
        ) : (
          <>
            <button type="button" aria-label={t('afis.makeLabel', { text: afi.text })} onClick={() => props.onMake(afi)}>
              {t('afis.make')}
            </button>
            {props.canAddToAction && (
              <button type="button" className="quiet" aria-label={t('afis.addToLabel', { text: afi.text })} onClick={() => props.onAddTo(afi)}>
                {t('afis.addTo')}
              </button>
            )}
          </>
        )}
      </div>
    </li>
  )
}
