import { DomainError } from './errors'
import { explain, type Explanation } from './explanation'
import type { Element, Framework, Item, Section } from './framework'
import { formatNumber, mean, roundToStep } from './numbers'
import { checkRadarScore, checkRationale, RADAR_STEP, type EfqmRating, type Override } from './ratings'

export const BANDS = [
  { from: 90, label: 'outstanding' },
  { from: 70, label: 'comprehensive' },
  { from: 40, label: 'ability' },
  { from: 10, label: 'limited' },
  { from: 0, label: 'no evidence' },
] as const
export type BandLabel = (typeof BANDS)[number]['label']

/** Band of a 0–100 score; a value between two bands belongs to the lower one (35 is "limited"). */
export function band(percent: number): BandLabel {
  return (BANDS.find((candidate) => percent >= candidate.from) ?? BANDS[BANDS.length - 1]!).label
}

export function elementsFor(framework: Framework, section: Section): Element[] {
  if (!framework.radar || !section.attributeSet) throw new DomainError(`${framework.name} has no RADAR attributes for ${section.id}.`)
  return framework.radar[section.attributeSet]
}

export interface PartScore {
  /** The score the part counts with: the override if there is one, else the proposal. */
  score: number
  proposed: number
  overridden: boolean
  explanation: Explanation
}

interface RadarNumbers {
  elements: Array<{ element: Element; values: Array<{ name: string; value: number }>; score: number }>
  average: number
  proposed: number
}

/**
 * RADAR chain for one part: attribute scores → element score (mean of its attributes) →
 * proposed part score (mean of the elements, rounded to the nearest 5). Numbers only, so that
 * scoring a room of participants does not build explanation text nobody reads.
 */
function radarNumbers(elements: Element[], attributes: Record<string, number>, label: string): RadarNumbers {
  let expected = 0
  const results = elements.map((element) => {
    const values = element.attributes.map((attribute) => {
      const value = attributes[attribute.id]
      if (value === undefined) throw new DomainError(`${label} has no score for ${element.name}: ${attribute.name}.`)
      expected++
      return { name: attribute.name, value: checkRadarScore(value, `The score for ${attribute.name}`) }
    })
    return { element, values, score: mean(values.map((v) => v.value)) }
  })
  if (Object.keys(attributes).length !== expected) {
    const known = new Set(elements.flatMap((element) => element.attributes.map((attribute) => attribute.id)))
    const unknown = Object.keys(attributes).filter((id) => !known.has(id))
    throw new DomainError(`${label} has scores for unknown RADAR attributes: ${unknown.join(', ')}.`)
  }
  const average = mean(results.map((e) => e.score))
  return { elements: results, average, proposed: roundToStep(average, RADAR_STEP) }
}

function explainRadar(numbers: RadarNumbers, label: string): Explanation {
  return explain(
    label,
    String(numbers.proposed),
    `mean of the element scores ${numbers.elements.map((e) => formatNumber(e.score)).join(', ')} = ${formatNumber(numbers.average, 2)}, rounded to the nearest ${RADAR_STEP}`,
    numbers.elements.map((e) => explain(e.element.name, formatNumber(e.score), `mean of ${e.values.map((v) => `${v.name} ${v.value}`).join(', ')}`)),
  )
}

/** The score one rating gives a part: a quick score as it is, a full RADAR rating through its chain. */
export function ratingValue(framework: Framework, section: Section, item: Item, rating: EfqmRating): number {
  if (rating.kind === 'quick') return checkRadarScore(rating.score, `The score for ${item.id}`)
  return radarNumbers(elementsFor(framework, section), rating.attributes, `${item.id} ${item.title}`).proposed
}

/** As `ratingValue`, with the chain of numbers that produced it. */
export function ratingScore(framework: Framework, section: Section, item: Item, rating: EfqmRating): { proposed: number; explanation: Explanation } {
  const label = `${item.id} ${item.title}`
  if (rating.kind === 'quick') {
    const score = checkRadarScore(rating.score, `The score for ${item.id}`)
    return { proposed: score, explanation: explain(label, String(score), 'entered as a quick part score') }
  }
  const numbers = radarNumbers(elementsFor(framework, section), rating.attributes, label)
  return { proposed: numbers.proposed, explanation: explainRadar(numbers, label) }
}

/** Applies an assessor's override, which must carry a rationale, on top of the proposed score. */
export function partScore(framework: Framework, section: Section, item: Item, rating: EfqmRating, override?: Override): PartScore {
  const { proposed, explanation } = ratingScore(framework, section, item, rating)
  if (!override) return { score: proposed, proposed, overridden: false, explanation }
  const score = checkRadarScore(override.score, `The override for ${item.id}`)
  const rationale = checkRationale(override.rationale, `Overriding the score of ${item.id}`)
  return {
    score,
    proposed,
    overridden: true,
    explanation: explain(`${item.id} ${item.title}`, String(score), `set by the team instead of the proposed ${proposed}: “${rationale}”`, [explanation]),
  }
}
