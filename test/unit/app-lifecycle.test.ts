import { afterEach, describe, expect, it, vi } from 'vitest'
import { createElectronStub } from '../support/electron-stub'
import { makeTempDir } from '../support/temp-dir'

const APP_SENDER = { senderFrame: { url: 'app://panorama/index.html' } }
const realPlatform = process.platform

function onPlatform(platform: NodeJS.Platform) {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true })
}

/** Loads the real electron/main.ts against the stub; `beforeReady` runs while Electron is still starting. */
async function startMain(options: { isPackaged?: boolean; beforeReady?: (stub: ReturnType<typeof createElectronStub>) => void } = {}) {
  const stub = createElectronStub({ userData: makeTempDir(), ready: false, ...(options.isPackaged === undefined ? {} : { isPackaged: options.isPackaged }) })
  vi.resetModules()
  vi.doMock('electron', () => ({ ...stub.electron, default: stub.electron }))
  await import('../../electron/main')
  options.beforeReady?.(stub)
  stub.fireReady()
  await vi.waitFor(() => expect(stub.windows[0]?.loadedUrl).toBeDefined())
  const ipc = (channel: string) => {
    const call = stub.electron.ipcMain.handle.mock.calls.find((c) => c[0] === channel)
    if (!call) throw new Error(`no handler for ${channel}`)
    return (payload?: unknown) => (call[1] as (event: unknown, payload: unknown) => Promise<{ ok: boolean; value?: unknown }>)(APP_SENDER, payload)
  }
  const sentCommands = (index = 0) => stub.windows[index]!.webContents.send.mock.calls.map((call) => call[1])
  return { ...stub, ipc, sentCommands }
}

afterEach(() => {
  onPlatform(realPlatform)
  vi.doUnmock('electron')
})

describe('quitting waits for pending edits, then really quits', () => {
  it('on macOS, Cmd+Q (or Quit from the Dock, or logout) quits once the renderer has written everything', async () => {
    onPlatform('darwin')
    const { electron, windows, lifecycle, ipc, sentCommands } = await startMain()
    electron.app.quit()
    // The close is held for the flush, which cancels this first attempt, as in Electron.
    expect(lifecycle).toEqual(['quit requested', 'quit cancelled by a window'])
    expect(sentCommands()).toContain('before-close')
    expect(windows[0]!.destroyed).toBe(false)

    expect(await ipc('window:confirm-close')()).toEqual({ ok: true, value: { closing: true } })
    expect(lifecycle.at(-1)).toBe('quit')
    expect(windows[0]!.destroyed).toBe(true)
  })

  it('on macOS, closing the window keeps the app running after the flush, as Mac apps do', async () => {
    onPlatform('darwin')
    const { windows, lifecycle, ipc } = await startMain()
    windows[0]!.close()
    expect(windows[0]!.destroyed).toBe(false)
    await ipc('window:confirm-close')()
    expect(windows[0]!.destroyed).toBe(true)
    expect(lifecycle).toEqual([])
  })

  it('on Windows and Linux, closing the last window quits after the flush', async () => {
    onPlatform('win32')
    const { windows, lifecycle, ipc } = await startMain()
    windows[0]!.close()
    expect(lifecycle).toEqual([])
    await ipc('window:confirm-close')()
    expect(windows[0]!.destroyed).toBe(true)
    expect(lifecycle).toEqual(['quit requested', 'quit'])
  })

  it('a quit the user called off (a failed save, "stay") does not turn the next window close into a quit', async () => {
    onPlatform('darwin')
    const { electron, windows, lifecycle, ipc } = await startMain()
    electron.app.quit()
    await ipc('window:cancel-close')()
    windows[0]!.close()
    await ipc('window:confirm-close')()
    expect(windows[0]!.destroyed).toBe(true)
    expect(lifecycle).toEqual(['quit requested', 'quit cancelled by a window'])
  })
})

describe('files from the OS', () => {
  it('macOS open-file before Electron is ready waits for the first window, which asks for it at start-up', async () => {
    onPlatform('darwin')
    let prevented = false
    const { windows, ipc } = await startMain({
      beforeReady: ({ appEvents }) => appEvents.emit('open-file', { preventDefault: () => (prevented = true) }, '/Users/ana/Board review.panorama.json'),
    })
    expect(prevented).toBe(true)
    expect(windows).toHaveLength(1)
    const startup = (await ipc('app:startup')()) as { value: { openFileWaiting: boolean } }
    expect(startup.value.openFileWaiting).toBe(true)
  })

  it('macOS open-file with no window open opens a window for the file', async () => {
    onPlatform('darwin')
    const { windows, appEvents, ipc } = await startMain()
    windows[0]!.close()
    await ipc('window:confirm-close')()
    expect(windows[0]!.destroyed).toBe(true)

    appEvents.emit('open-file', { preventDefault: () => undefined }, '/Users/ana/Board review.panorama.json')
    await vi.waitFor(() => expect(windows[1]?.loadedUrl).toBe('app://panorama/index.html'))
    const startup = (await ipc('app:startup')()) as { value: { openFileWaiting: boolean } }
    expect(startup.value.openFileWaiting).toBe(true)
  })
})

describe('a crashed window comes back with its assessment', () => {
  const id = '0b6a3c5e-3f7e-4a43-9a39-2f0b6f1c2d11'

  it('reloads the window after the renderer crashes and reopens the assessment that was on screen, once', async () => {
    const { windows, ipc } = await startMain()
    await ipc('app:open-assessment')({ id })
    windows[0]!.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 })
    expect(windows[0]!.webContents.reload).toHaveBeenCalledTimes(1)
    const first = (await ipc('app:startup')()) as { value: { reopenAssessmentId: string | null } }
    expect(first.value.reopenAssessmentId).toBe(id)
    const second = (await ipc('app:startup')()) as { value: { reopenAssessmentId: string | null } }
    expect(second.value.reopenAssessmentId).toBeNull()
  })

  it('reopens nothing when the home screen was showing', async () => {
    const { windows, ipc } = await startMain()
    await ipc('app:open-assessment')({ id })
    await ipc('app:open-assessment')({ id: null })
    windows[0]!.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 0 })
    const startup = (await ipc('app:startup')()) as { value: { reopenAssessmentId: string | null } }
    expect(startup.value.reopenAssessmentId).toBeNull()
  })

  it('does not reload after a clean exit, and asks the user instead of reloading a third crash within a minute', async () => {
    const { windows, electron } = await startMain()
    const contents = windows[0]!.webContents
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 })
    expect(contents.reload).not.toHaveBeenCalled()
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 })
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 })
    expect(contents.reload).toHaveBeenCalledTimes(2)
    electron.dialog.showMessageBox.mockClear()
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 })
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1)
    await vi.waitFor(() => expect(contents.reload).toHaveBeenCalledTimes(3))
  })
})

describe('a run from a checkout stays out of an installed Panorama', () => {
  it('uses its own data folder, set before the single-instance lock is taken', async () => {
    const { electron, paths } = await startMain({ isPackaged: false })
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', expect.stringMatching(/Panorama \(development\)$/))
    expect(paths.userData).toMatch(/Panorama \(development\)$/)
    expect(electron.app.setPath.mock.invocationCallOrder[0]!).toBeLessThan(electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!)
  })

  it('leaves an installed app on its usual data folder', async () => {
    const { electron } = await startMain({ isPackaged: true })
    expect(electron.app.setPath).not.toHaveBeenCalled()
  })
})

describe('right-click menu in the window', () => {
  const params = (overrides: Record<string, unknown>) => ({
    x: 10,
    y: 10,
    isEditable: false,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    linkURL: '',
    mediaType: 'none',
    hasImageContents: false,
    editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: true, canRedo: true, canDelete: true, canEditRichly: false },
    ...overrides,
  })
  const shownItems = (electron: ReturnType<typeof createElectronStub>['electron']) => {
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as Array<{ label?: string; visible?: boolean; type?: string }>
    return template.filter((item) => item.visible !== false && item.type !== 'separator').map((item) => item.label)
  }

  it('offers cut, copy, paste and select all in a text field, and spelling suggestions for a misspelled word', async () => {
    const { windows, electron } = await startMain()
    windows[0]!.webContents.emit('context-menu', { preventDefault: () => undefined }, params({ isEditable: true, selectionText: 'qualty', misspelledWord: 'qualty', dictionarySuggestions: ['quality', 'qualify'] }))
    await vi.waitFor(() => expect(electron.Menu.buildFromTemplate.mock.calls.length).toBeGreaterThan(1))
    const labels = shownItems(electron)
    expect(labels).toEqual(expect.arrayContaining(['quality', 'qualify', '&Learn Spelling', 'Cu&t', '&Copy', '&Paste', 'Select &All']))
    expect(labels.join(' ')).not.toMatch(/Google|Save/)
    const popup = (electron.Menu.buildFromTemplate.mock.results.at(-1)!.value as { popup: ReturnType<typeof vi.fn> }).popup
    expect(popup).toHaveBeenCalledWith(expect.objectContaining({ window: windows[0] }))
  })

  it('offers only Copy for selected text outside a field, and no web search', async () => {
    const { windows, electron } = await startMain()
    windows[0]!.webContents.emit('context-menu', { preventDefault: () => undefined }, params({ selectionText: 'Leadership' }))
    await vi.waitFor(() => expect(electron.Menu.buildFromTemplate.mock.calls.length).toBeGreaterThan(1))
    expect(shownItems(electron)).toEqual(['&Copy', 'Select &All'])
  })
})
