import { isCalendarDate } from './setup-validation'

let dayFormat: Intl.DateTimeFormat | undefined

/** A YYYY-MM-DD day in the user's locale. Read as UTC, so no time zone can shift it to the day before. */
export function formatDay(date: string | null): string | null {
  if (!date || !isCalendarDate(date)) return null
  dayFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' })
  return dayFormat.format(new Date(`${date}T00:00:00Z`))
}
