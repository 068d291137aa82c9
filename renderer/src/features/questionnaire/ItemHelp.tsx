import { useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The item's explanation. In projector mode the type is large, so it is cut to its first lines
 * (the stylesheet's line clamp) to keep the votes on the screen, with a button for the rest.
 */
export function ItemHelp({ text, projector }: { text: string; projector: boolean }) {
  const { t } = useTranslation('questionnaire')
  const ref = useRef<HTMLParagraphElement>(null)
  const [expanded, setExpanded] = useState(false)
  const [clipped, setClipped] = useState(false)
  useLayoutEffect(() => {
    const element = ref.current
    setClipped(projector && !expanded && element !== null && element.scrollHeight > element.clientHeight + 1)
  }, [projector, expanded, text])
  return (
    <>
      <p ref={ref} className={projector && !expanded ? 'item-help clamped' : 'item-help'}>
        {text}
      </p>
      {projector && (clipped || expanded) && (
        <button type="button" className="quiet small more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('item.helpLess') : t('item.helpMore')}
        </button>
      )}
    </>
  )
}
