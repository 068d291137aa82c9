import { useEffect, useId, useRef, type ReactNode } from 'react'

/** Open dialogs, newest last: Escape closes only the top one, wherever focus happens to be. */
const openDialogs: Array<{ close: () => void }> = []

function onWindowKeyDown(event: KeyboardEvent) {
  const top = openDialogs[openDialogs.length - 1]
  if (event.key !== 'Escape' || !top || event.defaultPrevented) return
  event.preventDefault()
  event.stopPropagation()
  top.close()
}

const focusable = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * A modal dialog: focus moves in on open, Tab stays inside, Escape closes, and focus returns
 * to whatever had it before, so keyboard users never lose their place.
 */
export function Dialog(props: { title: string; onClose: () => void; children: ReactNode; describedBy?: string; className?: string }) {
  const titleId = useId()
  const panel = useRef<HTMLDivElement>(null)
  const { onClose } = props
  const closeRef = useRef(onClose)
  closeRef.current = onClose

  useEffect(() => {
    const entry = { close: () => closeRef.current() }
    openDialogs.push(entry)
    if (openDialogs.length === 1) window.addEventListener('keydown', onWindowKeyDown, true)
    return () => {
      openDialogs.splice(openDialogs.indexOf(entry), 1)
      if (openDialogs.length === 0) window.removeEventListener('keydown', onWindowKeyDown, true)
    }
  }, [])

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    const first = panel.current?.querySelector<HTMLElement>('[data-autofocus]') ?? panel.current?.querySelector<HTMLElement>(focusable)
    first?.focus()
    return () => previous?.focus?.()
  }, [])

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key !== 'Tab' || !panel.current) return
    const items = Array.from(panel.current.querySelectorAll<HTMLElement>(focusable))
    const first = items[0]
    const last = items[items.length - 1]
    if (!first || !last) return
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }

  return (
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        ref={panel}
        className={props.className ? `dialog ${props.className}` : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={props.describedBy}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{props.title}</h2>
        {props.children}
      </div>
    </div>
  )
}
