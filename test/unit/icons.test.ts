import fs from 'node:fs'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- a plain ESM script without type declarations
import { renderPng, SIZES } from '../../assets/icons/generate-icons.mjs'

const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) })

describe('app icons from the one SVG source', () => {
  it('has a PNG of every size, each the size its name says', () => {
    for (const size of SIZES as number[]) {
      const bytes = fs.readFileSync(`assets/icons/png/${size}x${size}.png`)
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
      expect(pngSize(bytes)).toEqual({ width: size, height: size })
    }
  })

  it('has a Windows .ico and a macOS .icns', () => {
    expect([...fs.readFileSync('assets/icons/icon.ico').subarray(0, 4)]).toEqual([0, 0, 1, 0])
    expect(fs.readFileSync('assets/icons/icon.icns').subarray(0, 4).toString('latin1')).toBe('icns')
  })

  it('is up to date with panorama.svg (run `npm run icons` after editing it)', () => {
    for (const size of [16, 256]) {
      expect(Buffer.from(renderPng(size)).equals(fs.readFileSync(`assets/icons/png/${size}x${size}.png`))).toBe(true)
    }
  })

  it('is what electron-builder packages for each platform', () => {
    const config = load(fs.readFileSync('electron-builder.yml', 'utf8')) as Record<string, { icon?: string }>
    expect(config.linux!.icon).toBe('assets/icons/png')
    expect(config.win!.icon).toBe('assets/icons/icon.ico')
    expect(config.mac!.icon).toBe('assets/icons/icon.icns')
  })
})
