import type { IncomingMessage } from 'node:http'

/** Bytes a request body may have: a join request is under 100; 16 KB leaves room and stops a flood of bytes early. */
export const MAX_BODY_BYTES = 16 * 1024

export type BodyResult = { ok: true; value: unknown } | { ok: false; code: 'too-large' | 'malformed' }

/**
 * Reads a JSON body of at most `maxBytes`. A declared length over the cap is refused before a
 * byte is read; a body that grows past it is refused the moment it does (the rest is not read).
 */
export function readJsonBody(request: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(request.headers['content-length'] ?? 0)
    if (declared > maxBytes) return resolve({ ok: false, code: 'too-large' })
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    const finish = (result: BodyResult) => {
      if (done) return
      done = true
      resolve(result)
    }
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        request.pause()
        return finish({ ok: false, code: 'too-large' })
      }
      if (!done) chunks.push(chunk)
    })
    request.on('end', () => {
      try {
        finish({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown })
      } catch {
        finish({ ok: false, code: 'malformed' })
      }
    })
    request.on('error', () => finish({ ok: false, code: 'malformed' }))
  })
}
