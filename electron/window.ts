import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions, Rectangle } from 'electron'
import i18next from 'i18next'
import { spellingFromTheOs } from './security/guards'
import type { WindowBounds } from './storage/settings-store'

export const DEFAULT_SIZE = { width: 1280, height: 820 }
export const MIN_SIZE = { width: 800, height: 560 }

export function secureWebPreferences(preloadPath: string, platform: NodeJS.Platform = process.platform): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: spellingFromTheOs(platform),
  }
}

/**
 * Restores saved bounds only where the window's top strip (where the title bar is) would be on a
 * display that still exists; otherwise the window opens at the default size, centred by the OS.
 */
export function restorableBounds(saved: WindowBounds | null, workAreas: Rectangle[]): Partial<Rectangle> & { width: number; height: number } {
  if (!saved) return { ...DEFAULT_SIZE }
  const width = Math.max(MIN_SIZE.width, saved.width)
  const height = Math.max(MIN_SIZE.height, saved.height)
  if (saved.x === undefined || saved.y === undefined) return { width, height }
  const titleStrip = { x: saved.x, y: saved.y, width, height: 40 }
  const visible = workAreas.some((area) => overlapArea(titleStrip, area) >= Math.min(width, 200) * 20)
  return visible ? { x: saved.x, y: saved.y, width, height } : { width, height }
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

export function createMainWindow(deps: {
  BrowserWindow: typeof BrowserWindowType
  preloadPath: string
  bounds: Partial<Rectangle>
  backgroundColor: string
}): BrowserWindowType {
  return new deps.BrowserWindow({
    ...deps.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: i18next.t('common:appName'),
    show: false,
    backgroundColor: deps.backgroundColor,
    webPreferences: secureWebPreferences(deps.preloadPath),
  })
}
