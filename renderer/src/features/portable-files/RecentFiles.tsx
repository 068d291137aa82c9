import { useTranslation } from 'react-i18next'
import { useApp } from '../../store/app-store'
import { usePortable } from '../../store/portable-store'

/** The last assessment files opened or exported, one click (or Enter) to open again. */
export function RecentFiles() {
  const recentFiles = useApp((s) => s.recentFiles)
  const openRecent = usePortable((s) => s.openRecent)
  const { t } = useTranslation(['files', 'common'])
  if (recentFiles.length === 0) return null
  return (
    <section className="recent-files" aria-labelledby="recent-files-heading">
      <h2 id="recent-files-heading">{t('recent.heading')}</h2>
      <ul>
        {recentFiles.map((file) => (
          <li key={file}>
            <button type="button" className="quiet" title={file} onClick={() => void openRecent(file)}>
              {file.split(/[\\/]/).pop()}
            </button>
            <span className="recent-path">{file}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
