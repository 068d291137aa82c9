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

  it('ships the deb with an AppArmor profile that lets the installed binary use user namespaces, sandbox on', () => {
    const profile = fs.readFileSync(config.deb.appArmorProfile, 'utf8')
    const installed = `/opt/${config.productName}/${config.linux.executableName}`
    expect(profile).toMatch(new RegExp(`^profile ${config.linux.executableName} ${installed} flags=\\(unconfined\\) \\{$`, 'm'))
    expect(profile).toMatch(/^\s*userns,$/m)
    expect(profile).toMatch(/^abi <abi\/4\.0>,$/m)
    // electron-builder's deb step is what installs it: it copies the profile into resources/ and its
    // after-install script loads it with apparmor_parser. Fails loudly if an upgrade drops that.
    const fpm = fs.readFileSync('node_modules/app-builder-lib/out/targets/FpmTarget.js', 'utf8')
    expect(fpm).toContain('appArmorProfile')
    const afterInstall = fs.readFileSync('node_modules/app-builder-lib/templates/linux/after-install.tpl', 'utf8')
    expect(afterInstall).toContain('resources/apparmor-profile')
    expect(afterInstall).toContain('apparmor_parser --replace')
  })

  it('never switches Chromium\'s sandbox off in what it ships or launches', () => {
    const everything = ['electron-builder.yml', 'package.json', 'electron/main.ts', 'electron/dev/launch.ts'].map((f) => fs.readFileSync(f, 'utf8')).join('\n')
    expect(everything).not.toMatch(/appendSwitch\(\s*['"]no-sandbox|['"]--no-sandbox['"]|NO_SANDBOX\s*=|executableArgs:[^\n]*no-sandbox/)
  })

  it('associates one single extension, never json, with the per-machine Windows install that associations need', () => {
    expect(config.fileAssociations.map((a: { ext: string }) => a.ext)).toEqual(['panorama'])
    expect(config.nsis.perMachine).toBe(true)
  })
})
