import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createHandlers } from '../../electron/ipc/handlers'
import { createDispatch, createSenderCheck } from '../../electron/ipc/dispatch'
import { createLaunchFiles, fileFromArgv } from '../../electron/launch-files'
import { createTestBackend } from '../support/backend'
import { sharedFileChecker } from '../support/file-worker'
import { makeTempDir } from '../support/temp-dir'
import { loopbackRoomHost } from '../support/room-host'

const noRoom = loopbackRoomHost('out/room-page').host

const APP = 'app://panorama/index.html'

describe('files the OS asks Panorama to open', () => {
  it('finds a .panorama.json on a command line, resolving relative paths and skipping flags', () => {
    expect(fileFromArgv(['/opt/Panorama/panorama', '--no-sandbox', 'Board review.panorama.json'], '/home/ana/Documents')).toBe('/home/ana/Documents/Board review.panorama.json')
    expect(fileFromArgv(['panorama', '/tmp/a.PANORAMA.JSON'], '/')).toBe('/tmp/a.PANORAMA.JSON')
    expect(fileFromArgv(['panorama', 'notes.json', '--flag'], '/')).toBeNull()
    expect(fileFromArgv(['panorama.panorama.json'], '/')).toBeNull()
  })

  it('reads every form a file arrives in: an absolute path, a file:// URI with spaces and accents, a .panorama or .panorama.json', () => {
    expect(fileFromArgv(['panorama', '/home/ana/Board review.panorama'], '/')).toBe('/home/ana/Board review.panorama')
    // Linux desktop entries pass %U: percent-encoded file URIs.
    expect(fileFromArgv(['panorama', 'file:///home/ana/Board%20review%20Z%C3%BCrich.panorama'], '/tmp')).toBe('/home/ana/Board review Zürich.panorama')
    expect(fileFromArgv(['panorama', 'file:///home/ana/Old%20review.panorama.json'], '/tmp')).toBe('/home/ana/Old review.panorama.json')
    expect(fileFromArgv(['panorama', 'file://otherhost/share/x.panorama'], '/tmp')).toBeNull()
    expect(fileFromArgv(['panorama', 'https://example.invalid/x.panorama'], '/tmp')).toBeNull()
    expect(fileFromArgv(['panorama', '/home/ana/.panorama'], '/')).toBeNull()
  })

  it("finds the file in a second instance's argv after the switches Chromium adds", () => {
    const argv = ['/opt/Panorama/panorama', '--allow-file-access-from-files', '--original-process-start-time=13370000000000000', '--flag=value', 'reviews/Board.panorama']
    expect(fileFromArgv(argv, '/home/ana')).toBe('/home/ana/reviews/Board.panorama')
  })

  it('hands a waiting file to the next open request once, then falls back to the dialog', () => {
    const launch = createLaunchFiles()
    expect(launch.waiting()).toBe(false)
    launch.offer('/tmp/x.panorama.json')
    expect(launch.waiting()).toBe(true)
    expect(launch.take()).toBe('/tmp/x.panorama.json')
    expect(launch.take()).toBeNull()
  })
})

describe('recent documents', () => {
  it('remembers files opened and exported, in settings and for the OS', async () => {
    const dataDir = makeTempDir()
    const backend = createTestBackend({ dataDir })
    const addRecentDocument = vi.fn()
    const dispatch = createDispatch({
      handlers: createHandlers({ room: noRoom, repository: backend.repository, settings: backend.settings, files: backend.files, fileChecker: sharedFileChecker(), confirmClose: () => true, onRecentFile: addRecentDocument }),
      isTrustedSender: createSenderCheck(['app://panorama']),
      log: () => undefined,
    })
    const created = backend.repository.create('Board review')
    const exported = await dispatch('exportAssessmentFile', APP, { id: created.id })
    expect(exported).toMatchObject({ ok: true, value: { saved: true } })
    const file = (exported as { value: { path: string } }).value.path
    expect(fs.existsSync(file)).toBe(true)
    expect(addRecentDocument).toHaveBeenCalledWith(file)

    backend.files.queueOpen([file])
    const reopened = await dispatch('openAssessmentFile', APP, undefined)
    expect(reopened).toMatchObject({ ok: true, value: { status: 'exists' } })
    // Asking is not opening: the file becomes recent only once the user chooses.
    expect(addRecentDocument).toHaveBeenCalledTimes(1)
    const token = (reopened as { value: { token: string } }).value.token
    expect(await dispatch('resolveOpenedFile', APP, { token, choice: 'copy' })).toMatchObject({ ok: true, value: { status: 'opened' } })
    expect(addRecentDocument).toHaveBeenCalledTimes(2)
    expect(backend.settings.read().recentFiles).toEqual([file])
    expect(path.basename(file)).toBe('Board review.panorama')
  })

  it('tells the page at start-up that a file is waiting to be opened', async () => {
    const backend = createTestBackend({ dataDir: makeTempDir() })
    const launch = createLaunchFiles()
    launch.offer('/tmp/x.panorama.json')
    const dispatch = createDispatch({
      handlers: createHandlers({ room: noRoom, repository: backend.repository, settings: backend.settings, files: backend.files, fileChecker: sharedFileChecker(), confirmClose: () => true, launchFileWaiting: launch.waiting }),
      isTrustedSender: createSenderCheck(['app://panorama']),
      log: () => undefined,
    })
    expect(await dispatch('getStartupState', APP, undefined)).toMatchObject({ ok: true, value: { openFileWaiting: true } })
  })
})

describe('opening from the recent list', () => {
  it('opens only files on the list, and takes a vanished file off the list with a message', async () => {
    const backend = createTestBackend({ dataDir: makeTempDir() })
    const created = backend.repository.create('Board review')
    const exported = await backend.dispatch('exportAssessmentFile', APP, { id: created.id })
    const file = (exported as { value: { path: string } }).value.path
    expect(backend.settings.read().recentFiles).toEqual([file])

    expect(await backend.dispatch('openRecentFile', APP, { file: '/etc/passwd' })).toMatchObject({
      ok: true,
      value: { status: 'refused', message: 'That file is not on the recent list any more. Use “Open file…” to choose it.' },
    })
    expect(await backend.dispatch('openRecentFile', APP, { file })).toMatchObject({ ok: true, value: { status: 'exists', existingTitle: 'Board review' } })

    fs.rmSync(file)
    expect(await backend.dispatch('openRecentFile', APP, { file })).toMatchObject({
      ok: true,
      value: { status: 'refused', message: expect.stringContaining('is no longer where it was') },
    })
    expect(backend.settings.read().recentFiles).toEqual([])
  })
})
