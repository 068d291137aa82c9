/**
 * A pseudo-locale, as VS Code and Windows ship one: every catalogue message is shown accented and
 * bracketed, "⟦Ńéxt⟧". Text a user sees that is not bracketed did not come from the catalogue,
 * which is how the tests find strings that escaped translation. Placeholders (`{{name}}`),
 * nesting (`$t(...)`) and component tags (`<kbd>`, `<1>`) are kept, so messages still work.
 */
export const PSEUDO_LOCALE = 'qps-ploc'
export const PSEUDO_OPEN = '⟦'
export const PSEUDO_CLOSE = '⟧'

const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', n: 'ń', c: 'ç', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', N: 'Ń', C: 'Ç' }
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[a-z0-9]+\s*\/?>)/

export function pseudoMessage(message: string): string {
  const accented = message
    .split(KEEP)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[aeioucnAEIOUCN]/g, (letter) => ACCENTED[letter] ?? letter)))
    .join('')
  return `${PSEUDO_OPEN}${accented}${PSEUDO_CLOSE}`
}

type Messages = { [key: string]: string | Messages }

export function pseudoMessages<T extends Messages>(messages: T): T {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, typeof value === 'string' ? pseudoMessage(value) : pseudoMessages(value)]),
  ) as T
}
