import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import './menu-button.css'

export interface MenuChoice {
  id: string
  label: string
  onChoose: () => void
}

/**
 * A button that opens a short list of commands (the WAI-ARIA menu button pattern), so a toolbar
 * keeps one row at 1366 px: Enter, Space or ↓ open it on the first command, ↑ on the last;
 * ↑↓ Home End move, Enter chooses, Esc or Tab closes, and the focus goes back to the button.
 */
export function MenuButton({ label, choices, disabled = false }: { label: string; choices: readonly MenuChoice[]; disabled?: boolean }) {
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([])
  const root = useRef<HTMLDivElement>(null)
  const menuId = useId()

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus()
  }, [open, active])

  useEffect(() => {
    if (!open) return
    // A click anywhere else closes the menu, as a native one does.
    const away = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', away)
    return () => document.removeEventListener('pointerdown', away)
  }, [open])

  const openAt = (index: number) => {
    setActive(index)
    setOpen(true)
  }
  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) buttonRef.current?.focus()
  }

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') openAt(0)
    else if (event.key === 'ArrowUp') openAt(choices.length - 1)
    else return
    event.preventDefault()
  }

  const onMenuKey = (event: KeyboardEvent) => {
    const last = choices.length - 1
    const moves: Record<string, number> = { ArrowDown: active === last ? 0 : active + 1, ArrowUp: active === 0 ? last : active - 1, Home: 0, End: last }
    if (event.key in moves) {
      event.preventDefault()
      setActive(moves[event.key]!)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      close(true)
    } else if (event.key === 'Tab') close(false)
  }

  const choose = (choice: MenuChoice) => {
    close(true)
    choice.onChoose()
  }

  return (
    <div className="menu-button" ref={root}>
      <button
        type="button"
        ref={buttonRef}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu-button-list" role="menu" id={menuId} aria-label={label} onKeyDown={onMenuKey}>
          {choices.map((choice, index) => (
            <button
              key={choice.id}
              type="button"
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              ref={(element) => {
                itemRefs.current[index] = element
              }}
              onClick={() => choose(choice)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
