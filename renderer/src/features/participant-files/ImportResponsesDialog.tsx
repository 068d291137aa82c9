import i18next from 'i18next'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenedResponseFile } from '../../../../common/contract/response-file-schema'
import { api, messageOf, unwrap } from '../../api'
import { applyMerge, conflictsOf, mergeTotals, planMerge, type Decision, type MergeTotals } from '../../../../common/domain/response-merge'
import { useCatalogue } from '../../store/catalogue-store'
import { useFileReading, withFileProgress } from '../../store/file-reading-store'
import { FileReadProgress } from '../portable-files/FileReadProgress'
import { useDocument } from '../../store/document-store'
import { Dialog } from '../../ui/Dialog'
import { ConflictsTable } from './ConflictsTable'
import { MergeSummary } from './MergeSummary'
import './participant-files.css'

function doneMessage(totals: MergeTotals): string {
  if (totals.ratings === 0 && totals.notes === 0) return i18next.t('participants:import.done.nothing')
  const ratings = i18next.t('participants:import.done.ratings', { count: totals.ratings })
  const notes = i18next.t('participants:import.done.notes', { count: totals.notes })
  const what =
    totals.ratings === 0 ? notes
    : totals.notes === 0 ? ratings
    : i18next.t('participants:import.done.ratingsAndNotes', { ratings, notes })
  return i18next.t('participants:import.done.merged', { what, files: i18next.t('participants:import.done.files', { count: totals.files }) })
}

/**
 * Merges participants' response files into the open assessment. Nothing changes until Apply,
 * and Apply is one edit, so a single Undo takes the whole import back.
 */
export function ImportResponsesDialog(props: { onClose: () => void }) {
  const assessment = useDocument((s) => s.assessment)
  const edit = useDocument((s) => s.edit)
  const catalogue = useCatalogue((s) => s.catalogue)
  const [opened, setOpened] = useState<OpenedResponseFile[] | null>(null)
  const [decisions, setDecisions] = useState<Record<string, Decision>>({})
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const closeButton = useRef<HTMLButtonElement>(null)
  const chooseButton = useRef<HTMLButtonElement>(null)
  const { onClose: close } = props
  // Escape or Cancel while files are being read stops the reading first; nothing is lost by closing.
  const onClose = () => {
    useFileReading.getState().cancel()
    close()
  }
  const { t } = useTranslation(['participants', 'common'])

  // Framework data lets the plan drop items and scales the assessment cannot hold, and names items.
  useEffect(() => {
    void useCatalogue.getState().load()
  }, [])

  // The Apply button has gone once the merge is done; focus must not fall back to the page.
  useEffect(() => {
    if (done) closeButton.current?.focus()
  }, [done])

  const frameworks = catalogue?.frameworks
  const plan = useMemo(
    () => (assessment && opened ? planMerge(assessment, opened, frameworks ? { frameworks } : {}) : null),
    [assessment, opened, frameworks],
  )
  const conflicts = useMemo(() => (plan ? conflictsOf(plan) : []), [plan])
  const totals = plan ? mergeTotals(plan, decisions) : null
  const nothingToMerge = !totals || totals.ratings + totals.notes === 0

  if (!assessment) return null

  async function choose() {
    setBusy(true)
    setProblem(null)
    try {
      const files = await withFileProgress(() => unwrap(api().openResponseFiles()))
      // An empty list means the open dialog was cancelled: keep whatever was chosen before.
      if (files.length > 0) {
        setOpened(files)
        setDecisions({})
      }
    } catch (error) {
      setProblem(messageOf(error))
    }
    setBusy(false)
  }

  function apply() {
    if (!opened) return
    const result: { totals: MergeTotals | null } = { totals: null }
    edit((current) => {
      // Planned again against the document as it is now, so nothing edited meanwhile is overwritten.
      const fresh = planMerge(current, opened, frameworks ? { frameworks } : {})
      result.totals = mergeTotals(fresh, decisions)
      return applyMerge(current, fresh, decisions)
    })
    setDone(doneMessage(result.totals ?? { ratings: 0, notes: 0, files: 0 }))
  }

  function decide(keys: string[], decision: Decision) {
    setDecisions((previous) => ({ ...previous, ...Object.fromEntries(keys.map((key) => [key, decision])) }))
  }

  return (
    <Dialog title={t('import.title')} onClose={onClose}>
      <div className="participant-files participant-files-wide">
        {done ? (
          <>
            <p role="status">{done}</p>
            <p className="field-hint">{t('import.undoHint')}</p>
            <div className="dialog-actions">
              <button type="button" className="primary" ref={closeButton} onClick={onClose}>
                {t('common:close')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p className="field-hint">{t('import.hint')}</p>
            <button type="button" data-autofocus ref={chooseButton} disabled={busy} onClick={() => void choose()}>
              {busy ? t('import.reading') : opened ? t('import.chooseOther') : t('import.choose')}
            </button>
            <FileReadProgress returnFocus={chooseButton} />
            {problem && (
              <p className="field-error" role="alert">
                {problem}
              </p>
            )}
            {plan && <MergeSummary assessment={assessment} plan={plan} />}
            {plan && conflicts.length > 0 && (
              <ConflictsTable assessment={assessment} frameworks={frameworks} conflicts={conflicts} decisions={decisions} onDecide={decide} />
            )}
            {totals && totals.files > 0 && nothingToMerge && (
              <p className="field-hint">{t('import.nothingToMerge')}</p>
            )}
            <div className="dialog-actions">
              <button type="button" onClick={onClose}>
                {t('common:cancel')}
              </button>
              <button type="button" className="primary" disabled={nothingToMerge} onClick={apply}>
                {t('import.apply')}
              </button>
            </div>
          </>
        )}
      </div>
    </Dialog>
  )
}
