import { Trans, useTranslation } from 'react-i18next'
import type { StoredParticipant } from '../../../../electron/ipc/assessment-schema'
import { formatFigure } from '../../domain/figures'
import type { ItemTeamSummary } from '../../domain/team'
import { participantLabel } from './participant-label'

const WIDTH = 560
const HEIGHT = 92
const PAD = 24

/**
 * One dot per participant on the item's scale and a marker at the median: the room sees at a
 * glance whether it agrees. Dots on the same value stack upwards.
 */
export function SpreadChart(props: { summary: ItemTeamSummary; max: number; participants: StoredParticipant[]; anonymous: boolean }) {
  const { summary, max } = props
  const { t } = useTranslation(['questionnaire', 'common'])
  const x = (value: number) => PAD + (value / max) * (WIDTH - 2 * PAD)
  const baseline = HEIGHT - 28
  const stacks = new Map<number, number>()
  const ticks = max === 5 ? [0, 1, 2, 3, 4, 5] : [0, 20, 40, 60, 80, 100]
  const stats = summary.stats
  const formatNumber = (value: number) => formatFigure(max === 5 ? 'level' : 'radar', value)
  const describe = stats
    ? t(summary.disagreement ? 'spread.describeDisagreement' : 'spread.describe', {
        count: stats.count,
        min: formatNumber(stats.min),
        max: formatNumber(stats.max),
        median: formatNumber(stats.median),
      })
    : t('spread.noVotesLabel')

  return (
    <figure className="spread">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={describe} className="spread-chart">
        <line x1={PAD} x2={WIDTH - PAD} y1={baseline} y2={baseline} className="axis" />
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={baseline} y2={baseline + 5} className="axis" />
            <text x={x(tick)} y={baseline + 18} textAnchor="middle" className="tick">
              {tick}
            </text>
          </g>
        ))}
        {stats && (
          <g className="median">
            <line x1={x(stats.median)} x2={x(stats.median)} y1={6} y2={baseline} />
            <text x={x(stats.median) + 4} y={14}>
              {t('spread.median', { value: formatNumber(stats.median) })}
            </text>
          </g>
        )}
        {summary.scores.map(({ participantId, score }) => {
          const level = stacks.get(score) ?? 0
          stacks.set(score, level + 1)
          const index = props.participants.findIndex((p) => p.id === participantId)
          const participant = props.participants[index]
          return (
            <circle key={participantId} cx={x(score)} cy={baseline - 9 - level * 14} r={6} className={`dot ${participant?.role ?? ''}`}>
              <title>{participant ? t('nameValue', { name: participantLabel(participant, index, props.anonymous), value: score }) : String(score)}</title>
            </circle>
          )
        })}
      </svg>
      <figcaption>
        {stats ? (
          <>
            <Trans
              t={t}
              i18nKey="spread.stats"
              values={{
                median: formatNumber(stats.median),
                mean: formatNumber(stats.mean),
                range: formatNumber(stats.range),
                min: formatNumber(stats.min),
                max: formatNumber(stats.max),
                sd: formatNumber(stats.standardDeviation),
              }}
              components={{ strong: <strong /> }}
            />
            {summary.leaderStaffGap !== null && <> {t('spread.gap', { gap: formatNumber(summary.leaderStaffGap) })}</>}
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
