import { createHash } from 'node:crypto'
import { checksumText, sheetText, type PackIdentity, type PackSheet } from '../../common/domain/prework'

/**
 * What the writer and the reader of a pre-work pack must agree on beyond the layout: the names of
 * the hidden sheets, the rows of the identity sheet, and the checksums (sha256 of the domain's
 * checksum text). The checksum has no secret: it catches a pack whose identity was edited, or
 * whose questions are no longer this build's, not a forger.
 */
export const IDENTITY_SHEET = 'panorama-identity'
export const LISTS_SHEET = 'lists'

/** The identity sheet's rows: a key in column A, its value in B (a framework row has id, edition, checksum in B–D). */
export const IDENTITY_KEYS = {
  format: 'format',
  formatVersion: 'formatVersion',
  assessmentId: 'assessmentId',
  origin: 'origin',
  title: 'title',
  participantId: 'participantId',
  participantName: 'participantName',
  participantRole: 'participantRole',
  framework: 'framework',
  efqmAnswer: 'efqmAnswer',
  generatedAt: 'generatedAt',
  checksum: 'checksum',
} as const

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** The whole pack's checksum: identity and every question. */
export const packChecksum = (identity: PackIdentity, sheets: readonly PackSheet[]) => sha256(checksumText(identity, sheets))

/** One framework's checksum, so a reader can name the framework whose questions changed. */
export const sheetChecksum = (sheet: PackSheet) => sha256(sheetText(sheet))
