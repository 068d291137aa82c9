import fs from 'node:fs'
import path from 'node:path'
import type { ItemPanel, RendererSettings, Theme } from '../../common/contract/schemas'
import { durableStores, type JsonFileStore, type OpenStore } from './json-file-store'

export interface WindowBounds {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

export interface Settings {
  theme: Theme
  windowBounds: WindowBounds | null
  recentFiles: string[]
  lastAssessmentId: string | null
  collapsedPanels: ItemPanel[]
  [key: string]: unknown
}

export const MAX_RECENT_FILES = 10

/** electron-store validates every read and write against this (JSON Schema, via ajv). */
export const settingsJsonSchema = {
  theme: { enum: ['system', 'light', 'dark'], default: 'system' },
  windowBounds: {
    anyOf: [
      {
        type: 'object',
        additionalProperties: false,
        required: ['width', 'height', 'maximized'],
        properties: {
          x: { type: 'integer' },
          y: { type: 'integer' },
          width: { type: 'integer', minimum: 200, maximum: 100000 },
          height: { type: 'integer', minimum: 200, maximum: 100000 },
          maximized: { type: 'boolean' },
        },
      },
      { type: 'null' },
    ],
    default: null,
  },
  recentFiles: { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: MAX_RECENT_FILES, default: [] },
  lastAssessmentId: { type: ['string', 'null'], default: null },
  collapsedPanels: { type: 'array', items: { enum: ['questions', 'scale'] }, uniqueItems: true, maxItems: 2, default: [] },
} as const

export interface SettingsStore {
  read(): Settings
  update(patch: Partial<Settings>): Settings
  rendererView(): RendererSettings
  addRecentFile(file: string): string[]
  removeRecentFile(file: string): string[]
  /** Set when the settings file was damaged at start-up and moved aside; the path of the kept copy. */
  readonly damagedCopy: string | null
}

export function openSettingsStore(deps: { dataDir: string; openStore: OpenStore; now: () => Date }): SettingsStore {
  let damagedCopy: string | null = null
  let store: JsonFileStore<Settings>
  const open = () => durableStores(deps.openStore)<Settings>({ cwd: deps.dataDir, name: 'settings', schema: settingsJsonSchema })
  try {
    store = open()
    void store.store
  } catch {
    // Settings are never worth refusing to start over, but the damaged file is kept for inspection.
    const file = path.join(deps.dataDir, 'settings.json')
    damagedCopy = path.join(deps.dataDir, `settings.damaged-${deps.now().toISOString().replace(/[:.]/g, '-')}.json`)
    fs.renameSync(file, damagedCopy)
    store = open()
  }

  const read = () => store.store
  return {
    get damagedCopy() {
      return damagedCopy
    },
    read,
    update(patch) {
      store.store = { ...read(), ...patch }
      return read()
    },
    rendererView() {
      const { theme, lastAssessmentId, recentFiles, collapsedPanels } = read()
      return { theme, lastAssessmentId, recentFiles, collapsedPanels }
    },
    addRecentFile(file) {
      const recent = [file, ...read().recentFiles.filter((f) => f !== file)].slice(0, MAX_RECENT_FILES)
      store.store = { ...read(), recentFiles: recent }
      return recent
    },
    removeRecentFile(file) {
      const recent = read().recentFiles.filter((f) => f !== file)
      store.store = { ...read(), recentFiles: recent }
      return recent
    },
  }
}
