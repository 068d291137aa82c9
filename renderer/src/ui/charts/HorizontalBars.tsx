import type { KeyboardEvent } from 'react'
import { formatFigure } from '../../../../common/domain/figures'
import { AxisNumbers, Gridlines, share } from './axis'

export interface BarDatum {
  id: string
  label: string
  /** On [0, max]; null is "not assessed" and is drawn as an empty outline, never as zero. */
  value: number | null
  text: string
}

export const activate = (handler: () => void) => (event: KeyboardEvent) => {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault()
    handler()
  }
}

/**
 * One bar per row, each a keyboard-reachable button that drills into the items behind it.
 * Laid out by the stylesheet, not scaled as a picture: labels and values wrap whole, the text
 * keeps its size at any zoom, and a narrow chart puts each label above its bar.
 */
export function HorizontalBars(props: {
  title: string
  bars: BarDatum[]
  max: number
  colour: string
  onSelect?: (id: string) => void
  /** The axis numbers (default: the plain number). */
  tickFormat?: (value: number) => string
}) {
  return (
    <div className="chart bar-chart" role="group" aria-label={props.title}>
      <div className="bar-grid">
        {props.bars.map((bar) => {
          const select = () => props.onSelect?.(bar.id)
          return (
            <div key={bar.id} className="bar-row">
              <span className="bar-label">{bar.label}</span>
              <span className="bar-track">
                <Gridlines />
                <span
                  className={bar.value === null ? 'bar unassessed' : 'bar'}
                  style={{ ...share('--value', bar.value === null ? 1 : bar.value / props.max), background: bar.value === null ? undefined : props.colour }}
                  tabIndex={props.onSelect ? 0 : undefined}
                  role={props.onSelect ? 'button' : 'img'}
                  aria-label={`${bar.label}: ${bar.text}`}
                  onClick={select}
                  onKeyDown={activate(select)}
                />
              </span>
              <span className={bar.value === null ? 'bar-value muted' : 'bar-value'}>{bar.text}</span>
            </div>
          )
        })}
        <div className="bar-row axis-row">
          <span className="bar-track">
            <AxisNumbers max={props.max} format={props.tickFormat ?? ((value) => formatFigure('radar', value))} />
          </span>
        </div>
      </div>
    </div>
  )
}
