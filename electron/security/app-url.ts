import path from 'node:path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'panorama'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

export function mimeTypeOf(file: string): string {
  return mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** True only for URLs of the app itself (and of the dev server, when one is given). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  if (devServerUrl) {
    const dev = new URL(devServerUrl)
    return parsed.protocol === dev.protocol && parsed.host === dev.host
  }
  return false
}

/**
 * Maps an `app://panorama/...` URL to a file inside `rootDir`, or null. Decoding happens
 * before the containment check, so `%2e%2e/` cannot climb out of the renderer folder.
 */
export function resolveAppFile(url: string, rootDir: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.host !== APP_HOST) return null
  return containedFile(parsed.pathname, rootDir)
}

/**
 * THE containment rule for serving files from a folder: the URL path (still percent-encoded) is
 * decoded first, so `%2e%2e/` cannot climb out, a NUL is refused, and the result must lie inside
 * `rootDir`; the bare path is `index.html`. The app:// protocol and the room's page server share it.
 */
export function containedFile(encodedPathname: string, rootDir: string): string | null {
  let pathname: string
  try {
    pathname = decodeURIComponent(encodedPathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '')
  const root = path.resolve(rootDir)
  const file = path.resolve(root, relative)
  if (file !== root && !file.startsWith(root + path.sep)) return null
  return file
}

/** Only web links may leave the app for the system browser; never file:, javascript:, smb: and so on. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'https:' || protocol === 'http:'
  } catch {
    return false
  }
}
