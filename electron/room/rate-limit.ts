/**
 * Token buckets, one per key (a device token, or a remote address before a device has one):
 * each request takes a token, tokens come back at a steady rate up to the bucket's size, so a
 * burst passes and a flood does not. The clock is passed in, so tests step time by hand.
 */
export interface RateLimit {
  /** Requests allowed at once. */
  burst: number
  /** Tokens given back per second. */
  perSecond: number
}

export interface RateLimiter {
  /** True if the key may go ahead now (and one token is spent). */
  take(key: string): boolean
  forget(key: string): void
}

/** Keys kept at most: a flood from many addresses cannot grow the table without bound. */
const MAX_KEYS = 10_000

export function createRateLimiter(limit: RateLimit, now: () => number): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>()
  return {
    take(key) {
      const time = now()
      const bucket = buckets.get(key) ?? { tokens: limit.burst, at: time }
      const tokens = Math.min(limit.burst, bucket.tokens + ((time - bucket.at) / 1000) * limit.perSecond)
      const allowed = tokens >= 1
      buckets.delete(key)
      // Re-inserted, so the map's order is least recently used first, and the oldest go when it is full.
      buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: time })
      if (buckets.size > MAX_KEYS) buckets.delete(buckets.keys().next().value!)
      return allowed
    },
    forget(key) {
      buckets.delete(key)
    },
  }
}
