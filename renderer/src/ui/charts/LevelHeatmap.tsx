import { useTranslation } from 'react-i18next'
import { activate } from './HorizontalBars'

// Purple–orange (PuOr), distinguishable with the common colour-vision deficiencies; dark text on light cells.
export const LEVEL_COLOURS = ['#b35806', '#e08214', '#fdb863', '#b2abd2', '#8073ac', '#542788'] as const
const textOn = (level: number) => (level === 2 || level === 3 ? '#111' : '#fff')

export interface HeatDatum {
  id: string
  title: string
  level: number | null
  notApplicable: boolean
}

const COLUMNS = 8
const CELL_W = 92
const CELL_H = 46
const GAP = 4

/** Every ISO unit as a cell coloured by its agreed level; unassessed units stay blank, not zero. */
export function LevelHeatmap(props: { title: string; cells: HeatDatum[]; onSelect?: (id: string) => void }) {
  const { t } = useTranslation('results')
  const rows = Math.ceil(props.cells.length / COLUMNS)
  const width = COLUMNS * (CELL_W + GAP)
  const height = rows * (CELL_H + GAP)
  return (
    <svg className="chart heatmap-chart" viewBox={`0 0 ${width} ${height}`} role="group" aria-label={props.title}>
      {props.cells.map((cell, index) => {
        const x = (index % COLUMNS) * (CELL_W + GAP)
        const y = Math.floor(index / COLUMNS) * (CELL_H + GAP)
        const state = cell.notApplicable ? t('ui.notApplicable') : cell.level === null ? t('ui.notAssessed') : t('ui.levelState', { level: cell.level })
        const fill = cell.level !== null ? LEVEL_COLOURS[cell.level]! : 'none'
        const ink = cell.level !== null ? textOn(cell.level) : undefined
        const select = () => props.onSelect?.(cell.id)
        return (
          <g key={cell.id}>
            <rect
              className="bar"
              x={x}
              y={y}
              width={CELL_W}
              height={CELL_H}
              rx={5}
              fill={fill}
              stroke="currentColor"
              strokeOpacity={cell.level === null ? 0.5 : 0}
              strokeDasharray={cell.level === null && !cell.notApplicable ? '4 3' : undefined}
              tabIndex={props.onSelect ? 0 : undefined}
              role={props.onSelect ? 'button' : 'img'}
              aria-label={`${cell.id} ${cell.title}: ${state}`}
              onClick={select}
              onKeyDown={activate(select)}
            />
            {/* The labels let clicks through, so anywhere in the cell opens it. */}
            <text x={x + CELL_W / 2} y={y + 18} textAnchor="middle" fontSize={12} fontWeight={600} pointerEvents="none" style={ink ? { fill: ink } : undefined}>
              {cell.id}
            </text>
            <text x={x + CELL_W / 2} y={y + 35} textAnchor="middle" fontSize={11} pointerEvents="none" style={ink ? { fill: ink } : undefined} className={ink ? undefined : 'muted'}>
              {cell.notApplicable ? t('ui.notApplicableShort') : cell.level === null ? '–' : t('ui.levelShort', { level: cell.level })}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
