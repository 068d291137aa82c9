import { useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { StoredParticipant } from '../../../../common/contract/assessment-schema'
import { formatFigure } from '../../../../common/domain/figures'
import type { ItemTeamSummary } from '../../../../common/domain/team'
import { roleLabel } from '../../i18n/vocabulary'
import { participantLabel } from './participant-label'

const DEFAULT_WIDTH = 560
const PAD = 28
const ROLES = ['leadership', 'staff', 'external'] as const

/** Sizes in CSS pixels (the chart's units are pixels, see useWidth). A projector needs text and dots readable from the back of the room. */
const SIZES = {
  desk: { text: 12, dot: 6, step: 14, tickGap: 18 },
  room: { text: 22, dot: 10, step: 22, tickGap: 28 },
} as const

/**
 * The element's width in CSS pixels. The chart draws in pixels, so its text is the size it says at
 * any width: scaling a fixed drawing would shrink the text to 16 px in a narrow column.
 */
function useWidth<E extends Element>(): [RefObject<E | null>, number] {
  const ref = useRef<E>(null)
  const [width, setWidth] = useState(DEFAULT_WIDTH)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width)
      if (measured > 0) setWidth(measured)
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}

/**
 * One dot per participant on the item's scale and a marker at the median: the room sees at a
 * glance whether it agrees. Dots on the same value stack upwards, and the chart grows to hold the
 * highest stack; the median's label sits above every dot. With names hidden, dots carry no role
 * colour and the leaders-versus-staff figure is not shown: either would tell who voted what.
 */
export function SpreadChart(props: { summary: ItemTeamSummary; max: number; participants: StoredParticipant[]; anonymous: boolean; projector: boolean }) {
  const { summary, max, anonymous } = props
  const { t } = useTranslation(['questionnaire', 'common'])
  const size = props.projector ? SIZES.room : SIZES.desk
  const [svgRef, width] = useWidth<SVGSVGElement>()
  const x = (value: number) => PAD + (value / max) * (width - 2 * PAD)
  const ticks = max === 5 ? [0, 1, 2, 3, 4, 5] : [0, 20, 40, 60, 80, 100]
  const stats = summary.stats
  const figure = (value: number) => formatFigure(max === 5 ? 'level' : 'radar', value)

  const heights = new Map<number, number>()
  const dots = summary.scores.map(({ participantId, score }) => {
    const level = heights.get(score) ?? 0
    heights.set(score, level + 1)
    const position = props.participants.findIndex((p) => p.id === participantId)
    return { participantId, score, level, participant: props.participants[position], position }
  })
  const highest = Math.max(1, ...heights.values())
  const labelRow = size.text + 8
  const baseline = labelRow + 4 + highest * size.step
  const height = baseline + size.tickGap + 6
  const roles = anonymous ? [] : ROLES.filter((role) => dots.some((dot) => dot.participant?.role === role))

  const describe = stats
    ? t(summary.disagreement ? 'spread.describeDisagreement' : 'spread.describe', {
        count: stats.count,
        min: figure(stats.min),
        max: figure(stats.max),
        median: figure(stats.median),
      })
    : t('spread.noVotesLabel')
  // The median's label keeps inside the chart at either end of the scale.
  const medianAnchor = stats ? (stats.median / max < 0.15 ? 'start' : stats.median / max > 0.85 ? 'end' : 'middle') : 'middle'

  return (
    <figure className="spread">
      <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={describe} className="spread-chart" style={{ fontSize: size.text }}>
        <line x1={PAD} x2={width - PAD} y1={baseline} y2={baseline} className="axis" />
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={baseline} y2={baseline + 5} className="axis" />
            <text x={x(tick)} y={baseline + size.tickGap} textAnchor="middle" className="tick">
              {tick}
            </text>
          </g>
        ))}
        {stats && (
          <g className="median">
            <line x1={x(stats.median)} x2={x(stats.median)} y1={labelRow} y2={baseline} />
            <text x={x(stats.median)} y={size.text} textAnchor={medianAnchor}>
              {t('spread.median', { value: figure(stats.median) })}
            </text>
          </g>
        )}
        {dots.map((dot) => (
          <circle
            key={dot.participantId}
            cx={x(dot.score)}
            cy={baseline - size.step / 2 - dot.level * size.step}
            r={size.dot}
            className={anonymous ? 'dot' : `dot ${dot.participant?.role ?? ''}`}
          >
            <title>{dot.participant ? t('nameValue', { name: participantLabel(dot.participant, dot.position, anonymous), value: dot.score }) : String(dot.score)}</title>
          </circle>
        ))}
      </svg>
      {roles.length > 0 && (
        <ul className="spread-legend" aria-label={t('spread.legend')}>
          {roles.map((role) => (
            <li key={role}>
              <span className={`swatch ${role}`} aria-hidden="true" />
              {roleLabel(role)}
            </li>
          ))}
        </ul>
      )}
      <figcaption>
        {stats ? (
          <>
            <Trans
              t={t}
              i18nKey="spread.stats"
              values={{
                median: figure(stats.median),
                mean: figure(stats.mean),
                range: figure(stats.range),
                min: figure(stats.min),
                max: figure(stats.max),
                sd: figure(stats.standardDeviation),
              }}
              components={{ strong: <strong /> }}
            />
            {!anonymous && summary.leaderStaffGap !== null && <> {t('spread.gap', { gap: figure(summary.leaderStaffGap) })}</>}
            {summary.disagreement && (
              <span className="disagreement" role="status">
                {' '}
                {t('spread.disagreement')}
              </span>
            )}
          </>
        ) : (
          t('spread.noVotes')
        )}
        {summary.notApplicable.length > 0 && <> {t('spread.notApplicable', { count: summary.notApplicable.length })}</>}
      </figcaption>
    </figure>
  )
}
