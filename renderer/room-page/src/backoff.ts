/**
 * How long to wait before the next reconnect: doubling from half a second up to ten, each
 * between half and all of that (so thirty phones that lost the Wi-Fi together do not all knock
 * at the same instant when it comes back). `attempt` counts from 0 and resets once connected.
 */
export const BACKOFF_BASE_MS = 500
export const BACKOFF_CAP_MS = 10_000

export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(attempt, 20)))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}
