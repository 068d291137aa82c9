import type { Assessment, ItemResponse, StoredConsensus, StoredRating } from '../../common/contract/assessment-schema'
import { allItems, findItem, type Framework } from '../../common/domain/framework'
import { ratingValue } from '../../common/domain/radar'
import { DomainError } from '../../common/domain/errors'
import { plainFigure, scaleKind } from '../../common/domain/figures'
import type { EfqmRating } from '../../common/domain/ratings'
import type { ItemState } from '../../common/domain/counting'
import { countAssessmentItem } from '../../common/domain/workshop-input'
import { neutraliseFormula } from './formula-guard'

/** The counting rule's words in the file (domain/counting.ts): stable, so a spreadsheet can filter on them. */
const STATUS: Record<ItemState, string> = { counted: 'counted', 'in-progress': 'in progress', open: 'open' }

export const CSV_COLUMNS = [
  'framework',
  'framework_edition',
  'item',
  'item_title',
  'participant',
  'role',
  'kind',
  'value',
  'not_applicable_reason',
  'rationale',
  'item_status',
] as const

type Row = Record<(typeof CSV_COLUMNS)[number], string>

const BOM = '\uFEFF'
const CRLF = '\r\n'

/**
 * Every score in the assessment as CSV, for a spreadsheet: one row per item and participant who
 * rated it (kind `vote`), one per agreed answer (kind `consensus`), and, where no answer was
 * agreed but enough of the team voted, one for the proposed median that counts (kind `proposed`).
 * Each row names its item's state under the counting rule (`item_status`). Frameworks come in the
 * assessment's order and items in the framework's order, with titles and editions from the
 * bundled framework files; answers for items or frameworks this build does not know still come
 * out, after the known ones, with an empty title. A full RADAR grid is given as the part score it
 * proposes (mean of the element scores, rounded to 5, exactly as the app computes it); a grid
 * still being filled in has an empty value. Not applicable has an empty value and its reason.
 * Scores and levels are rounded by the app's own rule for their kind (domain/figures.ts) and
 * written with a full stop, whatever the locale, so a spreadsheet reads them as numbers.
 *
 * RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled, lines end in CRLF.
 * UTF-8 with a byte-order mark, so spreadsheet programs read names such as "Łódź" correctly.
 * Text that a spreadsheet could run as a formula gets an apostrophe (formula-guard.ts), so a file
 * opened from elsewhere cannot put a live formula in a cell.
 */
export function toCsv(assessment: Assessment, frameworks: readonly Framework[]): string {
  const rows: Row[] = []
  const participants = new Map(assessment.participants.map((p) => [p.id, p]))
  const frameworkIds = [...assessment.frameworks, ...Object.keys(assessment.responses).filter((id) => !assessment.frameworks.includes(id)).sort()]

  for (const frameworkId of frameworkIds) {
    const framework = frameworks.find((f) => f.id === frameworkId)
    const responses = assessment.responses[frameworkId] ?? {}
    const known = framework ? allItems(framework) : []
    const knownIds = new Set(known.map((item) => item.id))
    const items = [
      ...known.map((item) => ({ id: item.id, title: item.title })),
      ...Object.keys(responses)
        .filter((id) => !knownIds.has(id))
        .sort()
        .map((id) => ({ id, title: '' })),
    ]
    for (const item of items) {
      const response: ItemResponse | undefined = Object.hasOwn(responses, item.id) ? responses[item.id] : undefined
      if (!response) continue
      const count = framework && knownIds.has(item.id) ? countAssessmentItem(framework, item.id, assessment).count : null
      const base = { framework: frameworkId, framework_edition: framework?.edition ?? '', item: item.id, item_title: item.title, item_status: count ? STATUS[count.state] : '' }
      const raters = [
        ...assessment.participants.map((p) => p.id).filter((id) => Object.hasOwn(response.ratings, id)),
        ...Object.keys(response.ratings)
          .filter((id) => !participants.has(id))
          .sort(),
      ]
      for (const participantId of raters) {
        const rating = response.ratings[participantId]!
        const person = participants.get(participantId)
        rows.push({
          ...base,
          participant: person?.name ?? participantId,
          role: person?.role ?? '',
          kind: 'vote',
          ...voteValue(framework, item.id, rating),
          rationale: '',
        })
      }
      if (response.consensus) rows.push({ ...base, participant: '', role: '', kind: 'consensus', ...consensusValue(response.consensus) })
      else if (count?.source === 'proposed' && count.value !== null) {
        // The median that counts because enough of the team voted: the figure the scores use.
        const value = count.value === 'not-applicable' ? '' : plainFigure(scaleKind(framework!.scoring), count.value)
        rows.push({ ...base, participant: '', role: '', kind: 'proposed', value, not_applicable_reason: '', rationale: '' })
      }
    }
  }

  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((column) => csvField(row[column], column === 'value')).join(','))]
  return BOM + lines.join(CRLF) + CRLF
}

function voteValue(framework: Framework | undefined, itemId: string, rating: StoredRating): Pick<Row, 'value' | 'not_applicable_reason'> {
  switch (rating.kind) {
    case 'quick':
      return { value: plainFigure('radar', rating.score), not_applicable_reason: '' }
    case 'level':
      return { value: plainFigure('level', rating.level), not_applicable_reason: '' }
    case 'not-applicable':
      return { value: '', not_applicable_reason: rating.justification }
    case 'radar':
      return { value: radarValue(framework, itemId, rating), not_applicable_reason: '' }
  }
}

function radarValue(framework: Framework | undefined, itemId: string, rating: EfqmRating): string {
  if (!framework) return ''
  try {
    // A framework scored by levels has no RADAR attributes: elementsFor throws a DomainError (no value).
    const { item, section } = findItem(framework, itemId)
    return plainFigure('radar', ratingValue(framework, section, item, rating))
  } catch (error) {
    // So does a half-filled grid, which is work in progress: it has no score yet.
    if (error instanceof DomainError) return ''
    throw error
  }
}

function consensusValue(consensus: StoredConsensus): Pick<Row, 'value' | 'not_applicable_reason' | 'rationale'> {
  switch (consensus.kind) {
    case 'score':
      return { value: plainFigure('radar', consensus.score), not_applicable_reason: '', rationale: consensus.rationale }
    case 'level':
      return { value: plainFigure('level', consensus.level), not_applicable_reason: '', rationale: consensus.rationale }
    case 'not-applicable':
      return { value: '', not_applicable_reason: consensus.justification, rationale: '' }
  }
}

const NEGATIVE_NUMBER = /^-\d+(?:\.\d+)?$/

/**
 * One RFC 4180 field, kept from being read as a formula. A `number` field that holds a plain
 * negative number is written as it is, so the spreadsheet reads a number rather than text with
 * an apostrophe; anything else in it goes through the guard like text, which leaves a plain
 * positive number as it is.
 */
export function csvField(value: string, number = false): string {
  const safe = number && NEGATIVE_NUMBER.test(value) ? value : neutraliseFormula(value)
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}
