/**
 * One fresh process for the recompute rows: `node test/bench/launch.mjs recompute-child.ts 100 20`
 * times the recompute for 100, then 20 participants, and prints the samples as one JSON line.
 * Only the first count's cold run is truly cold: later counts run on code the first warmed up.
 */
import '../support/i18n-setup'
import { fullAssessment } from '../support/full-assessment'
import { efqmFramework, isoFramework } from '../support/workshop-fixture'
import { sampleRecompute } from './recompute'

const RUNS = Number(process.env.RECOMPUTE_RUNS ?? 40)
const counts = process.argv.slice(2).filter((arg) => /^\d+$/.test(arg)).map(Number)
// Building the documents first keeps their allocation out of the timings.
const documents = counts.map((participants) => fullAssessment('00000000-0000-4000-8000-000000000100', participants, { efqmVotes: 'radar' }))
const samples = documents.map((document, i) => ({ participants: counts[i], ...sampleRecompute(document, [efqmFramework, isoFramework], RUNS) }))
console.log(`RECOMPUTE ${JSON.stringify(samples)}`)
