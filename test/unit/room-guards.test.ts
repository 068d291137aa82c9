import { describe, expect, it } from 'vitest'
import { TOKEN_BYTES } from '../../common/contract/room-protocol'
import { createRateLimiter } from '../../electron/room/rate-limit'
import { isAllowedRequest, roomAddress } from '../../electron/room/request-guard'
import { roomPagePolicy } from '../../electron/room/room-page'
import { newJoinCode, newToken } from '../../electron/room/tokens'

describe('tokens and join codes', () => {
  it('tokens carry at least 128 random bits, in URL-safe characters, never twice the same', () => {
    expect(TOKEN_BYTES * 8).toBeGreaterThanOrEqual(128)
    const tokens = Array.from({ length: 1000 }, newToken)
    expect(new Set(tokens).size).toBe(1000)
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/)
  })

  it('join codes are six digits, leading zeros kept', () => {
    const codes = Array.from({ length: 2000 }, newJoinCode)
    for (const code of codes) expect(code).toMatch(/^\d{6}$/)
    // Spread over the range: in 2000 draws, the first digit takes most of its ten values.
    expect(new Set(codes.map((code) => code[0])).size).toBeGreaterThanOrEqual(8)
  })
})

describe('the rate limit', () => {
  it('lets a burst through, refuses the rest, and gives tokens back with time', () => {
    let now = 0
    const limiter = createRateLimiter({ burst: 3, perSecond: 2 }, () => now)
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false])
    // Another key has its own bucket.
    expect(limiter.take('b')).toBe(true)
    now = 499
    expect(limiter.take('a')).toBe(false)
    now = 500
    expect(limiter.take('a')).toBe(true)
    expect(limiter.take('a')).toBe(false)
    // Never more than the burst, however long the wait.
    now = 1_000_000
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false])
  })

  it('a forgotten key starts again with a full bucket', () => {
    const limiter = createRateLimiter({ burst: 1, perSecond: 0 }, () => 0)
    expect([limiter.take('a'), limiter.take('a')]).toEqual([true, false])
    limiter.forget('a')
    expect(limiter.take('a')).toBe(true)
  })
})

describe('the Host and Origin rule', () => {
  const address = roomAddress('192.168.1.20', 51234)

  it('writes the address as a browser does, IPv6 in brackets', () => {
    expect(address).toEqual({ host: '192.168.1.20:51234', origin: 'http://192.168.1.20:51234' })
    expect(roomAddress('fe80::1', 8080)).toEqual({ host: '[fe80::1]:8080', origin: 'http://[fe80::1]:8080' })
  })

  it('takes only the bound address in Host, and only the room’s own origin where there is one', () => {
    const own = { host: '192.168.1.20:51234', origin: 'http://192.168.1.20:51234' }
    expect(isAllowedRequest(own, 'POST', address)).toBe(true)
    expect(isAllowedRequest(own, 'GET', address, true)).toBe(true)
    expect(isAllowedRequest({ host: '192.168.1.20:51234' }, 'GET', address)).toBe(true)
    expect(isAllowedRequest({ host: '192.168.1.20:51234' }, 'HEAD', address)).toBe(true)
    for (const headers of [
      { host: 'rebind.example:51234', origin: own.origin },
      { host: '192.168.1.20', origin: own.origin },
      { host: '192.168.1.20:51235', origin: own.origin },
      { origin: own.origin },
      { host: own.host, origin: 'http://evil.example' },
      { host: own.host, origin: 'https://192.168.1.20:51234' },
      { host: own.host, origin: 'null' },
    ]) {
      expect(isAllowedRequest(headers, 'POST', address), JSON.stringify(headers)).toBe(false)
      expect(isAllowedRequest(headers, 'GET', address, true), JSON.stringify(headers)).toBe(false)
    }
    // A POST or an upgrade with no Origin did not come from the room's page.
    expect(isAllowedRequest({ host: own.host }, 'POST', address)).toBe(false)
    expect(isAllowedRequest({ host: own.host }, 'GET', address, true)).toBe(false)
  })

  it('the page may talk only to its own server, its socket named exactly', () => {
    expect(roomPagePolicy(address)).toContain("connect-src 'self' ws://192.168.1.20:51234;")
    expect(roomPagePolicy(address)).toMatch(/^default-src 'none'; script-src 'self';/)
  })
})
