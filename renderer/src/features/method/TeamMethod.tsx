import type { Framework } from '../../domain/framework'
import { DISAGREEMENT_RANGE } from '../../domain/team'
import { ExplanationTree } from '../../ui/ExplanationTree'
import { teamExample } from './worked-examples'

export function TeamMethod({ framework }: { framework: Framework }) {
  const example = teamExample(framework)
  return (
    <section className="card method-section" aria-labelledby="method-team">
      <h2 id="method-team">Team figures</h2>
      <ul>
        <li>Everyone scores first; then the team agrees a consensus with evidence, strengths and areas for improvement.</li>
        <li>
          For each item Panorama shows the median, mean, lowest, highest, range and standard deviation (of the people in the
          room, not an estimate for a wider population).
        </li>
        <li>
          Disagreement is flagged from a range of {DISAGREEMENT_RANGE.radar} points on RADAR scores and {DISAGREEMENT_RANGE.maturity}{' '}
          levels on the ISO scale.
        </li>
        <li>
          The proposed consensus is the median. When it falls between two allowed values, the lower one is proposed, so a
          team argues for any raise.
        </li>
        <li>
          The leader–staff gap is the mean score of participants in leadership roles minus the mean of staff. External
          participants count in the spread but not in the gap.
        </li>
      </ul>
      <h3>Worked example (four participants: 70, 60 in leadership; 35, 45 on the staff)</h3>
      {example.explanation && <ExplanationTree explanation={example.explanation} />}
    </section>
  )
}
