import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useDocument } from '../../store/document-store'
import { usePortable } from '../../store/portable-store'
import { MenuButton, type MenuChoice } from '../../ui/MenuButton'
import './portable-files.css'

/**
 * One "Export" menu: the assessment as a .panorama file another Panorama can open, the results
 * workbook, and the same tables as zipped CSV for scripts. One button, so the toolbar keeps a row.
 */
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
  const choices: MenuChoice[] = [
    { id: 'assessment', label: t('export.assessment'), onChoose: () => void exportFile('assessment') },
    { id: 'workbook', label: t('export.workbook'), onChoose: () => void exportFile('workbook') },
    { id: 'csv', label: t('export.csv'), onChoose: () => void exportFile('csv') },
  ]
  return (
    <div className="export-file-buttons" role="group" aria-label={t('export.label')}>
      <MenuButton label={t('export.menu')} choices={choices} disabled={exporting !== null} />
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
