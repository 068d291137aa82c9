import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { contract, events, methodNames } from '../../common/contract/contract'
import type { Dispatch } from '../../electron/ipc/dispatch'
import { appResponseHeaders } from '../../electron/protocol'
import { APP_ORIGIN, resolveAppFile } from '../../electron/security/app-url'
import { createTestBackend } from '../support/backend'

export const rendererDir = path.resolve('out/renderer')
export const resultsDir = path.resolve('test-results')

/** Serves the built renderer exactly as the app:// protocol handler does, headers included. */
export async function serveRenderer(root = rendererDir): Promise<{ origin: string; close: () => Promise<void> }> {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No built renderer in ${root}. Run "npm run build" first (npm test does).`)
  }
  const server = http.createServer((request, response) => {
    const file = resolveAppFile(`${APP_ORIGIN}${request.url ?? '/'}`, root)
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end('Not found')
      return
    }
    response.writeHead(200, appResponseHeaders(file)).end(fs.readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // The closed network refuses Chromium's background calls; these flags stop it trying.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  })
}

/**
 * Playwright's first binding call on a page costs about 100 ms of its own set-up, which
 * Electron's IPC does not have. The stand-in preload makes one no-op call at document start,
 * so that cost overlaps page loading instead of landing on the app's first real request.
 */
const WARM_UP = '__panorama-warm-up__'

/**
 * Gives the page a `window.api` of the preload's shape (one function per contract method and
 * event), each call routed to the real dispatcher with the calling frame's URL as the sender.
 */
export async function wireApi(page: Page, dispatch: Dispatch): Promise<{ emit: (event: keyof typeof events, payload: unknown) => Promise<void> }> {
  const methodOfChannel = new Map(methodNames.map((method) => [contract[method].channel as string, method]))
  await page.exposeBinding('__panoramaInvoke', ({ frame }, channel: string, payload: unknown) => {
    if (channel === WARM_UP) return null
    const method = methodOfChannel.get(channel)
    if (!method) return { ok: false, error: { code: 'invalid-payload', message: 'Unknown request.' } }
    return dispatch(method, frame.url(), payload)
  })
  const methods = methodNames.map((m) => [m, contract[m].channel])
  const eventChannels = Object.entries(events).map(([name, e]) => [name, e.channel])
  // Plain JavaScript text rather than a serialised function, so no compiler helper can leak into the page.
  await page.addInitScript({
    content: `(() => {
      const invoke = window.__panoramaInvoke
      const api = {}
      for (const [name, channel] of ${JSON.stringify(methods)}) api[name] = (payload) => invoke(channel, payload)
      for (const [name, channel] of ${JSON.stringify(eventChannels)}) {
        api[name] = (listener) => {
          const forward = (event) => listener(event.detail)
          window.addEventListener('panorama-event:' + channel, forward)
          return () => window.removeEventListener('panorama-event:' + channel, forward)
        }
      }
      Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false })
      invoke(${JSON.stringify(WARM_UP)})
    })()`,
  })
  return {
    emit: (event, payload) =>
      page.evaluate(
        `window.dispatchEvent(new CustomEvent(${JSON.stringify(`panorama-event:${events[event].channel}`)}, { detail: ${JSON.stringify(payload)} }))`,
      ).then(() => undefined),
  }
}

/**
 * Every request a context makes, sorted into the test's own loopback server and everywhere else.
 * A request elsewhere is aborted before it leaves Chromium and recorded, so the test can fail on
 * it: Panorama promises to send nothing, and the end-to-end run holds it to that.
 */
export async function watchRequests(context: BrowserContext, ownOrigin: string, options: { webSocketPrefix?: string } = {}) {
  const seen = { own: 0, elsewhere: [] as string[], webSockets: [] as string[] }
  const isOwn = (url: string) => url.startsWith(`${ownOrigin}/`) || url.startsWith('data:') || url.startsWith(`blob:${ownOrigin}/`)
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (isOwn(url)) return route.continue()
    seen.elsewhere.push(url)
    return route.abort('blockedbyclient')
  })
  context.on('request', (request) => {
    if (isOwn(request.url())) seen.own += 1
  })
  // The app opens no socket at all. A room's phone page opens exactly one kind: its own room's, named by the caller.
  const isOwnSocket = (url: string) => options.webSocketPrefix !== undefined && url.startsWith(options.webSocketPrefix)
  context.on('page', (page) => page.on('websocket', (socket) => (isOwnSocket(socket.url()) ? seen.webSockets : seen.elsewhere).push(socket.url())))
  return seen
}

/** The whole app as a user meets it: built renderer in Chromium, real handlers, real files in `dataDir`. */
/**
 * Waits until the page has stopped changing by itself: fonts loaded, no CSS transition or
 * animation still running, and a frame painted after that. Checks that measure colours or read
 * text call it instead of sleeping for a guessed time.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await document.fonts.ready
    const running = document.getAnimations().filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().endTime !== Infinity)
    if (running.length > 0) return false
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    return true
  })
}

export async function startApp(dataDir: string, options: { locale?: string; viewport?: { width: number; height: number } } = {}) {
  const server = await serveRenderer()
  // Main's progress events reach the page as the preload delivers them, once the page is there to receive them.
  let sendToPage: ((event: keyof typeof events, payload: unknown) => Promise<void>) | null = null
  const backend = createTestBackend({
    dataDir,
    trustedOrigins: [server.origin],
    newId: () => crypto.randomUUID(),
    onFileProgress: (progress) => void sendToPage?.('onFileProgress', progress).catch(() => undefined),
    // The room's events (who joined, who voted, revealed votes) reach the page the same way.
    onRoomEvent: (event) => void sendToPage?.('onRoomEvent', event).catch(() => undefined),
  })
  const browser = await launchChromium()
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, locale: options.locale ?? 'en-GB' })
  const requests = await watchRequests(context, server.origin)
  const page = await context.newPage()
  page.on('websocket', (socket) => requests.elsewhere.push(socket.url()))
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`)
  })
  const { emit } = await wireApi(page, backend.dispatch)
  sendToPage = emit
  const url = `${server.origin}/index.html`
  await page.goto(url)
  await page.locator('html[data-ready="true"]').waitFor()
  return {
    page,
    backend,
    emit,
    url,
    problems,
    requests,
    async screenshot(name: string) {
      const file = path.join(resultsDir, `${name}.png`)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      await page.screenshot({ path: file, fullPage: true })
    },
    /** Closes the browser and the server, and fails if the page sent anything off the loopback server. */
    async close() {
      await backend.room.host.close()
      await browser.close()
      await server.close()
      if (requests.elsewhere.length > 0) throw new Error(`The page made requests that do not go to the test's own server: ${requests.elsewhere.join(', ')}`)
    },
  }
}
