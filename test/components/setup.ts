import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { useApp } from '../../renderer/src/store/app-store'
import { useCatalogue } from '../../renderer/src/store/catalogue-store'
import { useDocument } from '../../renderer/src/store/document-store'
import { useLibrary } from '../../renderer/src/store/library-store'
import { useQuestionnaire } from '../../renderer/src/store/questionnaire-store'

// jsdom lays nothing out, so it has no scrolling either; the browser's scrollIntoView is a no-op here.
Element.prototype.scrollIntoView ??= function scrollIntoView() {}

const initial = [
  [useApp, useApp.getInitialState()],
  [useLibrary, useLibrary.getInitialState()],
  [useDocument, useDocument.getInitialState()],
  [useCatalogue, useCatalogue.getInitialState()],
  [useQuestionnaire, useQuestionnaire.getInitialState()],
] as const

afterEach(() => {
  cleanup()
  for (const [store, state] of initial) (store.setState as (s: unknown, replace: true) => void)(state, true)
})
