/**
 * The one rule that keeps text in an export from running as a spreadsheet formula (OWASP, "CSV
 * Injection"): no cell may begin with = + - @, a tab, CR, LF or NUL, and, because a spreadsheet
 * set to another list separator splits a cell where we did not, neither may any stretch of a cell
 * that follows a separator or a quote. Every export a spreadsheet may open calls it.
 *
 * Spreadsheets skip leading blanks before they look for a formula, and they fold full-width forms
 * (＝ ＋ － ＠, which Japanese and Chinese input methods type) into the ASCII ones, so a cell like
 * " =HYPERLINK(…)" or "＝1+1" is as live as "=1+1". The neutraliser is an apostrophe, which Excel,
 * LibreOffice and Numbers take as "this is text" and do not show at the start of a cell.
 */

const FORMULA_START = /[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/
/** Blanks and control characters a spreadsheet may pass over before it decides what a cell is. */
const SKIPPED = /[\u0000-\u0020\u007F\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]/
/** Where another reading of the file could start a new cell: list separators, quotes, line breaks. */
const CELL_BREAK = /[,;\t"\r\n]/

/** True when a spreadsheet could read the text, or a part after a cell break, as a formula. */
export const couldRunAsFormula = (text: string): boolean => neutraliseFormula(text) !== text

/** Whether the cell, or a stretch after a cell break, starting at `from` would begin a formula. */
function startsLive(text: string, from: number): boolean {
  if (from === 0 && /^[\t\r\n\u0000]/.test(text)) return true
  // charAt is '' past the end, which neither class matches: the end of the text stops both tests.
  let i = from
  while (SKIPPED.test(text.charAt(i))) i += 1
  return FORMULA_START.test(text.charAt(i))
}

/**
 * Text as it may safely sit in a spreadsheet cell: an apostrophe before the cell and before every
 * stretch after a cell break that would start a formula. Plain text comes back unchanged.
 */
export function neutraliseFormula(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i += 1) {
    if ((i === 0 || CELL_BREAK.test(text[i - 1]!)) && startsLive(text, i)) out += "'"
    out += text[i]
  }
  return out
}
