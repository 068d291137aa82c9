import type { Explanation } from '../../../common/domain/explanation'

/** "Why this score": the engine's chain of numbers as a nested list. */
export function ExplanationTree({ explanation }: { explanation: Explanation }) {
  return (
    <ul className="explanation">
      <ExplanationNode node={explanation} />
    </ul>
  )
}

function ExplanationNode({ node }: { node: Explanation }) {
  return (
    <li>
      <span className="explanation-label">{node.label}</span>: <strong>{node.value}</strong>
      {node.rule && <span className="explanation-rule"> — {node.rule}</span>}
      {node.inputs && (
        <ul>
          {node.inputs.map((input, index) => (
            <ExplanationNode key={`${input.label}-${index}`} node={input} />
          ))}
        </ul>
      )}
    </li>
  )
}
