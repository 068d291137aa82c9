import type { Session, WebContents } from 'electron'
import { isAppUrl, isSafeExternalUrl } from './app-url'

export interface GuardDeps {
  devServerUrl?: string
  /** shell.openExternal in the app; a spy in tests. */
  openExternal: (url: string) => void
}

/**
 * Keeps every web contents inside the app: no navigation away, no new windows, no webviews.
 * A web link the user clicks (target=_blank) goes to the system browser instead.
 */
export function guardWebContents(contents: WebContents, deps: GuardDeps): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, deps.devServerUrl)) event.preventDefault()
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
