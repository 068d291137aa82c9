/**
 * Runs one fuzz case and fails it if it took too long or raised the process's peak memory too far:
 * a payload that holds the main process for seconds or grows it by gigabytes is a failure even if
 * its answer is right. The peak (maxRSS) only rises, so a case that needs memory beyond what any
 * earlier case used shows up as growth.
 */
export const CASE_LIMITS = { milliseconds: 2_000, peakGrowthMb: 400 } as const

export async function withinBounds<T>(label: string, run: () => Promise<T> | T, limits: { milliseconds: number; peakGrowthMb: number } = CASE_LIMITS): Promise<T> {
  const peakBefore = process.resourceUsage().maxRSS
  const started = performance.now()
  const result = await run()
  const took = performance.now() - started
  const grewMb = (process.resourceUsage().maxRSS - peakBefore) / 1024
  if (took > limits.milliseconds) throw new Error(`${label}: took ${Math.round(took)} ms, over the ${limits.milliseconds} ms a case may take`)
  if (grewMb > limits.peakGrowthMb) throw new Error(`${label}: peak memory grew by ${Math.round(grewMb)} MB, over the ${limits.peakGrowthMb} MB a case may use`)
  return result
}
