/**
 * Only the room's rows of the bench: `node test/bench/launch.mjs room-votes.ts` (no build needed).
 * `npm run bench` prints them with all the others.
 */
import { printTable } from './measure'
import { roomVoteRows } from './room-votes-rows'

const rows = roomVoteRows()
printTable(rows)
if (rows.some((row) => !row.pass)) process.exitCode = 1
