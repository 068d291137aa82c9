import type { Framework } from '../../domain/framework'
import { CONFORMING_LEVEL, FINDING_LABELS, FINDING_TYPES } from '../../domain/iso-scoring'
import { ExplanationTree } from '../../ui/ExplanationTree'
import { isoExample } from './worked-examples'

export function IsoMethod({ framework }: { framework: Framework }) {
  const example = isoExample(framework)
  return (
    <section className="card method-section" aria-labelledby="method-iso">
      <h2 id="method-iso">
        {framework.name} {framework.edition}: conformity and maturity
      </h2>
      <p>Every unit is rated on one scale. A unit may instead be marked not applicable, with a written justification.</p>
      <table className="data-table">
        <caption className="visually-hidden">Maturity levels</caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Label</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {framework.maturityLevels?.map((level) => (
            <tr key={level.level}>
              <td>{level.level}</td>
              <td>{level.label}</td>
              <td>{level.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul>
        <li>A unit conforms from level {CONFORMING_LEVEL}.</li>
        <li>Readiness = conforming units ÷ applicable units assessed.</li>
        <li>Maturity index = mean level ÷ 5 × 100, over applicable units assessed.</li>
        <li>Not-applicable and unanswered units are left out of both figures and counted separately.</li>
        <li>Gaps carry a finding type: {FINDING_TYPES.map((type) => FINDING_LABELS[type].toLowerCase()).join(', ')}.</li>
      </ul>
      <h3>Worked example</h3>
      <ExplanationTree explanation={example.explanation} />
    </section>
  )
}
