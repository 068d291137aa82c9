import type { Session, WebContents } from 'electron'
import { APP_ORIGIN, isAppUrl, isSafeExternalUrl } from './app-url'

export interface GuardDeps {
  devServerUrl?: string
  /** shell.openExternal in the app; a spy in tests. */
  openExternal: (url: string) => void
}

/**
 * Keeps every web contents inside the app: no navigation away, no new windows, no webviews, and
 * no sub-frame navigation at all, because Panorama draws no frames; a frame that appears anyway
 * (injected markup, a stray <iframe>) stays blank. A web link the user clicks (target=_blank)
 * goes to the system browser instead.
 */
export function guardWebContents(contents: WebContents, deps: GuardDeps): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, deps.devServerUrl)) event.preventDefault()
  })
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame || !isAppUrl(event.url, deps.devServerUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, deps.devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) deps.openExternal(url)
    return { action: 'deny' }
  })
}

/** Panorama needs no camera, microphone, location, notifications or anything else: deny all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

/**
 * Whether the session may make a request at all. Panorama promises to send nothing, so only the
 * app's own files pass (and, during development, Vite's dev server with its hot-reload socket).
 * data: and blob: stand for bytes already in memory (the CSP allows them for images and fonts)
 * and never reach a network.
 */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  if (isAppUrl(url, devServerUrl)) return true
  if (url.startsWith('data:')) return true
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length), devServerUrl)
  if (!devServerUrl) return false
  // Vite's hot reload talks over a WebSocket to the dev server's own host.
  const dev = new URL(devServerUrl)
  const parsed = URL.parse(url)
  return parsed !== null && parsed.host === dev.host && parsed.protocol === (dev.protocol === 'https:' ? 'wss:' : 'ws:')
}

/** Refuses, in the session itself, every request that `isAllowedRequest` does not let through. */
export function refuseOutsideRequests(session: Pick<Session, 'webRequest'>, devServerUrl?: string): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, devServerUrl) }))
}

/**
 * Spelling without a download. Chromium's spellchecker fetches Hunspell dictionaries from Google's
 * servers on Windows and Linux the first time it runs; on macOS it asks the OS and fetches nothing
 * (Electron's spellchecker guide). So spelling is on where the OS provides it and off elsewhere;
 * the download address also points into the app, which serves no dictionaries, so even a
 * download Chromium tried would end at the app's own protocol.
 */
export function keepSpellingOffline(
  session: Pick<Session, 'setSpellCheckerEnabled' | 'setSpellCheckerDictionaryDownloadURL'>,
  platform: NodeJS.Platform,
): void {
  session.setSpellCheckerDictionaryDownloadURL(`${APP_ORIGIN}/no-spelling-downloads/`)
  session.setSpellCheckerEnabled(spellingFromTheOs(platform))
}

/** Only macOS checks spelling with the OS's own dictionaries. */
export const spellingFromTheOs = (platform: NodeJS.Platform): boolean => platform === 'darwin'
