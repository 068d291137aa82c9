import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { newAssessment } from '../../common/contract/assessment-schema'
import { COALESCE_MS, useDocument } from '../../renderer/src/store/document-store'
import { updateItem, withRating } from '../../renderer/src/store/response-edits'
import { createFakeApi } from '../support/fake-api'

const base = newAssessment({ id: '00000000-0000-4000-8000-000000000001', title: 'History', now: '2026-01-01T00:00:00.000Z' })

describe('undo and redo', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    createFakeApi([base]).install()
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  function start() {
    useDocument.setState({ ...useDocument.getInitialState(), assessment: base, saveStatus: 'saved' })
  }
  const vote = (level: number) => useDocument.getState().edit((a) => updateItem(a, 'iso-9001-2015', '4.1', (r) => withRating(r, 'p1', { kind: 'level', level })))
  const current = () => useDocument.getState().assessment!.responses['iso-9001-2015']?.['4.1']?.ratings.p1

  it('undoes and redoes scoring one step at a time, and a new edit clears the redo steps', () => {
    start()
    vote(2)
    vote(4)
    useDocument.getState().undo()
    expect(current()).toEqual({ kind: 'level', level: 2 })
    useDocument.getState().undo()
    expect(current()).toBeUndefined()
    useDocument.getState().redo()
    expect(current()).toEqual({ kind: 'level', level: 2 })
    vote(5)
    expect(useDocument.getState().future).toEqual([])
  })

  it('treats a burst of typing in one field as one step, and a pause as a new one', () => {
    start()
    const type = (title: string) => useDocument.getState().edit((a) => ({ ...a, title }), { coalesce: 'title' })
    type('H')
    type('Hi')
    type('Hiya')
    vi.advanceTimersByTime(COALESCE_MS + 10)
    vi.setSystemTime(Date.now() + COALESCE_MS + 10)
    type('Hiya!')
    useDocument.getState().undo()
    expect(useDocument.getState().assessment!.title).toBe('Hiya')
    useDocument.getState().undo()
    expect(useDocument.getState().assessment!.title).toBe('History')
  })

  it('keeps main’s save stamp when moving through history', () => {
    start()
    vote(1)
    useDocument.setState({ assessment: { ...useDocument.getState().assessment!, updatedAt: '2026-02-02T00:00:00.000Z' } })
    useDocument.getState().undo()
    expect(useDocument.getState().assessment!.updatedAt).toBe('2026-02-02T00:00:00.000Z')
  })
})
