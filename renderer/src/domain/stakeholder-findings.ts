import type { StakeholderResults } from './workshop-results'
import { allItems, type Framework } from './framework'
import { formatNumber, formatPercent } from './numbers'
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

const listOf = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`)

/**
 * Plain-language findings from the numbers, in the order a manager would read them: where each
 * framework's attention goes, which groups it leaves without an item, how balanced it is, how it
 * compares with the organisation's target, and what the organisation's own answers show.
 */
export function stakeholderFindings(figures: FrameworkFigures[], groupName: (group: GroupId) => string): string[] {
  const sentences: string[] = []
  const name = (f: FrameworkFigures) => f.framework.name
  if (figures.length > 0) {
    sentences.push(
      `${figures.map((f) => `${name(f)} gives ${formatPercent(f.stakeholders.design.focus.customers)} of its stakeholder attention to customers`).join('; ')}.`,
    )
  }
  for (const f of figures) {
    const missing = groupsWithoutOwnItem(f.framework)
    if (missing.length > 0) {
      sentences.push(
        `${listOf(missing.map(groupName))} ${missing.length === 1 ? 'has' : 'have'} no ${f.framework.scoring === 'maturity' ? 'clause' : 'part'} of ${missing.length === 1 ? 'its' : 'their'} own in ${name(f)} (${listOf(missing.map((g) => formatPercent(f.stakeholders.design.focus[g])))} of its attention).`,
      )
    }
  }
  if (figures.length === 2) {
    const [a, b] = [...figures].sort((x, y) => y.stakeholders.design.balanceIndex - x.stakeholders.design.balanceIndex) as [FrameworkFigures, FrameworkFigures]
    sentences.push(
      `${name(a)} spreads its attention more evenly (balance index ${formatNumber(a.stakeholders.design.balanceIndex, 2)}, ${a.stakeholders.design.breadth} of 6 groups) than ${name(b)} (${formatNumber(b.stakeholders.design.balanceIndex, 2)}, ${b.stakeholders.design.breadth} of 6).`,
    )
  }
  for (const f of figures) {
    const spots = f.stakeholders.blindSpots
    sentences.push(
      spots.length > 0
        ? `Against your target profile, ${name(f)} leaves ${listOf(spots.map(groupName))} as ${spots.length === 1 ? 'a blind spot' : 'blind spots'}: less than half the attention you want for ${spots.length === 1 ? 'it' : 'them'}. Its attention differs from the target by ${formatPercent(f.stakeholders.misalignment, 0)}.`
        : `${name(f)} gives every group at least half the attention your target asks for; its attention differs from the target by ${formatPercent(f.stakeholders.misalignment, 0)}.`,
    )
  }
  for (const f of figures) {
    const scored = GROUP_IDS.filter((g) => f.stakeholders.achieved[g].score !== null)
    if (scored.length < 2) continue
    const sorted = [...scored].sort((x, y) => f.stakeholders.achieved[y].score! - f.stakeholders.achieved[x].score!)
    const best = sorted[0]!
    const worst = sorted[sorted.length - 1]!
    sentences.push(
      `In ${name(f)} your answers score highest for ${groupName(best)} (${formatPercent(f.stakeholders.achieved[best].score!, 0)}) and lowest for ${groupName(worst)} (${formatPercent(f.stakeholders.achieved[worst].score!, 0)}).`,
    )
  }
  return sentences
}
