import { describe, expect, it } from 'vitest'
import { assembleAnswers, packLayout, readAnswer, type FilledRow } from '../../../common/domain/prework'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'

const frameworks = [miniRadar(), miniMaturity()]

describe('reading an answer cell', () => {
  it('reads a level from a number or text, and N/A in any case with spaces around', () => {
    expect(readAnswer({ kind: 'level' }, 3)).toEqual({ ok: true, answer: { kind: 'level', level: 3 } })
    expect(readAnswer({ kind: 'level' }, ' 3 ')).toEqual({ ok: true, answer: { kind: 'level', level: 3 } })
    expect(readAnswer({ kind: 'level' }, ' n/a ')).toEqual({ ok: true, answer: { kind: 'not-applicable' } })
    expect(readAnswer({ kind: 'level' }, 'N/A')).toEqual({ ok: true, answer: { kind: 'not-applicable' } })
    expect(readAnswer({ kind: 'level' }, null)).toEqual({ ok: true, answer: null })
    expect(readAnswer({ kind: 'level' }, '  ')).toEqual({ ok: true, answer: null })
  })

  it('says why a value is not a level', () => {
    expect(readAnswer({ kind: 'level' }, '3,5')).toEqual({ ok: false, problem: '"3,5" is not a level 0–5' })
    expect(readAnswer({ kind: 'level' }, 7)).toEqual({ ok: false, problem: '"7" is not a level 0–5' })
    expect(readAnswer({ kind: 'level' }, 2.5)).toEqual({ ok: false, problem: '"2.5" is not a level 0–5' })
    expect(readAnswer({ kind: 'level' }, 'abc')).toEqual({ ok: false, problem: '"abc" is not a level 0–5' })
    expect(readAnswer({ kind: 'level' }, true)).toEqual({ ok: false, problem: '"true" is not a level 0–5' })
  })

  it('reads a band by name, in any case, as the band’s score', () => {
    expect(readAnswer({ kind: 'band' }, 'Limited')).toEqual({ ok: true, answer: { kind: 'score', score: 20 } })
    expect(readAnswer({ kind: 'band' }, ' no evidence ')).toEqual({ ok: true, answer: { kind: 'score', score: 0 } })
    expect(readAnswer({ kind: 'band' }, 'OUTSTANDING')).toEqual({ ok: true, answer: { kind: 'score', score: 95 } })
    expect(readAnswer({ kind: 'band' }, 35)).toEqual({ ok: false, problem: '"35" is not a RADAR band (No evidence, Limited, Ability, Comprehensive, Outstanding)' })
  })

  it('reads a score 0–100 in steps of 5 and refuses anything else', () => {
    expect(readAnswer({ kind: 'score' }, 35)).toEqual({ ok: true, answer: { kind: 'score', score: 35 } })
    expect(readAnswer({ kind: 'score' }, '100')).toEqual({ ok: true, answer: { kind: 'score', score: 100 } })
    expect(readAnswer({ kind: 'score' }, 33)).toEqual({ ok: false, problem: '"33" is not a score 0–100 in steps of 5' })
    expect(readAnswer({ kind: 'attribute' }, 105)).toEqual({ ok: false, problem: '"105" is not a score 0–100 in steps of 5' })
    expect(readAnswer({ kind: 'attribute' }, '1e1')).toEqual({ ok: false, problem: '"1e1" is not a score 0–100 in steps of 5' })
    expect(readAnswer({ kind: 'score' }, 'x'.repeat(60)).ok).toBe(false)
    expect((readAnswer({ kind: 'score' }, 'x'.repeat(60)) as { problem: string }).problem).toBe(`"${'x'.repeat(39)}…" is not a score 0–100 in steps of 5`)
  })
})

describe('assembling a sheet’s answers', () => {
  it('turns ISO levels, N/A with its reason and notes into ratings; a bad cell is reported by row and item and left out', () => {
    const [sheet] = packLayout(frameworks, ['mini-maturity'], 'bands')
    // Rows: 0 S1, 1 u1, 2 u2, 3 u3, 4 S2, 5 u4, 6 u5 → sheet rows 2..8
    const filled: FilledRow[] = [{}, { answer: 3, note: ' Checked the policy. ' }, { answer: 'N/A', reason: 'No design work.' }, { answer: '3,5' }, {}, { note: 'Only a note' }, { answer: 2, reason: 'stray' }]
    const { responses, issues } = assembleAnswers(sheet!, filled)
    expect(responses).toEqual({
      u1: { rating: { kind: 'level', level: 3 }, note: 'Checked the policy.' },
      u2: { rating: { kind: 'not-applicable', justification: 'No design work.' } },
      u4: { note: 'Only a note' },
      u5: { rating: { kind: 'level', level: 2 } },
    })
    expect(issues).toEqual(['row 5 (u3): "3,5" is not a level 0–5', 'row 8 (u5): an N/A reason is given but the answer is not N/A; the reason was left out'])
  })

  it('turns bands into quick scores and scores into quick scores', () => {
    const [bands] = packLayout(frameworks, ['mini-radar'], 'bands')
    expect(assembleAnswers(bands!, [{}, { answer: 'Ability' }, { answer: 'Limited' }]).responses).toEqual({ a1: { rating: { kind: 'quick', score: 50 } }, a2: { rating: { kind: 'quick', score: 20 } } })
    const [scores] = packLayout(frameworks, ['mini-radar'], 'score')
    const { responses, issues } = assembleAnswers(scores!, [{}, { answer: 35 }, { answer: 33 }])
    expect(responses).toEqual({ a1: { rating: { kind: 'quick', score: 35 } } })
    expect(issues).toEqual(['row 4 (a2): "33" is not a score 0–100 in steps of 5'])
  })

  it('makes a RADAR rating of a part only when every attribute is filled; a part half filled is reported and left out', () => {
    const [sheet] = packLayout(frameworks, ['mini-radar'], 'attributes')
    // 0 A, 1 a1, 2-4 a1 attrs, 5 a2, 6-8 a2 attrs, 9 B, 10 b1, 11-13, 14 b2, 15-17
    const filled: FilledRow[] = []
    filled[1] = { note: 'a1 note' }
    filled[2] = { answer: 50 }
    filled[3] = { answer: '60' }
    filled[4] = { answer: 40 }
    filled[6] = { answer: 50 }
    filled[11] = { answer: 50 }
    filled[12] = { answer: 'high' }
    const { responses, issues } = assembleAnswers(sheet!, filled)
    expect(responses).toEqual({ a1: { note: 'a1 note', rating: { kind: 'radar', attributes: { sound: 50, integrated: 60, implemented: 40 } } } })
    expect(issues).toEqual(['row 7 (a2): 1 of 3 attributes filled; fill all or none', 'row 14 (b1 · trends): "high" is not a score 0–100 in steps of 5'])
  })
})
