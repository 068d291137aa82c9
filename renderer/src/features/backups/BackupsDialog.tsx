import { useEffect, useRef, useState } from 'react'
import type { BackupKind, BackupSummary } from '../../../../electron/ipc/backup-schema'
import { api, messageOf, unwrap } from '../../api'
import { useApp } from '../../store/app-store'
import { useDocument } from '../../store/document-store'
import { useLibrary } from '../../store/library-store'
import { Dialog } from '../../ui/Dialog'
import { useBackupsDialog } from './backups-dialog-state'
import './backups.css'

let dateTimeWithSeconds: Intl.DateTimeFormat | undefined
/** Date and time in the user's locale, with seconds: several saves can fall within one minute. */
export const formatBackupTime = (iso: string) =>
  (dateTimeWithSeconds ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' })).format(new Date(iso))

const kindLabels: Record<BackupKind, string> = {
  recent: 'Recent save',
  daily: 'Start of day',
}

/**
 * The backups of the open assessment, newest first, each of which can be restored after a
 * confirmation. Restoring keeps the current version as a backup, then reopens the document.
 */
export function BackupsDialog(props: { id: string; onClose: () => void }) {
  const { id, onClose } = props
  const done = useBackupsDialog((s) => s.done)
  const [backups, setBackups] = useState<BackupSummary[] | null>(null)
  const [loadProblem, setLoadProblem] = useState<string | null>(null)
  const [reloads, setReloads] = useState(0)
  const [confirming, setConfirming] = useState<BackupSummary | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const confirmButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    let live = true
    setLoadProblem(null)
    unwrap(api().listBackups({ id })).then(
      (list) => live && setBackups(list),
      (error: unknown) => live && setLoadProblem(messageOf(error)),
    )
    return () => {
      live = false
    }
  }, [id, reloads])

  useEffect(() => {
    if (confirming) confirmButton.current?.focus()
  }, [confirming])

  async function restore(backup: BackupSummary) {
    setBusy(true)
    setProblem(null)
    useBackupsDialog.setState({ done: null })
    // Edits not yet written go to disk first, so that the restore keeps them as a backup too.
    await useDocument.getState().flush()
    if (useDocument.getState().saveStatus === 'error') {
      setBusy(false)
      setProblem('Your latest changes could not be saved, so nothing was restored. Use Retry in the status bar, then try again.')
      return
    }
    const when = formatBackupTime(backup.savedAt)
    try {
      const restored = await unwrap(api().restoreBackup({ id, name: backup.name }))
      useLibrary.getState().noteSaved(restored)
    } catch (error) {
      setBusy(false)
      setProblem(messageOf(error))
      return
    }
    // Set before reopening: reopening briefly unmounts this dialog, and the one that comes back shows it.
    useBackupsDialog.getState().reportDone(`Restored the version from ${when}. Your previous version was kept as a backup.`)
    if (!(await useDocument.getState().open(id))) {
      const reason = useDocument.getState().loadError ?? 'please try again'
      useBackupsDialog.getState().hide()
      await useApp.getState().goHome()
      useApp.getState().reportProblem(`The version from ${when} was restored, but the assessment could not be opened: ${reason}`)
      return
    }
    setBusy(false)
    setConfirming(null)
    setReloads((n) => n + 1)
  }

  return (
    <Dialog title="Backups" onClose={onClose} describedBy="backups-hint">
      <div className="backups">
        <p id="backups-hint" className="field-hint">
          Panorama keeps the version before each of the last 5 saves, and the version each day started with for 14 days.
          Restoring a backup keeps what you have now as a backup first, so you can always go back to it.
        </p>
        <p role="status" className="backups-status">
          {done}
        </p>
        {loadProblem && (
          <p className="field-error" role="alert">
            The backups could not be listed: {loadProblem}
          </p>
        )}
        {!backups && !loadProblem && <p role="status">Loading the backups…</p>}
        {backups && backups.length === 0 && (
          <p>There are no backups of this assessment yet. Panorama keeps one each time it saves a change.</p>
        )}
        {backups && backups.length > 0 && (
          <table className="data-table" aria-label="Backups, newest first">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Saved</th>
                <th scope="col">Title at the time</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.name}>
                  <td>{kindLabels[backup.kind]}</td>
                  <td>
                    <time dateTime={backup.savedAt}>{formatBackupTime(backup.savedAt)}</time>
                  </td>
                  <td className="backup-title">{backup.title}</td>
                  <td>
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={`Restore the version from ${formatBackupTime(backup.savedAt)}`}
                      onClick={() => {
                        setProblem(null)
                        setConfirming(backup)
                      }}
                    >
                      Restore
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {confirming && (
          <div className="backup-confirm" role="group" aria-label="Confirm the restore">
            <p>
              Restore the version from {formatBackupTime(confirming.savedAt)} (“{confirming.title}”)? It replaces what is open
              now; what is open now is kept as a backup first.
            </p>
            <div className="dialog-actions">
              <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
                Cancel
              </button>
              <button ref={confirmButton} type="button" className="primary" disabled={busy} onClick={() => void restore(confirming)}>
                {busy ? 'Restoring…' : 'Restore this version'}
              </button>
            </div>
          </div>
        )}
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" data-autofocus onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Dialog>
  )
}
