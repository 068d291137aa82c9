import type { Assessment, ItemResponse } from '../../common/contract/assessment-schema'
import type { Framework } from '../../common/domain/framework'
import { toWorkshopInput } from '../../common/domain/workshop-input'
import { computeWorkshopResults } from '../../common/domain/workshop-results'
import { itemStatuses } from '../../renderer/src/features/questionnaire/item-status'
import { median } from './measure'

/** Milliseconds of one recompute, and of its three stages. */
export interface RecomputeTimes {
  total: number
  /** The stored document to the engine's input: `toWorkshopInput`. */
  convert: number
  /** Every score, team figure and coverage figure: `computeWorkshopResults`. */
  engine: number
  /** The navigation's status of every item, for each framework: `itemStatuses`. */
  statuses: number
}

/**
 * What the renderer recomputes after an edit of the document: every result, as
 * `features/results/use-results.ts` does, and every item's status, as the questionnaire's
 * navigation does (for each chosen framework, so an upper bound: the navigation shows one).
 */
export function timeRecompute(assessment: Assessment, frameworks: readonly Framework[]): RecomputeTimes {
  const started = performance.now()
  const input = toWorkshopInput(assessment, frameworks)
  const converted = performance.now()
  computeWorkshopResults(input)
  const computed = performance.now()
  for (const framework of frameworks) itemStatuses(framework, assessment)
  const ended = performance.now()
  return { total: ended - started, convert: converted - started, engine: computed - converted, statuses: ended - computed }
}

/**
 * `count` versions of the document, each one vote away from the one before, shared structure
 * and all, as the editor's store makes them: no run can reuse work keyed on an unchanged document.
 */
export function editedVersions(assessment: Assessment, count: number): Assessment[] {
  const frameworkId = assessment.frameworks[0]!
  const itemIds = Object.keys(assessment.responses[frameworkId] ?? {})
  const participant = assessment.participants[0]!.id
  const versions: Assessment[] = []
  let current = assessment
  for (let i = 0; i < count; i++) {
    const itemId = itemIds[i % itemIds.length]!
    const responses = current.responses[frameworkId]!
    const response = responses[itemId]!
    const vote = response.ratings[participant]!
    current = {
      ...current,
      responses: { ...current.responses, [frameworkId]: { ...responses, [itemId]: { ...response, ratings: { ...response.ratings, [participant]: nudged(vote) } } } },
    }
    versions.push(current)
  }
  return versions
}

/** The same kind of vote, a step higher (or back to the bottom of the scale). */
function nudged(vote: ItemResponse['ratings'][string]): ItemResponse['ratings'][string] {
  switch (vote.kind) {
    case 'quick':
      return { kind: 'quick', score: (vote.score + 5) % 105 }
    case 'radar': {
      const [first] = Object.keys(vote.attributes)
      return first === undefined ? vote : { kind: 'radar', attributes: { ...vote.attributes, [first]: (vote.attributes[first]! + 5) % 105 } }
    }
    case 'level':
      return { kind: 'level', level: (vote.level + 1) % 6 }
    case 'not-applicable':
      return { kind: 'level', level: 0 }
  }
}

export interface RecomputeSamples {
  /** The first recompute in this process, before anything warmed the code up. */
  cold: RecomputeTimes
  /** Medians of `runs` recomputes after five warm-up runs, each one edit after the last. */
  warm: RecomputeTimes
  /**
   * Medians of warm recomputes of a deep copy of the document, as freshly opened: no vote is an
   * object seen before, so nothing the engine remembers from earlier recomputes applies.
   */
  fresh: RecomputeTimes
}

const stageMedians = (samples: RecomputeTimes[]): RecomputeTimes => ({
  total: median(samples.map((s) => s.total)),
  convert: median(samples.map((s) => s.convert)),
  engine: median(samples.map((s) => s.engine)),
  statuses: median(samples.map((s) => s.statuses)),
})

/** Times recomputes over successive edits of the document; the first one is the cold run. */
export function sampleRecompute(assessment: Assessment, frameworks: readonly Framework[], runs: number): RecomputeSamples {
  const versions = editedVersions(assessment, runs + 6)
  const cold = timeRecompute(versions[0]!, frameworks)
  for (let i = 1; i < 6; i++) timeRecompute(versions[i]!, frameworks)
  const samples = versions.slice(6).map((version) => timeRecompute(version, frameworks))
  // One copy at a time, made outside the timing.
  const fresh = Array.from({ length: Math.max(5, Math.floor(runs / 4)) }, () => timeRecompute(structuredClone(assessment), frameworks))
  return { cold, warm: stageMedians(samples), fresh: stageMedians(fresh) }
}
