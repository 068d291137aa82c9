import i18next from 'i18next'
import regularUrl from '../../../../assets/fonts/DejaVuSans-subset.ttf?url'
import boldUrl from '../../../../assets/fonts/DejaVuSans-Bold-subset.ttf?url'
import type { ResultsContext } from '../results/use-results'
import type { ReportOptions } from '../../report/report-model'

export async function fontBase64(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(i18next.t('report:export.fontMissing'))
  return bytesToBase64(new Uint8Array(await response.arrayBuffer()))
}

/** btoa needs a binary string; building it in chunks keeps a 1 MB PDF off the call stack limit. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** `<organisation>-<date>-assessment.pdf`, falling back to the assessment title. */
export function reportFileName(context: ResultsContext): string {
  const { organisation, title } = context.assessment
  const who = organisation.name.trim() || title
  const date = organisation.date ?? context.assessment.updatedAt.slice(0, 10)
  return i18next.t('report:export.fileName', { who, date })
}

/**
 * Loads jsPDF and the report code on first use (they are a separate chunk), then builds the PDF.
 * `onStage` reports progress between the steps, with a frame in between so the bar can repaint.
 */
export async function generateReport(context: ResultsContext, options: ReportOptions, onStage: (fraction: number, label: string) => void): Promise<string> {
  onStage(0.05, i18next.t('report:export.stages.loading'))
  const [{ buildReportModel }, { buildReportPdf }, regular, bold] = await Promise.all([
    import('../../report/report-model'),
    import('../../report/build-report'),
    fontBase64(regularUrl),
    fontBase64(boldUrl),
  ])
  onStage(0.25, i18next.t('report:export.stages.collecting'))
  await nextFrame()
  const chosen = context.catalogue.frameworks.filter((f) => context.assessment.frameworks.includes(f.id))
  const model = buildReportModel({ assessment: context.assessment, frameworks: chosen, stakeholders: context.catalogue.stakeholders, results: context.results }, options)
  const drawing = i18next.t('report:export.stages.drawing')
  onStage(0.4, drawing)
  await nextFrame()
  const bytes = buildReportPdf(model, { regular, bold }, options, (fraction) => onStage(0.4 + fraction * 0.5, drawing))
  onStage(0.92, i18next.t('report:export.stages.saving'))
  return bytesToBase64(bytes)
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
