import i18next from 'i18next'
import type { StakeholderResults } from './workshop-results'
import { allItems, type Framework } from './framework'
import { formatFigure } from './figures'
import { GROUP_IDS, type GroupId } from './stakeholders'

/** An item "belongs" to a group when at least this share of what it asks concerns the group. */
export const OWN_ITEM_SHARE = 0.25

export interface FrameworkFigures {
  framework: Framework
  stakeholders: StakeholderResults
}

/** Groups with no item of their own in the framework (no item with relevance ≥ OWN_ITEM_SHARE). */
export function groupsWithoutOwnItem(framework: Framework): GroupId[] {
  return GROUP_IDS.filter((group) => !allItems(framework).some((item) => item.relevance[group] >= OWN_ITEM_SHARE))
}

/** "A", "A and B", "A, B and C"; only ever given a list of one or more. */
const listOf = (names: string[]) =>
  names.length === 1 ? names[0]! : i18next.t('scoring:stakeholderFindings.list', { items: names.slice(0, -1).join(', '), last: names[names.length - 1] })

/**
 * Plain-language findings from the numbers, in the order a manager would read them: where each
 * framework's attention goes, which groups it leaves without an item, how balanced it is, how it
 * compares with the organisation's target, and what the organisation's own answers show.
 */
export function stakeholderFindings(figures: FrameworkFigures[], groupName: (group: GroupId) => string): string[] {
  const sentences: string[] = []
  const name = (f: FrameworkFigures) => f.framework.name
  if (figures.length > 0) {
    const clauses = figures.map((f) =>
      i18next.t('scoring:stakeholderFindings.customerAttention', { framework: name(f), share: formatFigure('percent', f.stakeholders.design.focus.customers) }),
    )
    sentences.push(i18next.t('scoring:stakeholderFindings.customerAttentionSentence', { clauses: clauses.join('; ') }))
  }
  for (const f of figures) {
    const missing = groupsWithoutOwnItem(f.framework)
    if (missing.length > 0) {
      sentences.push(
        i18next.t(f.framework.scoring === 'maturity' ? 'scoring:stakeholderFindings.noOwnClause' : 'scoring:stakeholderFindings.noOwnPart', {
          count: missing.length,
          groups: listOf(missing.map(groupName)),
          framework: name(f),
          shares: listOf(missing.map((g) => formatFigure('percent', f.stakeholders.design.focus[g]))),
        }),
      )
    }
  }
  if (figures.length === 2) {
    const [a, b] = [...figures].sort((x, y) => y.stakeholders.design.balanceIndex - x.stakeholders.design.balanceIndex) as [FrameworkFigures, FrameworkFigures]
    sentences.push(
      i18next.t('scoring:stakeholderFindings.balance', {
        even: name(a),
        evenBalance: formatFigure('index', a.stakeholders.design.balanceIndex),
        evenBreadth: a.stakeholders.design.breadth,
        uneven: name(b),
        unevenBalance: formatFigure('index', b.stakeholders.design.balanceIndex),
        unevenBreadth: b.stakeholders.design.breadth,
      }),
    )
  }
  for (const f of figures) {
    const spots = f.stakeholders.blindSpots
    const misalignment = formatFigure('percent', f.stakeholders.misalignment)
    sentences.push(
      spots.length > 0
        ? i18next.t('scoring:stakeholderFindings.blindSpots', { count: spots.length, framework: name(f), groups: listOf(spots.map(groupName)), misalignment })
        : i18next.t('scoring:stakeholderFindings.noBlindSpots', { framework: name(f), misalignment }),
    )
  }
  for (const f of figures) {
    const sorted = GROUP_IDS.filter((g) => f.stakeholders.achieved[g].score !== null)
    if (sorted.length < 2) continue
    sorted.sort((x, y) => f.stakeholders.achieved[y].score! - f.stakeholders.achieved[x].score!)
    const best = sorted[0]!
    const worst = sorted[sorted.length - 1]!
    sentences.push(
      i18next.t('scoring:stakeholderFindings.bestAndWorst', {
        framework: name(f),
        best: groupName(best),
        bestScore: formatFigure('percent', f.stakeholders.achieved[best].score!),
        worst: groupName(worst),
        worstScore: formatFigure('percent', f.stakeholders.achieved[worst].score!),
      }),
    )
  }
  return sentences
}
