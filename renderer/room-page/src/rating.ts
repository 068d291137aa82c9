import type { StoredRating } from '../../../common/contract/assessment-schema'
import type { RoomScale } from '../../../common/contract/room-protocol'
import type { Translate } from './messages'

/** What a person has chosen on the page but maybe not sent yet, per item. */
export interface Draft {
  /** The ISO level or the EFQM quick score. */
  choice: number | null
  /** RADAR grid: score by attribute id; an attribute left blank is absent. */
  attributes: Record<string, number>
  notApplicable: boolean
  reason: string
}

export const RADAR_STEP = 5
export const RADAR_MAX = 100
export const MAX_REASON = 2000

export const emptyDraft = (): Draft => ({ choice: null, attributes: {}, notApplicable: false, reason: '' })

export function draftFrom(rating: StoredRating | null | undefined): Draft {
  const draft = emptyDraft()
  if (!rating) return draft
  if (rating.kind === 'level') draft.choice = rating.level
  else if (rating.kind === 'quick') draft.choice = rating.score
  else if (rating.kind === 'radar') draft.attributes = { ...rating.attributes }
  else {
    draft.notApplicable = true
    draft.reason = rating.justification
  }
  return draft
}

/** The rating a draft sends, in the scale's own kind (the server checks it fits), or null when nothing is chosen. */
export function ratingFrom(scale: RoomScale, draft: Draft): StoredRating | null {
  if (draft.notApplicable) return { kind: 'not-applicable', justification: draft.reason.trim().slice(0, MAX_REASON) }
  if (scale.kind === 'maturity') return draft.choice === null ? null : { kind: 'level', level: draft.choice }
  if (scale.mode === 'quick') return draft.choice === null ? null : { kind: 'quick', score: draft.choice }
  const known = new Set(scale.elements.flatMap((element) => element.attributes.map((attribute) => attribute.id)))
  const attributes = Object.fromEntries(Object.entries(draft.attributes).filter(([id]) => known.has(id)))
  return Object.keys(attributes).length > 0 ? { kind: 'radar', attributes } : null
}

/** Every score on the RADAR scale: 0, 5 … 100. */
export const radarScores = (): number[] => Array.from({ length: RADAR_MAX / RADAR_STEP + 1 }, (_, i) => i * RADAR_STEP)

export function bandOf(scale: Extract<RoomScale, { kind: 'radar' }>, score: number) {
  return scale.bands.find((band) => score >= band.from && score <= band.to)
}

/** A vote in a few words, for "Your vote is counted: …". */
export function describeRating(scale: RoomScale, rating: StoredRating, t: Translate): string {
  switch (rating.kind) {
    case 'not-applicable':
      return t('vote.notApplicable')
    case 'level': {
      const level = scale.kind === 'maturity' ? scale.levels.find((l) => l.level === rating.level) : undefined
      return level ? t('scale.levelOption', { level: rating.level, label: level.label }) : t('vote.level', { level: rating.level })
    }
    case 'quick': {
      const band = scale.kind === 'radar' ? bandOf(scale, rating.score) : undefined
      return band ? t('scale.scoreOption', { score: rating.score, band: band.label }) : t('vote.score', { score: rating.score })
    }
    case 'radar': {
      const count = scale.kind === 'radar' ? scale.elements.reduce((sum, element) => sum + element.attributes.length, 0) : 0
      return t('vote.radar', { scored: Object.keys(rating.attributes).length, count })
    }
  }
}
