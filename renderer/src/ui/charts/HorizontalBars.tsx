import type { KeyboardEvent } from 'react'

export interface BarDatum {
  id: string
  label: string
  /** On [0, max]; null is "not assessed" and is drawn as an empty outline, never as zero. */
  value: number | null
  text: string
}

const WIDTH = 760
const LABEL = 270
const VALUE = 190
const ROW = 30

export const activate = (handler: () => void) => (event: KeyboardEvent) => {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault()
    handler()
  }
}

/** One bar per row, each a keyboard-reachable button that drills into the items behind it. */
export function HorizontalBars(props: { title: string; bars: BarDatum[]; max: number; colour: string; onSelect?: (id: string) => void }) {
  const height = props.bars.length * ROW + 8
  const scale = (value: number) => (value / props.max) * (WIDTH - LABEL - VALUE)
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label={props.title}>
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <line key={tick} className="gridline" x1={LABEL + scale(tick * props.max)} x2={LABEL + scale(tick * props.max)} y1={0} y2={height - 4} />
      ))}
      {props.bars.map((bar, index) => {
        const y = index * ROW + 4
        const select = () => props.onSelect?.(bar.id)
        return (
          <g key={bar.id}>
            <text x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end">
              {bar.label.length > 38 ? `${bar.label.slice(0, 37)}…` : bar.label}
            </text>
            {bar.value === null ? (
              <rect x={LABEL} y={y + 5} width={WIDTH - LABEL - VALUE} height={ROW - 10} fill="none" stroke="currentColor" strokeDasharray="4 4" className="muted-outline" />
            ) : null}
            <rect
              className="bar"
              x={LABEL}
              y={y + 5}
              width={Math.max(bar.value === null ? WIDTH - LABEL - VALUE : scale(bar.value), 2)}
              height={ROW - 10}
              fill={bar.value === null ? 'transparent' : props.colour}
              rx={3}
              tabIndex={props.onSelect ? 0 : undefined}
              role={props.onSelect ? 'button' : 'img'}
              aria-label={`${bar.label}: ${bar.text}`}
              onClick={select}
              onKeyDown={activate(select)}
            />
            <text x={WIDTH - VALUE + 8} y={y + ROW / 2 + 4} className={bar.value === null ? 'muted' : undefined}>
              {bar.text}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
