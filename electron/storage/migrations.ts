import i18next from 'i18next'
import { ASSESSMENT_SCHEMA_VERSION } from '../../common/contract/schemas'

/** An assessment file as JSON, before it has been checked against the current schema. */
export type RawAssessment = Record<string, unknown>

/**
 * One step of the file format: turns a file of version N into one of version N + 1. A plain
 * function of the parsed JSON, with no I/O; `migrate` sets the new `schemaVersion` after it.
 */
export type Migration = (raw: RawAssessment) => RawAssessment

/** Steps by the version they upgrade from: `table[1]` turns a version 1 file into version 2. */
export type MigrationTable = Readonly<Record<number, Migration>>

/**
 * The app's migrations. Version 1 is the first file format, so there is nothing to upgrade yet.
 * When the format changes: raise ASSESSMENT_SCHEMA_VERSION, add the step from the old version
 * here, and add `test/fixtures/assessment-v<new>.json` next to the older fixtures, which must
 * all stay readable.
 */
export const migrations: MigrationTable = {}

/** A file that claims an older version but could not be brought up to date. */
export class MigrationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MigrationError'
  }
}

/**
 * Applies every step from `from` up to `to`, in order, to a copy of `raw` (the input is not
 * changed). Throws a MigrationError if a step is missing or fails.
 */
export function migrate(raw: RawAssessment, from: number, table: MigrationTable = migrations, to: number = ASSESSMENT_SCHEMA_VERSION): RawAssessment {
  let current: RawAssessment = structuredClone(raw)
  for (let version = from; version < to; version++) {
    const step = Object.hasOwn(table, version) ? table[version] : undefined
    if (!step) throw new MigrationError(i18next.t('main:migration.missingStep', { version }))
    let next: RawAssessment
    try {
      next = step(current)
    } catch (error) {
      throw new MigrationError(i18next.t('main:migration.stepFailed', { version, problem: error instanceof Error ? error.message : String(error) }))
    }
    if (!next || typeof next !== 'object' || Array.isArray(next)) {
      throw new MigrationError(i18next.t('main:migration.noAssessment', { version }))
    }
    current = { ...next, schemaVersion: version + 1 }
  }
  return current
}
