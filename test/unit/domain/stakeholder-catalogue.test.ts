import { describe, expect, it } from 'vitest'
import stakeholdersJson from '../../../assets/frameworks/stakeholders.json'
import { equalGroupWeights, GROUP_IDS, groupWord, parseStakeholderCatalogue, RELEVANCE_KEYS, validateGroupWeights, type GroupVector } from '../../../common/domain/stakeholders'

const balanced: GroupVector = { customers: 1 / 6, people: 1 / 6, owners: 1 / 6, partners: 1 / 6, society: 1 / 6, regulators: 1 / 6 }
const publicSector: GroupVector = { customers: 0.3, people: 0.15, owners: 0.1, partners: 0.1, society: 0.25, regulators: 0.1 }

describe('the six groups and internal', () => {
  it('relevance runs over the six groups, in their order, then internal; each has its word for running text', () => {
    expect(GROUP_IDS).toEqual(['customers', 'people', 'owners', 'partners', 'society', 'regulators'])
    expect(RELEVANCE_KEYS).toEqual(['customers', 'people', 'owners', 'partners', 'society', 'regulators', 'internal'])
    expect(RELEVANCE_KEYS.map(groupWord)).toEqual(['customers', 'people', 'owners', 'partners', 'society', 'regulators', 'internal'])
  })

  it('equal weights give each group a sixth', () => {
    expect(equalGroupWeights()).toEqual(balanced)
    expect(validateGroupWeights(equalGroupWeights())).toEqual(balanced)
  })
})

describe('weights over the six groups (a target profile)', () => {
  it('gives back a clean copy of weights that are all there, none negative, summing to 1', () => {
    const weights = { ...publicSector }
    const clean = validateGroupWeights(weights)
    expect(clean).toEqual(publicSector)
    expect(clean).not.toBe(weights)
    // 0 is a weight like any other
    expect(validateGroupWeights({ customers: 1, people: 0, owners: 0, partners: 0, society: 0, regulators: 0 }).customers).toBe(1)
  })

  it('refuses a group it does not know, naming all of them', () => {
    expect(() => validateGroupWeights({ ...publicSector, clients: 0, staff: 0 })).toThrow('A target profile names an unknown stakeholder group: clients, staff.')
  })

  it('refuses a weight that is negative, even when the weights still add up to 1', () => {
    // 1.1 − 0.1 + 0 … = 1
    const weights = { customers: 1.1, people: -0.1, owners: 0, partners: 0, society: 0, regulators: 0 }
    expect(() => validateGroupWeights(weights)).toThrow('A target profile has a weight for people that is not a number of 0 or more.')
  })

  it('refuses a weight that is not a finite number, before adding anything up', () => {
    expect(() => validateGroupWeights({ ...publicSector, owners: Number.NaN })).toThrow('A target profile has a weight for owners that is not a number of 0 or more.')
    expect(() => validateGroupWeights({ ...publicSector, society: Number.POSITIVE_INFINITY })).toThrow('A target profile has a weight for society that is not a number of 0 or more.')
  })

  it('words the refusal with the subject it is given', () => {
    expect(() => validateGroupWeights({ ...publicSector, people: -1 }, () => 'The stakeholder weights of criterion 6')).toThrow(
      'The stakeholder weights of criterion 6 has a weight for people that is not a number of 0 or more.',
    )
  })
})

describe('the stakeholder file', () => {
  const catalogue = () => structuredClone(stakeholdersJson) as any
  const formatError = 'The stakeholder file is not in the expected format.'
  const groupsError = 'The stakeholder file must define exactly the groups customers, people, owners, partners, society, regulators.'

  it('loads as it is shipped', () => {
    expect(parseStakeholderCatalogue(catalogue()).targets).toHaveLength(4)
  })

  it('refuses a file that is not a format-1 object with lists of groups and targets, each fault alone', () => {
    expect(() => parseStakeholderCatalogue(null)).toThrow(formatError)
    expect(() => parseStakeholderCatalogue({ ...catalogue(), formatVersion: 2 })).toThrow(formatError)
    expect(() => parseStakeholderCatalogue({ ...catalogue(), groups: {} })).toThrow(formatError)
    expect(() => parseStakeholderCatalogue({ ...catalogue(), targets: {} })).toThrow(formatError)
  })

  it('refuses a file with a group too few, a group too many, or a group twice in place of another', () => {
    const data = catalogue()
    expect(() => parseStakeholderCatalogue({ ...data, groups: data.groups.slice(1) })).toThrow(groupsError)
    expect(() => parseStakeholderCatalogue({ ...data, groups: [...data.groups, { ...data.groups[0], id: 'suppliers' }] })).toThrow(groupsError)
    // six groups, but customers twice and no regulators
    expect(() => parseStakeholderCatalogue({ ...data, groups: [...data.groups.slice(0, 5), data.groups[0]] })).toThrow(groupsError)
  })

  it('refuses a target profile that does not add up, naming it', () => {
    // public sector with customers .2 instead of .3: 90 %
    const data = catalogue()
    const target = data.targets[0]
    target.weights.customers = 0.2
    expect(() => parseStakeholderCatalogue(data)).toThrow(`The target profile "${target.name}" must add up to 100 %; this one adds up to 90 %.`)
  })
})
