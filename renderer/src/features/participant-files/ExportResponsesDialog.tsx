import { useState, type FormEvent } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { api, messageOf, unwrap } from '../../api'
import { buildResponseFile } from '../../../../common/domain/response-merge'
import { useDocument } from '../../store/document-store'
import { Dialog } from '../../ui/Dialog'
import './participant-files.css'

// The contract caps the suggested name; the save dialog shortens it further for the file system.
const SUGGESTED_NAME_MAX = 200

/** Writes one participant's own ratings and notes to a file the facilitator can import. */
export function ExportResponsesDialog(props: { onClose: () => void }) {
  const assessment = useDocument((s) => s.assessment)
  const participants = assessment?.participants ?? []
  const [participantId, setParticipantId] = useState(participants[0]?.id ?? '')
  // Someone may remove the chosen participant while the dialog is open; fall back to the first.
  const selected = participants.find((p) => p.id === participantId) ?? participants[0]
  const [busy, setBusy] = useState(false)
  const [savedTo, setSavedTo] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const { onClose } = props
  const { t } = useTranslation(['participants', 'common'])

  async function submit(event: FormEvent) {
    event.preventDefault()
    const participant = selected
    if (!assessment || !participant) return
    setBusy(true)
    setProblem(null)
    setSavedTo(null)
    try {
      const file = buildResponseFile(assessment, participant.id, new Date().toISOString())
      const suggestedName = `${assessment.title} - ${participant.name}`.slice(0, SUGGESTED_NAME_MAX)
      const result = await unwrap(api().exportResponses({ file, suggestedName }))
      // Cancelling the save dialog means the user changed their mind, not that something failed.
      if (!result.saved) {
        onClose()
        return
      }
      setSavedTo(result.path ?? t('export.chosenFile'))
    } catch (error) {
      setProblem(messageOf(error))
    }
    setBusy(false)
  }

  return (
    <Dialog title={t('export.title')} onClose={onClose} describedBy="export-responses-hint">
      <div className="participant-files">
        {participants.length === 0 ? (
          <>
            <p id="export-responses-hint">{t('export.noParticipants')}</p>
            <div className="dialog-actions">
              <button type="button" data-autofocus onClick={onClose}>
                {t('common:close')}
              </button>
            </div>
          </>
        ) : (
          <form onSubmit={(event) => void submit(event)} noValidate>
            <label htmlFor="export-responses-participant">{t('export.participant')}</label>
            <select
              id="export-responses-participant"
              data-autofocus
              value={selected?.id ?? ''}
              onChange={(event) => {
                setParticipantId(event.target.value)
                setSavedTo(null)
                setProblem(null)
              }}
            >
              {participants.map((participant) => (
                <option key={participant.id} value={participant.id}>
                  {participant.name}
                </option>
              ))}
            </select>
            <p id="export-responses-hint" className="field-hint">
              {t('export.hint')}
            </p>
            <p role="status" className="pf-status">
              {savedTo && <Trans t={t} i18nKey="export.savedTo" components={{ file: <span className="pf-saved-path">{savedTo}</span> }} />}
            </p>
            {problem && (
              <p className="field-error" role="alert">
                {problem}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" onClick={onClose}>
                {savedTo ? t('common:close') : t('common:cancel')}
              </button>
              <button type="submit" className="primary" disabled={busy}>
                {busy ? t('export.exporting') : t('export.export')}
              </button>
            </div>
          </form>
        )}
      </div>
    </Dialog>
  )
}
