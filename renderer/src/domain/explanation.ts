/**
 * The chain of numbers behind a score, as the UI's "why this score" shows it: a value, how it
 * was computed from its inputs, and the inputs' own explanations.
 */
export interface Explanation {
  label: string
  value: string
  /** How `value` follows from `inputs`, in words and numbers. */
  rule?: string
  inputs?: Explanation[]
}

export const explain = (label: string, value: string, rule?: string, inputs?: Explanation[]): Explanation => ({
  label,
  value,
  ...(rule === undefined ? {} : { rule }),
  ...(inputs === undefined || inputs.length === 0 ? {} : { inputs }),
})

/** Flattens an explanation into indented lines, for plain-text views and tests. */
export function explanationLines(explanation: Explanation, depth = 0): string[] {
  const head = `${'  '.repeat(depth)}${explanation.label}: ${explanation.value}${explanation.rule ? ` (${explanation.rule})` : ''}`
  return [head, ...(explanation.inputs ?? []).flatMap((input) => explanationLines(input, depth + 1))]
}
