// `node test/bench/launch.mjs mutation.ts`: only the mutation-score rows, without a build.
import { printTable } from './measure'
import { mutationRows } from './mutation-rows'

printTable(mutationRows())
