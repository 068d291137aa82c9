import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useDocument } from '../../store/document-store'
import { usePortable } from '../../store/portable-store'
import './portable-files.css'

/** "Export assessment…" (a .panorama file another Panorama can open), "Export to Excel…" (the results workbook) and the same tables as zipped CSV, for scripts. */
export function ExportFileButtons() {
  const hasAssessment = useDocument((s) => s.assessment !== null)
  const exporting = usePortable((s) => s.exporting)
  const exportFile = usePortable((s) => s.exportFile)
  const { t } = useTranslation(['files', 'common'])

  // A message about another assessment's export does not belong here, nor outside the assessment.
  useEffect(() => {
    usePortable.setState({ exported: null })
    return () => usePortable.setState({ exported: null })
  }, [])

  if (!hasAssessment) return null
  return (
    <div className="export-file-buttons" role="group" aria-label={t('export.label')}>
      <button type="button" disabled={exporting !== null} onClick={() => void exportFile('assessment')}>
        {t('export.assessment')}
      </button>
      <button type="button" disabled={exporting !== null} onClick={() => void exportFile('workbook')}>
        {t('export.workbook')}
      </button>
      <button type="button" disabled={exporting !== null} onClick={() => void exportFile('csv')}>
        {t('export.csv')}
      </button>
    </div>
  )
}

/**
 * Where the last export went (or why it failed), in the status bar: a long path there wraps in
 * its own space instead of pushing the toolbar's buttons onto more rows.
 */
export function ExportFileStatus() {
  const exported = usePortable((s) => s.exported)
  if (!exported) return null
  return (
    <p className={exported.ok ? 'export-file-status' : 'export-file-status error'} role={exported.ok ? 'status' : 'alert'}>
      {exported.message}
    </p>
  )
}
