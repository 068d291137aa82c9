/**
 * Only the hostile-file rows of the bench: `npm run build && node test/bench/launch.mjs file-open.ts`.
 * `npm run bench` prints them with all the others.
 */
import { fileOpenRows } from './file-open-rows'
import { printTable } from './measure'

const rows = fileOpenRows()
printTable(rows)
if (rows.some((row) => !row.pass)) process.exitCode = 1
