import { Validator } from '@cfworker/json-schema'
import i18next from 'i18next'
import frameworkSchema from '../../assets/schema/framework.schema.json'
import { isBuiltInName } from '../contract/assessment-schema'
import { DomainError } from './errors'
import { nearlyEqual, sum } from './numbers'
import { RELEVANCE_KEYS, type GroupId, type Relevance } from './stakeholders'

export interface Attribute {
  id: string
  name: string
  help: string
}
export interface Element {
  id: string
  name: string
  attributes: Attribute[]
}
export type AttributeSetId = 'enabler' | 'results'

export interface Note {
  label: string
  note: string
}

export interface Item {
  id: string
  title: string
  subsection?: string
  help: string
  questions: string[]
  relevance: Relevance
  stakeholderGroup?: GroupId
  crosswalk: string[]
  amendment?: Note
  revision?: Note
}

export interface Section {
  id: string
  title: string
  summary?: string
  block?: string
  points?: number
  attributeSet?: AttributeSetId
  stakeholderWeighting?: boolean
  subsections?: { id: string; title: string }[]
  items: Item[]
}

export interface Framework {
  formatVersion: 1
  id: string
  name: string
  edition: string
  publisher: string
  description?: string
  scoring: 'radar' | 'maturity'
  totalPoints?: number
  radar?: Record<AttributeSetId, Element[]>
  maturityLevels?: { level: number; label: string; description: string }[]
  sources: { title: string; note: string; secondary?: boolean }[]
  caveats: string[]
  sections: Section[]
}

// An interpreting validator: the renderer's CSP forbids the code generation that faster validators use.
const schemaValidator = new Validator(frameworkSchema as never, '7', false)

/**
 * Validates a framework file against assets/schema/framework.schema.json and the rules a
 * schema cannot state (unique ids, relevance sums, points). Any framework that passes can be
 * scored, so a new one is one more data file.
 */
/** Keywords whose error only says that something inside them failed. */
const WRAPPER_KEYWORDS = new Set(['$ref', 'properties', 'patternProperties', 'additionalProperties', 'items', 'prefixItems', 'contains', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependentSchemas', 'propertyNames'])

export function parseFramework(json: unknown, source = i18next.t('scoring:framework.file')): Framework {
  const result = schemaValidator.validate(json)
  if (!result.valid) {
    // The deepest error names the field; the outer ones only repeat that a sub-schema failed.
    // The validator's own wording stays in English: it comes from the library, not the catalogue.
    // An invalid result carries at least one error, and every error its wording.
    // At the same depth a keyword's own error ("must be <= 1") goes before a wrapper's ("A subschema had errors").
    const wrapper = (keyword: string) => (WRAPPER_KEYWORDS.has(keyword) ? 1 : 0)
    const deepest = [...result.errors].sort((a, b) => b.instanceLocation.length - a.instanceLocation.length || wrapper(a.keyword) - wrapper(b.keyword))[0]!
    const where = deepest.instanceLocation.replace(/^#\/?/, '').replaceAll('/', '.') || i18next.t('scoring:framework.topLevel')
    // The message ends the sentence itself; the validator's wording has its own full stop.
    throw new DomainError(i18next.t('scoring:errors.frameworkInvalidAt', { source, where, problem: deepest.error.replace(/\.$/, '') }))
  }
  const framework = json as Framework
  const problems: string[] = []
  // These ids become keys of the assessment's maps, which refuse the names of built-in properties.
  const ids = [
    framework.id,
    ...framework.sections.flatMap((section) => [section.id, ...section.items.map((item) => item.id)]),
    ...Object.values(framework.radar ?? {}).flatMap((elements) => elements.flatMap((element) => element.attributes.map((attribute) => attribute.id))),
  ]
  for (const id of new Set(ids.filter(isBuiltInName))) problems.push(i18next.t('scoring:framework.problems.builtInId', { id }))
  const seen = new Set<string>()
  for (const section of framework.sections) {
    for (const item of section.items) {
      if (seen.has(item.id)) problems.push(i18next.t('scoring:framework.problems.duplicateItem', { id: item.id }))
      seen.add(item.id)
      const total = sum(RELEVANCE_KEYS.map((key) => item.relevance[key]))
      if (!nearlyEqual(total, 1)) problems.push(i18next.t('scoring:framework.problems.relevanceSum', { id: item.id, total }))
      if (section.stakeholderWeighting && !item.stakeholderGroup) {
        problems.push(i18next.t('scoring:framework.problems.groupMissing', { id: item.id }))
      }
      if (item.subsection && !section.subsections?.some((sub) => sub.id === item.subsection)) {
        problems.push(i18next.t('scoring:framework.problems.unknownSubsection', { id: item.id, subsection: item.subsection, section: section.id }))
      }
    }
  }
  if (framework.scoring === 'radar') {
    if (!framework.radar) problems.push(i18next.t('scoring:framework.problems.radarMissing'))
    if (framework.totalPoints === undefined) problems.push(i18next.t('scoring:framework.problems.totalPointsMissing'))
    for (const section of framework.sections) {
      if (section.points === undefined || section.attributeSet === undefined) {
        problems.push(i18next.t('scoring:framework.problems.sectionIncomplete', { id: section.id }))
      }
    }
    const points = sum(framework.sections.map((section) => section.points ?? 0))
    if (framework.totalPoints !== undefined && !nearlyEqual(points, framework.totalPoints)) {
      problems.push(i18next.t('scoring:framework.problems.pointsSum', { points, total: framework.totalPoints }))
    }
  } else if (!framework.maturityLevels) {
    problems.push(i18next.t('scoring:framework.problems.maturityLevelsMissing'))
  }
  if (problems.length > 0) throw new DomainError(i18next.t('scoring:errors.frameworkInvalid', { source, problems: problems.join('; ') }))
  return framework
}

export const allItems = (framework: Framework): Item[] => framework.sections.flatMap((section) => section.items)

// Frameworks are read-only once parsed, so their item index can be built once and kept.
type ItemIndex = Map<string, { item: Item; section: Section }>
const itemIndexes = new WeakMap<Framework, ItemIndex>()
// Scoring looks up thousands of votes' items in one framework after another: the last index
// used is at hand without the WeakMap.
let lastIndexed: { framework: Framework; index: ItemIndex } | undefined

/** Every item of the framework by id, with its section; built once per framework and kept while it lives. */
export function itemIndex(framework: Framework): ReadonlyMap<string, { item: Item; section: Section }> {
  if (lastIndexed?.framework === framework) return lastIndexed.index
  let index = itemIndexes.get(framework)
  if (!index) {
    index = new Map(framework.sections.flatMap((section) => section.items.map((item) => [item.id, { item, section }] as const)))
    itemIndexes.set(framework, index)
  }
  lastIndexed = { framework, index }
  return index
}

export function findItem(framework: Framework, itemId: string): { item: Item; section: Section } {
  const found = itemIndex(framework).get(itemId)
  if (!found) throw new DomainError(i18next.t('scoring:errors.noItem', { id: itemId, framework: framework.name, edition: framework.edition }))
  return found
}

export const frameworkLabel = (framework: Framework) => `${framework.name} ${framework.edition}`

/** Crosswalk references ("framework:item") that do not name a loaded framework's item. */
export function unresolvedCrosswalk(frameworks: readonly Framework[]): string[] {
  const known = new Set(frameworks.flatMap((framework) => allItems(framework).map((item) => `${framework.id}:${item.id}`)))
  const frameworkIds = new Set(frameworks.map((framework) => framework.id))
  return frameworks.flatMap((framework) =>
    allItems(framework).flatMap((item) =>
      item.crosswalk
        .filter((ref) => frameworkIds.has(ref.split(':')[0]!) && !known.has(ref))
        .map((ref) => `${framework.id}:${item.id} → ${ref}`),
    ),
  )
}
