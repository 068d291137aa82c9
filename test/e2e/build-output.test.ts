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

  it('the main process is an ES module that loads its preload as .cjs', () => {
    const main = fs.readFileSync('out/main/main.js', 'utf8')
    expect(main).toContain('preload/preload.cjs')
    expect(main).toMatch(/^import /m)
  })
})
