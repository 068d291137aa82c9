import i18next from 'i18next'
import { emptyItemResponse, type Assessment, type ItemResponse, type StoredParticipant, type StoredRating } from '../contract/assessment-schema'
import { RESPONSE_FILE_FORMAT, RESPONSE_FILE_VERSION, type OpenedResponseFile, type ResponseFile } from '../contract/response-file-schema'
import { DomainError } from './errors'
import { allItems, type Framework } from './framework'
import { ownValue } from './records'

/**
 * Participants' own copies: one person's ratings and notes go out as a response file, and the
 * facilitator merges such files back into the workshop assessment. A merge only ever adds or
 * replaces participants' ratings and notes; consensus, evidence, strengths, AFIs, findings and
 * flags are the team's and are never touched.
 */

export type ChangeKind = 'new' | 'same' | 'conflict'
export type Decision = 'keep' | 'take'

interface ChangePlace {
  frameworkId: string
  itemId: string
  participantId: string
  /** `new`: the workshop has nothing yet; `same`: it already holds this; `conflict`: it holds something else. */
  kind: ChangeKind
  /** The file the value comes from. */
  path: string
}
export type RatingChange = ChangePlace & { field: 'rating'; incoming: StoredRating; existing?: StoredRating }
export type NoteChange = ChangePlace & { field: 'note'; incoming: string; existing?: string }
export type MergeChange = RatingChange | NoteChange

export type FilePlan =
  | {
      status: 'accepted'
      path: string
      fileName: string
      participantId: string
      exportedAt: string
      /** What was left out of the file, or is worth knowing; sentences for the user. */
      remarks: string[]
    }
  | {
      /** A later file for the same participant is merged instead. */
      status: 'superseded'
      path: string
      fileName: string
      participantId: string
      exportedAt: string
      supersededBy: string
      reason: string
    }
  | { status: 'refused'; path: string; fileName: string; reason: string }

export type KindCounts = Record<ChangeKind, number>

export interface ParticipantCounts {
  participantId: string
  name: string
  ratings: KindCounts
  notes: KindCounts
}

export interface MergePlan {
  /** One entry per chosen file, in the order they were chosen. */
  files: FilePlan[]
  /** Every rating and note the accepted files hold, sorted by framework, item and participant. */
  changes: MergeChange[]
  /** Only participants with an accepted file, in the assessment's order. */
  participants: ParticipantCounts[]
}

export interface MergeOptions {
  /**
   * The loaded frameworks. With them, items a framework does not have and ratings on the wrong
   * scale (an ISO level on an EFQM item) are left out and reported, so a hand-edited file
   * cannot put an unscorable rating into the workshop file.
   */
  frameworks?: readonly Framework[]
}

export interface MergeTotals {
  ratings: number
  notes: number
  files: number
}



export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path
}

const itemOrder = new Intl.Collator('en', { numeric: true })

export const changeKey = (change: Pick<MergeChange, 'frameworkId' | 'itemId' | 'participantId' | 'field'>): string =>
  `${change.frameworkId}|${change.itemId}|${change.participantId}|${change.field}`

export function sameRating(a: StoredRating, b: StoredRating): boolean {
  switch (a.kind) {
    case 'quick':
      return b.kind === 'quick' && a.score === b.score
    case 'level':
      return b.kind === 'level' && a.level === b.level
    case 'not-applicable':
      return b.kind === 'not-applicable' && a.justification.trim() === b.justification.trim()
    case 'radar': {
      if (b.kind !== 'radar') return false
      const keys = Object.keys(a.attributes)
      return keys.length === Object.keys(b.attributes).length && keys.every((key) => ownValue(b.attributes, key) === ownValue(a.attributes, key))
    }
  }
}

/** One participant's ratings and notes, for the assessment's chosen frameworks only. */
export function buildResponseFile(assessment: Assessment, participantId: string, now: string): ResponseFile {
  const participant = assessment.participants.find((p) => p.id === participantId)
  if (!participant) throw new DomainError(i18next.t('participants:merge.noSuchParticipant', { id: participantId }))
  const responses: ResponseFile['responses'] = {}
  for (const frameworkId of assessment.frameworks) {
    const items: ResponseFile['responses'][string] = {}
    for (const [itemId, response] of Object.entries(ownValue(assessment.responses, frameworkId) ?? {})) {
      const rating = ownValue(response.ratings, participantId)
      const note = ownValue(response.notes, participantId)
      const hasNote = note !== undefined && note.trim() !== ''
      if (!rating && !hasNote) continue
      items[itemId] = { ...(rating ? { rating } : {}), ...(hasNote ? { note } : {}) }
    }
    if (Object.keys(items).length > 0) responses[frameworkId] = items
  }
  return {
    format: RESPONSE_FILE_FORMAT,
    formatVersion: RESPONSE_FILE_VERSION,
    assessment: { origin: assessment.origin, title: assessment.title },
    participant: { id: participant.id, name: participant.name, role: participant.role },
    exportedAt: now,
    responses,
  }
}

type Candidate = { index: number; path: string; file: ResponseFile; participant: StoredParticipant; issues: readonly string[] }

function listed(values: string[]): string {
  return values.length <= 5 ? values.join(', ') : i18next.t('participants:merge.listedMore', { list: values.slice(0, 5).join(', '), count: values.length - 5 })
}

/** Keeps the latest export per participant; a tie goes to the file chosen last. */
function latestPerParticipant(candidates: Candidate[]): { winners: Map<string, Candidate>; losers: Map<number, Candidate> } {
  const winners = new Map<string, Candidate>()
  for (const candidate of candidates) {
    const current = winners.get(candidate.participant.id)
    if (!current || Date.parse(candidate.file.exportedAt) >= Date.parse(current.file.exportedAt)) winners.set(candidate.participant.id, candidate)
  }
  const losers = new Map(candidates.filter((c) => winners.get(c.participant.id) !== c).map((c) => [c.index, c]))
  return { winners, losers }
}

function refusal(assessment: Assessment, opened: OpenedResponseFile): string | null {
  if (!opened.ok) return opened.error
  const { file } = opened
  if (file.assessment.origin !== assessment.origin) return i18next.t('participants:merge.otherAssessment', { title: file.assessment.title })
  if (!assessment.participants.some((p) => p.id === file.participant.id)) {
    return i18next.t('participants:merge.notOnList', { name: file.participant.name, id: file.participant.id })
  }
  return null
}

/**
 * Works out what merging these files would do, without changing anything: which files are
 * refused and why, and for each rating and note whether it is new, already there, or in
 * conflict with what the workshop file holds.
 */
export function planMerge(assessment: Assessment, files: readonly OpenedResponseFile[], options: MergeOptions = {}): MergePlan {
  const candidates: Candidate[] = []
  const refused = new Map<number, string>()
  files.forEach((opened, index) => {
    const reason = refusal(assessment, opened)
    if (reason !== null) refused.set(index, reason)
    else if (opened.ok) candidates.push({ index, path: opened.path, file: opened.file, participant: assessment.participants.find((p) => p.id === opened.file.participant.id)!, issues: opened.issues ?? [] })
  })
  const { winners, losers } = latestPerParticipant(candidates)

  const changes: MergeChange[] = []
  const remarks = new Map<number, string[]>()
  for (const candidate of winners.values()) {
    const { list, found } = collectChanges(assessment, candidate, options)
    changes.push(...found)
    // Cells a filled pre-work pack could not use are said first, file by file as they were read.
    remarks.set(candidate.index, [...candidate.issues, ...list])
  }
  for (const loser of losers.values()) {
    const winner = winners.get(loser.participant.id)!
    const tie = Date.parse(winner.file.exportedAt) === Date.parse(loser.file.exportedAt)
    remarks
      .get(winner.index)!
      .push(
        i18next.t(tie ? 'participants:merge.sameMomentRemark' : 'participants:merge.earlierRemark', { name: loser.participant.name, file: fileNameOf(loser.path) }),
      )
  }

  const planned: FilePlan[] = files.map((opened, index) => {
    const fileName = fileNameOf(opened.path)
    const reason = refused.get(index)
    if (reason !== undefined) return { status: 'refused', path: opened.path, fileName, reason }
    const loser = losers.get(index)
    if (loser) {
      const winner = winners.get(loser.participant.id)!
      const tie = Date.parse(winner.file.exportedAt) === Date.parse(loser.file.exportedAt)
      return {
        status: 'superseded',
        path: loser.path,
        fileName,
        participantId: loser.participant.id,
        exportedAt: loser.file.exportedAt,
        supersededBy: winner.path,
        reason: i18next.t(tie ? 'participants:merge.sameMomentReason' : 'participants:merge.laterReason', { winner: fileNameOf(winner.path), name: loser.participant.name }),
      }
    }
    const winner = candidates.find((c) => c.index === index)!
    return { status: 'accepted', path: winner.path, fileName, participantId: winner.participant.id, exportedAt: winner.file.exportedAt, remarks: remarks.get(index)! }
  })

  return { files: planned, changes: sortChanges(assessment, changes), participants: countPerParticipant(assessment, winners, changes) }
}

function collectChanges(assessment: Assessment, candidate: Candidate, options: MergeOptions): { list: string[]; found: MergeChange[] } {
  const { file, participant, path } = candidate
  const list: string[] = []
  const found: MergeChange[] = []
  const frameworkName = (id: string) => {
    const framework = options.frameworks?.find((f) => f.id === id)
    return framework ? `${framework.name} ${framework.edition}` : i18next.t('participants:merge.unnamedFramework', { id })
  }

  for (const [frameworkId, items] of Object.entries(file.responses)) {
    const itemIds = Object.keys(items)
    if (itemIds.length === 0) continue
    if (!assessment.frameworks.includes(frameworkId)) {
      list.push(i18next.t('participants:merge.otherFramework', { count: itemIds.length, framework: frameworkName(frameworkId) }))
      continue
    }
    const framework = options.frameworks?.find((f) => f.id === frameworkId)
    const known = framework ? new Set(allItems(framework).map((item) => item.id)) : null
    const unknownItems: string[] = []
    const wrongScale: string[] = []
    const workshop = ownValue(assessment.responses, frameworkId)
    for (const [itemId, incoming] of Object.entries(items)) {
      if (known && !known.has(itemId)) {
        unknownItems.push(itemId)
        continue
      }
      const existing = ownValue(workshop, itemId)
      const place = { frameworkId, itemId, participantId: participant.id, path }
      if (incoming.rating) {
        if (framework && !fitsScale(framework, incoming.rating)) wrongScale.push(itemId)
        else {
          const current = ownValue(existing?.ratings, participant.id)
          const kind: ChangeKind = !current ? 'new' : sameRating(current, incoming.rating) ? 'same' : 'conflict'
          found.push({ ...place, field: 'rating', kind, incoming: incoming.rating, ...(current ? { existing: current } : {}) })
        }
      }
      // An empty note in the file says nothing; an import never deletes what the workshop holds.
      if (incoming.note !== undefined && incoming.note.trim() !== '') {
        const current = ownValue(existing?.notes, participant.id)
        const blank = current === undefined || current.trim() === ''
        const kind: ChangeKind = blank ? 'new' : current.trim() === incoming.note.trim() ? 'same' : 'conflict'
        found.push({ ...place, field: 'note', kind, incoming: incoming.note, ...(current !== undefined ? { existing: current } : {}) })
      }
    }
    if (framework && unknownItems.length > 0) {
      list.push(i18next.t('participants:merge.unknownItems', { count: unknownItems.length, framework: frameworkName(frameworkId), items: listed(unknownItems) }))
    }
    if (framework && wrongScale.length > 0) {
      const scale = i18next.t(framework.scoring === 'radar' ? 'participants:merge.scales.radar' : 'participants:merge.scales.maturity')
      list.push(i18next.t('participants:merge.wrongScale', { count: wrongScale.length, framework: frameworkName(frameworkId), scale, items: listed(wrongScale) }))
    }
  }
  if (found.length === 0 && list.length === 0) list.push(i18next.t('participants:merge.empty'))
  if (file.participant.name.trim() !== participant.name.trim()) {
    list.unshift(i18next.t('participants:merge.nameDiffers', { fileName: file.participant.name, name: participant.name }))
  }
  return { list, found }
}

function fitsScale(framework: Framework, rating: StoredRating): boolean {
  return framework.scoring === 'radar' ? rating.kind === 'quick' || rating.kind === 'radar' : rating.kind === 'level' || rating.kind === 'not-applicable'
}

function sortChanges(assessment: Assessment, changes: MergeChange[]): MergeChange[] {
  const frameworkRank = new Map(assessment.frameworks.map((id, index) => [id, index]))
  const participantRank = new Map(assessment.participants.map((p, index) => [p.id, index]))
  // One participant's rating and note of an item are collected in that order, and sort is
  // stable, so the rating stays first.
  return [...changes].sort(
    (a, b) =>
      (frameworkRank.get(a.frameworkId) ?? 0) - (frameworkRank.get(b.frameworkId) ?? 0) ||
      itemOrder.compare(a.itemId, b.itemId) ||
      (participantRank.get(a.participantId) ?? 0) - (participantRank.get(b.participantId) ?? 0),
  )
}

function countPerParticipant(assessment: Assessment, winners: Map<string, Candidate>, changes: MergeChange[]): ParticipantCounts[] {
  return assessment.participants
    .filter((p) => winners.has(p.id))
    .map((p) => {
      const counts: ParticipantCounts = { participantId: p.id, name: p.name, ratings: { new: 0, same: 0, conflict: 0 }, notes: { new: 0, same: 0, conflict: 0 } }
      for (const change of changes) {
        if (change.participantId !== p.id) continue
        const bucket = change.field === 'rating' ? counts.ratings : counts.notes
        bucket[change.kind] += 1
      }
      return counts
    })
}

export const conflictsOf = (plan: MergePlan): MergeChange[] => plan.changes.filter((change) => change.kind === 'conflict')

/** Conflicts nobody decided keep the workshop's value: an import must not overwrite by default. */
export function takesEffect(change: MergeChange, decisions: Readonly<Record<string, Decision>>): boolean {
  if (change.kind === 'new') return true
  return change.kind === 'conflict' && ownValue(decisions, changeKey(change)) === 'take'
}

export function mergeTotals(plan: MergePlan, decisions: Readonly<Record<string, Decision>>): MergeTotals {
  const applied = plan.changes.filter((change) => takesEffect(change, decisions))
  return {
    ratings: applied.filter((change) => change.field === 'rating').length,
    notes: applied.filter((change) => change.field === 'note').length,
    files: plan.files.filter((file) => file.status === 'accepted').length,
  }
}

function stillAsPlanned(response: ItemResponse | undefined, change: MergeChange): boolean {
  if (change.field === 'rating') {
    const current = ownValue(response?.ratings, change.participantId)
    return current === undefined || change.existing === undefined ? current === change.existing : sameRating(current, change.existing)
  }
  return ownValue(response?.notes, change.participantId) === change.existing
}

/**
 * Returns a new document with the new values and the conflicts decided as `take`; the input is
 * never changed, and nothing but participants' ratings and notes differs. A value that changed
 * since the plan was made is left alone rather than overwritten. With nothing to apply, the
 * same document comes back, so the store records no empty undo step.
 */
export function applyMerge(assessment: Assessment, plan: MergePlan, decisions: Readonly<Record<string, Decision>>): Assessment {
  const responses: Assessment['responses'] = { ...assessment.responses }
  const copiedFrameworks = new Set<string>()
  let changed = false

  for (const change of plan.changes) {
    if (!takesEffect(change, decisions) || !assessment.frameworks.includes(change.frameworkId)) continue
    const { frameworkId, itemId, participantId } = change
    if (!copiedFrameworks.has(frameworkId)) {
      responses[frameworkId] = { ...(ownValue(assessment.responses, frameworkId) ?? {}) }
      copiedFrameworks.add(frameworkId)
    }
    const items = ownValue(responses, frameworkId)!
    const before = ownValue(items, itemId)
    if (!stillAsPlanned(before, change)) continue
    const item = before ?? emptyItemResponse()
    // Computed keys define own properties, so even a participant id of `__proto__` is stored as data.
    items[itemId] =
      change.field === 'rating'
        ? { ...item, ratings: { ...item.ratings, [participantId]: change.incoming } }
        : { ...item, notes: { ...item.notes, [participantId]: change.incoming } }
    changed = true
  }
  return changed ? { ...assessment, responses } : assessment
}
