import { useEffect, useMemo } from 'react'
import type { Assessment } from '../../../../electron/ipc/assessment-schema'
import { allItems, findItem, type Framework } from '../../domain/framework'
import { useQuestionnaire } from '../../store/questionnaire-store'
import { itemStatuses } from './item-status'
import { ItemView } from './ItemView'
import { NavTree } from './NavTree'

export function QuestionnaireScreen({ framework, assessment }: { framework: Framework; assessment: Assessment }) {
  const { frameworkId, itemId, select } = useQuestionnaire()
  const items = allItems(framework)
  const currentId = frameworkId === framework.id && itemId && items.some((i) => i.id === itemId) ? itemId : items[0]!.id
  const statuses = useMemo(() => itemStatuses(framework, assessment), [framework, assessment])
  const { item, section } = findItem(framework, currentId)

  useEffect(() => {
    if (frameworkId !== framework.id || itemId !== currentId) select(framework.id, currentId)
  }, [framework.id, currentId, frameworkId, itemId, select])

  const move = (delta: 1 | -1) => {
    const index = items.findIndex((i) => i.id === currentId)
    const next = items[Math.max(0, Math.min(items.length - 1, index + delta))]!
    select(framework.id, next.id)
    // The vote grid of the next item takes focus, so entry carries on without the mouse.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.votes tbody tr[tabindex="0"]')?.focus())
  }

  return (
    <div className="questionnaire">
      <NavTree framework={framework} statuses={statuses} currentItemId={currentId} onSelect={(id) => select(framework.id, id)} />
      <ItemView
        key={`${framework.id}:${item.id}`}
        framework={framework}
        section={section}
        item={item}
        assessment={assessment}
        onNextItem={() => move(1)}
        onPreviousItem={() => move(-1)}
      />
    </div>
  )
}
