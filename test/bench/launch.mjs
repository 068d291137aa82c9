// Runs the TypeScript bench through Vite's module runner, so it resolves modules (import.meta.glob,
// JSON, ?url) exactly as the app's build does.
import { runnerImport } from 'vite'

await runnerImport(new URL('./run.ts', import.meta.url).pathname, { configFile: false, logLevel: 'warn' })
