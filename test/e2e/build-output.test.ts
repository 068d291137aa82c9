import fs from 'node:fs'
import vm from 'node:vm'
import { describe, expect, it, vi } from 'vitest'
import { eventNames, methodNames } from '../../common/contract/contract'
import { metaContentSecurityPolicy } from '../../electron/security/csp'

describe('build output', () => {
  it('the built index.html carries the Content-Security-Policy and no inline script', () => {
    const html = fs.readFileSync('out/renderer/index.html', 'utf8')
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`)
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  })

  it('the preload is one CommonJS file that needs nothing but electron, as a sandboxed preload must', () => {
    const code = fs.readFileSync('out/preload/preload.cjs', 'utf8')
    const exposed: Record<string, Record<string, unknown>> = {}
    const required: string[] = []
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => (exposed[key] = value) },
      ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
    }
    const module = { exports: {} }
    vm.runInNewContext(code, {
      module,
      exports: module.exports,
      require: (name: string) => {
        required.push(name)
        if (name === 'electron') return electron
        throw new Error(`a sandboxed preload cannot require ${name}`)
      },
    })
    expect([...new Set(required)]).toEqual(['electron'])
    expect(Object.keys(exposed.api ?? {}).sort()).toEqual([...methodNames, ...eventNames].sort())
  })

  it('the file worker is its own ES module next to main.js, where main starts it, needing only Node and its own chunks', () => {
    const main = fs.readFileSync('out/main/main.js', 'utf8')
    expect(main).toContain('./file-worker.js')
    const worker = fs.readFileSync('out/main/file-worker.js', 'utf8')
    const imports = [...worker.matchAll(/^import .* from "([^"]+)";?$/gm)].map((m) => m[1]!)
    expect(imports.length).toBeGreaterThan(0)
    expect(imports.filter((from) => !from.startsWith('./chunks/') && !from.startsWith('node:'))).toEqual([])
    // The parsing and checking code stays out of main itself.
    expect(main).not.toContain('findShapeProblem')
  })

  it('the main process is an ES module that loads its preload as .cjs', () => {
    const main = fs.readFileSync('out/main/main.js', 'utf8')
    expect(main).toContain('preload/preload.cjs')
    expect(main).toMatch(/^import /m)
  })
})
