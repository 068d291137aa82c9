import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { downloadFailedMessage, downloadSkipped, installedElectronBinary } from '../../electron/dev/electron-binary'
import { readSandboxFacts, sandboxAdvice } from '../../electron/dev/linux-sandbox'
import { makeTempDir } from '../support/temp-dir'

function electronPackage(files: Record<string, string>): string {
  const dir = makeTempDir()
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0' }))
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), content)
  }
  return dir
}

describe("finding Electron's binary as the electron package lays it out", () => {
  it('finds it when path.txt names an existing executable of the same version', () => {
    const dir = electronPackage({ 'path.txt': 'electron', 'dist/version': 'v45.5.0', 'dist/electron': '' })
    expect(installedElectronBinary(dir)).toBe(path.join(dir, 'dist', 'electron'))
  })

  it('reports it missing after a skipped download, a half-extracted one, or a different version', () => {
    expect(installedElectronBinary(electronPackage({}))).toBeNull()
    expect(installedElectronBinary(electronPackage({ 'path.txt': 'electron', 'dist/version': 'v45.5.0' }))).toBeNull()
    expect(installedElectronBinary(electronPackage({ 'path.txt': 'electron', 'dist/version': 'v44.0.0', 'dist/electron': '' }))).toBeNull()
  })

  it('treats ELECTRON_SKIP_BINARY_DOWNLOAD and its npm spelling as set unless empty, 0 or false', () => {
    expect(downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBe(true)
    expect(downloadSkipped({ npm_config_electron_skip_binary_download: 'true' })).toBe(true)
    expect(downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: '0' })).toBe(false)
    expect(downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: '' })).toBe(false)
    expect(downloadSkipped({})).toBe(false)
  })

  it("sums up a failed download in one line from the installer's first line, without the stack", () => {
    const message = downloadFailedMessage('RequestError: getaddrinfo ENOTFOUND example.invalid\n    at ClientRequest.<anonymous> (node_modules/got/index.js:1:1)\n')
    expect(message).not.toContain('\n')
    expect(message).toContain('(getaddrinfo ENOTFOUND example.invalid)')
    expect(message).toContain('ELECTRON_EXEC_PATH')
  })
})

describe('Linux sandbox advice before launching a development Electron', () => {
  function machine(options: { restricted?: string; helperMode?: number; profileNames?: string }) {
    const root = makeTempDir()
    const binary = path.join(root, 'electron', 'dist', 'electron')
    fs.mkdirSync(path.dirname(binary), { recursive: true })
    fs.writeFileSync(binary, '')
    if (options.restricted !== undefined) {
      fs.mkdirSync(path.join(root, 'proc/sys/kernel'), { recursive: true })
      fs.writeFileSync(path.join(root, 'proc/sys/kernel/apparmor_restrict_unprivileged_userns'), options.restricted)
    }
    if (options.helperMode !== undefined) fs.writeFileSync(path.join(path.dirname(binary), 'chrome-sandbox'), '', { mode: options.helperMode })
    if (options.profileNames !== undefined) {
      fs.mkdirSync(path.join(root, 'etc/apparmor.d'), { recursive: true })
      fs.writeFileSync(path.join(root, 'etc/apparmor.d/electron-dev'), `profile dev "${options.profileNames}" flags=(unconfined) { userns, }`)
    }
    return { root, binary }
  }

  it('says nothing where user namespaces are not restricted (Debian, Fedora, Ubuntu before 23.10)', () => {
    const { root, binary } = machine({ restricted: '0' })
    expect(sandboxAdvice(readSandboxFacts(binary, root), binary)).toBeNull()
    const plain = machine({})
    expect(sandboxAdvice(readSandboxFacts(plain.binary, plain.root), plain.binary)).toBeNull()
  })

  it('says what to run, naming the helper, where namespaces are restricted and the binary has no way to sandbox', () => {
    const { root, binary } = machine({ restricted: '1', helperMode: 0o755 })
    const advice = sandboxAdvice(readSandboxFacts(binary, root), binary)
    expect(advice).toContain(`sudo chown root:root '${path.join(path.dirname(binary), 'chrome-sandbox')}'`)
    expect(advice).toContain('chmod 4755')
    expect(advice).not.toMatch(/no-sandbox/i)
  })

  it('says nothing when an AppArmor profile names the binary', () => {
    const { root, binary } = machine({ restricted: '1', profileNames: '' })
    fs.writeFileSync(path.join(root, 'etc/apparmor.d/electron-dev'), `profile dev "${binary}" flags=(unconfined) { userns, }`)
    expect(sandboxAdvice(readSandboxFacts(binary, root), binary)).toBeNull()
  })
})
