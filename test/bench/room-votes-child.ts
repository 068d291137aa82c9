/**
 * One fresh process for the room bench: `node --expose-gc test/bench/launch.mjs room-votes-child.ts`
 * opens a room on 127.0.0.1, joins 60 devices over real HTTP and WebSockets, and has them all
 * vote at once on one item, five rounds of it. It prints one JSON line: the time from each
 * vote's send to the room's event listener (main's side) seeing that seat has voted, and the
 * process's memory growth from before the room opened to its peak. The devices run in this
 * process too, so the growth is an upper bound on the server's own.
 */
import fs from 'node:fs'
import path from 'node:path'
import '../support/i18n-setup'
import { openRoom } from '../../electron/room/room-server'
import { TestDevice } from '../support/room-client'
import { quickItem } from '../support/room-fixtures'
import { makeTempDir } from '../support/temp-dir'

const DEVICES = 60
const ROUNDS = 5

const pageDir = makeTempDir('panorama-bench-room-')
fs.writeFileSync(path.join(pageDir, 'index.html'), '<!doctype html><title>Room</title>')
const seats = Array.from({ length: DEVICES }, (_, i) => ({ seatId: `p${i + 1}`, label: `Person ${i + 1}` }))

const gc = (globalThis as { gc?: () => void }).gc
gc?.()
await new Promise((resolve) => setTimeout(resolve, 100))
gc?.()
const baseline = process.memoryUsage()
let peakRss = baseline.rss
let peakHeap = baseline.heapUsed
const probe = setInterval(() => {
  const usage = process.memoryUsage()
  peakRss = Math.max(peakRss, usage.rss)
  peakHeap = Math.max(peakHeap, usage.heapUsed)
}, 5)

// Every device comes from 127.0.0.1 here, so the per-address limit is raised to let 60 join at once.
const room = await openRoom({ host: '127.0.0.1', pageDir, seats, allowAnonymous: false, limits: { http: { burst: 500, perSecond: 500 } } })
const devices = await Promise.all(
  seats.map(async ({ seatId }) => {
    const { device } = await TestDevice.join(room)
    const seated = device.next('seat')
    device.send({ type: 'claim', seat: { kind: 'participant', seatId } })
    await seated
    return { seatId, device }
  }),
)

const latencies: number[] = []
for (let round = 0; round < ROUNDS; round++) {
  const item = { ...quickItem, itemId: `1.${round + 1}` }
  const shown = devices.map(({ device }) => device.next('items', (m) => m.items[0]?.item.itemId === item.itemId))
  room.putItem(item)
  await Promise.all(shown)
  const sentAt = new Map<string, number>()
  const allSeen = new Promise<void>((resolve) => {
    const stop = room.onEvent((event) => {
      if (event.type !== 'voted' || event.itemId !== item.itemId) return
      const seat = event.seatIds.at(-1)!
      latencies.push(performance.now() - sentAt.get(seat)!)
      if (event.seatIds.length === DEVICES) {
        stop()
        resolve()
      }
    })
  })
  for (const { seatId, device } of devices) {
    sentAt.set(seatId, performance.now())
    device.send({ type: 'vote', frameworkId: item.frameworkId, itemId: item.itemId, voteId: `vote-${seatId}-${round}`, rating: { kind: 'quick', score: 5 * (round + 1) } })
  }
  await allSeen
}

clearInterval(probe)
const maxRss = process.resourceUsage().maxRSS * 1024
const sorted = [...latencies].sort((a, b) => a - b)
const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!
for (const { device } of devices) device.ws.terminate()
await room.close()
fs.rmSync(pageDir, { recursive: true, force: true })

console.log(
  `ROOM-VOTES ${JSON.stringify({
    votes: latencies.length,
    p50: at(0.5),
    p95: at(0.95),
    max: sorted.at(-1),
    rssGrowthMb: (Math.max(peakRss, maxRss) - baseline.rss) / 1024 / 1024,
    heapGrowthMb: (peakHeap - baseline.heapUsed) / 1024 / 1024,
  })}`,
)
process.exit(0)
