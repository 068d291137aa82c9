import Conf from 'conf'
import type { JsonFileStore, OpenStore } from './json-file-store'
import { safeStoreOptions } from './json-file-store'

/** Opens a store with `conf` directly: for tests and tools that run in plain Node. */
export const openConfStore: OpenStore = <T extends Record<string, unknown>>(options: {
  cwd: string
  name: string
  schema?: Record<string, unknown>
}) =>
  new Conf<T>({
    ...safeStoreOptions,
    cwd: options.cwd,
    configName: options.name,
    ...(options.schema ? { schema: options.schema as never } : {}),
  }) as unknown as JsonFileStore<T>
