import type { Assessment } from '../../../../common/contract/assessment-schema'
import type { Catalogue } from '../../frameworks/catalogue'
import { useResults } from '../results/use-results'
import { ExportPdfDialog } from './ExportPdfDialog'

/** Computes the figures only while the export dialog is open, whichever tab it was opened from. */
export function PdfExportHost(props: { assessment: Assessment; catalogue: Catalogue; onClose: () => void }) {
  const context = useResults(props.assessment, props.catalogue)
  return <ExportPdfDialog context={context} onClose={props.onClose} />
}
