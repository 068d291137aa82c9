import type { Action, Assessment } from '../../../../common/contract/assessment-schema'
import { sourceKey, type ActionSource } from '../../../../common/domain/action-plan'

/**
 * Pure edits of the action plan, for `useDocument.edit`. Each returns the assessment itself
 * when nothing changes, so a no-op leaves no undo step.
 */

export const withActionAdded = (assessment: Assessment, action: Action): Assessment => ({
  ...assessment,
  actions: [...assessment.actions, action],
})

export function withActionReplaced(assessment: Assessment, action: Action): Assessment {
  const index = assessment.actions.findIndex((a) => a.id === action.id)
  if (index < 0) return assessment
  const actions = [...assessment.actions]
  actions[index] = action
  return { ...assessment, actions }
}

export function withActionChanged(assessment: Assessment, id: string, change: Partial<Omit<Action, 'id'>>): Assessment {
  const action = assessment.actions.find((a) => a.id === id)
  if (!action) return assessment
  const unchanged = (Object.keys(change) as (keyof typeof change)[]).every((key) => change[key] === action[key])
  return unchanged ? assessment : withActionReplaced(assessment, { ...action, ...change })
}

export function withActionRemoved(assessment: Assessment, id: string): Assessment {
  const actions = assessment.actions.filter((a) => a.id !== id)
  return actions.length === assessment.actions.length ? assessment : { ...assessment, actions }
}

/** Adds an AFI to an action's sources, once. */
export function withSourceAdded(assessment: Assessment, id: string, source: ActionSource): Assessment {
  const action = assessment.actions.find((a) => a.id === id)
  if (!action || action.sources.some((s) => sourceKey(s) === sourceKey(source))) return assessment
  return withActionReplaced(assessment, { ...action, sources: [...action.sources, source] })
}
