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

/**
 * Text, or a function that makes it. Results carry thousands of explanations and a user opens a
 * few: words passed as functions are looked up in the catalogue when first read, not when scored.
 */
export type Text = string | (() => string)

export function explain(label: Text, value: Text, rule?: Text, inputs?: Explanation[]): Explanation {
  const node = {} as Explanation
  setText(node, 'label', label)
  setText(node, 'value', value)
  if (rule !== undefined) setText(node, 'rule', rule)
  if (inputs !== undefined && inputs.length > 0) node.inputs = inputs
  return node
}

function setText(node: Explanation, key: 'label' | 'value' | 'rule', text: Text) {
  if (typeof text === 'string') {
    node[key] = text
    return
  }
  let made: string | undefined
  Object.defineProperty(node, key, { enumerable: true, configurable: true, get: () => (made ??= text()) })
}

/** Flattens an explanation into indented lines, for plain-text views and tests. */
export function explanationLines(explanation: Explanation, depth = 0): string[] {
  const head = `${'  '.repeat(depth)}${explanation.label}: ${explanation.value}${explanation.rule ? ` (${explanation.rule})` : ''}`
  return [head, ...(explanation.inputs ?? []).flatMap((input) => explanationLines(input, depth + 1))]
}
