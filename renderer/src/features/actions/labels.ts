import i18next from 'i18next'
import { LEVELS, type ActionStatus, type Level } from '../../../../common/domain/action-plan'

// Catalogue keys are camelCase; the statuses are the file's values, "in-progress" among them.
export const STATUS_KEYS = { open: 'open', 'in-progress': 'inProgress', done: 'done' } as const satisfies Record<ActionStatus, string>

export const statusLabel = (status: ActionStatus) => i18next.t(`actions:status.${STATUS_KEYS[status]}`)

const isLevel = (level: number): level is Level => (LEVELS as readonly number[]).includes(level)

const levelName = (level: number) => (isLevel(level) ? i18next.t(`actions:level.name.${level}`) : i18next.t('actions:level.name.unknown'))

/** "3 (high)": the number is what the team agreed, the word is what it means. */
export const levelText = (level: number) => i18next.t('actions:level.text', { level, name: levelName(level) })
