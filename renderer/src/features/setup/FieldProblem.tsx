import { fieldId, problemId } from './field-ids'

/** The message under a field; its id ties it to the field (see `fieldAria`). */
export function FieldProblem(props: { field: string; problem: string | undefined }) {
  if (!props.problem) return null
  return (
    <p id={problemId(props.field)} className="field-error" role="alert">
      {props.problem}
    </p>
  )
}

/**
 * id, aria-invalid and aria-describedby for a field: screen readers read the message (and any
 * hint) when the field gets focus, not only when the message first appears.
 */
export function fieldAria(field: string, problem: string | undefined, ...described: (string | undefined)[]) {
  const ids = [problem ? problemId(field) : undefined, ...described].filter((id): id is string => Boolean(id))
  return {
    id: fieldId(field),
    'aria-invalid': problem ? (true as const) : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
  }
}
