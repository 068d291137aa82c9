import fs from 'node:fs/promises'
import type { Protocol } from 'electron'
import { APP_SCHEME, mimeTypeOf, resolveAppFile } from './security/app-url'
import { contentSecurityPolicy } from './security/csp'

/** Must run before `app.ready`: makes `app://` a standard, secure origin instead of using file://. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ])
}

/** Headers every app response carries; the e2e server sends the same ones. */
export const appResponseHeaders = (file: string): Record<string, string> => ({
  'content-type': mimeTypeOf(file),
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
})

export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir)
    if (!file) return new Response('Not found', { status: 404 })
    try {
      return new Response(await fs.readFile(file), { headers: appResponseHeaders(file) })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
