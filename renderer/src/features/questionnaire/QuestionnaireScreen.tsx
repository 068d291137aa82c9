import { useEffect, useMemo } from 'react'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import { allItems, findItem, type Framework } from '../../../../common/domain/framework'
import { useQuestionnaire } from '../../store/questionnaire-store'
import { itemStatuses } from './item-status'
import { ItemView } from './ItemView'
import { NavTree } from './NavTree'

export function QuestionnaireScreen({ framework, assessment }: { framework: Framework; assessment: Assessment }) {
  const { frameworkId, itemId, select, requestGridFocus } = useQuestionnaire()
  const items = allItems(framework)
  const currentId = frameworkId === framework.id && itemId && items.some((i) => i.id === itemId) ? itemId : items[0]!.id
  const statuses = useMemo(() => itemStatuses(framework, assessment), [framework, assessment])
  const { item, section } = findItem(framework, currentId)

  useEffect(() => {
    if (frameworkId !== framework.id || itemId !== currentId) select(framework.id, currentId)
  }, [framework.id, currentId, frameworkId, itemId, select])

  const move = (delta: 1 | -1) => {
    const index = items.findIndex((i) => i.id === currentId)
    const next = items[index + delta]
    if (next) open(next.id)
  }

  // The chosen item's vote grid takes the focus as it mounts (VoteGrid), before the next key
  // arrives, so entry carries on without the mouse and no keystroke lands on a vanished row.
  const open = (id: string) => {
    requestGridFocus()
    select(framework.id, id)
  }

  return (
    <div className="questionnaire">
      <NavTree framework={framework} statuses={statuses} currentItemId={currentId} onSelect={open} />
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
