import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FLUSH_TIMEOUT_MS, guardClose } from '../../electron/close-guard'

class FakeWindow extends EventEmitter {
  closed = 0
  crashed = false
  destroyed = false
  webContents = { isCrashed: () => this.crashed }
  isDestroyed = () => this.destroyed
  /** Emits a cancellable close, as Electron does, and counts the ones that went through. */
  close() {
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    if (!prevented) this.closed++
  }
}

describe('closing the window never drops unsaved edits', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function setUp(answer = 0, options: { quitting?: boolean; onClose?: () => void } = {}) {
    const window = new FakeWindow()
    const requestFlush = vi.fn()
    const dialog = { showMessageBox: vi.fn(async () => ({ response: answer, checkboxChecked: false })) }
    const onClose = vi.fn(options.onClose ?? (() => undefined))
    let quitting = options.quitting ?? false
    const quit = vi.fn()
    const log = vi.fn()
    const guard = guardClose(window as never, {
      requestFlush,
      dialog: dialog as never,
      onClose,
      isQuitting: () => quitting,
      quit,
      cancelQuit: () => (quitting = false),
      log,
    })
    return { window, requestFlush, dialog, onClose, guard, quit, log, isQuitting: () => quitting }
  }

  it('holds the close, asks the renderer to write, and closes once it confirms', () => {
    const { window, requestFlush, guard, onClose } = setUp()
    window.close()
    expect(window.closed).toBe(0)
    expect(requestFlush).toHaveBeenCalledTimes(1)
    expect(onClose).not.toHaveBeenCalled()
    expect(guard.confirm()).toBe(true)
    expect(window.closed).toBe(1)
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('still holds the close and asks for the flush when remembering the window size fails', () => {
    const { window, requestFlush, guard, log } = setUp(0, {
      onClose: () => {
        throw new Error('EACCES: settings.json is read-only')
      },
    })
    window.close()
    expect(window.closed).toBe(0)
    expect(requestFlush).toHaveBeenCalledTimes(1)
    expect(guard.confirm()).toBe(true)
    expect(window.closed).toBe(1)
    expect(log).toHaveBeenCalledWith(expect.stringContaining('settings.json is read-only'))
  })

  it('resumes the quit instead of only closing the window when the app was quitting (Cmd+Q, Dock, logout)', () => {
    const { window, guard, quit } = setUp(0, { quitting: true })
    window.close()
    expect(window.closed).toBe(0)
    expect(guard.confirm()).toBe(true)
    expect(quit).toHaveBeenCalledTimes(1)
    // The quit closes the window again; this time it goes through.
    window.close()
    expect(window.closed).toBe(1)
  })

  it('closes the "still waiting" dialog when the renderer answers while it is shown', async () => {
    const { window, dialog, guard } = setUp(0)
    let signal: AbortSignal | undefined
    let answer: (value: { response: number }) => void = () => undefined
    dialog.showMessageBox.mockImplementationOnce(((_w: unknown, options: { signal: AbortSignal }) => {
      signal = options.signal
      return new Promise((resolve) => (answer = resolve))
    }) as never)
    window.close()
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS)
    expect(signal?.aborted).toBe(false)
    expect(guard.confirm()).toBe(true)
    expect(signal?.aborted).toBe(true)
    expect(window.closed).toBe(1)
    // Electron resolves an aborted box as cancelled; that late answer changes nothing.
    answer({ response: 0 })
    await vi.advanceTimersByTimeAsync(0)
    expect(window.closed).toBe(1)
  })

  it('asks again on the next close once the user has answered "Keep waiting"', async () => {
    const { window, dialog, requestFlush } = setUp(0)
    window.close()
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS)
    window.close()
    expect(requestFlush).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS)
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(2)
  })

  it('stops a quit in progress when the renderer keeps the window open, so a later close only closes it', async () => {
    const { window, guard, quit, isQuitting, dialog } = setUp(0, { quitting: true })
    window.close()
    guard.cancel()
    expect(isQuitting()).toBe(false)
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS)
    expect(dialog.showMessageBox).not.toHaveBeenCalled()
    window.close()
    guard.confirm()
    expect(quit).not.toHaveBeenCalled()
    expect(window.closed).toBe(1)
  })

  it('asks the user when the renderer does not answer, and stays open if they keep waiting', async () => {
    const { window, dialog } = setUp(0)
    window.close()
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS)
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1)
    expect(window.closed).toBe(0)
  })

  it('closes when the user chooses to close anyway', async () => {
    const { window } = setUp(1)
    window.close()
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS)
    expect(window.closed).toBe(1)
  })

  it('does not wait for a renderer that has crashed', () => {
    const { window, requestFlush } = setUp()
    window.crashed = true
    window.close()
    expect(requestFlush).not.toHaveBeenCalled()
    expect(window.closed).toBe(1)
  })

  it('asks the renderer only once for repeated close clicks', () => {
    const { window, requestFlush } = setUp()
    window.close()
    window.close()
    expect(requestFlush).toHaveBeenCalledTimes(1)
  })
})
