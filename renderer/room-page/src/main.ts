import './styles.css'
import { createTranslate } from './messages'
import { createSession, type SocketLike } from './session'
import { createView } from './view'

/** The participant page: wires the session to the browser and the view to the page's fixed parts. */
const t = createTranslate(navigator.language)
const byId = (id: string) => document.getElementById(id)!

document.title = t('title')
byId('brand').textContent = t('title')

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

let draw: (state: Parameters<ReturnType<typeof createView>['render']>[0]) => void = () => {}
const session = createSession({
  location: window.location,
  fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin', cache: 'no-store' }),
  openSocket: (url) => new WebSocket(url) as unknown as SocketLike,
  storage: localStorageOrNull(),
  replacePath: (path) => history.replaceState(null, '', path),
  isOnline: () => navigator.onLine !== false,
  setTimer: (run, ms) => window.setTimeout(run, ms),
  clearTimer: (handle) => window.clearTimeout(handle as number),
  t,
  onChange: (state) => draw(state),
})
const view = createView({ who: byId('who'), link: byId('link'), main: byId('main'), notice: byId('notice'), status: byId('vote-status') }, session, t)
draw = view.render

window.addEventListener('online', () => session.online())
window.addEventListener('offline', () => session.offline())
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') session.wake()
})
window.addEventListener('pageshow', () => session.wake())

session.start()
document.documentElement.dataset.ready = 'true'
