import i18next from 'i18next'
import type { CellValue as ExcelCellValue, Workbook, Worksheet } from 'exceljs'
import { unzipSync, zipSync, type Unzipped } from 'fflate'
import { efqmAnswerSchema, type EfqmAnswer } from '../../common/contract/prework-schema'
import { RESPONSE_FILE_FORMAT, RESPONSE_FILE_VERSION, responseFileSchema, type ResponseFile } from '../../common/contract/response-file-schema'
import type { Framework } from '../../common/domain/framework'
import {
  assembleAnswers,
  packColumns,
  packLayout,
  PREWORK_FORMAT,
  PREWORK_FORMAT_VERSION,
  sheetRowOf,
  type CellValue,
  type FilledRow,
  type PackIdentity,
  type PackSheet,
} from '../../common/domain/prework'
import { describeIssue } from '../ipc/file-checks'
import { loadExcel } from './exceljs-loader'
import { IDENTITY_KEYS, IDENTITY_SHEET, packChecksum, sheetChecksum } from './prework-identity'

/** A filled pack is some tens of kilobytes; a spreadsheet application may add a little. */
export const PACK_MAX_BYTES = 10 * 1024 * 1024
/** A filled pack unpacks to well under a megabyte; anything near this is not one. */
export const PACK_MAX_UNPACKED_BYTES = 50 * 1024 * 1024
const PACK_MAX_ENTRIES = 2000

export type PackCheck = { ok: true; file: ResponseFile; issues: string[] } | { ok: false; error: string }

type Refusal = 'notXlsx' | 'tooLarge' | 'damaged' | 'notPack' | 'newer' | 'unknownFramework' | 'questionsChanged' | 'tampered' | 'sheetMissing' | 'structureChanged' | 'rowAdded' | 'invalid'
const refuse = (key: Refusal, values: Record<string, string | number> = {}): PackCheck => ({ ok: false, error: i18next.t(`prework:read.refused.${key}`, values) })

/** Whether bytes look like a zip (an .xlsx is one): they start with "PK". */
export const looksLikeZip = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b

/**
 * Unpacks the zip with fflate after its central directory has been looked at: a file that says
 * it unpacks to more than the limit, or has too many entries, is refused before anything is
 * inflated. fflate inflates each entry into a buffer of the size the directory states, so an
 * entry that lies about its size cannot grow past it. The entries are zipped again, stored, for
 * exceljs (whose own unzip trusts the data), so it only ever sees what was checked here.
 */
function unpack(bytes: Uint8Array): { ok: true; zip: Uint8Array } | { ok: false; check: PackCheck } {
  let total = 0
  let count = 0
  let entries: Unzipped
  try {
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize
        count++
        return false
      },
    })
    if (total > PACK_MAX_UNPACKED_BYTES || count > PACK_MAX_ENTRIES) return { ok: false, check: refuse('tooLarge', { size: PACK_MAX_UNPACKED_BYTES / 1024 / 1024 }) }
    entries = unzipSync(bytes)
  } catch {
    return { ok: false, check: refuse('notXlsx') }
  }
  if (!entries['[Content_Types].xml'] || !entries['xl/workbook.xml']) return { ok: false, check: refuse('notXlsx') }
  return { ok: true, zip: zipSync(entries, { level: 0 }) }
}

/** A cell's value with rich text, formulas and hyperlinks flattened to what the cell shows. */
function plain(value: ExcelCellValue): CellValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('')
    if ('result' in value) return plain(value.result as ExcelCellValue)
    if ('formula' in value || 'sharedFormula' in value) return null
    if ('text' in value && typeof value.text === 'string') return value.text
    if ('error' in value) return String(value.error)
  }
  return String(value)
}

const cellAt = (sheet: Worksheet, row: number, column: number): CellValue => plain(sheet.getRow(row).getCell(column).value)

interface IdentityRows {
  values: Map<string, CellValue>
  frameworks: Array<{ id: string; edition: string; checksum: string }>
}

function identityRows(sheet: Worksheet): IdentityRows {
  const values = new Map<string, CellValue>()
  const frameworks: IdentityRows['frameworks'] = []
  sheet.eachRow((row) => {
    const key = plain(row.getCell(1).value)
    if (typeof key !== 'string') return
    if (key === IDENTITY_KEYS.framework) {
      frameworks.push({ id: String(plain(row.getCell(2).value) ?? ''), edition: String(plain(row.getCell(3).value) ?? ''), checksum: String(plain(row.getCell(4).value) ?? '') })
    } else if (!values.has(key)) values.set(key, plain(row.getCell(2).value))
  })
  return { values, frameworks }
}

const asText = (value: CellValue) => (value === null || value === undefined ? '' : String(value))

/**
 * Every check of one filled pre-work pack, in the file worker: is it an xlsx of a sane size, a
 * Panorama pack, of a version this build reads, for frameworks and questions this build has, with
 * an identity nobody edited and rows where the pack put them. Then each answer cell: a bad value
 * is left out and reported by file, sheet, row and item, and the rest is offered. The answers
 * come back as a participant response file, so the import goes through the same merge plan.
 */
export async function checkPackBytes(bytes: Uint8Array, fileName: string, frameworks: readonly Framework[]): Promise<PackCheck> {
  if (!looksLikeZip(bytes)) return refuse('notXlsx')
  const unpacked = unpack(bytes)
  if (!unpacked.ok) return unpacked.check

  let workbook: Workbook
  try {
    const ExcelJS = await loadExcel()
    workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(unpacked.zip as never)
  } catch {
    return refuse('damaged')
  }

  const identitySheet = workbook.getWorksheet(IDENTITY_SHEET)
  if (!identitySheet) return refuse('notPack')
  const { values, frameworks: packed } = identityRows(identitySheet)
  if (values.get(IDENTITY_KEYS.format) !== PREWORK_FORMAT) return refuse('notPack')
  const version = Number(values.get(IDENTITY_KEYS.formatVersion))
  if (!Number.isInteger(version) || version < 1) return refuse('notPack')
  if (version > PREWORK_FORMAT_VERSION) return refuse('newer')

  for (const entry of packed) {
    const known = frameworks.find((framework) => framework.id === entry.id)
    if (!known || known.edition !== entry.edition) return refuse('unknownFramework', { framework: known?.name ?? entry.id, edition: entry.edition })
  }
  const answer = efqmAnswerSchema.safeParse(values.get(IDENTITY_KEYS.efqmAnswer))
  if (!answer.success || packed.length === 0) return refuse('tampered')
  const efqmAnswer: EfqmAnswer = answer.data

  const identity: PackIdentity = {
    format: PREWORK_FORMAT,
    formatVersion: version,
    assessmentId: asText(values.get(IDENTITY_KEYS.assessmentId)),
    origin: asText(values.get(IDENTITY_KEYS.origin)),
    title: asText(values.get(IDENTITY_KEYS.title)),
    participantId: asText(values.get(IDENTITY_KEYS.participantId)),
    frameworks: packed.map((entry) => ({ id: entry.id, edition: entry.edition })),
    efqmAnswer,
  }
  const layout = packLayout(frameworks, packed.map((entry) => entry.id), efqmAnswer)
  // Each framework's own checksum first, so the message can name the one whose questions differ.
  for (const [index, sheet] of layout.entries()) {
    if (sheetChecksum(sheet) !== packed[index]!.checksum) return refuse('questionsChanged', { framework: `${sheet.frameworkName} ${sheet.edition}` })
  }
  if (packChecksum(identity, layout) !== asText(values.get(IDENTITY_KEYS.checksum))) return refuse('tampered')

  const responses: ResponseFile['responses'] = {}
  const issues: string[] = []
  for (const sheet of layout) {
    const worksheet = workbook.getWorksheet(sheet.sheetName)
    if (!worksheet) return refuse('sheetMissing', { sheet: sheet.sheetName })
    const read = readSheet(worksheet, sheet)
    if (!read.ok) return read.check
    const { responses: items, issues: found } = assembleAnswers(sheet, read.filled)
    issues.push(...found.map((issue) => i18next.t('prework:read.fileIssue', { file: fileName, sheet: sheet.sheetName, issue })))
    if (Object.keys(items).length > 0) responses[sheet.frameworkId] = items
  }

  // The file's own modification time is not available in the worker: the workbook's "modified"
  // date (docProps/core.xml) is, and Excel and LibreOffice set it on every save; a pack saved by
  // something that leaves it out falls back to when it was made.
  const modified = workbook.modified instanceof Date && !Number.isNaN(workbook.modified.getTime()) ? workbook.modified.toISOString() : null
  const generated = Date.parse(asText(values.get(IDENTITY_KEYS.generatedAt)))
  const exportedAt = modified ?? (Number.isNaN(generated) ? null : new Date(generated).toISOString())
  if (exportedAt === null) return refuse('tampered')

  const data: ResponseFile = {
    format: RESPONSE_FILE_FORMAT,
    formatVersion: RESPONSE_FILE_VERSION,
    assessment: { origin: identity.origin, title: identity.title },
    participant: { id: identity.participantId, name: asText(values.get(IDENTITY_KEYS.participantName)), role: asText(values.get(IDENTITY_KEYS.participantRole)) as never },
    exportedAt,
    responses,
  }
  const file = responseFileSchema.safeParse(data)
  if (!file.success) return refuse('invalid', { problem: describeIssue(file.error, data, []) })
  // The contract bounds what goes to the page; a pack has a few hundred rows, far fewer.
  return { ok: true, file: file.data, issues: issues.slice(0, 2000).map((issue) => issue.slice(0, 2000)) }
}

function readSheet(worksheet: Worksheet, sheet: PackSheet): { ok: true; filled: FilledRow[] } | { ok: false; check: PackCheck } {
  const columns = packColumns(sheet)
  const column = (name: ReturnType<typeof packColumns>[number]) => columns.indexOf(name) + 1
  const filled: FilledRow[] = []
  for (const [index, row] of sheet.rows.entries()) {
    const at = sheetRowOf(index)
    const id = asText(cellAt(worksheet, at, column('id'))).trim()
    if (id !== row.key) return { ok: false, check: refuse('structureChanged', { sheet: sheet.sheetName, row: at, expected: row.key, found: id.slice(0, 40) }) }
    filled.push({
      answer: cellAt(worksheet, at, column('answer')),
      ...(sheet.hasReason ? { reason: cellAt(worksheet, at, column('reason')) } : {}),
      note: cellAt(worksheet, at, column('notes')),
    })
  }
  // A row added below the last one would be an answer nobody asked for.
  const after = sheetRowOf(sheet.rows.length)
  const extra = asText(cellAt(worksheet, after, column('id'))).trim()
  if (extra !== '') return { ok: false, check: refuse('rowAdded', { sheet: sheet.sheetName, row: after }) }
  return { ok: true, filled }
}
