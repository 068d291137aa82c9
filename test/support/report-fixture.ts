import fs from 'node:fs'
import path from 'node:path'
import stakeholdersJson from '../../assets/frameworks/stakeholders.json'
import type { Assessment } from '../../common/contract/assessment-schema'
import { parseStakeholderCatalogue } from '../../common/domain/stakeholders'
import { toWorkshopInput } from '../../common/domain/workshop-input'
import { computeWorkshopResults } from '../../common/domain/workshop-results'
import type { ReportInput } from '../../renderer/src/report/report-model'
import { fullAssessment } from './full-assessment'
import { seededAssessment } from './seeded-results'
import { efqmFramework, isoFramework } from './workshop-fixture'

/** Latin with diacritics, a dash, a tick, Greek and Cyrillic: every glyph must print. */
export const UNICODE_ORGANISATION = 'Zürich — Ørsted ✓ Łódź Ελλάδα Москва'
export const LONG_AFI_ITEM = '9.2'
export const LONG_AFI_WORDS = 1500

const SENTENCES = [
  'The internal audit programme does not yet cover every process within one cycle, and the sales and after-sales processes were last audited three years ago.',
  'Audit findings reach the management review late, often without a named owner or a due date, so corrective actions drift from one meeting to the next.',
  'Auditors are drawn from a small pool and sometimes audit their own work, which weakens the independence the standard asks for.',
  'The audit criteria do not yet include the climate-related requirements of interested parties that the 2024 amendment asks the organisation to consider.',
  'Partners and suppliers who run outsourced processes are audited only when a complaint arrives, not on a planned basis.',
  'Results are recorded in spreadsheets kept by each department, so trends across the organisation are hard to see and harder to act on.',
  'Staff in the Zürich, Łódź and Ørsted sites report that lessons learnt from audits rarely reach the teams who could use them.',
  'A risk-based audit plan, a trained and independent pool of auditors, and one shared register of findings with owners and dates would close most of these gaps.',
]

/** A deterministic area for improvement of `words` words, in sentences, long enough to run over pages. */
export function longAfi(words = LONG_AFI_WORDS): string {
  const out: string[] = []
  for (let i = 0; out.length < words; i++) out.push(...SENTENCES[i % SENTENCES.length]!.split(' '))
  const text = out.slice(0, words).join(' ')
  return text.endsWith('.') ? text : `${text.replace(/[,;]$/, '')}.`
}

const frameworks = [efqmFramework, isoFramework]
const stakeholders = parseStakeholderCatalogue(stakeholdersJson)

function inputFor(assessment: Assessment): ReportInput {
  return { assessment, frameworks, stakeholders, results: computeWorkshopResults(toWorkshopInput(assessment, frameworks)) }
}

/**
 * The seeded assessment (EFQM 460 points, ISO readiness 75 %, maturity 70) under a Unicode
 * organisation name, with a 1 500-word AFI on ISO 9.2 and two actions (one owned by a participant,
 * so anonymising must hide the owner too).
 */
export function seededReportInput(): ReportInput {
  const seeded = seededAssessment()
  const iso = seeded.responses['iso-9001-2015']!
  const assessment: Assessment = {
    ...seeded,
    organisation: { ...seeded.organisation, name: UNICODE_ORGANISATION },
    responses: {
      ...seeded.responses,
      'iso-9001-2015': { ...iso, [LONG_AFI_ITEM]: { ...iso[LONG_AFI_ITEM]!, afis: [{ id: 'afi-long', text: longAfi() }] } },
    },
    actions: [
      {
        id: 'act1',
        title: 'Review the context every year, including climate risks',
        owner: 'Ana',
        due: '2026-06-30',
        impact: 3,
        effort: 1,
        status: 'open',
        sources: [{ frameworkId: 'iso-9001-2015', itemId: '4.1', entryId: 'afi1' }],
      },
      { id: 'act2', title: 'Set up a stakeholder panel with partners and the local community', owner: 'Quality office', due: null, impact: 2, effort: 3, status: 'in-progress', sources: [] },
    ],
  }
  return inputFor(assessment)
}

/** A 20-person workshop with every item rated, and evidence, a strength and an AFI on each item. */
export function fullReportInput(participants = 20): ReportInput {
  return inputFor(fullAssessment('f0110000-0000-4000-8000-000000000020', participants))
}

/**
 * The seeded assessment with EFQM parts in every RADAR band (so the parts table prints
 * "75 (comprehensive)" and "0 (no evidence)"), one ISO unit below level 3 that only has votes
 * (proposed, not agreed), and participants' own notes on ISO 4.1.
 */
export function detailsInput(change: (assessment: Assessment) => Assessment = (a) => a): ReportInput {
  const seeded = seededReportInput()
  const efqm = { ...seeded.assessment.responses['efqm-2025']! }
  const scores = [0, 15, 45, 75, 95, 70, 90]
  Object.keys(efqm).forEach((id, index) => {
    efqm[id] = { ...efqm[id]!, consensus: { kind: 'score', score: scores[index % scores.length]!, rationale: '' } }
  })
  const iso = { ...seeded.assessment.responses['iso-9001-2015']! }
  const { consensus: _agreed, ...proposedOnly } = iso['10.3']!
  iso['10.3'] = { ...proposedOnly, ratings: { ana: { kind: 'level', level: 2 }, ben: { kind: 'level', level: 1 }, cleo: { kind: 'level', level: 2 } } }
  iso['4.1'] = { ...iso['4.1']!, notes: { cleo: 'The climate risks were never discussed with the board.', ana: 'Ask for the 2024 context review minutes.', ben: '   ' } }
  const assessment = change({ ...seeded.assessment, responses: { 'efqm-2025': efqm, 'iso-9001-2015': iso } })
  return { ...seeded, assessment, results: computeWorkshopResults(toWorkshopInput(assessment, seeded.frameworks)) }
}

export function reportFonts(): { regular: string; bold: string } {
  const dir = path.resolve(import.meta.dirname, '../../assets/fonts')
  return {
    regular: fs.readFileSync(path.join(dir, 'DejaVuSans-subset.ttf')).toString('base64'),
    bold: fs.readFileSync(path.join(dir, 'DejaVuSans-Bold-subset.ttf')).toString('base64'),
  }
}
