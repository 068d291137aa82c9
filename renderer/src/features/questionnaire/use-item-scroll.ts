import { useLayoutEffect, useRef } from 'react'

/**
 * Brings a newly chosen item to its top (from the navigation, next/previous, or the tab),
 * wherever the page was scrolled to for the last one. When the item starts near the top of
 * the page (the wide layout), the page goes back to its start, chrome included; when it starts
 * further down (the narrow layout, navigation above it), to the item's own top.
 */
export function useScrollToItemTop<E extends HTMLElement>() {
  const ref = useRef<E>(null)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const top = element.getBoundingClientRect().top + window.scrollY
    const target = top < window.innerHeight / 3 ? 0 : Math.max(0, top - 8)
    if (Math.abs(window.scrollY - target) > 1) window.scrollTo({ top: target, left: window.scrollX, behavior: 'instant' })
  }, [])
  return ref
}
