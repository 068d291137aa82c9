import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../renderer/src/App'
import { isTextEditingTarget } from '../../renderer/src/features/shell/text-editing-target'
import { useApp } from '../../renderer/src/store/app-store'
import { useDocument } from '../../renderer/src/store/document-store'
import { loadStartupData } from '../../renderer/src/store/startup'
import { assessment, createFakeApi } from '../support/fake-api'

const board = assessment(1, 'Board review', '2026-03-01T15:00:00.000Z')

async function openWorkspace() {
  const fake = createFakeApi([board])
  fake.install()
  render(<App startup={loadStartupData()} />)
  await screen.findByText(board.title)
  await act(() => useApp.getState().openAssessment(board.id))
  const title = await screen.findByLabelText('Title')
  const undo = vi.fn()
  const redo = vi.fn()
  useDocument.setState({ undo, redo })
  // jsdom has no editing commands; the browser's own undo is what execCommand reaches.
  const execCommand = vi.fn(() => true)
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
  return { fake, title, undo, redo, execCommand }
}

afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand')
})

describe('undo in text fields and in the document', () => {
  it('knows text controls from the rest: text inputs, textareas and editable content, not checkboxes or buttons', () => {
    const make = (html: string) => {
      const holder = document.createElement('div')
      holder.innerHTML = html
      return holder.firstElementChild
    }
    expect(isTextEditingTarget(make('<input type="text">'))).toBe(true)
    expect(isTextEditingTarget(make('<input>'))).toBe(true)
    expect(isTextEditingTarget(make('<input type="search">'))).toBe(true)
    expect(isTextEditingTarget(make('<textarea></textarea>'))).toBe(true)
    expect(isTextEditingTarget(make('<textarea readonly></textarea>'))).toBe(false)
    expect(isTextEditingTarget(make('<input type="checkbox">'))).toBe(false)
    expect(isTextEditingTarget(make('<button>Save</button>'))).toBe(false)
    expect(isTextEditingTarget(null)).toBe(false)
  })

  it("leaves Ctrl+Z in a text field to the field's own undo, not the document's", async () => {
    const { title, undo, redo } = await openWorkspace()
    title.focus()
    expect(fireEvent.keyDown(title, { key: 'z', ctrlKey: true })).toBe(true)
    expect(fireEvent.keyDown(title, { key: 'z', ctrlKey: true, shiftKey: true })).toBe(true)
    expect(fireEvent.keyDown(title, { key: 'y', ctrlKey: true })).toBe(true)
    expect(undo).not.toHaveBeenCalled()
    expect(redo).not.toHaveBeenCalled()
  })

  it('runs the document undo for Ctrl+Z outside text fields', async () => {
    const { undo, redo } = await openWorkspace()
    ;(document.activeElement as HTMLElement | null)?.blur()
    expect(fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true })).toBe(false)
    expect(fireEvent.keyDown(document.body, { key: 'z', metaKey: true, shiftKey: true })).toBe(false)
    expect(undo).toHaveBeenCalledTimes(1)
    expect(redo).toHaveBeenCalledTimes(1)
  })

  it("runs the document undo from Edit ▸ Undo chosen in the menu, even while a text field has the focus", async () => {
    const { fake, title, undo, redo, execCommand } = await openWorkspace()
    title.focus()
    act(() => fake.sendMenuCommand('undo'))
    act(() => fake.sendMenuCommand('redo'))
    expect(undo).toHaveBeenCalledTimes(1)
    expect(redo).toHaveBeenCalledTimes(1)
    expect(execCommand).not.toHaveBeenCalled()
  })

  it("sends the menu's undo keystroke (macOS routes Cmd+Z through the menu) to the focused field's own undo", async () => {
    const { fake, title, undo, execCommand } = await openWorkspace()
    title.focus()
    act(() => fake.sendMenuCommand('undo-key'))
    act(() => fake.sendMenuCommand('redo-key'))
    expect(execCommand.mock.calls).toEqual([['undo'], ['redo']])
    expect(undo).not.toHaveBeenCalled()
    title.blur()
    act(() => fake.sendMenuCommand('undo-key'))
    expect(undo).toHaveBeenCalledTimes(1)
  })
})
