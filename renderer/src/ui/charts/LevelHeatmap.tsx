import { useTranslation } from 'react-i18next'
import { activate } from './HorizontalBars'

// Purple–orange (PuOr), distinguishable with the common colour-vision deficiencies; the text on
// each cell is whichever of black and white reads at 4.5:1 or better.
export const LEVEL_COLOURS = ['#b35806', '#e08214', '#fdb863', '#b2abd2', '#8073ac', '#542788'] as const
const textOn = (level: number) => (level === 0 || level === 5 ? '#fff' : '#000')

export interface HeatDatum {
  id: string
  title: string
  level: number | null
  notApplicable: boolean
}

/**
 * Every ISO unit as a cell coloured by its agreed level; unassessed units stay blank, not zero.
 * A grid of the stylesheet: as many cells to a row as fit, at any window width and zoom.
 */
export function LevelHeatmap(props: { title: string; cells: HeatDatum[]; onSelect?: (id: string) => void }) {
  const { t } = useTranslation('results')
  return (
    <div className="chart heatmap-chart" role="group" aria-label={props.title}>
      {props.cells.map((cell) => {
        const state = cell.notApplicable ? t('ui.notApplicable') : cell.level === null ? t('ui.notAssessed') : t('ui.levelState', { level: cell.level })
        const select = () => props.onSelect?.(cell.id)
        const colours = cell.level !== null ? { background: LEVEL_COLOURS[cell.level]!, color: textOn(cell.level) } : undefined
        return (
          <span key={cell.id} className={cell.level === null ? (cell.notApplicable ? 'heat not-applicable' : 'heat unassessed') : 'heat'} style={colours}>
            {/* The control covers the cell and carries its full name; the short text on it is for the eye. */}
            <span
              className="bar heat-control"
              tabIndex={props.onSelect ? 0 : undefined}
              role={props.onSelect ? 'button' : 'img'}
              aria-label={`${cell.id} ${cell.title}: ${state}`}
              onClick={select}
              onKeyDown={activate(select)}
            />
            <span className="heat-id" aria-hidden="true">
              {cell.id}
            </span>
            <span className="heat-state" aria-hidden="true">
              {cell.notApplicable ? t('ui.notApplicableShort') : cell.level === null ? '–' : t('ui.levelShort', { level: cell.level })}
            </span>
          </span>
        )
      })}
    </div>
  )
}
