import { AxisNumbers, Gridlines, share } from './axis'
import { activate } from './HorizontalBars'

export interface Series {
  id: string
  label: string
  colour: string
  /** A hollow, dashed bar, e.g. for a target rather than a measurement. */
  outline?: boolean
  values: Array<number | null>
}

/**
 * Several series over the same categories, bars side by side: here, each framework's design
 * focus and the organisation's target over the six stakeholder groups. Laid out by the
 * stylesheet like HorizontalBars, so it reflows with the window and the zoom.
 */
export function GroupedBars(props: {
  title: string
  categories: Array<{ id: string; label: string; colour?: string }>
  series: Series[]
  max: number
  format: (value: number) => string
  onSelect?: (categoryId: string, seriesId: string) => void
}) {
  return (
    <div className="chart bar-chart grouped" role="group" aria-label={props.title}>
      <div className="bar-grid">
        {props.categories.map((category, row) => (
          <div key={category.id} className="bar-row">
            <span className="bar-label">
              {category.colour && <span className="swatch" style={{ background: category.colour }} aria-hidden="true" />}
              {category.label}
            </span>
            <span className="bar-track">
              <Gridlines />
              {props.series.map((series) => {
                const value = series.values[row] ?? null
                if (value === null) return null
                const select = () => props.onSelect?.(category.id, series.id)
                const selectable = !!props.onSelect && !series.outline
                return (
                  <span key={series.id} className="bar-line">
                    <span
                      className={series.outline ? 'bar outline' : 'bar'}
                      style={{ ...share('--value', value / props.max), ...(series.outline ? { borderColor: series.colour } : { background: series.colour }) }}
                      tabIndex={selectable ? 0 : undefined}
                      role={selectable ? 'button' : 'img'}
                      aria-label={`${category.label}, ${series.label}: ${props.format(value)}`}
                      onClick={series.outline ? undefined : select}
                      onKeyDown={series.outline ? undefined : activate(select)}
                    />
                    <span className="bar-value muted" aria-hidden="true">
                      {props.format(value)}
                    </span>
                  </span>
                )
              })}
            </span>
          </div>
        ))}
        <div className="bar-row axis-row">
          <span className="bar-track">
            <AxisNumbers max={props.max} format={props.format} />
          </span>
        </div>
      </div>
    </div>
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
