import { vi } from 'vitest'
import type { Api, AppErrorData, Result } from '../../electron/ipc/contract'
import { newAssessment } from '../../electron/ipc/assessment-schema'
import type { MenuCommand, RendererSettings } from '../../electron/ipc/schemas'
import type { Assessment } from '../../electron/ipc/assessment-schema'

/**
 * An in-memory stand-in for window.api, for component tests. Failures can be queued per
 * method to exercise error paths.
 */
export function createFakeApi(seed: Assessment[] = []) {
  const assessments = new Map(seed.map((a) => [a.id, a]))
  let settings: RendererSettings = { theme: 'system', lastAssessmentId: null }
  const failures: Partial<Record<keyof Api, AppErrorData[]>> = {}
  const menuListeners = new Set<(command: MenuCommand) => void>()
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
    getStartupState: vi.fn(() => respond('getStartupState', () => ({ settings, assessments: summaries() }))),
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
    savePdf: vi.fn(() => respond('savePdf', () => ({ saved: true, path: '/tmp/report.pdf' }))),
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
  }

  return {
    api: api as unknown as Api,
    calls: api,
    assessments,
    failNext(method: keyof Api, error: AppErrorData) {
      ;(failures[method] ??= []).push(error)
    },
    sendMenuCommand(command: MenuCommand) {
      for (const listener of menuListeners) listener(command)
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
