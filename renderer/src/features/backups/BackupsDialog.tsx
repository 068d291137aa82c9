import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupSummary } from '../../../../common/contract/backup-schema'
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
  const { t } = useTranslation(['files', 'common'])

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
      setProblem(t('backups.notSaved'))
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
    useBackupsDialog.getState().reportDone(t('backups.restored', { when }))
    if (!(await useDocument.getState().open(id))) {
      const reason = useDocument.getState().loadError ?? t('backups.reopenFailed')
      useBackupsDialog.getState().hide()
      await useApp.getState().goHome()
      useApp.getState().reportProblem(t('backups.restoredNotOpened', { when, reason }))
      return
    }
    setBusy(false)
    setConfirming(null)
    setReloads((n) => n + 1)
  }

  return (
    <Dialog title={t('backups.title')} onClose={onClose} describedBy="backups-hint">
      <div className="backups">
        <p id="backups-hint" className="field-hint">
          {t('backups.hint')}
        </p>
        <p role="status" className="backups-status">
          {done}
        </p>
        {loadProblem && (
          <p className="field-error" role="alert">
            {t('backups.loadFailed', { reason: loadProblem })}
          </p>
        )}
        {!backups && !loadProblem && <p role="status">{t('backups.loading')}</p>}
        {backups && backups.length === 0 && (
          <p>{t('backups.none')}</p>
        )}
        {backups && backups.length > 0 && (
          <table className="data-table" aria-label={t('backups.table.label')}>
            <thead>
              <tr>
                <th scope="col">{t('backups.table.kind')}</th>
                <th scope="col">{t('backups.table.saved')}</th>
                <th scope="col">{t('backups.table.title')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('backups.table.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.name}>
                  <td>{t(`backups.kind.${backup.kind}`)}</td>
                  <td>
                    <time dateTime={backup.savedAt}>{formatBackupTime(backup.savedAt)}</time>
                  </td>
                  <td className="backup-title">{backup.title}</td>
                  <td>
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={t('backups.restoreLabel', { when: formatBackupTime(backup.savedAt) })}
                      onClick={() => {
                        setProblem(null)
                        setConfirming(backup)
                      }}
                    >
                      {t('backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {confirming && (
          <div className="backup-confirm" role="group" aria-label={t('backups.confirm.label')}>
            <p>{t('backups.confirm.question', { when: formatBackupTime(confirming.savedAt), title: confirming.title })}</p>
            <div className="dialog-actions">
              <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
                {t('common:cancel')}
              </button>
              <button ref={confirmButton} type="button" className="primary" disabled={busy} onClick={() => void restore(confirming)}>
                {busy ? t('backups.confirm.restoring') : t('backups.confirm.restore')}
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
            {t('common:close')}
          </button>
        </div>
      </div>
    </Dialog>
  )
}
