import i18next from 'i18next'
import type { Assessment, StoredParticipant } from '../../../common/contract/assessment-schema'

/**
 * Words for the assessment file's own values (sector, size, role) and for an anonymous
 * participant, said the same way in setup, the questionnaire and the PDF report.
 */
type Sector = Assessment['organisation']['sector']
type Size = NonNullable<Assessment['organisation']['size']>

// Catalogue keys by the file's values, which are not all usable as keys ("non-profit", "1000+").
const SECTOR_KEYS = { public: 'public', commercial: 'commercial', 'non-profit': 'nonProfit', other: 'other' } as const satisfies Record<Sector, string>
const SIZE_KEYS = {
  '1-9': 'people1To9',
  '10-49': 'people10To49',
  '50-249': 'people50To249',
  '250-999': 'people250To999',
  '1000+': 'people1000Plus',
} as const satisfies Record<Size, string>

export const SECTORS = Object.keys(SECTOR_KEYS) as Sector[]
export const SIZES = Object.keys(SIZE_KEYS) as Size[]

export const sectorLabel = (sector: Sector) => i18next.t(`common:sectors.${SECTOR_KEYS[sector]}`)
export const sizeLabel = (size: Size | null) => i18next.t(`common:sizes.${size ? SIZE_KEYS[size] : 'notStated'}`)
export const roleLabel = (role: StoredParticipant['role']) => i18next.t(`common:roles.${role}`)
/** "Participant 3": how anonymous mode and an anonymised report name someone. */
export const participantNumber = (number: number) => i18next.t('common:participantNumber', { number })
