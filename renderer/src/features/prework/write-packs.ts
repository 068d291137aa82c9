import i18next from 'i18next'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import type { Framework } from '../../../../common/domain/framework'
import { api, unwrap } from '../../api'
import { useDocument } from '../../store/document-store'
import { buildPackPdfs, type PackChoice } from './build-pack-pdfs'

export type PackOutput = 'workbook' | 'pdf' | 'both'

export interface PacksWritten {
  /** False when the folder dialog was cancelled: nothing was written. */
  saved: boolean
  folder?: string
  files: string[]
}

/**
 * Writes the packs: the latest edits are saved first (main builds the workbooks from the stored
 * assessment), the PDFs are drawn here, and main asks for the folder and writes every file.
 */
export async function writePacks(
  assessment: Assessment,
  frameworks: readonly Framework[],
  choice: PackChoice & { output: PackOutput },
  onStage: (fraction: number, label: string) => void,
): Promise<PacksWritten> {
  await useDocument.getState().flush()
  if (useDocument.getState().saveStatus === 'error') throw new Error(i18next.t('participants:prework.dialog.notSaved'))
  const pdfs = choice.output === 'workbook' ? [] : await buildPackPdfs(assessment, frameworks, choice, onStage)
  onStage(0.92, i18next.t('participants:prework.dialog.stages.saving'))
  return unwrap(
    api().writePreworkPacks({
      id: assessment.id,
      participantIds: choice.participantIds,
      frameworks: choice.frameworks,
      efqmAnswer: choice.efqmAnswer,
      workbook: choice.output !== 'pdf',
      pdfs,
    }),
  )
}
