import path from 'node:path'
import { syncFileSync, syncFolderSync } from '../files/durable'

/**
 * The slice of electron-store's API the storage layer uses. In the app it is electron-store;
 * in tests it is `conf`, the library electron-store is built on, which needs no Electron.
 * Both write atomically (temporary file, then rename); `durableStores` adds the flush to the disk.
 */
export interface JsonFileStore<T> {
  readonly path: string
  store: T
}

export interface OpenStoreOptions {
  /** Absolute folder that holds the file. */
  cwd: string
  /** File name without `.json`. */
  name: string
  /** JSON Schema of the top-level keys, validated on every read and write. */
  schema?: Record<string, unknown>
}

export type OpenStore = <T extends Record<string, unknown>>(options: OpenStoreOptions) => JsonFileStore<T>

/**
 * Options every store is opened with. A file that fails to parse must never be wiped
 * (`clearInvalidConfig`), and ids may contain characters that dot-notation would misread.
 */
export const safeStoreOptions = {
  clearInvalidConfig: false,
  accessPropertiesByDotNotation: false,
  watch: false,
} as const

/**
 * Stores whose every write is flushed, file and folder, before the assignment returns. conf's
 * writer (atomically) flushes the temporary file but not the folder the rename changed, and its
 * fallbacks (Snap, EXDEV on Windows) write in place without flushing; this covers all three.
 */
export function durableStores(open: OpenStore): OpenStore {
  return <T extends Record<string, unknown>>(options: OpenStoreOptions): JsonFileStore<T> => {
    const inner = open<T>(options)
    return {
      get path() {
        return inner.path
      },
      get store() {
        return inner.store
      },
      set store(value: T) {
        inner.store = value
        syncFileSync(inner.path)
        syncFolderSync(path.dirname(inner.path))
      },
    }
  }
}
