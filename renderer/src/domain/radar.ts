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

/**
 * RADAR chain for one part: attribute scores → element score (mean of its attributes) →
 * proposed part score (mean of the elements, rounded to the nearest 5).
 */
export function radarPartScore(elements: Element[], attributes: Record<string, number>, label: string): { proposed: number; explanation: Explanation } {
  const known = new Set(elements.flatMap((element) => element.attributes.map((attribute) => attribute.id)))
  const unknown = Object.keys(attributes).filter((id) => !known.has(id))
  if (unknown.length > 0) throw new DomainError(`${label} has scores for unknown RADAR attributes: ${unknown.join(', ')}.`)

  const elementResults = elements.map((element) => {
    const values = element.attributes.map((attribute) => {
      const value = attributes[attribute.id]
      if (value === undefined) throw new DomainError(`${label} has no score for ${element.name}: ${attribute.name}.`)
      return { attribute, value: checkRadarScore(value, `The score for ${attribute.name}`) }
    })
    const score = mean(values.map((v) => v.value))
    return {
      score,
      explanation: explain(
        element.name,
        formatNumber(score),
        `mean of ${values.map((v) => `${v.attribute.name} ${v.value}`).join(', ')}`,
      ),
    }
  })
  const average = mean(elementResults.map((e) => e.score))
  const proposed = roundToStep(average, RADAR_STEP)
  return {
    proposed,
    explanation: explain(
      label,
      String(proposed),
      `mean of the element scores ${elementResults.map((e) => formatNumber(e.score)).join(', ')} = ${formatNumber(average, 2)}, rounded to the nearest ${RADAR_STEP}`,
      elementResults.map((e) => e.explanation),
    ),
  }
}

/** The score one rating gives a part: a quick score as it is, a full RADAR rating through its chain. */
export function ratingScore(framework: Framework, section: Section, item: Item, rating: EfqmRating): { proposed: number; explanation: Explanation } {
  const label = `${item.id} ${item.title}`
  if (rating.kind === 'quick') {
    const score = checkRadarScore(rating.score, `The score for ${item.id}`)
    return { proposed: score, explanation: explain(label, String(score), 'entered as a quick part score') }
  }
  return radarPartScore(elementsFor(framework, section), rating.attributes, label)
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
