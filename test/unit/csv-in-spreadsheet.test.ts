import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyItemResponse, newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import { tableCsv } from '../../electron/exports/csv-tables'
import { resultsTables } from '../../electron/exports/results-tables'
import { bundledFrameworks, bundledStakeholders } from '../../electron/ipc/known-frameworks'
import { makeTempDir } from '../support/temp-dir'

/**
 * The CSV files (every table of the results) opened by a real spreadsheet: LibreOffice Calc, told to evaluate formulas, reads
 * the file with a comma and then with a semicolon as the list separator (as a German or French
 * Excel would), and writes what it read as OpenDocument. A live formula there is a `table:formula`.
 */
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((file) => fs.existsSync(file))

const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  ' =1+1',
  '\t@SUM(1,2)',
  '\uFF1D1+1',
  '-2+3',
  'Fine;=2+2',
  'Line one\n+3+3',
]

function hostileAssessment(): Assessment {
  return {
    ...newAssessment({ id: '00000000-0000-4000-8000-000000000077', title: 'Hostile', now: '2026-03-01T09:00:00.000Z' }),
    frameworks: ['iso-9001-2015'],
    participants: HOSTILE.map((name, i) => ({ id: `p${i}`, name, role: 'staff' as const })),
    setupComplete: true,
    responses: {
      'iso-9001-2015': {
        '4.1': {
          ...emptyItemResponse(),
          ratings: Object.fromEntries(HOSTILE.map((text, i) => [`p${i}`, { kind: 'not-applicable' as const, justification: text }])),
          consensus: { kind: 'level', level: 3, rationale: HOSTILE.join(' | ') },
        },
      },
    },
  }
}

function formulasLibreOfficeReads(csv: string, separator: ',' | ';'): string[] {
  const dir = makeTempDir('panorama-calc-')
  const file = path.join(dir, 'export.csv')
  fs.writeFileSync(file, csv)
  // Tokens: separator, text delimiter ", UTF-8, from line 1, standard cells, en-US, quoted as text
  // off, special numbers off, …, evaluate formulas on: the most trusting way to open a file.
  const filter = `CSV:${separator.charCodeAt(0)},34,76,1,,1033,false,false,false,false,false,-1,true`
  execFileSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', `--infilter=${filter}`, '--convert-to', 'fods', '--outdir', dir, file], {
    stdio: 'ignore',
    timeout: 60_000,
  })
  const content = fs.readFileSync(path.join(dir, 'export.fods'), 'utf8')
  return [...content.matchAll(/table:formula="([^"]*)"/g)].map((m) => m[1]!)
}

describe.skipIf(!soffice)('the CSV export in LibreOffice Calc', () => {
  it('the check itself can fail: the same cells written without the guard do come in as live formulas', () => {
    const raw = ['a,b', ...HOSTILE.map((text) => `x,${text.includes('\n') || text.includes(',') || text.includes('"') ? `"${text.replaceAll('"', '""')}"` : text}`)].join('\r\n')
    expect(formulasLibreOfficeReads(`${raw}\r\n`, ',').length).toBeGreaterThan(0)
    expect(formulasLibreOfficeReads(`x,"Fine;=2+2"\r\n`, ';')).toEqual(['of:=2+2&quot;'])
  }, 120_000)

  it.each([',', ';'] as const)('no cell of the votes or the consensus file is a formula when read with %j as the list separator', (separator) => {
    const tables = resultsTables({ assessment: hostileAssessment(), frameworks: bundledFrameworks(), stakeholders: bundledStakeholders() })
    const csv = (id: string) => tableCsv(tables.find((table) => table.id === id)!)
    expect(csv('votes')).toContain("Fine;'=2+2")
    expect(csv('consensus')).toContain("Fine;'=2+2")
    expect(formulasLibreOfficeReads(csv('votes'), separator)).toEqual([])
    expect(formulasLibreOfficeReads(csv('consensus'), separator)).toEqual([])
  }, 120_000)
})
