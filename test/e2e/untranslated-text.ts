import type { Page } from 'playwright-core'
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../common/i18n/pseudo-locale'

/** Every string value inside a JSON-like value: the data a screen may show as it is. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

/**
 * What the user can see or hear on the page that did not come from the catalogue. Run under the
 * pseudo-locale, every catalogue message is bracketed ⟦…⟧, so after removing bracketed runs (which
 * hold interpolated data too) and known data (framework texts, the assessment's own entries), any
 * word left is text written into the code. Visible text is read with innerText, so hidden
 * elements do not count; labels that only a screen reader hears are read from their attributes.
 */
export async function untranslatedText(page: Page, data: string[]): Promise<string[]> {
  const seen = await page.evaluate(() => {
    const attributes = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt']
    const spoken = Array.from(document.querySelectorAll('*')).flatMap((element) =>
      attributes.map((name) => element.getAttribute(name)).filter((value): value is string => !!value),
    )
    const svgText = Array.from(document.querySelectorAll('svg text, svg title, svg desc')).map((element) => element.textContent ?? '')
    return [document.body.innerText, document.title, ...spoken, ...svgText]
  })
  // Longest first, so a title is removed whole before any shorter data inside it.
  // Compared in lower case: innerText applies CSS text-transform, so "Approach" may read "APPROACH".
  const known = [...new Set(data.map((d) => d.trim().toLowerCase()).filter((d) => d.length > 1))].sort((a, b) => b.length - a.length)
  const leftovers = new Set<string>()
  for (const text of seen) {
    let rest = text.toLowerCase()
    const innermost = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'g')
    for (let next = rest.replace(innermost, ' '); next !== rest; next = rest.replace(innermost, ' ')) rest = next
    for (const value of known) rest = rest.split(value).join(' ')
    for (const line of rest.split('\n')) if (/[a-z]{2,}/.test(line)) leftovers.add(line.trim())
  }
  return [...leftovers]
}
