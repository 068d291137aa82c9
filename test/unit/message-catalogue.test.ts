import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { en, namespaces } from '../../common/i18n/resources'
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoMessage } from '../../common/i18n/pseudo-locale'

function sourceFiles(dir: string, pattern: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full, pattern)
    return pattern.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })
}

// Attributes a user reads or hears (screen readers announce labels and descriptions).
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label'])
const hasWords = (text: string) => /[A-Za-z]{2,}/.test(text)

/** Text in JSX that a user would see or hear and that does not come from the catalogue. */
function literalJsxText(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const isLiteral = (node: ts.Node | undefined): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression =>
    !!node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node))
  const literalText = (node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression) =>
    ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ') : node.text
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(`${where(node)} text “${node.text.trim()}”`)
    if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent) && isLiteral(node.expression) && hasWords(literalText(node.expression))) {
      found.push(`${where(node)} text “${literalText(node.expression)}”`)
    }
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText())) {
      const value = node.initializer
      const literal = value && ts.isJsxExpression(value) ? value.expression : value
      if (isLiteral(literal) && hasWords(literalText(literal))) found.push(`${where(node)} ${node.name.getText()}="${literalText(literal)}"`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

type Messages = { [key: string]: string | Messages }
const leaves = (messages: Messages, prefix = ''): [string, string][] =>
  Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)))

describe('the message catalogue', () => {
  it('no screen writes text for the user directly: JSX text and spoken attributes all come from the catalogue', () => {
    const offenders = sourceFiles('renderer/src', /\.tsx$/).flatMap(literalJsxText)
    expect(offenders, `Move these into assets/locales/en and read them with t():\n${offenders.join('\n')}`).toEqual([])
  })

  it('every English message is a non-empty string, with no stray whitespace', () => {
    for (const ns of namespaces) {
      for (const [key, message] of leaves(en[ns] as Messages)) {
        expect(message.trim(), `${ns}:${key}`).not.toBe('')
        expect(message, `${ns}:${key}`).toBe(message.trim())
      }
    }
  })

  it('the pseudo-locale brackets every message and keeps placeholders, nesting and component tags', () => {
    expect(pseudoMessage('Continue “{{title}}” with <1>{{count}}</1> items and $t(common:cancel)')).toBe(
      `${PSEUDO_OPEN}Çóńtíńúé “{{title}}” wíth <1>{{count}}</1> ítéms áńd $t(common:cancel)${PSEUDO_CLOSE}`,
    )
  })
})
