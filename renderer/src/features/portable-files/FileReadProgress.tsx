import { useEffect, useId, useRef, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useFileReading } from '../../store/file-reading-store'
import { formatMegabytes } from '../../ui/format'
import './portable-files.css'

/**
 * How far main has got with a large or slow file, with Cancel. Cancel takes focus when the
 * progress appears (the button that started the open is disabled meanwhile), Escape on it
 * cancels too, and focus goes back to `returnFocus` when the progress goes, if it was on Cancel.
 */
export function FileReadProgress(props: { returnFocus?: RefObject<HTMLElement | null> }) {
  const progress = useFileReading((s) => s.progress)
  const cancelling = useFileReading((s) => s.cancelling)
  const cancel = useFileReading((s) => s.cancel)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const labelId = useId()
  const { t } = useTranslation(['files', 'common'])
  const visible = progress !== null
  const { returnFocus } = props

  useEffect(() => {
    if (!visible) return
    const button = cancelButton.current
    button?.focus()
    return () => {
      if (button && (document.activeElement === button || document.activeElement === document.body || !document.activeElement)) {
        // After this render: the button that started the open is enabled again only once the open has settled.
        setTimeout(() => returnFocus?.current?.focus(), 0)
      }
    }
  }, [visible, returnFocus])

  if (!progress) return null
  const reading = progress.stage === 'reading'
  const values = { name: progress.name, index: progress.index, count: progress.count }
  const sentence =
    progress.count > 1
      ? t(reading ? 'progress.readingOneOf' : 'progress.checkingOneOf', values)
      : t(reading ? 'progress.reading' : 'progress.checking', values)
  return (
    <div className="file-read-progress" role="group" aria-label={t('progress.label')}>
      <p id={labelId} role="status">
        {cancelling ? t('progress.cancelling') : sentence}
      </p>
      {reading ? (
        <progress aria-labelledby={labelId} max={Math.max(progress.total, 1)} value={progress.done} />
      ) : (
        // No value: an indeterminate bar, as the checks report no steps of their own.
        <progress aria-labelledby={labelId} />
      )}
      <span className="file-read-amount">{t('progress.amount', { done: formatMegabytes(progress.done), total: formatMegabytes(progress.total) })}</span>
      <button
        type="button"
        ref={cancelButton}
        disabled={cancelling}
        onClick={cancel}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return
          event.preventDefault()
          cancel()
        }}
      >
        {t('common:cancel')}
      </button>
    </div>
  )
}
