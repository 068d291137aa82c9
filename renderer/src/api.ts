import i18next from 'i18next'
import type { Api, Result } from '../../common/contract/contract'

declare global {
  interface Window {
    readonly api: Api
  }
}

/** The only way into the main process. Read lazily, so tests can install a fake before use. */
export function api(): Api {
  return window.api
}

/** Error raised in the renderer for a failed call; `message` is written for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>
  try {
    result = await call
  } catch {
    throw new ApiError('internal', i18next.t('common:errors.storageUnreachable'))
  }
  if (result.ok) return result.value
  throw new ApiError(result.error.code, result.error.message)
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : i18next.t('common:errors.unknown')
}
