import { describe, expect, it } from 'vitest'
import { couldRunAsFormula, neutraliseFormula } from '../../electron/ipc/formula-guard'

describe('formula guard (OWASP CSV injection rules, for every export a spreadsheet opens)', () => {
  it.each([
    ['=', '=1+1'],
    ['+', '+44 20 7946 0000'],
    ['-', '-2+3'],
    ['@', '@SUM(A1:A2)'],
    ['tab', '\t1+1'],
    ['CR', '\r1+1'],
    ['LF', '\n1+1'],
    ['NUL', '\u0000=1+1'],
    ['a tab alone', '\tplain'],
    ['a space before =', ' =HYPERLINK("x")'],
    ['spaces before +', '   +1'],
    ['a no-break space before =', '\u00A0=1'],
    ['an ideographic space before =', '\u3000=1'],
    ['full-width ＝', '\uFF1D1+1'],
    ['full-width ＋', '\uFF0B1'],
    ['full-width －', '\uFF0D1'],
    ['full-width ＠', '\uFF20SUM(A1)'],
  ])('a cell starting with %s gets the apostrophe in front', (_name, text) => {
    expect(couldRunAsFormula(text)).toBe(true)
    expect(neutraliseFormula(text)).toBe(`'${text}`)
  })

  it.each([
    ['a semicolon', 'ok;=cmd|"/c calc"!A0', "ok;'=cmd|\"/c calc\"!A0"],
    ['a comma', 'ok, =1+1', "ok,' =1+1"],
    ['a quote', 'say "=1+1', "say \"'=1+1"],
    ['a line break', 'first line\n@SUM(A1)', "first line\n'@SUM(A1)"],
    ['a tab', 'a\t-1', "a\t'-1"],
    ['a semicolon and full-width ＝', 'a;\uFF1D1', "a;'\uFF1D1"],
    ['a semicolon after an emoji', '🙂;=1', "🙂;'=1"],
  ])('a stretch after %s that would start a formula is guarded too, because another list separator splits there', (_name, text, guarded) => {
    expect(couldRunAsFormula(text)).toBe(true)
    expect(neutraliseFormula(text)).toBe(guarded)
  })

  it.each(['Plain text', 'Zürich – Łódź', 'Score 3-4 of 5', 'e-mail: a@b.example', 'x = y', "it's fine", '', '3.5', 'Kessler; Ana'])(
    'leaves plain text as it is: %j',
    (text) => {
      expect(couldRunAsFormula(text)).toBe(false)
      expect(neutraliseFormula(text)).toBe(text)
    },
  )

  it.each([
    ['only blanks', '   '],
    ['a no-break space alone', '\u00A0'],
    ['a separator at the end', 'Kessler;'],
    ['a separator and blanks at the end', 'Kessler, \u3000'],
    ['a quote at the end', 'say "'],
  ])('leaves text that ends before any formula could start as it is: %s', (_name, text) => {
    expect(couldRunAsFormula(text)).toBe(false)
    expect(neutraliseFormula(text)).toBe(text)
  })

  it.each([
    ['tab', '\t=1+1', "'\t'=1+1"],
    ['CR', '\r=1+1', "'\r'=1+1"],
    ['LF', '\n=1+1', "'\n'=1+1"],
  ])('a cell starting with a %s and then a formula is guarded on both sides of the break', (_name, text, guarded) => {
    expect(neutraliseFormula(text)).toBe(guarded)
  })

  it('leaves a guarded cell as it is when guarded again', () => {
    expect(neutraliseFormula(neutraliseFormula('=1'))).toBe("'=1")
  })
})
