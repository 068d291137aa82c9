import { describe, expect, it } from 'vitest'
import { bytesToBase64, reportFileName } from '../../renderer/src/features/report-export/generate-report'
import type { ResultsContext } from '../../renderer/src/features/results/use-results'
import { seededAssessment } from '../support/seeded-results'

const context = (assessment: ReturnType<typeof seededAssessment>) => ({ assessment }) as unknown as ResultsContext

describe('exporting the report', () => {
  it('names the file <organisation>-<date>-assessment.pdf, falling back to the title', () => {
    const seeded = seededAssessment()
    expect(reportFileName(context(seeded))).toBe('Ørsted Łódź Services-2026-04-01-assessment.pdf')
    expect(reportFileName(context({ ...seeded, organisation: { ...seeded.organisation, name: ' ', date: null } }))).toBe('Seeded results-2026-04-01-assessment.pdf')
  })

  it('turns PDF bytes into base64 for IPC, in chunks, without loss', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 31) % 256)
    expect(Buffer.from(bytesToBase64(bytes), 'base64').equals(Buffer.from(bytes))).toBe(true)
  })
})
