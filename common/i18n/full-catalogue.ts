import type i18next from 'i18next'
import { startCatalogue } from './catalogue'
import { en } from './resources'

/** The whole catalogue at once: for the main process and the tests, where size does not matter. */
export function initCatalogue(locale: string): typeof i18next {
  return startCatalogue(locale, en)
}
