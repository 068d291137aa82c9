import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isAppUrl, isSafeExternalUrl, mimeTypeOf, resolveAppFile } from '../../electron/security/app-url'
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../electron/security/csp'

const root = path.resolve('/opt/panorama/renderer')

describe('app:// URL handling', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppFile('app://panorama/', root)).toBe(path.join(root, 'index.html'))
    expect(resolveAppFile('app://panorama/assets/index-abc.js', root)).toBe(path.join(root, 'assets/index-abc.js'))
    expect(resolveAppFile('app://panorama/assets/a%20b.js?x=1#y', root)).toBe(path.join(root, 'assets/a b.js'))
  })

  it('serves index.html for the bare origin too, and reads a doubled slash as one level, not as the disk root', () => {
    // app: is not a special scheme to the URL parser, so the bare origin has an empty path.
    expect(new URL('app://panorama').pathname).toBe('')
    expect(resolveAppFile('app://panorama', root)).toBe(path.join(root, 'index.html'))
    expect(resolveAppFile('app://panorama//assets/x.js', root)).toBe(path.join(root, 'assets/x.js'))
    expect(resolveAppFile('app://panorama///etc/passwd', root)).toBe(path.join(root, 'etc/passwd'))
  })

  it('names the type of every file the renderer ships, and anything else as bytes', () => {
    expect(
      ['index.html', 'a.js', 'b.mjs', 'c.css', 'd.json', 'e.svg', 'f.png', 'g.ico', 'h.woff2', 'i.ttf', 'UPPER.JS'].map(mimeTypeOf),
    ).toEqual([
      'text/html; charset=utf-8',
      'text/javascript; charset=utf-8',
      'text/javascript; charset=utf-8',
      'text/css; charset=utf-8',
      'application/json; charset=utf-8',
      'image/svg+xml',
      'image/png',
      'image/x-icon',
      'font/woff2',
      'font/ttf',
      'text/javascript; charset=utf-8',
    ])
    expect(mimeTypeOf('notes.exe')).toBe('application/octet-stream')
    expect(mimeTypeOf('no-extension')).toBe('application/octet-stream')
  })

  it.each(['app://panorama/../secret.txt', 'app://panorama/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the renderer folder (the URL parser clamps dot segments at the root)',
    (url) => {
      expect(resolveAppFile(url, root)?.startsWith(root + path.sep)).toBe(true)
    },
  )

  it.each([
    'app://panorama/..%2f..%2fetc%2fpasswd',
    'app://panorama/assets%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://panorama/assets/%00.js',
    'app://panorama/%E0%A4%A',
    'app://other/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull()
  })

  it('refuses a sibling folder whose name starts with the renderer folder\'s name', () => {
    // Decoded, this is ../renderer-evil/x: a path that starts with the root's text but is not inside it.
    expect(resolveAppFile('app://panorama/..%2frenderer-evil%2fx', root)).toBeNull()
    expect(resolveAppFile('app://panorama/..%2frenderer', root)).toBe(root)
  })

  it('recognises only the app itself, and the dev server when one is running', () => {
    expect(isAppUrl('app://panorama/index.html')).toBe(true)
    expect(isAppUrl('app://panorama.evil/index.html')).toBe(false)
    expect(isAppUrl('http://panorama/index.html')).toBe(false)
    expect(isAppUrl('not a url')).toBe(false)
    expect(isAppUrl('not a url', 'http://localhost:5173')).toBe(false)
    expect(isAppUrl('https://localhost:5173/x', 'http://localhost:5173')).toBe(false)
    expect(isAppUrl('http://localhost:5173/')).toBe(false)
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true)
    expect(isAppUrl('http://localhost:5174/x', 'http://localhost:5173')).toBe(false)
  })

  it('lets only http and https links go to the system browser', () => {
    expect(isSafeExternalUrl('https://www.iso.org/')).toBe(true)
    expect(isSafeExternalUrl('http://example.com/')).toBe(true)
    for (const url of ['javascript:alert(1)', 'file:///C:/Windows/system32/calc.exe', 'smb://x/y', 'ms-msdt:foo', 'data:text/html,x', ''])
      expect(isSafeExternalUrl(url)).toBe(false)
  })
})

describe('Content-Security-Policy', () => {
  it('allows only the app itself: no inline or remote script, no plugins, no framing', () => {
    expect(contentSecurityPolicy.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ])
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('gives the <meta> tag the same policy less frame-ancestors, which Chromium ignores there', () => {
    expect(metaContentSecurityPolicy.split('; ')).toEqual(contentSecurityPolicy.split('; ').slice(0, -1))
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors')
  })
})
