import i18next from 'i18next'
import type { Assessment } from '../../common/contract/assessment-schema'
import type { Framework } from '../../common/domain/framework'
import type { StakeholderCatalogue } from '../../common/domain/stakeholders'
import { safeFileName, type FileAccess } from '../files/file-access'
import { describeIoError, type AssessmentRepository } from '../storage/assessment-repository'
import { AppError } from '../ipc/app-error'
import { bundledFrameworks, bundledStakeholders } from '../ipc/known-frameworks'
import { csvZip } from './csv-tables'
import { resultsTables } from './results-tables'
import { buildResultsWorkbook } from './results-workbook'

/**
 * The two results exports' handler bodies: "Export to Excel…" (one .xlsx) and the CSV export
 * (every table as a CSV file, zipped). Both are built from the stored assessment, so they hold
 * what was last saved, and both are dated by its last change, not by the clock.
 */
export interface ResultsExportDeps {
  repository: AssessmentRepository
  files: FileAccess
  frameworks?: () => readonly Framework[]
  stakeholders?: () => StakeholderCatalogue
}

export function createResultsExports(deps: ResultsExportDeps) {
  const frameworks = deps.frameworks ?? bundledFrameworks
  const stakeholders = deps.stakeholders ?? bundledStakeholders
  const tablesOf = (assessment: Assessment) => resultsTables({ assessment, frameworks: frameworks(), stakeholders: stakeholders() })

  async function save(options: { title: string; defaultName: string; filter: { name: string; extensions: string[] }; bytes: () => Promise<Uint8Array>; failed: (problem: string) => string }) {
    const target = await deps.files.chooseSavePath({ title: options.title, defaultName: options.defaultName, filters: [options.filter] })
    if (!target) return { saved: false }
    const bytes = await options.bytes()
    try {
      await deps.files.writeBytes(target, bytes)
    } catch (error) {
      throw new AppError('storage-failed', options.failed(describeIoError(error)))
    }
    return { saved: true, path: target }
  }

  return {
    async exportWorkbook(id: string): Promise<{ saved: boolean; path?: string }> {
      const assessment = deps.repository.get(id)
      return save({
        title: i18next.t('workbook:dialogs.exportWorkbook'),
        defaultName: `${safeFileName(assessment.title)}.xlsx`,
        // Dialog filters take extensions without the dot.
        filter: { name: i18next.t('workbook:filters.workbook'), extensions: ['xlsx'] },
        bytes: () => buildResultsWorkbook(tablesOf(assessment), { title: i18next.t('workbook:properties.title', { title: assessment.title }), at: new Date(assessment.updatedAt) }),
        failed: (problem) => i18next.t('workbook:errors.workbookNotSaved', { problem }),
      })
    },

    async exportCsv(id: string): Promise<{ saved: boolean; path?: string }> {
      const assessment = deps.repository.get(id)
      return save({
        title: i18next.t('workbook:dialogs.exportCsv'),
        defaultName: `${safeFileName(assessment.title)} (CSV).zip`,
        filter: { name: i18next.t('workbook:filters.zip'), extensions: ['zip'] },
        bytes: async () => csvZip(tablesOf(assessment), new Date(assessment.updatedAt)),
        failed: (problem) => i18next.t('workbook:errors.csvNotSaved', { problem }),
      })
    },
  }
}

export type ResultsExports = ReturnType<typeof createResultsExports>
