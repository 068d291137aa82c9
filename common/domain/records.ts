/**
 * Reading the document's maps by id. A plain object answers to names it does not hold
 * (`record['toString']` is a function, `record['constructor']` too), so a lookup by an id that
 * is missing must not fall through to them: every id-keyed read goes through here, which sees
 * only the record's own properties. The schemas refuse those names as ids as well
 * (BUILT_IN_NAMES in common/contract/assessment-schema.ts); this does not rely on it.
 */
export function ownValue<V>(record: { readonly [key: string]: V } | null | undefined, key: string): V | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined
}

/** Whether the record itself holds `key` (not something every object inherits). */
export function hasOwnKey(record: object | null | undefined, key: PropertyKey): boolean {
  return record != null && Object.hasOwn(record, key)
}
