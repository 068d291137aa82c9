/**
 * The slice of electron-store's API the storage layer uses. In the app it is electron-store;
 * in tests it is `conf`, the library electron-store is built on, which needs no Electron.
 * Both write atomically (temporary file, then rename).
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
