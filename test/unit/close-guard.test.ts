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

  function setUp(answer = 0) {
    const window = new FakeWindow()
    const requestFlush = vi.fn()
    const dialog = { showMessageBox: vi.fn(async () => ({ response: answer, checkboxChecked: false })) }
    const onClose = vi.fn()
    const guard = guardClose(window as never, { requestFlush, dialog: dialog as never, onClose })
    return { window, requestFlush, dialog, onClose, guard }
  }

  it('holds the close, asks the renderer to write, and closes once it confirms', () => {
    const { window, requestFlush, guard, onClose } = setUp()
    window.close()
    expect(window.closed).toBe(0)
    expect(requestFlush).toHaveBeenCalledTimes(1)
    expect(onClose).toHaveBeenCalled()
    expect(guard.confirm()).toBe(true)
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
