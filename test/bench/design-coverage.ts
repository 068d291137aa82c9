/** Prints each framework's design coverage (domain.md §5), for a plausibility check by eye. */
import { designCoverage } from '../../common/domain/coverage'
import { formatFigure } from '../../common/domain/figures'
import { RELEVANCE_KEYS, GROUP_IDS } from '../../common/domain/stakeholders'
import { efqmFramework, isoFramework } from '../support/workshop-fixture'

export function printDesignCoverage(): void {
  const designs = [efqmFramework, isoFramework].map((framework) => ({ name: `${framework.name} ${framework.edition}`, design: designCoverage(framework) }))
  const rows: string[][] = [
    ...RELEVANCE_KEYS.map((key) => [
      key,
      ...designs.map(({ design }) => `C ${formatFigure('percent', design.coverage[key])}${key === 'internal' ? '' : ` · P ${formatFigure('percent', design.focus[key as (typeof GROUP_IDS)[number]])}`}`),
    ]),
    ['beyond-customer share', ...designs.map(({ design }) => formatFigure('percent', design.beyondCustomerShare))],
    ['breadth', ...designs.map(({ design }) => `${design.breadth} of 6`)],
    ['balance index', ...designs.map(({ design }) => formatFigure('index', design.balanceIndex))],
  ]
  const header = ['design coverage', ...designs.map((d) => d.name)]
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows) console.log(line(row))
}

