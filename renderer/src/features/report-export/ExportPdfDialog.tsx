import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, messageOf, unwrap } from '../../api'
import { Dialog } from '../../ui/Dialog'
import type { ResultsContext } from '../results/use-results'
import { generateReport, reportFileName } from './generate-report'

type Paper = 'a4' | 'letter'

/** US and Canadian locales print on Letter; everyone else on A4. */
const defaultPaper = (): Paper => (/^en-(US|CA)\b/.test(navigator.language) ? 'letter' : 'a4')

/** Options, a progress bar while the PDF is built, then the native save dialog. Nothing is lost on failure. */
export function ExportPdfDialog({ context, onClose }: { context: ResultsContext; onClose: () => void }) {
  const { t } = useTranslation(['report', 'common'])
  const [paper, setPaper] = useState<Paper>(defaultPaper)
  const [appendix, setAppendix] = useState(true)
  const [anonymise, setAnonymise] = useState(false)
  const [progress, setProgress] = useState<{ fraction: number; label: string } | null>(null)
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setOutcome(null)
    try {
      const base64 = await generateReport(context, { paper, appendix, anonymise, createdAt: new Date() }, (fraction, label) => setProgress({ fraction, label }))
      const result = await unwrap(api().savePdf({ base64, suggestedName: reportFileName(context) }))
      setOutcome(result.saved ? { ok: true, message: t('export.saved', { path: result.path }) } : null)
    } catch (error) {
      setOutcome({ ok: false, message: messageOf(error) })
    } finally {
      setProgress(null)
    }
  }

  return (
    <Dialog title={t('export.title')} onClose={onClose}>
      <form onSubmit={submit} className="export-pdf">
        <label htmlFor="pdf-paper">{t('export.paper')}</label>
        <select id="pdf-paper" value={paper} onChange={(event) => setPaper(event.target.value as Paper)} data-autofocus>
          <option value="a4">{t('export.a4')}</option>
          <option value="letter">{t('export.letter')}</option>
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={appendix} onChange={(event) => setAppendix(event.target.checked)} /> {t('export.appendix')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={anonymise} onChange={(event) => setAnonymise(event.target.checked)} /> {t('export.anonymise')}
        </label>
        {progress && (
          <div className="export-progress">
            <progress max={1} value={progress.fraction} aria-label={t('export.progress')} />
            <span role="status">{progress.label}</span>
          </div>
        )}
        {outcome && (
          <p className={outcome.ok ? 'field-hint' : 'field-error'} role={outcome.ok ? 'status' : 'alert'}>
            {outcome.message}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {outcome?.ok ? t('common:close') : t('common:cancel')}
          </button>
          <button type="submit" className="primary" disabled={progress !== null}>
            {progress ? t('export.exporting') : t('export.export')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
