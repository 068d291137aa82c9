import { useState } from 'react'
import { useDocument } from '../../store/document-store'
import { ExportResponsesDialog } from './ExportResponsesDialog'
import { ImportResponsesDialog } from './ImportResponsesDialog'
import './participant-files.css'

/** The two entry points for participants' own copies, for the assessment screen to place. */
export function ParticipantFileActions() {
  const hasAssessment = useDocument((s) => s.assessment !== null)
  const [open, setOpen] = useState<'export' | 'import' | null>(null)
  if (!hasAssessment) return null
  const close = () => setOpen(null)

  return (
    <div className="participant-file-actions" role="group" aria-label="Participant response files">
      <button type="button" onClick={() => setOpen('export')}>
        Export responses…
      </button>
      <button type="button" onClick={() => setOpen('import')}>
        Import responses…
      </button>
      {open === 'export' && <ExportResponsesDialog onClose={close} />}
      {open === 'import' && <ImportResponsesDialog onClose={close} />}
    </div>
  )
}
