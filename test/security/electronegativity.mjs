// Runs Electronegativity (Doyensec's Electron security linter) over the main-process sources and the
// built renderer, and fails on any finding that the allow-list next to this file does not explain.
// Needs `electron-vite build` first (out/renderer). Offline: the tool's two network look-ups (fresh
// translations, Electron's release list) are stubbed out or skipped, so it never waits on the network.
//
//   node test/security/electronegativity.mjs
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(path.join(root, 'package.json'))
const ELECTRON_VERSION = require('electron/package.json').version

// The tool fetches translations with `got` at start-up; under Node 24 a failed fetch crashes it from a
// retry timer. Put a stub in got's place in the require cache so no request is ever made.
const toolRequire = createRequire(require.resolve('@doyensec/electronegativity'))
const gotPath = toolRequire.resolve('got')
const offline = () => Promise.reject(new Error('Electronegativity runs offline here'))
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { default: offline }) }
const quietLog = console.log
console.log = (...args) => {
  if (!String(args[0]).includes('Could not retrieve updated translations')) quietLog(...args)
}
const run = toolRequire('./runner.js')

// AvailableSecurityFixesGlobalCheck downloads Electron's release list from GitHub; it cannot run offline.
// (Electron being a supported major is asserted by test/unit/security-settings.test.ts instead.)
const excluded = ['AvailableSecurityFixesGlobalCheck']

// Scanned together in one run, so the tool's whole-project checks (CSP present, navigation limited,
// permission handler set) see the main process and the page it loads side by side, as in the app.
// TypeScript is parsed directly (Babel's typescript plugin), so findings point at real source lines.
const targets = ['electron', 'out/renderer']
const allowListPath = path.join(root, 'test/security/electronegativity-allowlist.json')
const allowList = JSON.parse(fs.readFileSync(allowListPath, 'utf8'))
for (const entry of allowList) {
  if (!entry.check || !entry.file || !entry.reason || entry.reason.trim().length < 20) {
    throw new Error(`Allow-list entry needs check, file and a reason: ${JSON.stringify(entry)}`)
  }
}

/** `file` patterns are paths relative to the project root; `*` matches within one path segment, `**` across. */
function globToRegExp(glob) {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*')
  return new RegExp(`^${escaped}$`)
}

const findings = []
const failures = []
const used = new Set()

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'))
for (const target of targets) {
  const source = path.join(root, target)
  if (fs.existsSync(source)) fs.cpSync(source, path.join(stage, target), { recursive: true })
  else failures.push(`${target} does not exist (run \`npx electron-vite build\` first)`)
}
try {
  // The tool's file output (-o x.sarif) is written asynchronously after it returns; its return value
  // carries the same findings, so read those.
  const result = await run({
    input: stage,
    isRelative: true,
    customScan: [],
    excludeFromScan: excluded.map((check) => check.toLowerCase()),
    electronVersionOverride: ELECTRON_VERSION,
    parserPlugins: [],
  })
  for (const error of result.errors.filter((e) => !e.tolerable)) {
    failures.push(`${path.relative(stage, error.file)} could not be parsed, so it was not checked: ${error.message}`)
  }
  for (const issue of result.issues) {
    const file = !issue.file || issue.file === 'N/A' ? '(whole project)' : issue.file.split(path.sep).join('/').replace(/^\/+/, '')
    findings.push({ check: issue.id, file, line: issue.location?.line ?? 0, sample: issue.sample ?? '', message: issue.description })
  }
} finally {
  fs.rmSync(stage, { recursive: true, force: true })
  console.log = quietLog
}

const unexplained = []
for (const finding of findings) {
  const index = allowList.findIndex((entry) => entry.check === finding.check && globToRegExp(entry.file).test(finding.file))
  if (index === -1) unexplained.push(finding)
  else used.add(index)
}

console.log(`Electronegativity: ${findings.length} finding(s), ${findings.length - unexplained.length} explained by the allow-list.`)
for (const finding of unexplained) {
  console.error(`  ✗ ${finding.check} at ${finding.file}:${finding.line}\n      ${finding.sample ? `${String(finding.sample).slice(0, 100)} — ` : ''}${finding.message.split('\n')[0]}`)
}
allowList.forEach((entry, index) => {
  if (!used.has(index)) console.warn(`  (unused allow-list entry: ${entry.check} ${entry.file}; remove it if the code it excused is gone)`)
})
for (const failure of failures) console.error(`  ✗ ${failure}`)

if (unexplained.length > 0 || failures.length > 0) {
  console.error('Fix the finding, or add it to test/security/electronegativity-allowlist.json with a reason a reviewer can check.')
  process.exit(1)
}
