import { describe, expect, it } from 'vitest'
import type { Assessment, ItemResponse } from '../../common/contract/assessment-schema'
import { toWorkshopInput } from '../../common/domain/workshop-input'
import { computeWorkshopResults } from '../../common/domain/workshop-results'
import { buildReportModel, reportTitle, sectionTitle, type ReportInput, type ReportOptions } from '../../renderer/src/report/report-model'
import { seededReportInput, UNICODE_ORGANISATION } from '../support/report-fixture'

/**
 * The report model section by section, read as a manager reads the PDF: what each line says for the
 * seeded assessment (EFQM criteria 1–5 at 50 % and 6–7 at 40 %, 460 points; ISO 42 of 56 units at
 * level 4 and 14 at level 2) and for the gaps a real assessment has: nothing named, nothing agreed
 * yet, a team without leaders, an action nobody owns.
 */
const options = (overrides: Partial<ReportOptions> = {}): ReportOptions => ({ paper: 'a4', appendix: true, anonymise: false, createdAt: new Date('2026-04-02T23:30:00Z'), ...overrides })
const seeded = seededReportInput()
const model = (input: ReportInput = seeded, overrides: Partial<ReportOptions> = {}) => buildReportModel(input, options(overrides))

/** The seeded input with the assessment changed and its results worked out again. */
function changed(change: (assessment: Assessment) => Assessment): ReportInput {
  const assessment = change(structuredClone(seeded.assessment))
  return { ...seeded, assessment, results: computeWorkshopResults(toWorkshopInput(assessment, seeded.frameworks)) }
}
const efqmOf = (a: Assessment) => a.responses['efqm-2025']!
const isoOf = (a: Assessment) => a.responses['iso-9001-2015']!
const withoutConsensus = ({ consensus: _dropped, ...rest }: ItemResponse): ItemResponse => rest

describe('the cover and the team', () => {
  it('names the organisation, its sector, size and scope, the assessment date and the day the report was made (UTC)', () => {
    const m = model()
    expect([m.title, m.organisation, m.sector, m.size, m.scope, m.date, m.createdText]).toEqual([
      'Seeded results', UNICODE_ORGANISATION, 'Public sector', '250 to 999 people', 'All services', '1 April 2026', '2 April 2026',
    ])
    expect(m.assessmentId).toBe(seeded.assessment.id)
    expect(m.frameworks).toEqual([
      { name: 'EFQM Model', edition: '2025', publisher: 'EFQM' },
      { name: 'ISO 9001', edition: '2015 with Amendment 1:2024', publisher: 'ISO' },
    ])
  })

  it('says plainly what is missing: no name, no scope, no date, no size', () => {
    const m = model(changed((a) => ({ ...a, organisation: { ...a.organisation, name: '   ', scope: ' ', date: null, size: null } })))
    expect([m.organisation, m.scope, m.date, m.size]).toEqual(['Organisation not named', 'No scope described.', 'No date set', null])
  })

  it('writes every month of the year out in full', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
    months.forEach((month, index) => {
      const date = `2026-${String(index + 1).padStart(2, '0')}-09`
      expect(model(changed((a) => ({ ...a, organisation: { ...a.organisation, date } }))).date).toBe(`9 ${month} 2026`)
    })
  })

  it('lists the team in its own order with roles, and by number only when anonymised', () => {
    expect(model().team).toEqual([{ label: 'Ana', role: 'Leadership' }, { label: 'Ben', role: 'Staff' }, { label: 'Cleo', role: 'Staff' }])
    const anonymous = model(seeded, { anonymise: true })
    expect(anonymous.anonymised).toBe(true)
    expect(anonymous.team.map((member) => member.label)).toEqual(['Participant 1', 'Participant 2', 'Participant 3'])
  })
})

describe('the EFQM section', () => {
  it('gives the total, the band and each criterion’s score, points and answered parts', () => {
    const efqm = model().efqm!
    expect([efqm.name, efqm.edition, efqm.totalText, efqm.maximum, efqm.bandText]).toEqual(['EFQM Model', '2025', '460', 1000, 'band: ability'])
    expect(efqm.intro).toMatch(/^The organisation scores 460 of 1000 points, in the “ability” band\. Each criterion’s score is the mean of its parts .* share of the 1000\.$/)
    expect(efqm.criteria.map((c) => [c.id, c.points, c.percentText, c.earnedText])).toEqual([
      ['1', 100, '50 %', '50'], ['2', 100, '50 %', '50'], ['3', 100, '50 %', '50'], ['4', 200, '50 %', '100'], ['5', 100, '50 %', '50'], ['6', 200, '40 %', '80'], ['7', 200, '40 %', '80'],
    ])
    expect(efqm.criteria[0]!.partsText).toBe('5 of 5')
    expect(efqm.criteria[0]!.barText).toBe('50 % · 50 of 100 points')
  })

  it('says for each part whether the team agreed it, and the median when the agreement differs from it', () => {
    const parts = model().efqm!.parts
    expect(parts).toHaveLength(32)
    expect(parts.find((p) => p.id === '1.1')).toEqual({ criterionId: '1', criterionTitle: 'Purpose, Vision & Strategy', id: '1.1', title: 'Define purpose and vision', scoreText: '50 (ability)', basis: 'agreed' })
    // 3.2's votes are 80, 40, 35: median 40, agreed 50.
    expect(parts.find((p) => p.id === '3.2')!.basis).toBe('agreed (median of the votes: 40)')
  })

  it('counts a part with only votes as proposed, and a part with nothing as not assessed', () => {
    const input = changed((a) => {
      efqmOf(a)['1.1'] = withoutConsensus(efqmOf(a)['1.1']!)
      efqmOf(a)['1.2'] = { ratings: {}, notes: {}, evidence: [], strengths: [], afis: [], flagged: false }
      return a
    })
    const parts = model(input).efqm!.parts
    expect(parts.find((p) => p.id === '1.1')).toMatchObject({ scoreText: '50 (ability)', basis: 'proposed (median of the votes)' })
    expect(parts.find((p) => p.id === '1.2')).toMatchObject({ scoreText: 'not assessed', basis: 'not assessed' })
    expect(model(input).efqm!.criteria[0]!.partsText).toBe('4 of 5')
  })

  it('gives no band until every criterion is assessed, and says how far the team has come', () => {
    const input = changed((a) => {
      for (const id of ['7.1', '7.2', '7.3', '7.4']) efqmOf(a)[id] = { ratings: {}, notes: {}, evidence: [], strengths: [], afis: [], flagged: false }
      return a
    })
    const efqm = model(input).efqm!
    expect(efqm.bandText).toBe('band given once every criterion is assessed (6 of 7 so far)')
    expect(efqm.criteria[6]).toMatchObject({ percentText: 'not assessed', earnedText: 'not assessed' })
    expect(efqm.intro).toMatch(/^The organisation scores 380 of 1000 points over the 800 points assessed so far\. /)
  })

  it('says when no part is assessed at all', () => {
    const input = changed((a) => ({ ...a, responses: { ...a.responses, 'efqm-2025': {} } }))
    expect(model(input).efqm!.intro).toBe('No part of EFQM Model is assessed yet.')
  })

  it('has no EFQM or ISO section, and no figures for them, when the assessment does not use the framework', () => {
    const m = model(changed((a) => ({ ...a, frameworks: ['iso-9001-2015'] })))
    expect(m.efqm).toBeNull()
    expect(m.efqmMissing).toBe('This assessment does not use the EFQM Model.')
    expect(m.summary.figures.map((f) => f.label)).toEqual(['ISO 9001: readiness', 'ISO 9001: maturity index'])
    expect(m.stakeholders.efqmName).toBeNull()
    expect(m.achieved.efqmName).toBeNull()
    expect(m.achieved.groups.every((g) => g.efqm === null && g.iso !== null)).toBe(true)
    const efqmOnly = model(changed((a) => ({ ...a, frameworks: ['efqm-2025'] })))
    expect(efqmOnly.iso).toBeNull()
    expect(efqmOnly.isoMissing).toBe('This assessment does not use ISO 9001.')
    expect(efqmOnly.summary.figures.map((f) => f.label)).toEqual(['EFQM Model: total'])
  })
})

describe('the ISO section', () => {
  it('gives readiness, maturity and the clause table', () => {
    const iso = model().iso!
    expect([iso.name, iso.readinessText, iso.maturityText]).toEqual(['ISO 9001', '75 %', '70'])
    expect(iso.intro).toBe('42 of the 56 assessed units conform (level 3 or above), a readiness of 75 %; the mean level gives a maturity index of 70 out of 100.')
    expect(iso.clauses[0]).toEqual({ id: '4', title: 'Context of the organisation', units: 4, assessed: 4, conforming: 4, notApplicable: 0, unanswered: 0, readinessText: '100 %', maturityText: '80' })
    expect(iso.levels.map((l) => l.level)).toEqual([0, 1, 2, 3, 4, 5])
    expect(iso.findingCounts).toEqual([
      { label: 'Major nonconformity', count: 0 }, { label: 'Minor nonconformity', count: 0 }, { label: 'Observation', count: 0 }, { label: 'Opportunity for improvement', count: 1 },
    ])
  })

  it('lists the units below level 3 and the units with a finding, each marked agreed', () => {
    const iso = model().iso!
    // 14 units at level 2, and 4.1 (level 4) with an opportunity for improvement.
    expect(iso.findings).toHaveLength(15)
    expect(iso.findings[0]).toEqual({ id: '4.1', title: 'Organisation and its context', valueText: 'Level 4 · conforms (agreed)', proposed: false, finding: 'Opportunity for improvement' })
    expect(iso.findings[1]).toEqual({ id: '8.5.5', title: 'Post-delivery activities', valueText: 'Level 2 (agreed)', proposed: false, finding: 'none recorded' })
    expect(iso.findingsNote).toBeNull()
  })

  it('marks a level that only has votes as proposed, and then explains “proposed”', () => {
    const input = changed((a) => {
      isoOf(a)['10.3'] = { ...withoutConsensus(isoOf(a)['10.3']!), ratings: { ana: { kind: 'level', level: 2 }, ben: { kind: 'level', level: 1 }, cleo: { kind: 'level', level: 2 } } }
      return a
    })
    const iso = model(input).iso!
    expect(iso.findings.find((f) => f.id === '10.3')).toMatchObject({ valueText: 'Level 2 (proposed)', proposed: true })
    expect(iso.findingsNote).toBe('“Proposed” is the median of the votes: the team has not agreed a level for that unit yet.')
  })

  it('lists a finding on an unassessed unit without a level, and says what the figures leave out', () => {
    const blank = { ratings: {}, notes: {}, evidence: [], strengths: [], afis: [], flagged: false }
    const notAssessed = changed((a) => {
      isoOf(a)['4.2'] = { ...blank, finding: 'observation' }
      return a
    })
    const iso = model(notAssessed).iso!
    expect(iso.findings.find((f) => f.id === '4.2')).toMatchObject({ valueText: 'not assessed', proposed: false, finding: 'Observation' })
    expect(iso.intro).toMatch(/ Left out of both figures: 1 not assessed\.$/)

    const notApplicable = changed((a) => {
      isoOf(a)['4.2'] = { ...blank, consensus: { kind: 'not-applicable', justification: 'No interested parties beyond customers' } }
      return a
    })
    expect(model(notApplicable).iso!.intro).toMatch(/ Left out of both figures: 1 not applicable\.$/)

    const both = changed((a) => {
      isoOf(a)['4.2'] = { ...blank, consensus: { kind: 'not-applicable', justification: 'No interested parties beyond customers' } }
      isoOf(a)['4.3'] = blank
      return a
    })
    expect(model(both).iso!.intro).toMatch(/ Left out of both figures: 1 not applicable and 1 not assessed\.$/)
  })

  it('says when no unit is assessed at all', () => {
    const input = changed((a) => ({ ...a, responses: { ...a.responses, 'iso-9001-2015': {} } }))
    const m = model(input)
    expect(m.iso!.intro).toBe('No unit of ISO 9001 is assessed yet.')
    expect([m.iso!.readinessText, m.iso!.maturityText]).toEqual(['not assessed', 'not assessed'])
    expect(m.summary.figures.slice(1).map((f) => f.detail)).toEqual(['no unit assessed yet', 'no unit assessed yet'])
  })
})

describe('the stakeholder sections', () => {
  it('names the suggested target profile it started from, or the organisation’s own', () => {
    expect(model().stakeholders.targetName).toBe('Public sector (suggested default)')
    expect(model(changed((a) => ({ ...a, targetSource: 'custom' }))).stakeholders.targetName).toBe('Set by the organisation')
  })

  it('gives each framework’s balance figures, with its blind spots named or “none”', () => {
    expect(model().stakeholders.balance).toEqual([
      { framework: 'EFQM Model', balanceText: '0.96', breadthText: '6 of 6', beyondCustomerText: '72.4 %', misalignmentText: '15.7 %', blindSpotsText: 'none' },
      { framework: 'ISO 9001', balanceText: '0.73', breadthText: '4 of 6', beyondCustomerText: '46.3 %', misalignmentText: '32.4 %', blindSpotsText: 'Owners, investors & funders, Society & environment' },
    ])
    const customers = model().stakeholders.groups[0]!
    expect([customers.id, customers.name, customers.efqmText, customers.isoText, customers.targetText]).toEqual(['customers', 'Customers & service users', '27.6 %', '53.7 %', '30 %'])
  })

  it('gives each group’s achieved score with the share of its weight that is answered', () => {
    const customers = model().achieved.groups[0]!
    expect(customers).toMatchObject({ id: 'customers', efqm: { scoreText: '47.3 %', answeredText: '100 %' }, iso: { scoreText: '67.8 %', answeredText: '100 %' } })
  })
})

describe('the team views', () => {
  it('ranks the hot spots by the range as a share of the scale', () => {
    const spots = model().teamViews.hotSpots
    expect(spots.map((s) => [s.item, s.rangeText, s.shareText, s.medianText, s.votes, s.disagreement])).toEqual([
      ['4.1 Organisation and its context', '3 levels', '60 %', '4', '3', 'Yes'],
      ['3.2 People: attract, engage, develop and retain', '45 points', '45 %', '40', '3', 'Yes'],
      ['1.1 Define purpose and vision', '40 points', '40 %', '50', '3', 'Yes'],
    ])
  })

  it('gives leadership’s and staff’s means with their vote counts', () => {
    expect(model().teamViews.gaps[0]).toEqual({
      item: '3.2 People: attract, engage, develop and retain', framework: 'EFQM Model', gapText: 'leaders higher by 42.5 points', shareText: '42.5 %', leadershipText: '80 (1 vote)', staffText: '37.5 (2 votes)',
    })
  })

  it('says which role is missing when there are no perception gaps to show', () => {
    const roles = (...r: Array<'leadership' | 'staff' | 'external'>) => changed((a) => ({ ...a, participants: a.participants.map((p, i) => ({ ...p, role: r[i]! })) }))
    expect(model(roles('staff', 'staff', 'staff')).teamViews.gapsEmpty).toMatch(/nobody in leadership\.$/)
    expect(model(roles('leadership', 'leadership', 'external')).teamViews.gapsEmpty).toMatch(/nobody in staff\.$/)
    expect(model(roles('external', 'external', 'external')).teamViews.gapsEmpty).toMatch(/nobody in leadership or staff\.$/)
    expect(model().teamViews.gapsEmpty).toBe('No gaps: on every item scored by both leadership and staff, their means are equal.')
  })
})

describe('the action plan', () => {
  it('ranks the actions and writes each one’s priority, owner, due date, status and source items', () => {
    expect(model().actions.actions).toEqual([
      { rank: '1', title: 'Review the context every year, including climate risks', priority: expect.stringContaining('Quick win'), impact: '3 (high)', effort: '1 (low)', owner: 'Ana', due: '30 June 2026', status: 'Open', sources: 'ISO 9001 4.1' },
      { rank: '2', title: 'Set up a stakeholder panel with partners and the local community', priority: expect.stringContaining('Worth doing'), impact: '2 (medium)', effort: '3 (high)', owner: 'Quality office', due: 'no date', status: 'In progress', sources: '–' },
    ])
  })

  it('shows an owner on the team by number when anonymised, and anyone else by what was typed', () => {
    const owners = model(changed((a) => ({ ...a, actions: a.actions.map((action, i) => ({ ...action, owner: i === 0 ? ' ana ' : 'Quality office' })) })), { anonymise: true }).actions.actions.map((a) => a.owner)
    expect(owners).toEqual(['Participant 1', 'Quality office'])
    expect(model(changed((a) => ({ ...a, actions: a.actions.map((action) => ({ ...action, owner: '  ' })) }))).actions.actions.map((a) => a.owner)).toEqual(['not assigned', 'not assigned'])
  })

  it('names each source item once, even when several of its entries feed the action', () => {
    const input = changed((a) => ({
      ...a,
      actions: [{ ...a.actions[0]!, sources: [
        { frameworkId: 'iso-9001-2015', itemId: '4.1', entryId: 'afi1' },
        { frameworkId: 'iso-9001-2015', itemId: '4.1', entryId: 'ev1' },
        { frameworkId: 'efqm-2025', itemId: '1.1', entryId: 'afi-efqm' },
      ] }],
    }))
    expect(model(input).actions.actions[0]!.sources).toBe('ISO 9001 4.1, EFQM Model 1.1')
  })

  it('counts the areas for improvement without an action, and says so when every one has an action or there is none', () => {
    const m = model()
    expect(m.actions.afiCount).toBe(2)
    expect(m.actions.openAfis.map((afi) => afi.item)).toEqual(['ISO 9001 9.2'])
    expect(m.actions.openAfisIntro).toBe('1 area for improvement has no action yet. Long texts are shortened here; the appendix holds them in full.')
    expect(model(seeded, { appendix: false }).actions.openAfisIntro).toBe('1 area for improvement has no action yet. Long texts are shortened here.')
    expect(m.summary.actionsSummary).toBe('The action plan holds 2 actions; 1 area for improvement has no action yet.')

    const noAfis = changed((a) => {
      for (const response of Object.values(isoOf(a))) response.afis = []
      return { ...a, actions: [] }
    })
    expect(model(noAfis).actions.openAfisIntro).toBe('No area for improvement is recorded yet.')
    expect(model(noAfis).summary.actionsSummary).toBe('No areas for improvement or actions are recorded yet.')

    const allFed = changed((a) => {
      isoOf(a)['9.2']!.afis = []
      return a
    })
    expect(model(allFed).actions.openAfisIntro).toBe('Every area for improvement feeds an action.')
    expect(model(allFed).summary.actionsSummary).toBe('The action plan holds 2 actions; every area for improvement feeds an action.')
  })
})

describe('the appendix', () => {
  it('is left out when not asked for', () => {
    expect(model(seeded, { appendix: false }).appendix).toBeNull()
  })

  it('holds every item with its consensus, finding, rationale, evidence, strengths and areas for improvement', () => {
    const input = changed((a) => {
      isoOf(a)['4.1'] = { ...isoOf(a)['4.1']!, consensus: { kind: 'level', level: 4, rationale: '  Context reviewed twice a year  ' }, strengths: [{ id: 's1', text: 'Board owns the SWOT' }, { id: 's2', text: '   ' }] }
      isoOf(a)['4.2'] = { ...isoOf(a)['4.2']!, consensus: { kind: 'not-applicable', justification: 'Covered by the group policy' } }
      return a
    })
    const [efqm, iso] = model(input).appendix!
    expect(efqm!.framework).toBe('EFQM Model 2025')
    expect(iso!.framework).toBe('ISO 9001 2015 with Amendment 1:2024')
    expect(iso!.sections.flatMap((s) => s.items)).toHaveLength(56)
    const [unit41, unit42] = iso!.sections[0]!.items
    expect(unit41).toEqual({
      id: '4.1', title: 'Organisation and its context', consensus: 'Level 4 · conforms · agreed', finding: 'Opportunity for improvement', rationale: 'Context reviewed twice a year',
      evidence: ['SWOT 2025 and strategy paper'], strengths: ['Board owns the SWOT'], afis: ['Review the context every year, including climate risks'], participantNotes: [],
    })
    expect(unit42).toMatchObject({ rationale: 'Covered by the group policy', finding: null })
    expect(efqm!.sections[0]!.items[0]).toMatchObject({ id: '1.1', consensus: '50 (ability) · agreed', rationale: null })
  })

  it('prints participants’ notes in team order, a former participant’s without a name, and none that are blank', () => {
    const input = changed((a) => {
      isoOf(a)['4.1']!.notes = { cleo: ' Board never discussed it. ', gone: 'Ask finance.', ana: 'Minutes of 2024?', ben: '  ' }
      return a
    })
    expect(model(input).appendix![1]!.sections[0]!.items[0]!.participantNotes).toEqual(['Ana: Minutes of 2024?', 'Cleo: Board never discussed it.', 'A former participant: Ask finance.'])
    expect(model(input, { anonymise: true }).appendix![1]!.sections[0]!.items[0]!.participantNotes).toEqual(['Participant 1: Minutes of 2024?', 'Participant 3: Board never discussed it.', 'A former participant: Ask finance.'])
  })
})

describe('the executive summary', () => {
  it('names the report and its sections from the catalogue', () => {
    expect(reportTitle()).toBe('Self-assessment report')
    expect((['summary', 'efqm', 'iso', 'appendix'] as const).map(sectionTitle)).toEqual(['Executive summary', 'EFQM scores', 'ISO 9001 conformity', 'Appendix: every item'])
  })

  it('gives the key figures with what each one means', () => {
    expect(model().summary.figures).toEqual([
      { label: 'EFQM Model: total', value: '460', detail: 'of 1000 points · band: ability' },
      { label: 'ISO 9001: readiness', value: '75 %', detail: '42 of 56 assessed units conform' },
      { label: 'ISO 9001: maturity index', value: '70', detail: 'mean level ÷ 5 × 100' },
    ])
  })

  it('lists each framework’s three strengths and three gaps with their values, EFQM first', () => {
    const [efqm, iso] = model().summary.highlights
    // Criteria 1–5 at 50 and 6–7 at 40: the first three parts at 50 lead, the first three at 40 trail (questionnaire order on ties).
    expect(efqm).toEqual({
      framework: 'EFQM Model',
      strengths: [
        { itemId: '1.1', title: 'Define purpose and vision', value: '50 (ability)' },
        { itemId: '1.2', title: 'Understand the ecosystem, own capabilities and challenges', value: '50 (ability)' },
        { itemId: '1.3', title: 'Identify and understand key stakeholders’ needs', value: '50 (ability)' },
      ],
      gaps: [
        { itemId: '6.1', title: 'Customer perception results', value: '40 (ability)' },
        { itemId: '6.2', title: 'People perception results', value: '40 (ability)' },
        { itemId: '6.3', title: 'Owner, funder and governing body perception results', value: '40 (ability)' },
      ],
      strengthsEmpty: null,
      gapsEmpty: null,
    })
    expect(iso!.framework).toBe('ISO 9001')
    expect(iso!.strengths.map((h) => [h.itemId, h.value])).toEqual([['4.1', 'Level 4 · conforms'], ['4.2', 'Level 4 · conforms'], ['4.3', 'Level 4 · conforms']])
    expect(iso!.gaps.map((h) => [h.itemId, h.value])).toEqual([['8.5.5', 'Level 2'], ['8.5.6', 'Level 2'], ['8.6', 'Level 2']])
    expect(model(changed((a) => ({ ...a, frameworks: ['iso-9001-2015'] }))).summary.highlights.map((h) => h.framework)).toEqual(['ISO 9001'])
  })

  it('says which items are not counted yet because their votes are partial, per framework', () => {
    expect(model().summary.notCounted).toEqual([])
    const input = changed((a) => {
      // One vote of three, with the default counting rule, is not enough for the median to count.
      for (const id of ['1.1', '1.2']) efqmOf(a)[id] = { ...withoutConsensus(efqmOf(a)[id]!), ratings: { ana: { kind: 'quick', score: 60 } } }
      isoOf(a)['4.2'] = { ...withoutConsensus(isoOf(a)['4.2']!), ratings: { ben: { kind: 'level', level: 3 } } }
      return a
    })
    expect(model(input).summary.notCounted).toEqual([
      'EFQM Model: 2 items have partial votes and are not counted yet.',
      'ISO 9001: 1 item has partial votes and is not counted yet.',
    ])
  })

  it('describes one framework’s evenness by the balance index, at each threshold', () => {
    const iso = model(changed((a) => ({ ...a, frameworks: ['iso-9001-2015'] })))
    // ISO 9001's balance index is 0.73: uneven (0.5 ≤ index < 0.75).
    expect(iso.summary.balanceVerdict).toMatch(/^ISO 9001’s stakeholder attention is uneven \(balance index 0\.73, /)
    expect(model(changed((a) => ({ ...a, frameworks: ['efqm-2025'] }))).summary.balanceVerdict).toMatch(/^EFQM Model’s stakeholder attention is nearly even \(balance index 0\.96, /)
  })
})

describe('the section texts', () => {
  it('introduces the stakeholder, achieved and team sections and says when a list is empty', () => {
    const m = model()
    expect(m.stakeholders.intro).toMatch(/^Each framework’s design focus is the share of its stakeholder attention/)
    expect(m.achieved.intro).toMatch(/^How well the organisation does for each group/)
    expect([m.stakeholders.efqmName, m.stakeholders.isoName, m.achieved.efqmName, m.achieved.isoName]).toEqual(['EFQM Model', 'ISO 9001', 'EFQM Model', 'ISO 9001'])
    expect(m.teamViews.hotSpotsIntro).toMatch(/^Up to ten items where the individual scores lie furthest apart/)
    expect(m.teamViews.hotSpotsEmpty).toBe('No spread yet: on every item with votes, everyone gave the same score.')
    expect(m.teamViews.gapsIntro).toMatch(/^The mean of leadership’s scores minus the mean of staff’s/)
    expect(m.actions.actionsEmpty).toBe('No actions are recorded yet.')
    expect(m.actions.rule).toMatch(/^Actions are ordered by impact/)
  })

  it('writes a dash for a framework the assessment does not use, and “not assessed” for a group nothing answered', () => {
    const isoOnly = model(changed((a) => ({ ...a, frameworks: ['iso-9001-2015'] })))
    expect(isoOnly.stakeholders.groups.map((g) => g.efqmText)).toEqual(['–', '–', '–', '–', '–', '–'])
    expect(isoOnly.stakeholders.isoName).toBe('ISO 9001')
    const nothingAnswered = model(changed((a) => ({ ...a, responses: { ...a.responses, 'iso-9001-2015': {} } })))
    expect(nothingAnswered.achieved.groups[0]!.iso).toMatchObject({ score: null, scoreText: 'not assessed', answeredText: '0 %' })
  })

  it('says “No” for a hot spot whose spread stays under the disagreement threshold', () => {
    // 1.1 votes 50, 55, 60: a range of 10 points, under the 30 that counts as disagreement.
    const input = changed((a) => {
      efqmOf(a)['1.1']!.ratings = { ana: { kind: 'quick', score: 50 }, ben: { kind: 'quick', score: 55 }, cleo: { kind: 'quick', score: 60 } }
      return a
    })
    expect(model(input).teamViews.hotSpots.find((s) => s.item.startsWith('1.1 '))).toMatchObject({ rangeText: '10 points', disagreement: 'No' })
  })

  it('gives a clause where every unit is not applicable no readiness and no maturity', () => {
    const input = changed((a) => {
      for (const id of ['4.1', '4.2', '4.3', '4.4']) isoOf(a)[id] = { ratings: {}, notes: {}, evidence: [], strengths: [], afis: [], flagged: false, consensus: { kind: 'not-applicable', justification: 'Out of scope here' } }
      return a
    })
    expect(model(input).iso!.clauses[0]).toMatchObject({ id: '4', units: 4, assessed: 0, notApplicable: 4, readinessText: 'not assessed', maturityText: 'not assessed' })
  })
})
