import fs from 'node:fs/promises'
import path from 'node:path'
import i18next from 'i18next'
import type { PreworkRequest } from '../../common/contract/prework-schema'
import type { Framework } from '../../common/domain/framework'
import { safeFileName, type FileAccess } from '../files/file-access'
import { AppError } from '../ipc/app-error'
import type { AssessmentRepository } from '../storage/assessment-repository'
import { describeIoError } from '../storage/assessment-repository'
import { buildPreworkPack } from './prework-pack'

export interface PreworkFilesDeps {
  repository: Pick<AssessmentRepository, 'get'>
  files: FileAccess
  frameworks: () => readonly Framework[]
  now?: () => Date
}

const PDF_MAGIC = '%PDF-'

/**
 * "Prepare pre-work…": one pack per chosen participant in a folder the user picks. Everything is
 * checked before the dialog opens (the participants and frameworks are the assessment's, the PDFs
 * are PDFs), so a bad request asks nothing and writes nothing. The workbook is built here from the
 * stored assessment, never from the page. An existing file is never replaced: the name gets " (2)".
 */
export async function writePreworkPacks(deps: PreworkFilesDeps, request: PreworkRequest): Promise<{ saved: boolean; folder?: string; files: string[] }> {
  const assessment = deps.repository.get(request.id)
  const participants = request.participantIds.map((id) => {
    const participant = assessment.participants.find((p) => p.id === id)
    if (!participant) throw new AppError('invalid-payload', i18next.t('prework:files.notInAssessment', { name: id }), 'participantIds')
    return participant
  })
  const bundled = deps.frameworks()
  for (const id of request.frameworks) {
    if (!assessment.frameworks.includes(id)) throw new AppError('invalid-payload', i18next.t('prework:files.frameworkNotInAssessment', { id }), 'frameworks')
    if (!bundled.some((framework) => framework.id === id)) throw new AppError('invalid-payload', i18next.t('prework:files.frameworkUnknown', { id }), 'frameworks')
  }
  const chosen = assessment.frameworks.filter((id) => request.frameworks.includes(id))
  const pdfs = new Map<string, Uint8Array>()
  for (const pdf of request.pdfs) {
    const participant = participants.find((p) => p.id === pdf.participantId)
    if (!participant) throw new AppError('invalid-payload', i18next.t('prework:files.notInAssessment', { name: pdf.participantId }), 'pdfs')
    const bytes = Buffer.from(pdf.base64, 'base64')
    if (bytes.subarray(0, PDF_MAGIC.length).toString('latin1') !== PDF_MAGIC) throw new AppError('invalid-payload', i18next.t('prework:files.notPdf', { name: participant.name }), 'pdfs')
    pdfs.set(pdf.participantId, bytes)
  }

  const folder = await deps.files.chooseFolder({ title: i18next.t('prework:files.chooseFolder') })
  if (!folder) return { saved: false, files: [] }

  const now = deps.now?.() ?? new Date()
  const taken = new Set<string>()
  const written: string[] = []
  const write = async (base: string, extension: string, bytes: () => Promise<Uint8Array> | Uint8Array) => {
    const name = await freeName(folder, base, extension, taken)
    try {
      await deps.files.writeBytes(path.join(folder, name), await bytes())
    } catch (error) {
      const before = written.length > 0 ? i18next.t('prework:files.writtenBefore', { files: written.join(', ') }) : i18next.t('prework:files.noneBefore')
      throw new AppError('storage-failed', `${i18next.t('prework:files.notWritten', { file: name, problem: describeIoError(error) })} ${before}`)
    }
    written.push(name)
  }
  for (const participant of participants) {
    const base = safeFileName(participant.name)
    if (request.workbook) {
      await write(base, '.xlsx', () => buildPreworkPack({ assessment, participant, frameworks: bundled, chosen, efqmAnswer: request.efqmAnswer, now }))
    }
    const pdf = pdfs.get(participant.id)
    if (pdf) await write(base, '.pdf', () => pdf)
  }
  return { saved: true, folder, files: written }
}

/** `base.ext`, or `base (2).ext` and so on: a name neither on disk nor used earlier in this run. */
async function freeName(folder: string, base: string, extension: string, taken: Set<string>): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}${extension}` : `${base} (${n})${extension}`
    if (taken.has(name.toLowerCase())) continue
    // A folder that cannot be looked into gives the name as it is: its write then fails and says why.
    const exists = await fs.lstat(path.join(folder, name)).then(
      () => true,
      () => false,
    )
    if (exists) continue
    taken.add(name.toLowerCase())
    return name
  }
}
