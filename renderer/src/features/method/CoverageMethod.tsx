import { BREADTH_THRESHOLD, designCoverage } from '../../domain/coverage'
import type { Framework } from '../../domain/framework'
import { formatNumber, formatPercent } from '../../domain/numbers'
import type { StakeholderCatalogue } from '../../domain/stakeholders'

export function CoverageMethod({ frameworks, stakeholders }: { frameworks: Framework[]; stakeholders: StakeholderCatalogue }) {
  const designs = frameworks.map((framework) => ({ framework, design: designCoverage(framework) }))
  return (
    <section className="card method-section" aria-labelledby="method-coverage">
      <h2 id="method-coverage">Stakeholder coverage</h2>
      <p>
        Every item carries a relevance vector: how much of what it asks concerns each stakeholder group, and how much concerns
        the organisation’s own management system (“internal”). The vector sums to 1. The values are Panorama’s judgement and
        are open in the framework files.
      </p>
      <ul className="formulas">
        <li>
          <strong>Item weight w</strong>: an EFQM item gets its criterion’s points ÷ the criterion’s items; an ISO unit gets an
          equal share of the framework.
        </li>
        <li>
          <strong>Design coverage</strong> C(g) = Σ w·r(g) ÷ Σ w, with internal included.
        </li>
        <li>
          <strong>Stakeholder focus</strong> P(g) = C(g) ÷ Σ C over the six groups.
        </li>
        <li>
          <strong>Beyond-customer share</strong> = 1 − P(customers). <strong>Breadth</strong> = groups with P(g) ≥{' '}
          {BREADTH_THRESHOLD * 100} %.
        </li>
        <li>
          <strong>Balance index</strong> = −Σ P(g)·ln P(g) ÷ ln 6: 1 is perfectly even attention, 0 is a single group.
        </li>
        <li>
          <strong>Achieved score</strong> A(g) = Σ w·r(g)·s ÷ Σ w·r(g) over answered items, where s is the RADAR % ÷ 100 or the
          ISO level ÷ 5; shown with the share of the group’s weight that is answered.
        </li>
        <li>
          <strong>Misalignment</strong> with a target T = ½ Σ |P(g) − T(g)| (0 = attention matches the target).{' '}
          <strong>Blind spot</strong>: P(g) &lt; ½ T(g).
        </li>
      </ul>

      <h3>Design focus of each framework</h3>
      <table className="data-table">
        <caption className="visually-hidden">Stakeholder focus by framework</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            {designs.map(({ framework }) => (
              <th scope="col" key={framework.id}>
                {framework.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stakeholders.groups.map((group) => (
            <tr key={group.id}>
              <th scope="row">
                <span className="swatch" style={{ background: group.colour }} aria-hidden="true" />
                {group.name}
              </th>
              {designs.map(({ framework, design }) => (
                <td key={framework.id}>{formatPercent(design.focus[group.id])}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Own management system (share of all attention)</th>
            {designs.map(({ framework, design }) => (
              <td key={framework.id}>{formatPercent(design.coverage.internal)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Beyond-customer share</th>
            {designs.map(({ framework, design }) => (
              <td key={framework.id}>{formatPercent(design.beyondCustomerShare)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Breadth</th>
            {designs.map(({ framework, design }) => (
              <td key={framework.id}>{design.breadth} of 6</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Balance index</th>
            {designs.map(({ framework, design }) => (
              <td key={framework.id}>{formatNumber(design.balanceIndex, 3)}</td>
            ))}
          </tr>
        </tbody>
      </table>

      <h3>Suggested target profiles</h3>
      <p className="field-hint">Defaults to start from, not facts: every assessment sets its own.</p>
      <table className="data-table">
        <caption className="visually-hidden">Suggested target profiles by sector</caption>
        <thead>
          <tr>
            <th scope="col">Profile</th>
            {stakeholders.groups.map((group) => (
              <th scope="col" key={group.id}>
                {group.shortName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stakeholders.targets.map((target) => (
            <tr key={target.id}>
              <th scope="row">{target.name}</th>
              {stakeholders.groups.map((group) => (
                <td key={group.id}>{formatPercent(target.weights[group.id], 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
