import type { AssessmentRepository } from '../storage/assessment-repository'
import type { SettingsStore } from '../storage/settings-store'
import type { Contract, Method, Response } from './contract'
import type { z } from 'zod'

export interface HandlerDeps {
  repository: AssessmentRepository
  settings: SettingsStore
}

/** Each handler receives a request that has already been validated against the contract. */
export type Handlers = {
  [M in Method]: (request: z.output<Contract[M]['request']>) => Response<M> | Promise<Response<M>>
}

/**
 * Plain functions with their dependencies passed in: tests and the e2e harness call them
 * without Electron. Sender checks and validation happen in `dispatch`, in front of these.
 */
export function createHandlers({ repository, settings }: HandlerDeps): Handlers {
  return {
    getStartupState: () => ({ settings: settings.rendererView(), assessments: repository.list() }),
    listAssessments: () => repository.list(),
    createAssessment: ({ title }) => repository.create(title),
    getAssessment: ({ id }) => repository.get(id),
    saveAssessment: ({ assessment }) => repository.save(assessment),
    deleteAssessment: ({ id }) => {
      repository.delete(id)
      if (settings.read().lastAssessmentId === id) settings.update({ lastAssessmentId: null })
      return { id }
    },
    getSettings: () => settings.rendererView(),
    updateSettings: (patch) => {
      const next: Record<string, unknown> = {}
      if (patch.theme !== undefined) next.theme = patch.theme
      if (patch.lastAssessmentId !== undefined) next.lastAssessmentId = patch.lastAssessmentId
      settings.update(next)
      return settings.rendererView()
    },
  }
}
