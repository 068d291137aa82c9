import type { Framework } from '../../domain/framework'
import { BANDS } from '../../domain/radar'
import { RADAR_STEP } from '../../domain/ratings'
import { ExplanationTree } from '../../ui/ExplanationTree'
import { radarExample } from './worked-examples'

export function RadarMethod({ framework }: { framework: Framework }) {
  const example = radarExample(framework)
  const bands = [...BANDS].reverse()
  return (
    <section className="card method-section" aria-labelledby="method-radar">
      <h2 id="method-radar">
        {framework.name} {framework.edition}: RADAR scoring
      </h2>
      <ol>
        <li>
          Each RADAR attribute is scored from 0 to 100 in steps of {RADAR_STEP}. Direction and execution parts use the enabler
          attributes; results areas use the results attributes (listed below).
        </li>
        <li>An element’s score is the mean of its attributes.</li>
        <li>The proposed part score is the mean of the element scores, rounded to the nearest {RADAR_STEP} (halfway rounds up).</li>
        <li>
          A team may score a part in one step (quick mode) or override the proposal; an override needs a written rationale and
          both numbers are kept.
        </li>
        <li>
          A criterion’s percentage is the mean of its answered parts. In{' '}
          {framework.sections
            .filter((s) => s.stakeholderWeighting)
            .map((s) => `criterion ${s.id}`)
            .join(' and ')}{' '}
          each part belongs to a stakeholder group and the organisation can weight the groups (equal by default). Criteria 6
          and 7 are assessed by results area and may instead be scored as a whole, with a rationale.
        </li>
        <li>
          Total points = Σ criterion points × criterion % ÷ 100, out of {framework.totalPoints}. Unanswered parts and criteria
          are left out and shown as such, never counted as zero.
        </li>
      </ol>
      <div className="two-columns">
        {(['enabler', 'results'] as const).map((set) => (
          <div key={set}>
            <h3>{set === 'enabler' ? 'Enabler attributes (criteria 1–5)' : 'Results attributes (criteria 6–7)'}</h3>
            <ul>
              {framework.radar?.[set].map((element) => (
                <li key={element.id}>
                  <strong>{element.name}</strong>: {element.attributes.map((a) => a.name).join(', ')}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <h3>Bands</h3>
      <table className="data-table">
        <caption className="visually-hidden">RADAR score bands</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Band</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((b) => (
            <tr key={b.label}>
              <td>{b.from}</td>
              <td>{b.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">A score between two bands belongs to the lower one (35 is “limited”).</p>
      <h3>Worked example</h3>
      <ExplanationTree explanation={example.explanation!} />
    </section>
  )
}
