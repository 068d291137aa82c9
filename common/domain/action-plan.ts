import i18next from 'i18next'
import type { Action, Assessment } from '../contract/assessment-schema'
import type { Framework } from './framework'
import { ownValue } from './records'

/**
 * The action plan: areas for improvement (AFIs) turned into owned actions, ordered so the
 * team sees what to do first. Pure: the screens and the report share these rules.
 */

export type ActionSource = Action['sources'][number]
export type ActionStatus = Action['status']
export type Level = 1 | 2 | 3

export const LEVELS: readonly Level[] = [1, 2, 3]
export const ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in-progress', 'done']

// The limits of the assessment file (assessment-schema.ts): main refuses a save beyond them.
export const ACTION_TITLE_MAX = 300
export const ACTION_OWNER_MAX = 120
export const ACTION_SOURCES_MAX = 50
export const ACTIONS_MAX = 1000

/** Shown next to the list, so nobody has to guess why one action sits above another. */
export const priorityRule = () => i18next.t('actions:priorityRule')

export interface AfiEntry {
  frameworkId: string
  /** The framework's short name, e.g. "ISO 9001". */
  frameworkName: string
  itemId: string
  itemTitle: string
  /** "ISO 9001 4.1 Organisation and its context" */
  itemLabel: string
  entryId: string
  text: string
  /** The action this AFI already feeds, if any. */
  action: Action | null
}

export const sourceKey = (source: ActionSource) => `${source.frameworkId}:${source.itemId}:${source.entryId}`

/**
 * Every AFI of the assessment's frameworks, in questionnaire order, with the action that uses
 * it. Blank entries are left out: they are half-typed notes, not areas for improvement, and
 * items the framework no longer has cannot be opened, so their AFIs are left out too.
 */
export function collectAfis(assessment: Assessment, frameworks: readonly Framework[]): AfiEntry[] {
  const usedBy = new Map<string, Action>()
  for (const action of assessment.actions) {
    for (const source of action.sources) {
      const key = sourceKey(source)
      if (!usedBy.has(key)) usedBy.set(key, action)
    }
  }
  const afis: AfiEntry[] = []
  for (const framework of frameworks) {
    if (!assessment.frameworks.includes(framework.id)) continue
    const responses = ownValue(assessment.responses, framework.id) ?? {}
    for (const section of framework.sections) {
      for (const item of section.items) {
        for (const entry of ownValue(responses, item.id)?.afis ?? []) {
          if (!entry.text.trim()) continue
          const source = { frameworkId: framework.id, itemId: item.id, entryId: entry.id }
          afis.push({
            ...source,
            frameworkName: framework.name,
            itemTitle: item.title,
            itemLabel: `${framework.name} ${item.id} ${item.title}`,
            text: entry.text,
            action: usedBy.get(sourceKey(source)) ?? null,
          })
        }
      }
    }
  }
  return afis
}

/** "ISO 9001 4.1 Organisation and its context", or the bare ids when the framework or item is not loaded. */
export function itemLabel(frameworks: readonly Framework[], frameworkId: string, itemId: string): string {
  const framework = frameworks.find((f) => f.id === frameworkId)
  const item = framework?.sections.flatMap((section) => section.items).find((i) => i.id === itemId)
  if (!framework) return `${frameworkId} ${itemId}`
  return item ? `${framework.name} ${item.id} ${item.title}` : `${framework.name} ${itemId}`
}

/** The items an action came from, each once, in the order its AFIs were added. */
export function sourceItems(action: Pick<Action, 'sources'>): { frameworkId: string; itemId: string }[] {
  const seen = new Set<string>()
  const items: { frameworkId: string; itemId: string }[] = []
  for (const { frameworkId, itemId } of action.sources) {
    const key = `${frameworkId}:${itemId}`
    if (seen.has(key)) continue
    seen.add(key)
    items.push({ frameworkId, itemId })
  }
  return items
}

/** The text of the AFI a source points at; null once it has been removed from its item. */
export function sourceText(assessment: Assessment, source: ActionSource): string | null {
  return ownValue(ownValue(assessment.responses, source.frameworkId), source.itemId)?.afis.find((entry) => entry.id === source.entryId)?.text ?? null
}

// Undated actions sort after every dated one; ISO dates compare correctly as text.
function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}

export function comparePriority(a: Action, b: Action): number {
  return (
    b.impact - a.impact ||
    a.effort - b.effort ||
    compareDue(a.due, b.due) ||
    a.title.localeCompare(b.title, undefined, { sensitivity: 'base', numeric: true })
  )
}

/** A new list in priority order (see priorityRule); actions that tie keep their stored order. */
export function prioritise(actions: readonly Action[]): Action[] {
  return [...actions].sort(comparePriority)
}

/** Ids, not words: the matrix's tints are named after them, and the catalogue names them for the user. */
export type Priority = 'quick-win' | 'major-project' | 'fill-in' | 'thankless-task' | 'worth-doing'

/** The corners of the impact–effort matrix have names; everything between is worth doing. */
export function priorityOf(action: Pick<Action, 'impact' | 'effort'>): Priority {
  if (action.impact === 3 && action.effort === 1) return 'quick-win'
  if (action.impact === 3 && action.effort === 3) return 'major-project'
  if (action.impact === 1 && action.effort === 1) return 'fill-in'
  if (action.impact === 1 && action.effort === 3) return 'thankless-task'
  return 'worth-doing'
}

const PRIORITY_KEYS = {
  'quick-win': 'actions:priority.quickWin',
  'major-project': 'actions:priority.majorProject',
  'fill-in': 'actions:priority.fillIn',
  'thankless-task': 'actions:priority.thanklessTask',
  'worth-doing': 'actions:priority.worthDoing',
} as const satisfies Record<Priority, string>

/** "Quick win", in the user's language. */
export const priorityName = (priority: Priority) => i18next.t(PRIORITY_KEYS[priority])

export const priorityLabel = (action: Pick<Action, 'impact' | 'effort'>) => priorityName(priorityOf(action))

export interface MatrixCell {
  impact: Level
  effort: Level
  priority: Priority
  /** In priority order. */
  actions: Action[]
}

/** The 3 × 3 matrix: rows from high impact down, columns from low effort up, so quick wins sit top left. */
export function priorityMatrix(actions: readonly Action[]): MatrixCell[][] {
  const ordered = prioritise(actions)
  return [3, 2, 1].map((impact) =>
    [1, 2, 3].map((effort) => ({
      impact: impact as Level,
      effort: effort as Level,
      priority: priorityOf({ impact, effort }),
      actions: ordered.filter((action) => action.impact === impact && action.effort === effort),
    })),
  )
}

/** An action as its form holds it: the due date as typed ('' for none). */
export interface ActionDraft {
  title: string
  owner: string
  due: string
  impact: number
  effort: number
  status: string
}

export type ActionField = keyof ActionDraft
export type ActionProblems = Partial<Record<ActionField, string>>

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  // A month outside 1–12 never comes out as month − 1, and a day outside the month (0, or past its
  // end: two digits are fewer than a year of days) rolls into another month: the month tells it all.
  return date.getUTCMonth() === month - 1
}

const isLevel = (value: number): value is Level => value === 1 || value === 2 || value === 3
const isStatus = (value: string): value is ActionStatus => (ACTION_STATUSES as readonly string[]).includes(value)

/** One message per field that the assessment file could not hold; empty when the draft can be saved. */
export function validateAction(draft: ActionDraft): ActionProblems {
  const problems: ActionProblems = {}
  const title = draft.title.trim()
  if (!title) problems.title = i18next.t('actions:validation.titleMissing')
  else if (title.length > ACTION_TITLE_MAX) problems.title = i18next.t('actions:validation.titleTooLong', { max: ACTION_TITLE_MAX, length: title.length })
  if (draft.owner.trim().length > ACTION_OWNER_MAX) problems.owner = i18next.t('actions:validation.ownerTooLong', { max: ACTION_OWNER_MAX })
  if (draft.due !== '' && !isRealDate(draft.due)) problems.due = i18next.t('actions:validation.dueInvalid')
  if (!isLevel(draft.impact)) problems.impact = i18next.t('actions:validation.impactInvalid')
  if (!isLevel(draft.effort)) problems.effort = i18next.t('actions:validation.effortInvalid')
  if (!isStatus(draft.status)) problems.status = i18next.t('actions:validation.statusInvalid')
  return problems
}

export const draftOf = (action: Action): ActionDraft => ({
  title: action.title,
  owner: action.owner,
  due: action.due ?? '',
  impact: action.impact,
  effort: action.effort,
  status: action.status,
})

/** The action with the draft's values; call only once validateAction finds nothing. */
export function applyDraft(action: Action, draft: ActionDraft): Action {
  return {
    ...action,
    title: draft.title.trim(),
    owner: draft.owner.trim(),
    due: draft.due === '' ? null : draft.due,
    impact: draft.impact,
    effort: draft.effort,
    status: draft.status as ActionStatus,
  }
}

/** A title from an AFI's text: one line, short enough for the file (cut at a word where it can be). */
export function titleFromAfi(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length <= ACTION_TITLE_MAX) return line
  const cut = line.slice(0, ACTION_TITLE_MAX - 1)
  const lastSpace = cut.lastIndexOf(' ')
  // Spaces are single by now, so neither piece ends in one (a cut ending in a space cuts at it).
  return `${lastSpace > ACTION_TITLE_MAX / 2 ? cut.slice(0, lastSpace) : cut}…`
}

/** A new action for one AFI: its text as the title, middling impact and effort until the team decides. */
export function newActionFromAfi(afi: Pick<AfiEntry, 'frameworkId' | 'itemId' | 'entryId' | 'text'>, id: string): Action {
  return {
    id,
    title: titleFromAfi(afi.text),
    owner: '',
    due: null,
    impact: 2,
    effort: 2,
    status: 'open',
    sources: [{ frameworkId: afi.frameworkId, itemId: afi.itemId, entryId: afi.entryId }],
  }
}
