// Runs the TypeScript bench through Vite's module runner, so it resolves modules (import.meta.glob,
// JSON, ?url) exactly as the app's build does. `node test/bench/launch.mjs other.ts …` runs another
// script of this folder the same way (the bench starts fresh processes like that).
import { runnerImport } from 'vite'

const script = process.argv[2]?.endsWith('.ts') ? process.argv[2] : 'run.ts'
await runnerImport(new URL(`./${script}`, import.meta.url).pathname, { configFile: false, logLevel: 'warn' })
