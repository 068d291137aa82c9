import i18next from 'i18next'
import type { Subject } from './ratings'
import { DomainError } from './errors'
import { formatFigure } from './figures'
import { nearlyEqual, sum } from './numbers'

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

/** A group's id as a word in running text ("achieved for customers"); the catalogue file has the display names. */
export const groupWord = (key: RelevanceKey) => i18next.t(`scoring:groups.${key}`)

/**
 * Checks a target profile (or any weights over the six groups): every group present,
 * none negative, summing to 1. Returns a clean copy. `what` is the sentence's subject, in the
 * user's language.
 */
export function validateGroupWeights(weights: Partial<Record<string, number>>, what: Subject = () => i18next.t('scoring:subjects.targetProfile')): GroupVector {
  const unknown = Object.keys(weights).filter((key) => !(GROUP_IDS as readonly string[]).includes(key))
  if (unknown.length > 0) throw new DomainError(i18next.t('scoring:errors.unknownGroup', { what: what(), groups: unknown.join(', ') }))
  const clean = {} as GroupVector
  for (const id of GROUP_IDS) {
    const value = weights[id]
    if (value === undefined) throw new DomainError(i18next.t('scoring:errors.weightMissing', { what: what(), group: groupWord(id) }))
    if (!Number.isFinite(value) || value < 0) throw new DomainError(i18next.t('scoring:errors.weightInvalid', { what: what(), group: groupWord(id) }))
    clean[id] = value
  }
  const total = sum(Object.values(clean))
  if (!nearlyEqual(total, 1, SUM_TOLERANCE)) {
    throw new DomainError(i18next.t('scoring:errors.weightsSum', { what: what(), total: formatFigure('percent', total) }))
  }
  return clean
}

export const equalGroupWeights = (): GroupVector =>
  Object.fromEntries(GROUP_IDS.map((id) => [id, 1 / GROUP_IDS.length])) as GroupVector

export function parseStakeholderCatalogue(json: unknown): StakeholderCatalogue {
  const data = json as StakeholderCatalogue & { formatVersion?: number }
  if (!data || data.formatVersion !== 1 || !Array.isArray(data.groups) || !Array.isArray(data.targets)) {
    throw new DomainError(i18next.t('scoring:errors.stakeholderFileFormat'))
  }
  const ids = data.groups.map((group) => group.id)
  if (ids.length !== GROUP_IDS.length || GROUP_IDS.some((id) => !ids.includes(id))) {
    throw new DomainError(i18next.t('scoring:errors.stakeholderFileGroups', { groups: GROUP_IDS.join(', ') }))
  }
  for (const target of data.targets) validateGroupWeights(target.weights, () => i18next.t('scoring:subjects.namedTargetProfile', { name: target.name }))
  return data
}
