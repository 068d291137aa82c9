// Generates every app icon from the one SVG source: PNG sizes for Linux and the window, .ico for
// Windows and .icns for macOS. Run with `npm run icons` after changing panorama.svg; the output is
// committed, and test/unit/icons.test.ts checks it still matches the source.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Resvg } from '@resvg/resvg-js'
import png2icons from 'png2icons'

const here = path.dirname(fileURLToPath(import.meta.url))
export const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

export function renderPng(size) {
  const svg = fs.readFileSync(path.join(here, 'panorama.svg'))
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()
}

export function generate() {
  fs.mkdirSync(path.join(here, 'png'), { recursive: true })
  for (const size of SIZES) fs.writeFileSync(path.join(here, 'png', `${size}x${size}.png`), renderPng(size))
  const large = renderPng(1024)
  fs.writeFileSync(path.join(here, 'icon.png'), renderPng(512))
  fs.writeFileSync(path.join(here, 'icon.ico'), png2icons.createICO(large, png2icons.BICUBIC, 0, false, true))
  fs.writeFileSync(path.join(here, 'icon.icns'), png2icons.createICNS(large, png2icons.BICUBIC, 0))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) generate()
