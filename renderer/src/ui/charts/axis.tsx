import type { CSSProperties } from 'react'

/** Where the gridlines and axis numbers go, as shares of the axis. */
export const TICKS = [0, 0.25, 0.5, 0.75, 1] as const

/** A custom property for the stylesheet (bar lengths and tick positions are shares of the track). */
export const share = (name: string, value: number) => ({ [name]: String(Math.max(0, Math.min(1, value))) }) as CSSProperties

/** The vertical gridlines behind a row's bars. */
export function Gridlines() {
  return (
    <span className="chart-gridlines" aria-hidden="true">
      {TICKS.map((tick) => (
        <span key={tick} className="chart-gridline" style={share('--at', tick)} />
      ))}
    </span>
  )
}

/** The axis numbers under the bars, at the gridlines; the bars' own labels say each value. */
export function AxisNumbers(props: { max: number; format: (value: number) => string }) {
  return (
    <span className="chart-axis" aria-hidden="true">
      {TICKS.map((tick) => (
        <span key={tick} className="chart-tick" style={share('--at', tick)}>
          {props.format(tick * props.max)}
        </span>
      ))}
    </span>
  )
}
