import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newAssessment, type Assessment } from '../../common/contract/assessment-schema'
import { buildPreworkPack } from '../../electron/exports/prework-pack'
import { checkPackBytes } from '../../electron/exports/prework-read'
import { bundledFrameworks } from '../../electron/ipc/known-frameworks'
import { fillPack } from '../support/prework-fill'
import { makeTempDir } from '../support/temp-dir'

/**
 * A pack in a real spreadsheet application: LibreOffice opens a filled pack and saves it again
 * (as a participant's LibreOffice would), and the import still reads every answer; and the pack
 * is printed to PDF and then PNG into test-results/prework/, to be looked at.
 */
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((file) => fs.existsSync(file))
const pdftoppm = ['/usr/bin/pdftoppm'].find((file) => fs.existsSync(file))
const frameworks = bundledFrameworks()
const OUT = path.resolve('test-results/prework')

const assessment: Assessment = {
  ...newAssessment({ id: '00000000-0000-4000-8000-000000000005', title: 'Annual review 2026', now: '2026-05-01T08:00:00.000Z' }),
  organisation: { name: 'Kessler Metalworks', sector: 'commercial', size: '50-249', scope: '', date: '2026-06-01' },
  frameworks: ['efqm-2025', 'iso-9001-2015'],
  participants: [{ id: 'ana', name: 'Ana Kessler', role: 'leadership' }],
  setupComplete: true,
}
const packFor = (efqmAnswer: 'bands' | 'attributes') => buildPreworkPack({ assessment, participant: assessment.participants[0]!, frameworks, chosen: assessment.frameworks, efqmAnswer, now: new Date('2026-06-01T10:00:00.000Z') })

let dir: string
beforeAll(() => {
  dir = makeTempDir('panorama-prework-calc-')
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function convert(file: string, to: string, outDir: string): string {
  execFileSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', outDir, file], { stdio: 'ignore', timeout: 120_000 })
  return path.join(outDir, `${path.basename(file, path.extname(file))}.${to.split(':')[0]}`)
}

describe.skipIf(!soffice)('a pre-work pack in LibreOffice Calc', () => {
  it('filled, then opened and saved again by LibreOffice, still imports with every answer', async () => {
    const filled = await fillPack(await packFor('attributes'), {
      'ISO 9001': { '4.1': { answer: 3 }, '8.3.1': { answer: 'N/A', reason: 'We design nothing.' }, '4.2': { answer: 2, note: 'Listed yearly.' } },
      'EFQM Model': Object.fromEntries(['sound', 'integrated', 'implemented', 'structured', 'measurement', 'learningCreativity', 'improvementInnovation'].map((id) => [`1.1 · ${id}`, { answer: 55 }])),
    })
    const file = path.join(dir, 'Kessler-Ana.xlsx')
    fs.writeFileSync(file, filled)
    const resavedDir = path.join(dir, 'resaved')
    fs.mkdirSync(resavedDir)
    const resaved = fs.readFileSync(convert(file, 'xlsx:Calc MS Excel 2007 XML', resavedDir))
    expect(Buffer.compare(resaved, Buffer.from(filled))).not.toBe(0)
    const read = await checkPackBytes(resaved, 'Kessler-Ana.xlsx', frameworks)
    expect(read).toMatchObject({ ok: true, issues: [] })
    const responses = (read as Extract<typeof read, { ok: true }>).file.responses
    expect(responses['iso-9001-2015']).toEqual({
      '4.1': { rating: { kind: 'level', level: 3 } },
      '4.2': { rating: { kind: 'level', level: 2 }, note: 'Listed yearly.' },
      '8.3.1': { rating: { kind: 'not-applicable', justification: 'We design nothing.' } },
    })
    expect(responses['efqm-2025']).toEqual({
      '1.1': { rating: { kind: 'radar', attributes: { sound: 55, integrated: 55, implemented: 55, structured: 55, measurement: 55, learningCreativity: 55, improvementInnovation: 55 } } },
    })
  }, 180_000)

  it.skipIf(!pdftoppm)('prints to PDF and PNG pages for a look (test-results/prework/)', async () => {
    fs.mkdirSync(OUT, { recursive: true })
    for (const efqmAnswer of ['bands', 'attributes'] as const) {
      const file = path.join(dir, `pack-${efqmAnswer}.xlsx`)
      fs.writeFileSync(file, await packFor(efqmAnswer))
      const pdf = convert(file, 'pdf', OUT)
      for (const old of fs.readdirSync(OUT).filter((name) => name.startsWith(`pack-${efqmAnswer}-`) && name.endsWith('.png'))) fs.rmSync(path.join(OUT, old))
      execFileSync(pdftoppm!, ['-png', '-r', '60', '-l', '4', pdf, path.join(OUT, `pack-${efqmAnswer}`)], { timeout: 60_000 })
      expect(fs.readdirSync(OUT).filter((name) => name.startsWith(`pack-${efqmAnswer}-`) && name.endsWith('.png')).length).toBeGreaterThanOrEqual(3)
    }
    // Every question's text is in the PDF: nothing was cut off a page.
    const text = execFileSync('pdftotext', ['-layout', path.join(OUT, 'pack-bands.pdf'), '-'], { encoding: 'utf8' })
    expect(text).toContain('Pre-work for Annual review 2026')
    expect(text).toContain('Filled in by: Ana Kessler')
    expect(text).toContain('Organisation: Kessler Metalworks')
  }, 180_000)
})
