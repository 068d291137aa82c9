import type { ReactNode } from 'react'
import type { ItemPanel } from '../../../../common/contract/schemas'
import { useApp } from '../../store/app-store'

/** Whether a questionnaire panel is open; folding one away holds for every item, and next time. */
export function usePanelOpen(panel: ItemPanel): [open: boolean, toggle: () => void] {
  const open = useApp((s) => !s.collapsedPanels.includes(panel))
  const togglePanel = useApp((s) => s.togglePanel)
  return [open, () => togglePanel(panel)]
}

/** A panel's heading that is also the button folding it away (a disclosure). */
export function FoldingHeading(props: { id?: string; open: boolean; onToggle: () => void; controls: string; children: ReactNode }) {
  return (
    <h3 className="folding-heading" id={props.id}>
      <button type="button" className="disclosure" aria-expanded={props.open} aria-controls={props.controls} onClick={props.onToggle}>
        <span className="disclosure-mark" aria-hidden="true" />
        {props.children}
      </button>
    </h3>
  )
}
