import i18next from 'i18next'
import { COLOURS, ensureSpace, SIZES, type ReportCursor } from '../layout'
import { sectionTitle, type AppendixFramework, type AppendixItem } from '../report-model'
import { bullets, heading, paragraph, sectionHeading, space } from '../text'

const BODY = SIZES.body - 0.8

function notes(cursor: ReportCursor, label: string, entries: readonly string[]): void {
  if (entries.length === 0) return
  // The label stays with the first lines of its first entry.
  ensureSpace(cursor, 34)
  paragraph(cursor, label, { size: SIZES.small, weight: 'bold', colour: COLOURS.muted, indent: 10, after: 1.5 })
  bullets(cursor, entries, { size: BODY, indent: 10, after: 2 })
}

function item(cursor: ReportCursor, entry: AppendixItem): void {
  // The item's title and its consensus line stay together; a page break before them is labelled with the section.
  const sectionLabel = cursor.continued
  ensureSpace(cursor, 44)
  const label = `${entry.id} ${entry.title}`
  paragraph(cursor, label, { size: SIZES.body, weight: 'bold', after: 1.5 })
  // Whatever of this item runs on to another page is labelled with the item.
  cursor.continued = i18next.t('report:continued', { heading: label })
  paragraph(cursor, i18next.t('report:appendix.consensus', { value: entry.consensus }), { size: BODY, indent: 10, after: 2 })
  if (entry.finding) paragraph(cursor, i18next.t('report:appendix.finding', { finding: entry.finding }), { size: BODY, indent: 10, after: 2 })
  if (entry.rationale) paragraph(cursor, i18next.t('report:appendix.rationale', { rationale: entry.rationale }), { size: BODY, indent: 10, after: 2 })
  notes(cursor, i18next.t('report:appendix.evidence'), entry.evidence)
  notes(cursor, i18next.t('report:appendix.strengths'), entry.strengths)
  notes(cursor, i18next.t('report:appendix.afis'), entry.afis)
  notes(cursor, i18next.t('report:appendix.participantNotes'), entry.participantNotes)
  cursor.continued = sectionLabel
  space(cursor, 6)
}

/** Every item of every framework with its consensus and the team's notes; long notes run on over pages. */
export function drawAppendix(cursor: ReportCursor, frameworks: readonly AppendixFramework[], onSection?: () => void): void {
  sectionHeading(cursor, sectionTitle('appendix'))
  for (const framework of frameworks) {
    heading(cursor, framework.framework, 2, 80)
    for (const section of framework.sections) {
      heading(cursor, `${section.id} ${section.title}`, 3, 60)
      for (const entry of section.items) item(cursor, entry)
      onSection?.()
    }
  }
}
