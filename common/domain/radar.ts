import i18next from 'i18next'
import { DomainError } from './errors'
import { explain, type Explanation } from './explanation'
import type { Element, Framework, Item, Section } from './framework'
import { formatFigure } from './figures'
import { mean, roundToStep } from './numbers'
import { checkRadarScore, checkRationale, isRadarScore, RADAR_MAX, RADAR_STEP, type EfqmRating, type Override } from './ratings'
import { ownValue } from './records'

export const BANDS = [
  { from: 90, label: 'outstanding' },
  { from: 70, label: 'comprehensive' },
  { from: 40, label: 'ability' },
  { from: 10, label: 'limited' },
  { from: 0, label: 'no evidence' },
] as const
export type BandLabel = (typeof BANDS)[number]['label']

/** Each band's catalogue key. */
export const BAND_KEYS = {
  outstanding: 'outstanding',
  comprehensive: 'comprehensive',
  ability: 'ability',
  limited: 'limited',
  'no evidence': 'noEvidence',
} as const satisfies Record<BandLabel, string>

/** A band's name, in the user's language; `BandLabel` itself is an id, the same in every language. */
export const bandName = (label: BandLabel) => i18next.t(`scoring:bands.${BAND_KEYS[label]}`)

/**
 * The scores each band covers, lowest first: a band runs up to where the one above starts (0–9,
 * 10–39 …), so a value between the listed steps is read as `band()` reads it. Every scale that
 * shows the bands (the scale guide, the room's phones, both kinds of pre-work pack) lists these.
 */
export function bandRanges(): { label: BandLabel; from: number; to: number }[] {
  return BANDS.map((b, index) => ({ label: b.label, from: b.from, to: index === 0 ? RADAR_MAX : BANDS[index - 1]!.from - 1 })).reverse()
}

/** Band of a 0–100 score; a value between two bands belongs to the lower one (35 is "limited"). */
export function band(percent: number): BandLabel {
  return (BANDS.find((candidate) => percent >= candidate.from) ?? BANDS[BANDS.length - 1]!).label
}

/**
 * The quick score a band stands for when someone answers with a band rather than a number (a
 * pre-work pack in band mode): near the middle of the band, on the RADAR step. `band()` of it
 * gives the band back.
 */
const BAND_SCORES = { 'no evidence': 0, limited: 20, ability: 50, comprehensive: 75, outstanding: 95 } as const satisfies Record<BandLabel, number>
export const bandScore = (label: BandLabel): number => BAND_SCORES[label]

export function elementsFor(framework: Framework, section: Section): Element[] {
  if (!framework.radar || !section.attributeSet) throw new DomainError(i18next.t('scoring:errors.noRadarAttributes', { framework: framework.name, section: section.id }))
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
      const value = ownValue(attributes, attribute.id)
      if (value === undefined) throw new DomainError(i18next.t('scoring:errors.attributeScoreMissing', { label, element: element.name, attribute: attribute.name }))
      expected++
      return { name: attribute.name, value: checkRadarScore(value, () => i18next.t('scoring:subjects.scoreFor', { name: attribute.name })) }
    })
    return { element, values, score: mean(values.map((v) => v.value)) }
  })
  if (Object.keys(attributes).length !== expected) {
    const known = new Set(elements.flatMap((element) => element.attributes.map((attribute) => attribute.id)))
    const unknown = Object.keys(attributes).filter((id) => !known.has(id))
    throw new DomainError(i18next.t('scoring:errors.unknownAttributes', { label, attributes: unknown.join(', ') }))
  }
  const average = mean(results.map((e) => e.score))
  return { elements: results, average, proposed: roundToStep(average, RADAR_STEP) }
}

function explainRadar(numbers: RadarNumbers, label: string): Explanation {
  return explain(
    label,
    String(numbers.proposed),
    () => i18next.t('scoring:radar.partRule', { scores: numbers.elements.map((e) => formatFigure('radar', e.score)).join(', '), average: formatFigure('radar', numbers.average), step: RADAR_STEP }),
    numbers.elements.map((e) =>
      explain(e.element.name, () => formatFigure('radar', e.score), () => i18next.t('scoring:radar.elementRule', { attributes: e.values.map((v) => `${v.name} ${v.value}`).join(', ') })),
    ),
  )
}

/**
 * `radarNumbers(…).proposed` without building its chain: a room of participants scores thousands
 * of ratings on every edit. Same sums in the same order, so the same number to the last bit. Any
 * problem goes to `radarNumbers`, which says what is wrong.
 */
function radarProposed(elements: Element[], attributes: Record<string, number>, item: Item): number {
  let expected = 0
  let total = 0
  for (const element of elements) {
    const count = element.attributes.length
    if (count === 0) return radarNumbers(elements, attributes, `${item.id} ${item.title}`).proposed
    let elementTotal = 0
    for (const attribute of element.attributes) {
      const value = ownValue(attributes, attribute.id)
      if (value === undefined || !isRadarScore(value)) return radarNumbers(elements, attributes, `${item.id} ${item.title}`).proposed
      elementTotal += value
    }
    expected += count
    total += elementTotal / count
  }
  if (elements.length === 0 || Object.keys(attributes).length !== expected) return radarNumbers(elements, attributes, `${item.id} ${item.title}`).proposed
  return roundToStep(total / elements.length, RADAR_STEP)
}

/** The score one rating gives a part: a quick score as it is, a full RADAR rating through its chain. */
export function ratingValue(framework: Framework, section: Section, item: Item, rating: EfqmRating): number {
  if (rating.kind === 'quick') {
    return isRadarScore(rating.score) ? rating.score : checkRadarScore(rating.score, () => i18next.t('scoring:subjects.scoreFor', { name: item.id }))
  }
  return proposedFor(elementsFor(framework, section), rating.attributes, item)
}

// A RADAR rating is a value: the app edits a document by copying what changes (response-edits.ts,
// RadarGrid), never in place. So the score of one attributes record, once worked out for a set of
// elements, holds while the record lives: a recompute scores each vote several times (conversion,
// team summary, navigation), and an edit changes one vote of thousands.
const proposedScores = new WeakMap<object, { elements: Element[]; proposed: number }>()

/** `radarProposed`, remembered per attributes record and set of elements. Only valid ratings are remembered. */
export function proposedFor(elements: Element[], attributes: Record<string, number>, item: Item): number {
  if (typeof attributes !== 'object' || attributes === null) return radarProposed(elements, attributes, item)
  const known = proposedScores.get(attributes)
  if (known !== undefined && known.elements === elements) return known.proposed
  const proposed = radarProposed(elements, attributes, item)
  proposedScores.set(attributes, { elements, proposed })
  return proposed
}

/** As `ratingValue`, with the chain of numbers that produced it. */
export function ratingScore(framework: Framework, section: Section, item: Item, rating: EfqmRating): { proposed: number; explanation: Explanation } {
  const label = `${item.id} ${item.title}`
  if (rating.kind === 'quick') {
    const score = checkRadarScore(rating.score, () => i18next.t('scoring:subjects.scoreFor', { name: item.id }))
    return { proposed: score, explanation: explain(label, String(score), () => i18next.t('scoring:radar.quickRule')) }
  }
  const numbers = radarNumbers(elementsFor(framework, section), rating.attributes, label)
  return { proposed: numbers.proposed, explanation: explainRadar(numbers, label) }
}

/** Applies an assessor's override, which must carry a rationale, on top of the proposed score. */
export function partScore(framework: Framework, section: Section, item: Item, rating: EfqmRating, override?: Override): PartScore {
  const { proposed, explanation } = ratingScore(framework, section, item, rating)
  if (!override) return { score: proposed, proposed, overridden: false, explanation }
  const score = checkRadarScore(override.score, () => i18next.t('scoring:subjects.overrideFor', { id: item.id }))
  const rationale = checkRationale(override.rationale, () => i18next.t('scoring:subjects.overriding', { id: item.id }))
  return {
    score,
    proposed,
    overridden: true,
    explanation: explain(`${item.id} ${item.title}`, String(score), () => i18next.t('scoring:radar.overrideRule', { proposed, rationale }), [explanation]),
  }
}
