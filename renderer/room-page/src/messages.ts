import room from '../../../assets/locales/en/room.json'
import { PSEUDO_LOCALE, pseudoMessages } from '../../../common/i18n/pseudo-locale'

/**
 * The page's words: the catalogue's `room` namespace (assets/locales/en/room.json), read by a
 * lookup of a few lines instead of i18next, which would take a third of the page's 40 KB budget
 * for features a page of this size does not use. Same `{{placeholder}}` interpolation as
 * i18next with escaping off: the page sets text with textContent, never as HTML. Keys are typed
 * against the JSON, so a missing key fails the typecheck like `t()` does in the app.
 */

type Messages = { readonly [key: string]: string | Messages }
type Leaves<T, P extends string = ''> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string]
export type RoomKey = Leaves<typeof room>
export type Values = Readonly<Record<string, string | number>>

export function interpolate(template: string, values: Values = {}): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole))
}

export function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

export type Translate = (key: RoomKey, values?: Values) => string

/** English, or the pseudo-locale (as the app shows it) when the browser asks for qps-ploc. */
export function createTranslate(language = 'en'): Translate {
  const messages: Messages = language.toLowerCase() === PSEUDO_LOCALE ? pseudoMessages(room) : room
  // A key missing at run time (impossible past the typecheck) shows as the key, as i18next does.
  return (key, values) => interpolate(lookup(messages, key) ?? key, values)
}
