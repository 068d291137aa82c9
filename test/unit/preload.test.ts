import { afterEach, describe, expect, it, vi } from 'vitest'
import { contract, eventNames, events, methodNames } from '../../common/contract/contract'

async function loadPreload() {
  const exposed: Record<string, unknown> = {}
  const listeners = new Map<string, (event: unknown, payload: unknown) => void>()
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, payload: unknown) => ({ ok: true, value: { channel, payload } })),
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => listeners.set(channel, listener)),
    removeListener: vi.fn((channel: string) => listeners.delete(channel)),
    send: vi.fn(),
    sendSync: vi.fn(),
  }
  const electron = {
    contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => (exposed[key] = value)) },
    ipcRenderer,
  }
  vi.resetModules()
  vi.doMock('electron', () => ({ ...electron, default: electron }))
  await import('../../electron/preload')
  return { exposed, electron, ipcRenderer, listeners }
}

afterEach(() => {
  vi.doUnmock('electron')
})

describe('preload', () => {
  it('exposes exactly one object, window.api, with exactly the contract methods and events', async () => {
    const { exposed, electron } = await loadPreload()
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
    expect(Object.keys(exposed)).toEqual(['api'])
    const api = exposed.api as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual([...methodNames, ...eventNames].sort())
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true)
    expect(Object.isFrozen(api)).toBe(true)
    expect(api).not.toHaveProperty('invoke')
    expect(api).not.toHaveProperty('send')
  })

  it('sends each method on its own contract channel and nothing else', async () => {
    const { exposed, ipcRenderer } = await loadPreload()
    const api = exposed.api as Record<string, (payload?: unknown) => Promise<unknown>>
    for (const method of methodNames) {
      await api[method]!({ probe: method })
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(contract[method].channel, { probe: method })
    }
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(methodNames.length)
    expect(ipcRenderer.send).not.toHaveBeenCalled()
    expect(ipcRenderer.sendSync).not.toHaveBeenCalled()
  })

  it('passes menu commands to the page without the IPC event object, drops unknown ones, and unsubscribes', async () => {
    const { exposed, listeners, ipcRenderer } = await loadPreload()
    const api = exposed.api as { onMenuCommand: (listener: (...args: unknown[]) => void) => () => void }
    const received: unknown[][] = []
    const unsubscribe = api.onMenuCommand((...args) => received.push(args))
    const forward = listeners.get(events.onMenuCommand.channel)!
    forward({ sender: 'secret ipcRenderer' }, 'new-assessment')
    forward({ sender: 'secret ipcRenderer' }, 'format-disk')
    expect(received).toEqual([['new-assessment']])
    unsubscribe()
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(events.onMenuCommand.channel, forward)
  })
})
