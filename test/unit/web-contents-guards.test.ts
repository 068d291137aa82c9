import { describe, expect, it, vi } from 'vitest'
import type { WebContents } from 'electron'
import { guardWebContents, isAllowedRequest } from '../../electron/security/guards'
import { FakeWebContents } from '../support/electron-stub'

/** The guards on their own, without main's start-up: which events each one stops and which it lets through. */
function guarded(devServerUrl?: string) {
  const contents = new FakeWebContents()
  const openExternal = vi.fn()
  guardWebContents(contents as unknown as WebContents, { openExternal, ...(devServerUrl ? { devServerUrl } : {}) })
  return { contents, openExternal }
}

describe('web contents guards', () => {
  it('lets navigation and redirects within the app go ahead and stops those that leave it', () => {
    const { contents } = guarded()
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(contents.fire(event, 'app://panorama/index.html')).toBe(false)
      expect(contents.fire(event, 'https://evil.example/')).toBe(true)
      expect(contents.fire(event, 'file:///etc/passwd')).toBe(true)
    }
  })

  it('lets the dev server be navigated to only when one is running', () => {
    expect(guarded('http://localhost:5173').contents.fire('will-redirect', 'http://localhost:5173/x')).toBe(false)
    expect(guarded().contents.fire('will-redirect', 'http://localhost:5173/x')).toBe(true)
  })

  it('opens no window, and hands only web links to the system browser', () => {
    const { contents, openExternal } = guarded()
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'https://efqm.org/', 'smb://host/share', 'http://example.com/']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' })
    }
    expect(openExternal.mock.calls).toEqual([['https://efqm.org/'], ['http://example.com/']])
  })
})

describe('requests the session lets through', () => {
  it('lets through the app, data: and blob: from the app only', () => {
    expect(isAllowedRequest('app://panorama/assets/x.js')).toBe(true)
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true)
    expect(isAllowedRequest('blob:app://panorama/1234')).toBe(true)
    expect(isAllowedRequest('blob:https://evil.example/1234')).toBe(false)
    expect(isAllowedRequest('https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic')).toBe(false)
  })

  it('takes a secure dev server’s socket over wss: only, and never an address that does not parse', () => {
    const dev = 'https://localhost:5173'
    expect(isAllowedRequest('wss://localhost:5173/', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(false)
    expect(isAllowedRequest('wss://localhost:5174/', dev)).toBe(false)
    expect(isAllowedRequest('not a url', dev)).toBe(false)
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true)
  })
})
