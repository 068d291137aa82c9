import { afterEach, describe, expect, it, vi } from 'vitest'
import { createDispatch, createSenderCheck } from '../../electron/ipc/dispatch'
import { createHandlers } from '../../electron/ipc/handlers'
import type { Theme } from '../../common/contract/schemas'
import { APP_ORIGIN } from '../../electron/security/app-url'
import { createAssessmentRepository } from '../../electron/storage/assessment-repository'
import { openConfStore } from '../../electron/storage/open-conf-store'
import { openSettingsStore } from '../../electron/storage/settings-store'
import { createElectronStub } from '../support/electron-stub'
import { createFakeFileAccess } from '../support/fake-file-access'
import { sharedFileChecker } from '../support/file-worker'
import { makeTempDir } from '../support/temp-dir'
import { loopbackRoomHost } from '../support/room-host'

const noRoom = loopbackRoomHost('out/room-page').host

const APP = 'app://panorama/index.html'

/** The real handlers and dispatcher, with main's theme hook recorded instead of setting nativeTheme. */
function backendWithThemeHook(dataDir = makeTempDir()) {
  const now = () => new Date('2026-03-01T09:00:00.000Z')
  const settings = openSettingsStore({ dataDir, openStore: openConfStore, now })
  const repository = createAssessmentRepository({ dataDir, openStore: openConfStore, now, newId: () => '00000000-0000-4000-8000-000000000001' })
  const applied: Theme[] = []
  const storedWhenApplied: Theme[] = []
  const handlers = createHandlers({
    room: noRoom,
    repository,
    settings,
    files: createFakeFileAccess(dataDir),
    fileChecker: sharedFileChecker(),
    confirmClose: () => true,
    onThemeChange: (theme) => {
      applied.push(theme)
      storedWhenApplied.push(settings.read().theme)
    },
  })
  const dispatch = createDispatch({ handlers, isTrustedSender: createSenderCheck([APP_ORIGIN]), log: () => {} })
  return { dispatch, applied, storedWhenApplied, dataDir }
}

describe('a theme change applies in main at once', () => {
  it('calls onThemeChange with the new theme, after it is stored', async () => {
    const backend = backendWithThemeHook()
    expect(await backend.dispatch('updateSettings', APP, { theme: 'dark' })).toMatchObject({ ok: true, value: { theme: 'dark' } })
    expect(backend.applied).toEqual(['dark'])
    expect(backend.storedWhenApplied).toEqual(['dark'])
    await backend.dispatch('updateSettings', APP, { theme: 'light' })
    await backend.dispatch('updateSettings', APP, { theme: 'system' })
    expect(backend.applied).toEqual(['dark', 'light', 'system'])
  })

  it('does not call it when the theme stays the same or is not part of the change', async () => {
    const backend = backendWithThemeHook()
    await backend.dispatch('updateSettings', APP, { theme: 'system' })
    await backend.dispatch('updateSettings', APP, { lastAssessmentId: null })
    expect(backend.applied).toEqual([])
    await backend.dispatch('updateSettings', APP, { theme: 'dark' })
    await backend.dispatch('updateSettings', APP, { theme: 'dark', lastAssessmentId: null })
    expect(backend.applied).toEqual(['dark'])
  })

  it('does not call it for a refused change', async () => {
    const backend = backendWithThemeHook()
    const result = await backend.dispatch('updateSettings', APP, { theme: 'neon' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    expect(backend.applied).toEqual([])
  })

  it('is optional: handlers without the hook still update the theme', async () => {
    const dataDir = makeTempDir()
    const settings = openSettingsStore({ dataDir, openStore: openConfStore, now: () => new Date() })
    const repository = createAssessmentRepository({ dataDir, openStore: openConfStore, now: () => new Date(), newId: () => '00000000-0000-4000-8000-000000000001' })
    const handlers = createHandlers({ room: noRoom, repository, settings, files: createFakeFileAccess(dataDir), fileChecker: sharedFileChecker(), confirmClose: () => true })
    expect(await handlers.updateSettings({ theme: 'light' })).toMatchObject({ theme: 'light' })
  })
})

describe('main wires the theme hook to nativeTheme (Electron stubbed)', () => {
  afterEach(() => {
    vi.doUnmock('electron')
  })

  it('sets nativeTheme.themeSource as soon as the renderer changes the theme', async () => {
    const stub = createElectronStub({ userData: makeTempDir() })
    vi.resetModules()
    vi.doMock('electron', () => ({ ...stub.electron, default: stub.electron }))
    await import('../../electron/main')
    stub.fireReady()
    await vi.waitFor(() => expect(stub.windows[0]?.loadedUrl).toBeDefined())
    expect(stub.electron.nativeTheme.themeSource).toBe('system')

    const update = stub.electron.ipcMain.handle.mock.calls.find((call) => call[0] === 'settings:update')![1] as (
      event: unknown,
      payload: unknown,
    ) => Promise<unknown>
    const trusted = { senderFrame: { url: APP } }
    expect(await update(trusted, { theme: 'dark' })).toMatchObject({ ok: true, value: { theme: 'dark' } })
    expect(stub.electron.nativeTheme.themeSource).toBe('dark')
    expect(await update(trusted, { theme: 'light' })).toMatchObject({ ok: true })
    expect(stub.electron.nativeTheme.themeSource).toBe('light')
    // A refused change leaves the theme alone.
    expect(await update(trusted, { theme: 'neon' })).toMatchObject({ ok: false })
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(await update({ senderFrame: { url: 'https://evil.example/' } }, { theme: 'dark' })).toMatchObject({ ok: false })
    quiet.mockRestore()
    expect(stub.electron.nativeTheme.themeSource).toBe('light')
  })
})
