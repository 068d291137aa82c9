import { DomainError } from './errors'
import { formatPercent, nearlyEqual, sum } from './numbers'

export const GROUP_IDS = ['customers', 'people', 'owners', 'partners', 'society', 'regulators'] as const
export type GroupId = (typeof GROUP_IDS)[number]
export type RelevanceKey = GroupId | 'internal'
export const RELEVANCE_KEYS: readonly RelevanceKey[] = [...GROUP_IDS, 'internal']

export type GroupVector = Record<GroupId, number>
export type Relevance = Record<RelevanceKey, number>

export interface StakeholderGroup {
  id: GroupId
  name: string
  shortName: string
  description: string
  colour: string
}

export interface TargetProfile {
  id: string
  name: string
  note: string
  weights: GroupVector
}

export interface StakeholderCatalogue {
  groups: StakeholderGroup[]
  internal: { id: 'internal'; name: string; description: string; colour: string }
  targets: TargetProfile[]
}

const SUM_TOLERANCE = 1e-6

/**
 * Checks a target profile (or any weights over the six groups): every group present,
 * none negative, summing to 1. Returns a clean copy.
 */
export function validateGroupWeights(weights: Partial<Record<string, number>>, what = 'A target profile'): GroupVector {
  const unknown = Object.keys(weights).filter((key) => !(GROUP_IDS as readonly string[]).includes(key))
  if (unknown.length > 0) throw new DomainError(`${what} names an unknown stakeholder group: ${unknown.join(', ')}.`)
  const clean = {} as GroupVector
  for (const id of GROUP_IDS) {
    const value = weights[id]
    if (value === undefined) throw new DomainError(`${what} has no weight for ${id}.`)
    if (!Number.isFinite(value) || value < 0) throw new DomainError(`${what} has a weight for ${id} that is not a number of 0 or more.`)
    clean[id] = value
  }
  const total = sum(Object.values(clean))
  if (!nearlyEqual(total, 1, SUM_TOLERANCE)) {
    throw new DomainError(`${what} must add up to 100 %; this one adds up to ${formatPercent(total)}.`)
  }
  return clean
}

export const equalGroupWeights = (): GroupVector =>
  Object.fromEntries(GROUP_IDS.map((id) => [id, 1 / GROUP_IDS.length])) as GroupVector

export function parseStakeholderCatalogue(json: unknown): StakeholderCatalogue {
  const data = json as StakeholderCatalogue & { formatVersion?: number }
  if (!data || data.formatVersion !== 1 || !Array.isArray(data.groups) || !Array.isArray(data.targets)) {
    throw new DomainError('The stakeholder file is not in the expected format.')
  }
  const ids = data.groups.map((group) => group.id)
  if (ids.length !== GROUP_IDS.length || GROUP_IDS.some((id) => !ids.includes(id))) {
    throw new DomainError(`The stakeholder file must define exactly the groups ${GROUP_IDS.join(', ')}.`)
  }
  for (const target of data.targets) validateGroupWeights(target.weights, `The target profile "${target.name}"`)
  return data
}
