import type { Assessment } from '../../../../common/contract/assessment-schema'
import type { GroupId } from '../../../../common/domain/stakeholders'
import { ownValue } from '../../../../common/domain/records'

export type Role = Assessment['participants'][number]['role']
export type PercentTexts = Partial<Record<GroupId, string>>

/**
 * What the user has typed that the document cannot hold yet (an empty name, shares that do not
 * add up to 100 %). The document keeps its last valid value until the draft becomes valid, so
 * it can always be saved. Drafts live in the wizard, so they survive moving between steps.
 */
export interface SetupDrafts {
  /** Names of listed participants that were cleared, by participant id. */
  names: Record<string, string>
  /** A row added with "Add participant" that has no name yet, so it is not in the document. */
  newParticipant: { id: string; name: string; role: Role } | null
  /** Target percentages as typed, while they are not a valid target. */
  target: PercentTexts | null
  /** Stakeholder weight percentages as typed, by section id. */
  weights: Record<string, PercentTexts>
}

export const emptyDrafts = (): SetupDrafts => ({ names: {}, newParticipant: null, target: null, weights: {} })

export interface ParticipantView {
  id: string
  name: string
  role: Role
  /** False for the new row that is not in the document yet. */
  listed: boolean
}

/** The rows the participants step shows: the document's list with drafts laid over it. */
export function participantRows(assessment: Assessment, drafts: SetupDrafts): ParticipantView[] {
  const rows = assessment.participants.map((p) => ({ id: p.id, name: ownValue(drafts.names, p.id) ?? p.name, role: p.role, listed: true }))
  const pending = drafts.newParticipant
  // The id check covers the moment between the row being saved and its draft being dropped.
  if (pending && !rows.some((row) => row.id === pending.id)) rows.push({ ...pending, listed: false })
  return rows
}
