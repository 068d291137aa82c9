/**
 * Only the participant page's row of the bench: `node test/bench/launch.mjs room-page.ts`, after
 * `npm run build` (it measures out/room-page). `npm run bench` prints it with all the others.
 */
import { printTable } from './measure'
import { roomPageRows } from './room-page-rows'

const rows = roomPageRows()
printTable(rows)
if (rows.some((row) => !row.pass)) process.exitCode = 1
