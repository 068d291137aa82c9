import i18next from 'i18next'
import { PSEUDO_LOCALE, pseudoMessages } from './pseudo-locale'
import { en, namespaces } from './resources'

/**
 * Starts the shared i18next instance with the catalogue, for the user's locale. English is the
 * complete language and the fallback for every other locale; the pseudo-locale is built from it.
 * Synchronous: every message is bundled, so `t` works the moment this returns. Main, the
 * renderer and the tests all start it through here.
 */
export function initCatalogue(locale: string): typeof i18next {
  const resources: Record<string, typeof en> = { en }
  if (locale.toLowerCase() === PSEUDO_LOCALE) {
    // i18next reads "ploc" as a script subtag and looks the language up as "qps-Ploc".
    resources['qps-Ploc'] = Object.fromEntries(namespaces.map((ns) => [ns, pseudoMessages(en[ns])])) as typeof en
  }
  if (i18next.isInitialized) {
    for (const [language, bundles] of Object.entries(resources)) {
      for (const ns of namespaces) i18next.addResourceBundle(language, ns, bundles[ns], true, true)
    }
    void i18next.changeLanguage(locale)
    return i18next
  }
  void i18next.init({
    resources,
    lng: locale,
    fallbackLng: 'en',
    ns: namespaces,
    defaultNS: 'common',
    initAsync: false,
    // React, jsPDF and native dialogs all show text as text: escaping would print "&amp;".
    interpolation: { escapeValue: false },
  })
  return i18next
}

/** The language the catalogue resolved to, for `<html lang>`: "en" until there are translations. */
export function catalogueLanguage(): string {
  return i18next.resolvedLanguage ?? 'en'
}
