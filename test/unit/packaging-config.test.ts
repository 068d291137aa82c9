import fs from 'node:fs'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js'
import { DebugLogger } from 'builder-util/out/DebugLogger.js'

const config = load(fs.readFileSync('electron-builder.yml', 'utf8')) as Record<string, any>

describe('electron-builder.yml', () => {
  it('is valid for electron-builder', async () => {
    await expect(validateConfiguration(config as never, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('sets the Electron fuses: no RunAsNode, no NODE_OPTIONS, no inspect flags, asar integrity, app only from asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('names the product and builds AppImage + deb, NSIS and dmg from the build output only', () => {
    expect(config).toMatchObject({ productName: 'Panorama', asar: true })
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.win.target).toEqual(['nsis'])
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.files.filter((f: string) => !f.startsWith('!'))).toEqual(['out/**', 'package.json'])
  })

  it('packages no runtime node_modules, because everything is bundled into out/', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'))
    expect(pkg.dependencies ?? {}).toEqual({})
    expect(pkg.main).toBe('out/main/main.js')
  })
})
