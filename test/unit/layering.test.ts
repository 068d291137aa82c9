import fs from 'node:fs'
import path from 'node:path'
import { builtinModules } from 'node:module'
import { describe, expect, it } from 'vitest'

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : []
  })
}

const importsOf = (file: string) =>
  [...fs.readFileSync(file, 'utf8').matchAll(/^\s*import\s+(type\s+)?[^'"]*?['"]([^'"]+)['"]/gm)].map((m) => ({
    typeOnly: Boolean(m[1]),
    from: m[2]!,
  }))

const nodeModules = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])

describe('layering (renderer never reaches Node or Electron)', () => {
  it('renderer code imports no Node built-ins, no Electron and no main-process code at run time', () => {
    const offenders: string[] = []
    for (const file of sourceFiles('renderer/src')) {
      for (const { typeOnly, from } of importsOf(file)) {
        const forbidden = nodeModules.has(from) || from === 'electron' || from.startsWith('electron-store') || from === 'conf'
        const reachesMain = from.includes('/electron/') && !typeOnly
        if (forbidden || reachesMain) offenders.push(`${file}: ${from}`)
      }
    }
    expect(offenders).toEqual([])
  })

  it('the domain engine is pure: no React, no I/O, no stores, no window.api', () => {
    const offenders: string[] = []
    for (const file of sourceFiles('renderer/src/domain')) {
      for (const { from, typeOnly } of importsOf(file)) {
        const allowed =
          from.startsWith('./') ||
          from.startsWith('../../../assets/') ||
          from === '@cfworker/json-schema' ||
          // Messages come from the catalogue: i18next is plain lookup over bundled JSON, no I/O.
          from === 'i18next' ||
          (typeOnly && from.startsWith('../../../electron/ipc/'))
        if (!allowed) offenders.push(`${file}: ${from}`)
      }
      if (/\bwindow\.|\bdocument\.|\bfetch\(|localStorage/.test(fs.readFileSync(file, 'utf8'))) offenders.push(`${file}: touches the browser`)
    }
    expect(offenders).toEqual([])
  })

  it('the IPC contract and its schemas are Node-free, so the preload and renderer can share them', () => {
    for (const file of ['electron/ipc/contract.ts', 'electron/ipc/schemas.ts', 'electron/ipc/build-api.ts']) {
      const froms = importsOf(file).map((i) => i.from)
      expect(froms.filter((f) => nodeModules.has(f) || f === 'electron'), file).toEqual([])
    }
  })
})
