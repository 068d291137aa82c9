import { vi } from 'vitest'
import type { Api, AppErrorData, Result } from '../../common/contract/contract'
import { newAssessment } from '../../common/contract/assessment-schema'
import type { FileProgress, MenuCommand, RendererSettings } from '../../common/contract/schemas'
import type { Assessment } from '../../common/contract/assessment-schema'
import type { BackupSummary } from '../../common/contract/backup-schema'
import type { OpenChoice, OpenFileResult } from '../../common/contract/portable-file-schema'
import type { RoomEvent, RoomItem } from '../../common/contract/room-protocol'
import type { RoomInterface, RoomSeat, RoomStatus } from '../../common/contract/room-schemas'

type Saved = { saved: boolean; path?: string }

/**
 * An in-memory stand-in for window.api, for component tests. Failures can be queued per
 * method to exercise error paths.
 */
export function createFakeApi(seed: Assessment[] = []) {
  const assessments = new Map(seed.map((a) => [a.id, a]))
  let settings: RendererSettings = { theme: 'system', lastAssessmentId: null, recentFiles: [], collapsedPanels: [] }
  const failures: Partial<Record<keyof Api, AppErrorData[]>> = {}
  const menuListeners = new Set<(command: MenuCommand) => void>()
  const progressListeners = new Set<(progress: FileProgress) => void>()
  const roomListeners = new Set<(event: RoomEvent) => void>()
  /** The room as main would hold it: what was asked of it, for the tests to check. */
  const room = {
    interfaces: [
      { name: 'wlan0', address: '192.168.1.20', family: 'IPv4', internal: false },
      { name: 'lo', address: '127.0.0.1', family: 'IPv4', internal: true },
    ] as RoomInterface[],
    open: null as null | { assessmentId: string; address: string; allowAnonymous: boolean; seats: RoomSeat[] },
    items: [] as RoomItem[],
    /** What getRoomStatus answers: a room main kept open (for a reloaded window), or none. */
    status: { open: false } as RoomStatus,
    joinCode: '123456',
  }
  /** Backups per assessment id, newest first; restoring one keeps the current version first, as main does. */
  const backups = new Map<string, Array<{ summary: BackupSummary; assessment: Assessment }>>()
  /** Storage notices waiting for the renderer to take them. */
  const notices: string[] = []
  /** What main says at start-up beyond the library: set `reopenAssessmentId` to play a reload after a crash. */
  const startup: { reopenAssessmentId: string | null } = { reopenAssessmentId: null }
  let counter = 0
  let clock = Date.parse('2026-06-01T12:00:00.000Z')
  const stamp = () => new Date((clock += 60_000)).toISOString()

  const respond = <T>(method: keyof Api, value: () => T): Promise<Result<T>> => {
    const failure = failures[method]?.shift()
    return Promise.resolve(failure ? { ok: false, error: failure } : { ok: true, value: value() })
  }

  const summaries = () =>
    [...assessments.values()]
      .map(({ id, title, createdAt, updatedAt }) => ({ id, title, createdAt, updatedAt }))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  const api = {
    getStartupState: vi.fn(() => respond('getStartupState', () => ({ settings, assessments: summaries(), notices: notices.splice(0), openFileWaiting: false, reopenAssessmentId: startup.reopenAssessmentId }))),
    takeNotices: vi.fn(() => respond('takeNotices', () => notices.splice(0))),
    listBackups: vi.fn(({ id }: { id: string }) => respond('listBackups', () => (backups.get(id) ?? []).map((b) => b.summary))),
    restoreBackup: vi.fn(({ id, name }: { id: string; name: string }) =>
      respond('restoreBackup', () => {
        const kept = backups.get(id) ?? []
        const backup = kept.find((b) => b.summary.name === name)!
        const current = assessments.get(id)!
        const at = stamp()
        const previous = { name: `recent-${at.replace(/[:.]/g, '-')}`, kind: 'recent' as const, savedAt: current.updatedAt, title: current.title }
        backups.set(id, [{ summary: previous, assessment: current }, ...kept])
        const restored = { ...backup.assessment, id, updatedAt: at }
        assessments.set(id, restored)
        return restored
      }),
    ),
    listAssessments: vi.fn(() => respond('listAssessments', summaries)),
    createAssessment: vi.fn(({ title }: { title: string }) =>
      respond('createAssessment', () => {
        const at = stamp()
        const id = `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`
        const created: Assessment = newAssessment({ id, title, now: at })
        assessments.set(id, created)
        return created
      }),
    ),
    getAssessment: vi.fn(({ id }: { id: string }) => respond('getAssessment', () => assessments.get(id)!)),
    saveAssessment: vi.fn(({ assessment }: { assessment: Assessment }) =>
      respond('saveAssessment', () => {
        const saved = { ...assessment, updatedAt: stamp() }
        assessments.set(saved.id, saved)
        return saved
      }),
    ),
    duplicateAssessment: vi.fn(({ id }: { id: string }) =>
      respond('duplicateAssessment', () => {
        const source = assessments.get(id)!
        const at = stamp()
        const copyId = `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`
        const copy = { ...source, id: copyId, title: `${source.title} (copy)`, createdAt: at, updatedAt: at }
        assessments.set(copyId, copy)
        return copy
      }),
    ),
    exportResponses: vi.fn(() => respond('exportResponses', () => ({ saved: false }))),
    openResponseFiles: vi.fn(() => respond('openResponseFiles', () => [])),
    confirmClose: vi.fn(() => respond('confirmClose', () => ({ closing: true }))),
    cancelClose: vi.fn(() => respond('cancelClose', () => undefined)),
    setOpenAssessment: vi.fn(() => respond('setOpenAssessment', () => undefined)),
    savePdf: vi.fn(() => respond('savePdf', () => ({ saved: true, path: '/tmp/report.pdf' }))),
    exportAssessmentFile: vi.fn((_request: { id: string }) => respond('exportAssessmentFile', (): Saved => ({ saved: true, path: '/tmp/assessment.panorama.json' }))),
    exportCsv: vi.fn((_request: { id: string }) => respond('exportCsv', (): Saved => ({ saved: true, path: '/tmp/assessment-tables.zip' }))),
    exportWorkbook: vi.fn((_request: { id: string }) => respond('exportWorkbook', (): Saved => ({ saved: true, path: '/tmp/assessment.xlsx' }))),
    openAssessmentFile: vi.fn(() => respond('openAssessmentFile', (): OpenFileResult => ({ status: 'cancelled' }))),
    openRecentFile: vi.fn(() => respond('openRecentFile', (): OpenFileResult => ({ status: 'cancelled' }))),
    resolveOpenedFile: vi.fn((_request: { token: string; choice: OpenChoice }) => respond('resolveOpenedFile', (): OpenFileResult => ({ status: 'cancelled' }))),
    deleteAssessment: vi.fn(({ id }: { id: string }) =>
      respond('deleteAssessment', () => {
        assessments.delete(id)
        return { id }
      }),
    ),
    getSettings: vi.fn(() => respond('getSettings', () => settings)),
    updateSettings: vi.fn((patch: Partial<RendererSettings>) => respond('updateSettings', () => (settings = { ...settings, ...patch }))),
    onMenuCommand: vi.fn((listener: (command: MenuCommand) => void) => {
      menuListeners.add(listener)
      return () => menuListeners.delete(listener)
    }),
    cancelFileRead: vi.fn((_request: { id: string }) => respond('cancelFileRead', () => ({ cancelled: true }))),
    onFileProgress: vi.fn((listener: (progress: FileProgress) => void) => {
      progressListeners.add(listener)
      return () => progressListeners.delete(listener)
    }),
    listRoomInterfaces: vi.fn(() => respond('listRoomInterfaces', () => room.interfaces)),
    openRoom: vi.fn((request: { assessmentId: string; address: string; allowAnonymous: boolean; seats: RoomSeat[] }) =>
      respond('openRoom', () => {
        room.open = request
        const address = `http://${request.address}:51234`
        return { url: `${address}/r/AAAAAAAAAAAAAAAAAAAAAAAA`, address, joinCode: room.joinCode, qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><path d="M0 0h2v2H0z"/></svg>' }
      }),
    ),
    getRoomStatus: vi.fn(() => respond('getRoomStatus', () => room.status)),
    closeRoom: vi.fn(() => respond('closeRoom', () => void (room.open = null))),
    roomPutItems: vi.fn(({ items }: { items: RoomItem[] }) => respond('roomPutItems', () => void (room.items = items))),
    roomCloseItem: vi.fn((_request: { frameworkId: string; itemId: string }) => respond('roomCloseItem', () => undefined)),
    roomReveal: vi.fn((_request: { frameworkId: string; itemId: string }) => respond('roomReveal', () => undefined)),
    roomLock: vi.fn((_request: { locked: boolean }) => respond('roomLock', () => undefined)),
    roomReleaseSeat: vi.fn((_request: { seatId: string }) => respond('roomReleaseSeat', () => undefined)),
    roomRenewJoinCode: vi.fn(() => respond('roomRenewJoinCode', () => ({ joinCode: (room.joinCode = '654321') }))),
    onRoomEvent: vi.fn((listener: (event: RoomEvent) => void) => {
      roomListeners.add(listener)
      return () => roomListeners.delete(listener)
    }),
  }

  return {
    api: api as unknown as Api,
    calls: api,
    assessments,
    backups,
    notices,
    startup,
    failNext(method: keyof Api, error: AppErrorData) {
      ;(failures[method] ??= []).push(error)
    },
    sendMenuCommand(command: MenuCommand) {
      for (const listener of menuListeners) listener(command)
    },
    /** Plays main's progress event for a file being read. */
    sendFileProgress(progress: FileProgress) {
      for (const listener of progressListeners) listener(progress)
    },
    fileProgressListeners: () => progressListeners.size,
    room,
    /** Plays one of main's room events. */
    sendRoomEvent(event: RoomEvent) {
      for (const listener of roomListeners) listener(event)
    },
    install() {
      Object.defineProperty(window, 'api', { value: api, configurable: true })
    },
  }
}

export function assessment(id: number, title: string, updatedAt: string): Assessment {
  return {
    ...newAssessment({ id: `00000000-0000-4000-8000-${String(900 + id).padStart(12, '0')}`, title, now: '2026-01-01T08:00:00.000Z' }),
    updatedAt,
  }
}
