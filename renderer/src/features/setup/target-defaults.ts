import type { Assessment } from '../../../../common/contract/assessment-schema'
import type { StakeholderCatalogue, TargetProfile } from '../../../../common/domain/stakeholders'

export type Sector = Assessment['organisation']['sector']
export type TargetSource = Assessment['targetSource']

/** Which suggested target profile a sector starts from; "other" has no profile of its own. */
export const SECTOR_TARGETS: Record<Sector, Exclude<TargetSource, 'custom'>> = {
  public: 'public',
  commercial: 'commercial',
  'non-profit': 'non-profit',
  other: 'balanced',
}

export function sectorTarget(stakeholders: StakeholderCatalogue, sector: Sector): TargetProfile | undefined {
  return stakeholders.targets.find((target) => target.id === SECTOR_TARGETS[sector])
}

/**
 * A new sector, and its suggested target unless the team has set its own: their own choice
 * is never overwritten by a change of sector.
 */
export function withSector(assessment: Assessment, sector: Sector, stakeholders: StakeholderCatalogue): Assessment {
  const organisation = { ...assessment.organisation, sector }
  const profile = sectorTarget(stakeholders, sector)
  if (assessment.targetSource === 'custom' || !profile) return { ...assessment, organisation }
  return { ...assessment, organisation, target: { ...profile.weights }, targetSource: SECTOR_TARGETS[sector] }
}
