import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDocument } from '../../store/document-store'
import { ExportResponsesDialog } from './ExportResponsesDialog'
import { ImportResponsesDialog } from './ImportResponsesDialog'
import { PreworkDialog } from '../prework/PreworkDialog'
import './participant-files.css'

/** The entry points for participants' own copies and pre-work packs, for the assessment screen to place. */
export function ParticipantFileActions() {
  const hasAssessment = useDocument((s) => s.assessment !== null)
  const [open, setOpen] = useState<'export' | 'import' | 'prework' | null>(null)
  const { t } = useTranslation(['participants', 'common'])
  if (!hasAssessment) return null
  const close = () => setOpen(null)

  return (
    <div className="participant-file-actions" role="group" aria-label={t('actions.label')}>
      <button type="button" onClick={() => setOpen('export')}>
        {t('actions.export')}
      </button>
      <button type="button" onClick={() => setOpen('import')}>
        {t('actions.import')}
      </button>
      <button type="button" onClick={() => setOpen('prework')}>
        {t('actions.prework')}
      </button>
      {open === 'export' && <ExportResponsesDialog onClose={close} />}
      {open === 'import' && <ImportResponsesDialog onClose={close} />}
      {open === 'prework' && <PreworkDialog onClose={close} />}
    </div>
  )
}
