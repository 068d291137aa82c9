import i18next from 'i18next'
import { ASSESSMENT_SCHEMA_VERSION } from '../../common/contract/schemas'
import { schemaMessage } from '../ipc/schema-message'
import { assessmentSchema, type Assessment } from '../../common/contract/assessment-schema'
import { migrate, migrations as appMigrations, type MigrationError, type MigrationTable, type RawAssessment } from './migrations'

/** What reading the bytes of one assessment file (or a backup of one) comes to. */
export type DecodedAssessment =
  /** A valid assessment, upgraded to the current format if `fromVersion` is older. */
  | { status: 'ok'; assessment: Assessment; fromVersion: number }
  /** Not an assessment this or any Panorama wrote as it is now: empty, cut short, garbage or the wrong shape. */
  | { status: 'damaged'; problem: string }
  /** Written by a newer Panorama: to be left alone. */
  | { status: 'newer'; version: number }
  /** An older format that could not be upgraded: to be left alone, as it may be fine for the version that wrote it. */
  | { status: 'not-upgraded'; problem: string }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

// conf keeps its own bookkeeping under this top-level key when it runs migrations of its own (Panorama does not).
const CONF_INTERNAL_KEY = '__internal__'

/**
 * Parses, upgrades (migrations run before validation) and validates one assessment file.
 * Pure: no I/O, so the repository decides what to do with each outcome.
 */
export function decodeAssessment(bytes: Uint8Array, table: MigrationTable = appMigrations): DecodedAssessment {
  let text: string
  try {
    // Strict UTF-8; a byte order mark (which some text editors add) is dropped by the decoder.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { status: 'damaged', problem: i18next.t('main:decode.binary') }
  }
  if (text.trim() === '') return { status: 'damaged', problem: i18next.t('main:decode.empty') }
  if (text.includes('\u0000')) return { status: 'damaged', problem: i18next.t('main:decode.binary') }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { status: 'damaged', problem: i18next.t('main:decode.notJson') }
  }
  if (!isPlainObject(raw)) return { status: 'damaged', problem: i18next.t('main:decode.notAssessment') }
  const document: RawAssessment = { ...raw }
  delete document[CONF_INTERNAL_KEY]

  const version = document.schemaVersion
  if (typeof version === 'number' && version > ASSESSMENT_SCHEMA_VERSION) return { status: 'newer', version }
  let upgraded: RawAssessment = document
  const whole = Number.isInteger(version) ? (version as number) : null
  const fromVersion = whole ?? ASSESSMENT_SCHEMA_VERSION
  if (whole !== null && whole >= 0 && whole < ASSESSMENT_SCHEMA_VERSION) {
    try {
      upgraded = migrate(document, whole, table)
    } catch (error) {
      // migrate wraps every failing step in a MigrationError.
      return { status: 'not-upgraded', problem: (error as MigrationError).message }
    }
  }

  const parsed = assessmentSchema.safeParse(upgraded)
  if (!parsed.success) {
    // zod reports a failed parse with at least one issue.
    const issue = parsed.error.issues[0]!
    const problem = schemaMessage(issue) ?? issue.message
    return {
      status: 'damaged',
      problem:
        issue.path.length > 0
          ? i18next.t('main:decode.invalidAt', { field: issue.path.map(String).join('.'), problem })
          : i18next.t('main:decode.invalid', { problem }),
    }
  }
  return { status: 'ok', assessment: parsed.data, fromVersion }
}
