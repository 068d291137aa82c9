import type { ActionStatus, Level } from '../../domain/action-plan'

export const STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
}

export const LEVEL_NAMES: Record<Level, string> = { 1: 'low', 2: 'medium', 3: 'high' }

/** "3 (high)": the number is what the team agreed, the word is what it means. */
export const levelText = (level: number) => `${level} (${LEVEL_NAMES[level as Level] ?? 'unknown'})`

/** Curly quotes around a user's text, as every label in the app writes them. */
export const quoted = (text: string) => `“${text}”`
