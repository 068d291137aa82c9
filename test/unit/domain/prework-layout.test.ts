import { describe, expect, it } from 'vitest'
import { answerChoices, attributeKey, checksumText, packColumns, packLayout, sheetRowOf, sheetText, type PackIdentity } from '../../../common/domain/prework'
import { band, BANDS, bandScore } from '../../../common/domain/radar'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'

const frameworks = [miniRadar(), miniMaturity()]

describe('pre-work pack layout', () => {
  it('has one sheet per chosen framework, in the order asked, with a heading row per section and a row per item', () => {
    const sheets = packLayout(frameworks, ['mini-maturity', 'mini-radar'], 'score')
    expect(sheets.map((s) => [s.frameworkId, s.sheetName, s.hasReason])).toEqual([
      ['mini-maturity', 'Mini maturity', true],
      ['mini-radar', 'Mini RADAR', false],
    ])
    expect(sheets[0]!.rows.map((r) => `${r.kind}:${r.key}`)).toEqual(['section:S1', 'item:u1', 'item:u2', 'item:u3', 'section:S2', 'item:u4', 'item:u5'])
    const u1 = sheets[0]!.rows[1]!
    expect(u1).toMatchObject({ kind: 'item', title: 'Item u1', questions: ['First question on u1?', 'Second question on u1?'], help: 'Help for u1.', answer: { kind: 'level' } })
    expect(sheets[1]!.rows[1]).toMatchObject({ kind: 'item', itemId: 'a1', answer: { kind: 'score' } })
  })

  it('leaves out a framework it does not know', () => {
    expect(packLayout(frameworks, ['nope', 'mini-radar'], 'bands').map((s) => s.frameworkId)).toEqual(['mini-radar'])
  })

  it('in attributes mode follows each EFQM part with one row per attribute of its section’s set (enabler or results)', () => {
    const [sheet] = packLayout(frameworks, ['mini-radar'], 'attributes')
    expect(sheet!.rows.map((r) => r.key)).toEqual([
      'A',
      'a1', attributeKey('a1', 'sound'), attributeKey('a1', 'integrated'), attributeKey('a1', 'implemented'),
      'a2', 'a2 · sound', 'a2 · integrated', 'a2 · implemented',
      'B',
      'b1', 'b1 · scope', 'b1 · trends', 'b1 · targets',
      'b2', 'b2 · scope', 'b2 · trends', 'b2 · targets',
    ])
    expect(sheet!.rows[1]).toMatchObject({ kind: 'item', answer: null })
    expect(sheet!.rows[2]).toMatchObject({ kind: 'attribute', elementName: 'Approach', attributeName: 'Sound', answer: { kind: 'attribute' } })
  })

  it('gives ISO sheets an N/A-reason column and EFQM sheets none; rows start below the header', () => {
    expect(packColumns({ hasReason: true })).toEqual(['id', 'title', 'questions', 'help', 'answer', 'reason', 'notes'])
    expect(packColumns({ hasReason: false })).toEqual(['id', 'title', 'questions', 'help', 'answer', 'notes'])
    expect(sheetRowOf(0)).toBe(2)
  })

  it('offers 0–5 and N/A, the five bands from lowest, and 0–100 in steps of 5', () => {
    expect(answerChoices({ kind: 'level' })).toEqual(['0', '1', '2', '3', '4', '5', 'N/A'])
    expect(answerChoices({ kind: 'band' })).toEqual(['No evidence', 'Limited', 'Ability', 'Comprehensive', 'Outstanding'])
    expect(answerChoices({ kind: 'score' })).toHaveLength(21)
    expect(answerChoices({ kind: 'attribute' }).slice(0, 3)).toEqual(['0', '5', '10'])
    expect(answerChoices({ kind: 'score' }).at(-1)).toBe('100')
  })
})

describe('band scores', () => {
  it('a band answer stores a score inside the band: 0, 20, 50, 75, 95', () => {
    expect(BANDS.map((b) => bandScore(b.label))).toEqual([95, 75, 50, 20, 0])
  })

  it('the band of each band’s score is that band', () => {
    for (const { label } of BANDS) expect(band(bandScore(label))).toBe(label)
  })
})

describe('checksum text', () => {
  const identity: PackIdentity = {
    format: 'panorama-prework',
    formatVersion: 1,
    assessmentId: 'a-1',
    origin: 'o-1',
    title: 'Review',
    participantId: 'ana',
    frameworks: [{ id: 'mini-maturity', edition: 'test' }],
    efqmAnswer: 'bands',
  }
  const sheets = packLayout(frameworks, ['mini-maturity'], 'bands')

  it('is the identity line, then one line per sheet', () => {
    const text = checksumText(identity, sheets)
    expect(text.split('\n')).toEqual([
      '["panorama-prework",1,"a-1","o-1","ana",[["mini-maturity","test"]],"bands"]',
      sheetText(sheets[0]!),
    ])
    expect(sheetText(sheets[0]!)).toContain('["u1","Item u1",["First question on u1?","Second question on u1?"],"level"]')
  })

  it('changes with a question, a participant or the answer mode, not with the title', () => {
    const base = checksumText(identity, sheets)
    const changed = miniMaturity()
    changed.sections[0]!.items[0]!.questions = ['Another question?']
    expect(checksumText(identity, packLayout([changed], ['mini-maturity'], 'bands'))).not.toBe(base)
    expect(checksumText({ ...identity, participantId: 'ben' }, sheets)).not.toBe(base)
    expect(checksumText({ ...identity, efqmAnswer: 'score' }, sheets)).not.toBe(base)
    expect(checksumText({ ...identity, title: 'Renamed' }, sheets)).toBe(base)
  })
})
