/**
 * Which Electron majors are supported on a given day. Electron ships a major every 8 weeks, with
 * every other Chromium stable release, and supports the newest three (Electron's "Release
 * Timelines"). Electron 40.0.0 came out on 2026-01-13 with Chromium 144; later majors follow
 * every 56 days. A slipped release makes this think a major is out a little early, which only
 * makes the check stricter.
 */
const ANCHOR = { major: 40, stable: Date.UTC(2026, 0, 13) }
const CADENCE_DAYS = 56
const SUPPORTED_MAJORS = 3

export function latestElectronMajor(today: Date): number {
  const days = Math.floor((today.getTime() - ANCHOR.stable) / 86_400_000)
  return ANCHOR.major + Math.floor(days / CADENCE_DAYS)
}

export function supportedElectronMajors(today: Date): number[] {
  const latest = latestElectronMajor(today)
  return Array.from({ length: SUPPORTED_MAJORS }, (_, i) => latest - SUPPORTED_MAJORS + 1 + i)
}
