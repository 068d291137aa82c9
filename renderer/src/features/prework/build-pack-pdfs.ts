import i18next from 'i18next'
import regularUrl from '../../../../assets/fonts/DejaVuSans-subset.ttf?url'
import boldUrl from '../../../../assets/fonts/DejaVuSans-Bold-subset.ttf?url'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import type { EfqmAnswer } from '../../../../common/contract/prework-schema'
import { packLayout } from '../../../../common/domain/prework'
import type { Framework } from '../../../../common/domain/framework'
import { bytesToBase64, fontBase64 } from '../report-export/generate-report'

export interface PackChoice {
  participantIds: string[]
  frameworks: string[]
  efqmAnswer: EfqmAnswer
}

/** US and Canadian locales print on Letter; everyone else on A4. */
const paper = (): 'a4' | 'letter' => (/^en-(US|CA)\b/.test(navigator.language) ? 'letter' : 'a4')
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/**
 * The printable pack of each chosen participant, as base64 for main to write. jsPDF and the
 * report code load on first use, as for the report. Each pack gets only its own person's name.
 */
export async function buildPackPdfs(
  assessment: Assessment,
  frameworks: readonly Framework[],
  choice: PackChoice,
  onStage: (fraction: number, label: string) => void,
): Promise<Array<{ participantId: string; base64: string }>> {
  onStage(0.02, i18next.t('participants:prework.dialog.stages.loading'))
  const [{ buildPackPdf }, regular, bold] = await Promise.all([import('../../report/prework-pack'), fontBase64(regularUrl), fontBase64(boldUrl)])
  const chosen = frameworks.filter((f) => choice.frameworks.includes(f.id))
  const sheets = packLayout(chosen, choice.frameworks, choice.efqmAnswer)
  const people = assessment.participants.filter((p) => choice.participantIds.includes(p.id))
  const createdAt = new Date()
  const pdfs: Array<{ participantId: string; base64: string }> = []
  for (const [index, person] of people.entries()) {
    onStage(0.05 + (0.85 * index) / people.length, i18next.t('participants:prework.dialog.stages.drawing', { name: person.name, index: index + 1, count: people.length }))
    await nextFrame()
    const bytes = buildPackPdf(
      {
        participantName: person.name,
        assessmentTitle: assessment.title,
        organisation: assessment.organisation.name,
        date: assessment.organisation.date ?? null,
        sheets,
        frameworks: chosen,
        efqmAnswer: choice.efqmAnswer,
        paper: paper(),
        createdAt,
      },
      { regular, bold },
    )
    pdfs.push({ participantId: person.id, base64: bytesToBase64(bytes) })
  }
  return pdfs
}
