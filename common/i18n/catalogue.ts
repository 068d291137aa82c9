import i18next from 'i18next'
import { PSEUDO_LOCALE, pseudoMessages } from './pseudo-locale'
import type { Messages } from './resources'

const isPseudo = (language: string | undefined) => language?.toLowerCase() === PSEUDO_LOCALE
// i18next reads "ploc" as a script subtag and looks the language up as "qps-Ploc".
const PSEUDO_LANGUAGE = 'qps-Ploc'

/**
 * Starts the shared i18next instance for the user's locale with some or all of the catalogue.
 * English is complete and the fallback for every other locale; the pseudo-locale is made from
 * it. Synchronous: the messages are in memory, so `t` works the moment this returns. Called
 * again, it switches language and adds the bundles. Main and the tests pass the whole catalogue
 * (`initCatalogue` in full-catalogue.ts); the renderer starts with the home screen's part.
 */
export function startCatalogue(locale: string, bundles: Partial<Messages>): typeof i18next {
  if (i18next.isInitialized) {
    addToCatalogue(bundles, locale)
    void i18next.changeLanguage(locale)
    return i18next
  }
  void i18next.init({
    resources: { en: bundles, ...(isPseudo(locale) ? { [PSEUDO_LANGUAGE]: pseudoBundles(bundles) } : {}) },
    lng: locale,
    fallbackLng: 'en',
    ns: Object.keys(bundles),
    defaultNS: 'common',
    initAsync: false,
    // React, jsPDF and native dialogs all show text as text: escaping would print "&amp;".
    interpolation: { escapeValue: false },
  })
  return i18next
}

/** Adds namespaces loaded later (with the screens that use them), in the current language too. */
export function addToCatalogue(bundles: Partial<Messages>, locale = i18next.language) {
  for (const [ns, messages] of Object.entries(bundles)) {
    i18next.addResourceBundle('en', ns, messages, true, true)
    if (isPseudo(locale)) i18next.addResourceBundle(PSEUDO_LANGUAGE, ns, pseudoMessages(messages), true, true)
  }
}

function pseudoBundles(bundles: Partial<Messages>): Partial<Messages> {
  return Object.fromEntries(Object.entries(bundles).map(([ns, messages]) => [ns, pseudoMessages(messages)]))
}

/** The language the catalogue resolved to, for `<html lang>`: "en" until there are translations. */
export function catalogueLanguage(): string {
  return i18next.resolvedLanguage ?? 'en'
}
