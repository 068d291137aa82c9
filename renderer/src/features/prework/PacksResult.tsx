import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { PacksWritten } from './write-packs'

/** Where the packs went and what each file is called, so the facilitator can send them. */
export function PacksResult({ written }: { written: PacksWritten }) {
  const { t } = useTranslation('participants')
  const box = useRef<HTMLDivElement>(null)
  // The dialog may scroll: the outcome is what the facilitator looks for next.
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' })
  }, [written])
  return (
    <div className="prework-result" role="status" ref={box}>
      <p>{t('prework.dialog.writtenTo', { folder: written.folder ?? '' })}</p>
      <ul aria-label={t('prework.dialog.filesLabel')}>
        {written.files.map((file) => (
          <li key={file} className="pf-saved-path">
            {file}
          </li>
        ))}
      </ul>
    </div>
  )
}
