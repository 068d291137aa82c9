import { describe, expect, it } from 'vitest'
import efqmJson from '../../../assets/frameworks/efqm-2025.json'
import isoJson from '../../../assets/frameworks/iso-9001-2015.json'
import stakeholdersJson from '../../../assets/frameworks/stakeholders.json'
import { designCoverage } from '../../../common/domain/coverage'
import { scoreEfqm } from '../../../common/domain/efqm-scoring'
import { allItems, parseFramework, unresolvedCrosswalk } from '../../../common/domain/framework'
import { scoreIso } from '../../../common/domain/iso-scoring'
import { GROUP_IDS, parseStakeholderCatalogue, RELEVANCE_KEYS } from '../../../common/domain/stakeholders'
import { miniMaturity } from '../../support/mini-frameworks'

const efqm = parseFramework(efqmJson)
const iso = parseFramework(isoJson)

const EFQM_IDS = [
  ...['1.1', '1.2', '1.3', '1.4', '1.5'],
  ...['2.1', '2.2', '2.3', '2.4'],
  ...['3.1', '3.2', '3.3', '3.4', '3.5'],
  ...['4.1', '4.2', '4.3', '4.4'],
  ...['5.1', '5.2', '5.3', '5.4', '5.5'],
]
const RESULTS_IDS = ['6.1', '6.2', '6.3', '6.4', '6.5', '7.1', '7.2', '7.3', '7.4']
// domain.md §4, in order
const ISO_IDS = [
  '4.1', '4.2', '4.3', '4.4',
  '5.1.1', '5.1.2', '5.2.1', '5.2.2', '5.3',
  '6.1', '6.2', '6.3',
  '7.1.1', '7.1.2', '7.1.3', '7.1.4', '7.1.5', '7.1.6', '7.2', '7.3', '7.4', '7.5.1', '7.5.2', '7.5.3',
  '8.1', '8.2.1', '8.2.2', '8.2.3', '8.2.4', '8.3.1', '8.3.2', '8.3.3', '8.3.4', '8.3.5', '8.3.6',
  '8.4.1', '8.4.2', '8.4.3', '8.5.1', '8.5.2', '8.5.3', '8.5.4', '8.5.5', '8.5.6', '8.6', '8.7',
  '9.1.1', '9.1.2', '9.1.3', '9.2', '9.3.1', '9.3.2', '9.3.3',
  '10.1', '10.2', '10.3',
]

describe('framework data files', () => {
  it('EFQM 2025: 7 criteria worth 1000 points, the 23 parts and the 9 results areas with exactly the ids of domain.md', () => {
    expect(efqm.sections.map((s) => [s.id, s.points])).toEqual([
      ['1', 100], ['2', 100], ['3', 100], ['4', 200], ['5', 100], ['6', 200], ['7', 200],
    ])
    expect(efqm.totalPoints).toBe(1000)
    expect(allItems(efqm).map((i) => i.id)).toEqual([...EFQM_IDS, ...RESULTS_IDS])
    expect(efqm.sections.map((s) => s.attributeSet)).toEqual(['enabler', 'enabler', 'enabler', 'enabler', 'enabler', 'results', 'results'])
    expect(efqm.sections.filter((s) => s.stakeholderWeighting).map((s) => s.id)).toEqual(['3', '6'])
  })

  it('EFQM RADAR: Approach, Deployment, Assessment & Refinement for enablers; Relevance & Usability, Performance for results', () => {
    const shape = (set: 'enabler' | 'results') => efqm.radar![set].map((e) => [e.id, e.attributes.length])
    expect(shape('enabler')).toEqual([['approach', 2], ['deployment', 2], ['assessmentRefinement', 3]])
    expect(shape('results')).toEqual([['relevanceUsability', 3], ['performance', 4]])
  })

  it('ISO 9001: exactly the 56 units of domain.md, in clause order under clauses 4–10', () => {
    expect(allItems(iso).map((i) => i.id)).toEqual(ISO_IDS)
    expect(iso.sections.map((s) => s.id)).toEqual(['4', '5', '6', '7', '8', '9', '10'])
    for (const section of iso.sections) for (const item of section.items) expect(item.id.split('.')[0]).toBe(section.id)
  })

  it('ISO 9001 carries the climate amendment on 4.1 and 4.2 and flags the units the revision changes', () => {
    expect(allItems(iso).filter((i) => i.amendment).map((i) => i.id)).toEqual(['4.1', '4.2'])
    expect(allItems(iso).filter((i) => i.revision).map((i) => i.id)).toEqual(['4.1', '5.1.1', '6.1', '7.3'])
  })

  it.each([efqm, iso])('$name: every item has 2–5 questions, help, unique id and a relevance vector summing to 1', (framework) => {
    const ids = allItems(framework).map((i) => i.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const item of allItems(framework)) {
      expect(item.questions.length, item.id).toBeGreaterThanOrEqual(2)
      expect(item.questions.length, item.id).toBeLessThanOrEqual(5)
      expect(item.help.length, item.id).toBeGreaterThan(40)
      const total = RELEVANCE_KEYS.reduce((sum, key) => sum + item.relevance[key], 0)
      expect(Math.abs(total - 1), item.id).toBeLessThan(1e-9)
    }
  })

  it.each([efqm, iso])('$name names its edition, its sources and its caveats', (framework) => {
    expect(framework.edition).toBeTruthy()
    expect(framework.sources.length).toBeGreaterThan(0)
    expect(framework.caveats.some((c) => /own/i.test(c))).toBe(true)
  })

  it('every crosswalk reference resolves, and the crosswalk reads the same from both sides', () => {
    expect(unresolvedCrosswalk([efqm, iso])).toEqual([])
    const pairs = (from: typeof efqm) => allItems(from).flatMap((item) => item.crosswalk.map((ref) => [from.id, item.id, ...ref.split(':')].join('|')))
    const forward = new Set(pairs(efqm).map((p) => p.split('|')).map(([f, i, g, j]) => `${f}:${i}~${g}:${j}`))
    const backward = new Set(pairs(iso).map((p) => p.split('|')).map(([f, i, g, j]) => `${g}:${j}~${f}:${i}`))
    expect([...forward].sort()).toEqual([...backward].sort())
    expect(forward.has('efqm-2025:3.5~iso-9001-2015:8.4.2')).toBe(true)
  })

  it('stakeholders.json: the six groups with colour-blind-safe colours and four target profiles summing to 1', () => {
    const catalogue = parseStakeholderCatalogue(stakeholdersJson)
    expect(catalogue.groups.map((g) => g.id)).toEqual([...GROUP_IDS])
    expect(catalogue.groups.map((g) => g.colour)).toEqual(['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'])
    expect(catalogue.targets.map((t) => t.id)).toEqual(['public', 'commercial', 'non-profit', 'balanced'])
    expect(catalogue.targets.find((t) => t.id === 'commercial')!.weights).toEqual({ customers: 0.3, people: 0.2, owners: 0.25, partners: 0.1, society: 0.1, regulators: 0.05 })
  })

  it('design coverage is plausible: ISO centred on customers with owners and society marginal, EFQM spread over all groups', () => {
    const isoDesign = designCoverage(iso)
    const efqmDesign = designCoverage(efqm)
    expect(isoDesign.focus.customers).toBeGreaterThan(0.45)
    expect(isoDesign.focus.owners).toBeLessThan(0.05)
    expect(isoDesign.focus.society).toBeLessThan(0.05)
    expect(efqmDesign.focus.customers).toBeLessThan(0.35)
    expect(efqmDesign.breadth).toBe(6)
    expect(efqmDesign.balanceIndex).toBeGreaterThan(isoDesign.balanceIndex)
    expect(efqmDesign.beyondCustomerShare).toBeGreaterThan(isoDesign.beyondCustomerShare)
  })
})

describe('validation of framework files at load', () => {
  it('names the field of a file that breaks the schema', () => {
    const broken = structuredClone(isoJson) as { sections: Array<{ items: Array<Record<string, unknown>> }> }
    broken.sections[0]!.items[0]!.questions = ['Only one?']
    expect(() => parseFramework(broken, 'iso-9001-2015.json')).toThrow(/^The iso-9001-2015\.json is not valid at sections\.0\.items\.0\.questions: /)
  })

  it('rejects what the schema cannot see: duplicate ids, relevance not summing to 1, points not adding up', () => {
    const framework = miniMaturity()
    framework.sections[1]!.items[0]!.id = 'u1'
    framework.sections[0]!.items[1]!.relevance.people = 0.9
    expect(() => parseFramework(framework)).toThrow('the relevance of u2 adds up to 0.9, not 1; item id u1 is used twice')
    const efqmBroken = structuredClone(efqmJson) as { sections: Array<{ points: number }> }
    efqmBroken.sections[0]!.points = 150
    expect(() => parseFramework(efqmBroken)).toThrow('the section points add up to 1050, not 1000')
  })

  it('takes a new framework as one more data file: a made-up maturity framework loads and scores with no code change', () => {
    const caf = { ...miniMaturity(), id: 'caf-2020', name: 'CAF', edition: '2020' }
    const parsed = parseFramework(JSON.parse(JSON.stringify(caf)))
    expect(scoreIso(parsed, { u1: { rating: { kind: 'level', level: 4 } } }).overall.readiness).toBe(1)
    expect(designCoverage(parsed).breadth).toBe(4)
    expect(() => scoreEfqm(parsed, {})).toThrow('CAF is not scored with RADAR.')
  })
})
