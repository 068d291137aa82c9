import i18next from 'i18next'
import type { Assessment } from '../../../../common/contract/assessment-schema'

/**
 * The rules of each setup step, as pure functions that return what to tell the user. The wizard
 * shows these messages next to the fields; main checks the saved file again with its own schema.
 */

// The same limits as the file format, so anything that passes here can be saved.
export const ORGANISATION_NAME_MAX = 200
export const SCOPE_MAX = 5000
export const PARTICIPANT_NAME_MAX = 120
export const PARTICIPANTS_MAX = 100

export type Organisation = Assessment['organisation']
export type OrganisationField = 'name' | 'scope' | 'date'
export type FieldMessages<K extends string> = Partial<Record<K, string>>

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

export function validateOrganisation(organisation: Organisation): FieldMessages<OrganisationField> {
  const messages: FieldMessages<OrganisationField> = {}
  const name = organisation.name.trim()
  if (!name) messages.name = i18next.t('setup:validation.nameMissing')
  else if (name.length > ORGANISATION_NAME_MAX) messages.name = i18next.t('setup:validation.nameTooLong', { max: ORGANISATION_NAME_MAX })

  const scope = organisation.scope.trim()
  if (!scope) messages.scope = i18next.t('setup:validation.scopeMissing')
  else if (scope.length > SCOPE_MAX) messages.scope = i18next.t('setup:validation.scopeTooLong', { max: SCOPE_MAX })

  if (!organisation.date) messages.date = i18next.t('setup:validation.dateMissing')
  else if (!isCalendarDate(organisation.date)) messages.date = i18next.t('setup:validation.dateInvalid')
  return messages
}

/** `available` is the catalogue: an id whose framework file is gone does not count as a choice. */
export function validateFrameworks(chosen: readonly string[], available: readonly string[]): string | null {
  return chosen.some((id) => available.includes(id)) ? null : i18next.t('setup:validation.noFramework')
}

export interface ParticipantRow {
  id: string
  name: string
}

export interface ParticipantMessages {
  /** By participant id. */
  rows: Record<string, string>
  /** About the list as a whole. */
  list: string | null
}

// "Anna" and "anna " are the same person on a projected screen.
const nameKey = (name: string) => name.trim().normalize('NFC').toLocaleLowerCase()

export function validateParticipants(rows: readonly ParticipantRow[]): ParticipantMessages {
  const messages: ParticipantMessages = { rows: {}, list: null }
  const firstWithName = new Map<string, string>()
  for (const row of rows) {
    const name = row.name.trim()
    if (!name) {
      messages.rows[row.id] = i18next.t('setup:validation.participantNameMissing')
      continue
    }
    if (name.length > PARTICIPANT_NAME_MAX) {
      messages.rows[row.id] = i18next.t('setup:validation.participantNameTooLong', { max: PARTICIPANT_NAME_MAX })
      continue
    }
    const earlier = firstWithName.get(nameKey(name))
    if (earlier !== undefined) {
      messages.rows[row.id] = i18next.t('setup:validation.participantDuplicate', { name: earlier })
    } else {
      firstWithName.set(nameKey(name), name)
    }
  }
  if (rows.length === 0) messages.list = i18next.t('setup:validation.noParticipants')
  if (rows.length > PARTICIPANTS_MAX) messages.list = i18next.t('setup:validation.tooManyParticipants', { max: PARTICIPANTS_MAX })
  return messages
}

// ---- Percentages: what people type; shares: what the file stores (fractions summing to 1).

/** A whole percentage from 0 to 100, or null if the text is not one. */
export function parsePercent(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d{1,3}$/.test(trimmed)) return null
  const value = Number(trimmed)
  return value <= 100 ? value : null
}

export function percentProblem(text: string): string | null {
  if (!text.trim()) return i18next.t('setup:validation.percentMissing')
  return parsePercent(text) === null ? i18next.t('setup:validation.percentNotWhole') : null
}

export function validatePercentages(values: readonly number[]): string | null {
  const total = values.reduce((sum, value) => sum + value, 0)
  return total === 100 ? null : i18next.t('setup:validation.percentTotal', { total })
}

export interface PercentCheck<K extends string> {
  fields: FieldMessages<K>
  /** The message about the total; only given once every field holds a valid number. */
  total: string | null
  /** What the valid fields add up to, for the live total. */
  sum: number
  /** The parsed percentages, when every field and the total are valid. */
  valid: Record<K, number> | null
}

export function checkPercentages<K extends string>(texts: Record<K, string>): PercentCheck<K> {
  const fields: FieldMessages<K> = {}
  const values = {} as Record<K, number>
  let sum = 0
  for (const key of Object.keys(texts) as K[]) {
    const problem = percentProblem(texts[key])
    if (problem) fields[key] = problem
    else sum += values[key] = parsePercent(texts[key]) as number
  }
  const fieldsValid = Object.keys(fields).length === 0
  const total = fieldsValid ? validatePercentages(Object.values<number>(values)) : null
  return { fields, total, sum, valid: fieldsValid && !total ? values : null }
}

const addUp = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0)

/** The next float above (direction 1) or below (-1) a positive number. */
function nextFloat(value: number, direction: 1 | -1): number {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, value)
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(direction))
  return view.getFloat64(0)
}

/**
 * Whole percentages (adding up to 100) as shares that add up to exactly 1 when summed in key
 * order. 0.3 + 0.15 + 0.1 + 0.1 + 0.25 + 0.1 is 0.9999999999999999 in binary fractions, so one
 * share (the largest that can) moves by a few units in the last place to make up the difference.
 */
export function percentagesToShares<K extends string>(percentages: Record<K, number>): Record<K, number> {
  const keys = Object.keys(percentages) as K[]
  if (addUp(keys.map((key) => percentages[key])) !== 100) throw new RangeError('percentages must add up to 100')
  const shares = {} as Record<K, number>
  for (const key of keys) shares[key] = percentages[key] / 100
  const total = () => addUp(keys.map((key) => shares[key]))
  if (total() === 1) return shares
  const direction = total() < 1 ? 1 : -1
  const largestFirst = keys.filter((key) => shares[key] > 0).sort((a, b) => shares[b] - shares[a])
  for (const key of largestFirst) {
    const original = shares[key]
    for (let step = 0; step < 16; step += 1) {
      shares[key] = nextFloat(shares[key], direction)
      if (total() === 1) return shares
    }
    shares[key] = original
  }
  // Not reached for whole percentages over the six groups (every split was checked once); off by 1e-16 at worst.
  return shares
}

/**
 * Shares as whole percentages that add up to 100 (largest remainder: 1/6 each shows as
 * 17, 17, 17, 17, 16, 16 rather than six 17s). Shares are scaled to their own total first,
 * so a vector stored with rounding noise still shows cleanly.
 */
export function sharesToPercentages<K extends string>(shares: Record<K, number>): Record<K, number> {
  const keys = Object.keys(shares) as K[]
  const total = addUp(keys.map((key) => shares[key]))
  const exact = keys.map((key) => (total > 0 ? (shares[key] / total) * 100 : 100 / keys.length))
  // A tiny allowance, so 0.35 × 100 = 34.99999… counts as 35.
  const whole = exact.map((value) => Math.floor(value + 1e-9))
  let left = 100 - addUp(whole)
  const byRemainder = keys.map((_, index) => index).sort((a, b) => exact[b]! - whole[b]! - (exact[a]! - whole[a]!) || a - b)
  for (const index of byRemainder) {
    if (left <= 0) break
    whole[index]! += 1
    left -= 1
  }
  return Object.fromEntries(keys.map((key, index) => [key, whole[index]!])) as Record<K, number>
}

/** Equal whole percentages over the given keys, adding up to 100 (three keys: 34, 33, 33). */
export function equalPercentages<K extends string>(keys: readonly K[]): Record<K, number> {
  return sharesToPercentages(Object.fromEntries(keys.map((key) => [key, 1])) as Record<K, number>)
}
