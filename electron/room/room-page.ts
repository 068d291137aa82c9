import fs from 'node:fs/promises'
import { containedFile, mimeTypeOf } from '../security/app-url'
import type { RoomAddress } from './request-guard'

/**
 * The participant page's files, served from the folder main passes in (the page's own small
 * build), under `/p/`. The path rule is the app:// protocol's (containedFile), so nothing outside
 * the folder can be named, encoded or not.
 */
export const PAGE_PREFIX = '/p/'

/**
 * The page's Content-Security-Policy: nothing by default; its own scripts and styles only, no
 * inline script; it may talk only to this server, over HTTP and over its WebSocket (named
 * exactly: older Safari does not count ws: as 'self'); no frames, no forms elsewhere, no base.
 */
export function roomPagePolicy(address: RoomAddress): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ws://${address.host}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Headers on every response of the room, page or not: nothing cached, sniffed, framed, or referred on (the address holds the token). */
export const roomHeaders: Record<string, string> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
}

export type PageFile = { ok: true; body: Buffer; type: string } | { ok: false }

/** The file for a path under /p/ (or the page itself for the empty path), or not found. */
export async function readPageFile(pageDir: string, relativePath: string): Promise<PageFile> {
  const file = containedFile(relativePath, pageDir)
  if (!file) return { ok: false }
  try {
    const stat = await fs.stat(file)
    if (!stat.isFile()) return { ok: false }
    return { ok: true, body: await fs.readFile(file), type: mimeTypeOf(file) }
  } catch {
    return { ok: false }
  }
}
