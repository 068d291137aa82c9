import { createAssessmentRepository } from '../../electron/storage/assessment-repository'
import { openConfStore } from '../../electron/storage/open-conf-store'
import { writeBytesAtomically } from '../../electron/files/file-access'
import { crashDocument, exportBytes, saveNumberOf } from './crash-document'

/**
 * The writer test/unit/crash-safety.test.ts kills: bundled into one file and run by Node, it
 * saves through the real repository (backup, file, index) and exports through the real atomic
 * write, in a loop, until killed. Each line it prints says that a save or an export has returned,
 * which is when the app would show "Saved".
 */
const [dataDir, exportFile, id] = process.argv.slice(2) as [string, string, string]
const repository = createAssessmentRepository({ dataDir, openStore: openConfStore, now: () => new Date(), newId: () => id })
let n = saveNumberOf(repository.get(id))
process.stdout.write('ready\n')
for (;;) {
  n++
  repository.save(crashDocument(id, n))
  process.stdout.write(`saved ${n}\n`)
  await writeBytesAtomically(exportFile, exportBytes(n))
  process.stdout.write(`exported ${n}\n`)
}
