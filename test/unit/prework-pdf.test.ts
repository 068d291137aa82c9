import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EfqmAnswer } from '../../common/contract/prework-schema'
import { allItems } from '../../common/domain/framework'
import { packLayout } from '../../common/domain/prework'
import { buildPackPdf, type PackPdfInput } from '../../renderer/src/report/prework-pack'
import { reportFonts } from '../support/report-fixture'
import { makeTempDir } from '../support/temp-dir'
import { efqmFramework, isoFramework } from '../support/workshop-fixture'

/**
 * The printable pre-work pack, read back as its reader would: the text through pdftotext, the
 * pages as PNG files in test-results/prework-pdf/ for people to look at.
 */

const fonts = reportFonts()
const dir = makeTempDir('panorama-prework-pdf-')
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
const frameworks = [efqmFramework, isoFramework]
const TEAM = ['Ana Łukasiewicz', 'Ben Okafor', 'Cleo Martín']

function packFor(name: string, chosen: string[], efqmAnswer: EfqmAnswer): PackPdfInput {
  return {
    participantName: name,
    assessmentTitle: 'Annual self-assessment 2026',
    organisation: 'Stadtwerke Zürich',
    date: '2026-04-01',
    sheets: packLayout(frameworks, chosen, efqmAnswer),
    frameworks: frameworks.filter((f) => chosen.includes(f.id)),
    efqmAnswer,
    paper: 'a4',
    createdAt: new Date('2026-04-02T10:00:00Z'),
  }
}

function textOf(name: string, bytes: Uint8Array): { file: string; text: string } {
  const file = path.join(dir, name)
  fs.writeFileSync(file, bytes)
  return { file, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) }
}

const flat = (text: string) => text.replace(/\s+/g, ' ')

describe('the printable pre-work pack with both frameworks (bands)', () => {
  let file: string
  let text: string
  beforeAll(() => {
    ;({ file, text } = textOf('ben-bands.pdf', buildPackPdf(packFor('Ben Okafor', ['efqm-2025', 'iso-9001-2015'], 'bands'), fonts)))
  })

  it('names its own participant on the cover and on every page, and no one else', () => {
    const pages = text.split('\f').slice(0, -1)
    expect(pages[0]).toContain('Ben Okafor')
    expect(pages[0]).toContain('Annual self-assessment 2026')
    expect(pages[0]).toContain('Stadtwerke Zürich')
    for (const page of pages) expect(flat(page)).toContain('Pre-work of Ben Okafor')
    for (const other of TEAM.filter((name) => name !== 'Ben Okafor')) expect(text).not.toContain(other)
  })

  it('asks about every item of both frameworks, by id and title', () => {
    const words = flat(text)
    for (const framework of frameworks) {
      for (const item of allItems(framework)) expect(words, item.id).toContain(`${item.id} ${item.title.slice(0, 20)}`)
    }
  })

  it('prints the scale: ISO levels 0–5 with their descriptions and the five RADAR bands with their scores', () => {
    const words = flat(text)
    for (const level of isoFramework.maturityLevels!) expect(words).toContain(level.description.slice(0, 30))
    for (const band of ['No evidence', 'Limited', 'Ability', 'Comprehensive', 'Outstanding']) expect(words).toContain(band)
    expect(words).toMatch(/Outstanding 90–100/)
    expect(words).toContain('If N/A, why:')
    expect(words).toContain('only your name and the questions: no one else’s votes')
  })

  it('renders its pages to PNG for people to look at', () => {
    const out = path.resolve('test-results/prework-pdf')
    fs.rmSync(out, { recursive: true, force: true })
    fs.mkdirSync(out, { recursive: true })
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])
    execFileSync('pdftoppm', ['-r', '70', '-f', '1', '-l', '5', '-png', file, path.join(out, 'bands')])
    // The ISO sheet comes last.
    execFileSync('pdftoppm', ['-r', '70', '-f', String(pages - 1), '-l', String(pages), '-png', file, path.join(out, 'iso')])
    expect(fs.readdirSync(out).filter((name) => name.endsWith('.png')).length).toBe(7)
  })
})

describe('the printable pre-work pack in the other EFQM modes', () => {
  it('in attributes mode has a row of score boxes per RADAR attribute and explains the attributes', () => {
    const { file, text } = textOf('ana-attributes.pdf', buildPackPdf(packFor('Ana Łukasiewicz', ['efqm-2025'], 'attributes'), fonts))
    const words = flat(text)
    expect(words).toContain('Ana Łukasiewicz')
    expect(words).not.toContain('ISO 9001')
    const attributes = Object.values(efqmFramework.radar!).flat().flatMap((element) => element.attributes.map((a) => `${element.name}: ${a.name}`))
    for (const attribute of attributes) expect(words).toContain(attribute)
    expect(words).toMatch(/0 5 10 15 20 25 30 35 40 45 50 55 60 65 70 75 80 85 90 95 100/)
    execFileSync('pdftoppm', ['-r', '70', '-f', '4', '-l', '5', '-png', file, path.resolve('test-results/prework-pdf/attributes')])
  })

  it('in score mode has a box for a score 0–100', () => {
    const { file, text } = textOf('cleo-score.pdf', buildPackPdf(packFor('Cleo Martín', ['efqm-2025'], 'score'), fonts))
    expect(flat(text)).toContain('A score from 0 to 100 in steps of 5.')
    execFileSync('pdftoppm', ['-r', '70', '-f', '3', '-l', '3', '-png', file, path.resolve('test-results/prework-pdf/score')])
  })
})
