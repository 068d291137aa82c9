import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate } from '../../electron/menu'

const items = (menu: MenuItemConstructorOptions) => menu.submenu as MenuItemConstructorOptions[]

describe('native menu', () => {
  const actions = { send: vi.fn(), about: vi.fn(), quit: vi.fn() }

  it('offers New assessment, Open, Open File, Export PDF, Export to Excel and Quit under File, with accelerators', () => {
    const [file] = buildMenuTemplate(actions, 'linux')
    const labelled = items(file!).filter((i) => i.label)
    expect(labelled.map((i) => [i.label, i.accelerator])).toEqual([
      ['&New Assessment…', 'CmdOrCtrl+N'],
      ['&Open Assessment…', 'CmdOrCtrl+O'],
      ['Open &File…', 'CmdOrCtrl+Shift+O'],
      ['&Export PDF Report…', 'CmdOrCtrl+E'],
      ['Export to E&xcel…', undefined],
      ['&Print…', 'CmdOrCtrl+P'],
      ['&Quit', 'Ctrl+Q'],
    ])
    for (const item of labelled) item.click!({} as never, undefined, {} as never)
    expect(actions.send.mock.calls).toEqual([['new-assessment'], ['open-assessment'], ['open-file'], ['export-pdf'], ['export-workbook'], ['print']])
    expect(actions.quit).toHaveBeenCalled()
  })

  it('on macOS has a Window menu with Cmd+M (minimize) and Cmd+W (close window); other systems have none', () => {
    const mac = buildMenuTemplate(actions, 'darwin')
    const window = mac.find((menu) => menu.role === 'windowMenu')!
    const byRole = Object.fromEntries(items(window).filter((i) => i.role).map((i) => [i.role, i.accelerator]))
    expect(byRole).toMatchObject({ minimize: 'Cmd+M', close: 'Cmd+W' })
    expect(items(window).every((i) => i.type === 'separator' || i.label)).toBe(true)
    expect(buildMenuTemplate(actions, 'linux').some((menu) => menu.role === 'windowMenu')).toBe(false)
  })

  it('has Edit roles, View zoom and full screen, and Help > Method (F1) and About', () => {
    const [, edit, view, help] = buildMenuTemplate(actions, 'win32')
    expect(items(edit!).map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll'])
    const [undo, redo] = items(edit!)
    expect([undo!.accelerator, redo!.accelerator]).toEqual(['CmdOrCtrl+Z', 'CmdOrCtrl+Shift+Z'])
    // Chosen with the mouse: the document's undo. By the keystroke: the focused field's own undo first.
    undo!.click!({} as never, undefined, { triggeredByAccelerator: false } as never)
    redo!.click!({} as never, undefined, { triggeredByAccelerator: false } as never)
    expect(actions.send.mock.calls.slice(-2)).toEqual([['undo'], ['redo']])
    undo!.click!({} as never, undefined, { triggeredByAccelerator: true } as never)
    redo!.click!({} as never, undefined, { triggeredByAccelerator: true } as never)
    expect(actions.send.mock.calls.slice(-2)).toEqual([['undo-key'], ['redo-key']])
    expect(items(view!).map((i) => i.role).filter(Boolean)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
    const projector = items(view!).find((i) => i.label === '&Projector Mode')!
    expect(projector.accelerator).toBe('CmdOrCtrl+Shift+P')
    const [method, , about] = items(help!)
    expect(method).toMatchObject({ label: '&Method and Sources', accelerator: 'F1' })
    method!.click!({} as never, undefined, {} as never)
    expect(actions.send).toHaveBeenLastCalledWith('show-method')
    about!.click!({} as never, undefined, {} as never)
    expect(actions.about).toHaveBeenCalled()
  })

  it('puts About and Quit in the application menu on macOS', () => {
    const [appMenu, file] = buildMenuTemplate(actions, 'darwin')
    expect(appMenu!.label).toBe('Panorama')
    expect(items(appMenu!).some((i) => i.accelerator === 'Cmd+Q')).toBe(true)
    expect(items(file!).some((i) => i.label === '&Quit')).toBe(false)
  })
})
