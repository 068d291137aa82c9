import { newAssessment, type Assessment } from '../../common/contract/assessment-schema'

/**
 * The documents the crash test's writer saves: save `n` is titled `Save n`, so the file, the index
 * and each backup say which save they hold. Large (a workshop of 12 people, every item voted on
 * and noted) and of a size that changes from save to save, so a cut-short or mixed file cannot
 * pass for a whole one.
 */
export function crashDocument(id: string, n: number): Assessment {
  const base = newAssessment({ id, title: `Save ${n}`, now: '2026-03-01T09:00:00.000Z' })
  const participants = Array.from({ length: 12 }, (_, p) => ({ id: `p${p}`, name: `Participant ${p} — Zürich, Łódź`, role: p < 3 ? ('leadership' as const) : ('staff' as const) }))
  const items: Assessment['responses'][string] = {}
  for (let criterion = 1; criterion <= 7; criterion++) {
    for (let part = 1; part <= 5; part++) {
      const ratings: Assessment['responses'][string][string]['ratings'] = {}
      const notes: Record<string, string> = {}
      for (const participant of participants) {
        ratings[participant.id] = { kind: 'quick', score: ((n + criterion * part) % 21) * 5 }
        notes[participant.id] = `Save ${n}: evidence seen for ${criterion}.${part} `.repeat(1 + ((n + part) % 3))
      }
      items[`${criterion}.${part}`] = { ratings, notes, evidence: [], strengths: [], afis: [], flagged: n % 2 === 0 }
    }
  }
  return { ...base, participants, frameworks: ['efqm-2025'], responses: { 'efqm-2025': items } }
}

/** Which save a document is. */
export function saveNumberOf(assessment: { title: string }): number {
  const match = /^Save (\d+)$/.exec(assessment.title)
  if (!match) throw new Error(`Not a crash-test save: ${assessment.title}`)
  return Number(match[1])
}

/** The exported file for save `n`: JSON naming it, of a size that changes from save to save. */
export function exportBytes(n: number): Uint8Array {
  return Buffer.from(JSON.stringify({ save: n, lines: Array.from({ length: 2000 + (n % 7) * 300 }, (_, i) => `line ${i} of export ${n}`) }))
}
