import { activate } from './HorizontalBars'

export interface Series {
  id: string
  label: string
  colour: string
  /** A hollow, dashed bar, e.g. for a target rather than a measurement. */
  outline?: boolean
  values: Array<number | null>
}

const WIDTH = 760
const LABEL = 230
const VALUE = 70
const BAR = 13
const GAP = 3
const BLOCK_GAP = 12

/**
 * Several series over the same categories, bars side by side: here, each framework's design
 * focus and the organisation's target over the six stakeholder groups.
 */
export function GroupedBars(props: {
  title: string
  categories: Array<{ id: string; label: string; colour?: string }>
  series: Series[]
  max: number
  format: (value: number) => string
  onSelect?: (categoryId: string, seriesId: string) => void
}) {
  const block = props.series.length * (BAR + GAP) + BLOCK_GAP
  const height = props.categories.length * block + 8
  const scale = (value: number) => (value / props.max) * (WIDTH - LABEL - VALUE)
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label={props.title}>
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={tick}>
          <line className="gridline" x1={LABEL + scale(tick * props.max)} x2={LABEL + scale(tick * props.max)} y1={0} y2={height - 4} />
        </g>
      ))}
      {props.categories.map((category, row) => {
        const top = row * block + 4
        return (
          <g key={category.id}>
            {category.colour && <rect x={4} y={top + block / 2 - 10} width={10} height={10} fill={category.colour} rx={2} />}
            <text x={category.colour ? 20 : 4} y={top + block / 2 - 1}>
              {category.label.length > 30 ? `${category.label.slice(0, 29)}…` : category.label}
            </text>
            {props.series.map((series, index) => {
              const value = series.values[row] ?? null
              const y = top + index * (BAR + GAP)
              const select = () => props.onSelect?.(category.id, series.id)
              if (value === null) return null
              return (
                <g key={series.id}>
                  <rect
                    className="bar"
                    x={LABEL}
                    y={y}
                    width={Math.max(scale(value), 1.5)}
                    height={BAR}
                    rx={2}
                    fill={series.outline ? 'none' : series.colour}
                    stroke={series.colour}
                    strokeWidth={series.outline ? 2 : 0}
                    strokeDasharray={series.outline ? '5 3' : undefined}
                    tabIndex={props.onSelect && !series.outline ? 0 : undefined}
                    role={props.onSelect && !series.outline ? 'button' : 'img'}
                    aria-label={`${category.label}, ${series.label}: ${props.format(value)}`}
                    onClick={series.outline ? undefined : select}
                    onKeyDown={series.outline ? undefined : activate(select)}
                  />
                  <text x={LABEL + scale(value) + 6} y={y + BAR - 2} className="muted" fontSize={11}>
                    {props.format(value)}
                  </text>
                </g>
              )
            })}
          </g>
        )
      })}
    </svg>
  )
}

export function Legend({ series }: { series: Array<Pick<Series, 'id' | 'label' | 'colour' | 'outline'>> }) {
  return (
    <ul className="legend" aria-hidden="true">
      {series.map((s) => (
        <li key={s.id}>
          <svg width="22" height="12">
            <rect x="1" y="1" width="20" height="10" rx="2" fill={s.outline ? 'none' : s.colour} stroke={s.colour} strokeWidth={2} strokeDasharray={s.outline ? '4 2' : undefined} />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  )
}
