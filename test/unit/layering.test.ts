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

// Static imports, re-exports and dynamic import() all count: any of them pulls code across.
const importsOf = (file: string) => {
  const text = fs.readFileSync(file, 'utf8')
  const staticOnes = [...text.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^'"]*?\bfrom\s+['"]([^'"]+)['"]/gm)].map((m) => ({ typeOnly: Boolean(m[1]), from: m[2]! }))
  const bare = [...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => ({ typeOnly: false, from: m[1]! }))
  const dynamic = [...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => ({ typeOnly: false, from: m[1]! }))
  return [...staticOnes, ...bare, ...dynamic]
}

/** The top-level folder a relative import lands in, seen from the repository root. */
const landsIn = (file: string, from: string) =>
  from.startsWith('.') ? path.relative(process.cwd(), path.resolve(path.dirname(file), from)).split(path.sep)[0] : null

const nodeModules = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])

describe('layering: electron/ and renderer/ share code only through common/', () => {
  it('the renderer imports no Node built-ins, no Electron and nothing from electron/, not even types', () => {
    const offenders: string[] = []
    for (const file of sourceFiles('renderer/src')) {
      for (const { from } of importsOf(file)) {
        const forbidden = nodeModules.has(from) || from === 'electron' || from.startsWith('electron-store') || from === 'conf'
        if (forbidden || landsIn(file, from) === 'electron') offenders.push(`${file}: ${from}`)
      }
    }
    expect(offenders).toEqual([])
  })

  it('main and the preload import nothing from renderer/, not even types', () => {
    const offenders = sourceFiles('electron').flatMap((file) =>
      importsOf(file)
        .filter(({ from }) => landsIn(file, from) === 'renderer')
        .map(({ from }) => `${file}: ${from}`),
    )
    expect(offenders).toEqual([])
  })

  it('common/ is Node-free, React-free and stands alone: it imports only itself, the bundled assets, zod, i18next and the JSON-schema checker', () => {
    const offenders: string[] = []
    for (const file of sourceFiles('common')) {
      for (const { from } of importsOf(file)) {
        const allowed = ['common', 'assets'].includes(landsIn(file, from) ?? '') || ['zod', 'i18next', '@cfworker/json-schema'].includes(from)
        if (!allowed) offenders.push(`${file}: ${from}`)
      }
      const code = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1')
      if (/\bwindow\.|\bdocument\.|\bfetch\(|localStorage|\bprocess\./.test(code)) offenders.push(`${file}: touches the browser or Node`)
    }
    expect(offenders).toEqual([])
  })

  it('the domain engine is pure: within common/ it needs only itself, the document types and the assets', () => {
    const offenders: string[] = []
    for (const file of sourceFiles('common/domain')) {
      for (const { from } of importsOf(file)) {
        const allowed =
          from.startsWith('./') ||
          landsIn(file, from) === 'assets' ||
          from === '@cfworker/json-schema' ||
          // Messages come from the catalogue: i18next is plain lookup over bundled JSON, no I/O.
          from === 'i18next' ||
          // The document schemas are zod over plain data; the domain builds documents from them.
          from.startsWith('../contract/')
        if (!allowed) offenders.push(`${file}: ${from}`)
      }
    }
    expect(offenders).toEqual([])
  })

  it('the participant page (renderer/room-page) imports only itself, common/ and the catalogue’s JSON: no package, no electron/, no renderer/src', () => {
    const offenders: string[] = []
    const pageDir = path.join('renderer', 'room-page')
    for (const file of sourceFiles(pageDir)) {
      for (const { from } of importsOf(file)) {
        const target = from.startsWith('.') ? path.relative(process.cwd(), path.resolve(path.dirname(file), from)) : null
        const inPage = target !== null && (target === pageDir || target.startsWith(`${pageDir}${path.sep}`))
        const inCommon = target !== null && target.split(path.sep)[0] === 'common'
        const isCatalogue = target !== null && target.startsWith(path.join('assets', 'locales') + path.sep) && target.endsWith('.json')
        // Its build config runs in Node, not in the page: Vite and node:path are its tools.
        const isBuildTool = file.endsWith('vite.config.ts') && (from === 'vite' || nodeModules.has(from))
        if (!(inPage || inCommon || isCatalogue || isBuildTool)) offenders.push(`${file}: ${from}`)
      }
    }
    // And the app does not lean on the page either.
    for (const file of sourceFiles('renderer/src')) {
      for (const { from } of importsOf(file)) {
        if (from.startsWith('.') && path.relative(process.cwd(), path.resolve(path.dirname(file), from)).startsWith(pageDir)) offenders.push(`${file}: ${from}`)
      }
    }
    expect(offenders).toEqual([])
  })

  it('the participant page’s common/ imports bring no zod into its bundle: types only, or zod-free modules', () => {
    const offenders: string[] = []
    for (const file of sourceFiles(path.join('renderer', 'room-page', 'src'))) {
      for (const { from, typeOnly } of importsOf(file)) {
        if (typeOnly || landsIn(file, from) !== 'common') continue
        const target = path.resolve(path.dirname(file), from.endsWith('.ts') ? from : `${from}.ts`)
        if (/from\s+['"]zod['"]/.test(fs.readFileSync(target, 'utf8'))) offenders.push(`${file}: ${from}`)
      }
    }
    expect(offenders).toEqual([])
  })

  it('the layering rule itself sees a reach across: a planted import is caught', () => {
    expect(landsIn('renderer/src/features/x/View.tsx', '../../../../electron/ipc/handlers')).toBe('electron')
    expect(landsIn('electron/ipc/handlers.ts', '../../renderer/src/ui/format')).toBe('renderer')
    expect(landsIn('renderer/src/App.tsx', '../../common/domain/radar')).toBe('common')
  })

  it('the IPC contract, its schemas and the preload’s API builder are Node-free, so the sandboxed preload can bundle them', () => {
    for (const file of ['common/contract/contract.ts', 'common/contract/schemas.ts', 'electron/ipc/build-api.ts']) {
      const froms = importsOf(file).map((i) => i.from)
      expect(froms.filter((f) => nodeModules.has(f) || f === 'electron'), file).toEqual([])
    }
  })
})
