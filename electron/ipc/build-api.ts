import { contract, events, type Api } from '../../common/contract/contract'

export interface Transport {
  invoke(channel: string, payload: unknown): Promise<unknown>
  /** Subscribes to a main → renderer channel; returns the unsubscribe function. */
  subscribe(channel: string, listener: (payload: unknown) => void): () => void
}

/**
 * Builds `window.api` from the contract: one named method per channel and nothing else, so
 * the page can never name a channel of its own choosing.
 */
export function buildApi(transport: Transport): Api {
  const api: Record<string, unknown> = {}
  for (const [method, definition] of Object.entries(contract)) {
    api[method] = (request?: unknown) => transport.invoke(definition.channel, request)
  }
  for (const [name, definition] of Object.entries(events)) {
    api[name] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError(`${name} needs a listener function`)
      return transport.subscribe(definition.channel, (payload) => {
        const parsed = definition.payload.safeParse(payload)
        if (parsed.success) listener(parsed.data)
      })
    }
  }
  return Object.freeze(api) as unknown as Api
}
