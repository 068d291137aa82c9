import type { Section } from '../../../../common/domain/framework'
import { GROUP_IDS, type GroupId, type GroupVector } from '../../../../common/domain/stakeholders'
import { equalPercentages, percentagesToShares, sharesToPercentages } from './setup-validation'
import type { PercentTexts } from './setup-drafts'

/** The groups that have a part of their own in a stakeholder-weighted criterion, in part order. */
export function stakeholderGroupsOf(section: Section): GroupId[] {
  const groups: GroupId[] = []
  for (const item of section.items) if (item.stakeholderGroup && !groups.includes(item.stakeholderGroup)) groups.push(item.stakeholderGroup)
  return groups
}

/** The part that covers each group, e.g. customers → "3.1", for labels. */
export function partOf(section: Section, group: GroupId): string | undefined {
  return section.items.find((item) => item.stakeholderGroup === group)?.id
}

/**
 * The stored weights of a criterion as percentages over its own groups; equal when none are
 * stored. Groups without a part are left out (their stored share is 0).
 */
export function weightPercentages(section: Section, stored: GroupVector | undefined): Record<GroupId, number> {
  const groups = stakeholderGroupsOf(section)
  if (!stored || !groups.some((group) => stored[group] > 0)) return equalPercentages(groups) as Record<GroupId, number>
  return sharesToPercentages(Object.fromEntries(groups.map((group) => [group, stored[group]]))) as Record<GroupId, number>
}

/** Percentages over some groups as a full vector in the file's group order, 0 for the rest. */
export function toGroupVector(percentages: Partial<Record<GroupId, number>>): GroupVector {
  const full = Object.fromEntries(GROUP_IDS.map((group) => [group, percentages[group] ?? 0])) as GroupVector
  return percentagesToShares(full)
}

export const percentTexts = (values: Partial<Record<GroupId, number>>): PercentTexts =>
  Object.fromEntries(Object.entries(values).map(([group, value]) => [group, String(value)]))
