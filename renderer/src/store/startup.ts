import { useApp } from './app-store'
import { useLibrary } from './library-store'

/**
 * Asks main for the settings and the assessment list. main.tsx calls it before React's first
 * render, so the round trips overlap rendering instead of following it.
 */
export function loadStartupData(): Promise<void> {
  return Promise.all([useApp.getState().init(), useLibrary.getState().load()]).then(() => undefined)
}
