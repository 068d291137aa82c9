import i18next from 'i18next'
import type { z } from 'zod'
import { AppError } from './app-error'
import { contract, type Method, type Response, type Result } from '../../common/contract/contract'
import type { Handlers } from './handlers'
import { schemaMessage } from './schema-message'

export type SenderCheck = (senderUrl: string | undefined) => boolean

/**
 * Trusts a sender only if its frame's URL has exactly one of the given scheme+host pairs,
 * e.g. `app://panorama`. Compared by parts rather than `URL.origin`, which is "null" for
 * custom schemes.
 */
export function createSenderCheck(trustedOrigins: readonly string[]): SenderCheck {
  // An origin that does not parse trusts nothing, rather than every sender that does not parse either.
  const trusted = new Set(trustedOrigins.map(schemeAndHost).filter((key) => key !== ''))
  return (senderUrl) => trusted.has(schemeAndHost(senderUrl ?? ''))
}

/** `scheme://host` in lower case, or '' for an address that does not parse. */
function schemeAndHost(url: string): string {
  const parsed = URL.parse(url)
  return parsed ? `${parsed.protocol}//${parsed.host}`.toLowerCase() : ''
}

export type Dispatch = <M extends Method>(method: M, senderUrl: string | undefined, payload: unknown) => Promise<Result<Response<M>>>

/**
 * The single entry for every IPC call: refuse foreign senders, validate the payload, run the
 * handler, and turn every failure into a typed error with a message a user can read. Nothing
 * is thrown across IPC, and a refused call never reaches a handler, so it changes nothing.
 */
export function createDispatch(deps: {
  handlers: Handlers
  isTrustedSender: SenderCheck
  log?: (message: string, error?: unknown) => void
}): Dispatch {
  const log = deps.log ?? ((message, error) => console.error(message, error))
  return async <M extends Method>(method: M, senderUrl: string | undefined, payload: unknown): Promise<Result<Response<M>>> => {
    const definition = Object.hasOwn(contract, method) ? contract[method] : undefined
    if (!definition) {
      return failure(new AppError('invalid-payload', i18next.t('main:request.unknown')))
    }
    if (!deps.isTrustedSender(senderUrl)) {
      log(`Refused ${definition.channel} from untrusted sender ${String(senderUrl)}`)
      return failure(new AppError('forbidden-sender', i18next.t('main:request.forbidden')))
    }
    const request = definition.request.safeParse(payload)
    if (!request.success) {
      return failure(validationError(request.error))
    }
    try {
      const handler = deps.handlers[method] as (request: unknown) => unknown
      const value = await handler(request.data)
      // Checked on the way out too, so a bug in main cannot hand the renderer malformed data.
      return { ok: true, value: definition.response.parse(value) as Response<M> }
    } catch (error) {
      if (error instanceof AppError) return failure(error)
      log(`Handler ${definition.channel} failed`, error)
      return failure(new AppError('internal', i18next.t('main:request.internal')))
    }
  }
}

function failure(error: AppError): Result<never> {
  return { ok: false, error: error.toData() }
}

/** Names the first offending field, e.g. `title: must not be empty`. */
export function validationError(error: z.ZodError): AppError {
  // zod reports a failed parse with at least one issue.
  const issue = error.issues[0]!
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : undefined
  // zod's own wording (a payload the app itself never sends) stays as zod wrote it.
  const problem = schemaMessage(issue) ?? issue.message
  return new AppError('invalid-payload', field ? i18next.t('main:request.invalidField', { field, problem }) : i18next.t('main:request.invalid', { problem }), field)
}
