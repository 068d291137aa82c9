import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from './ipc/schemas'

export interface MenuActions {
  send: (command: MenuCommand) => void
  about: () => void
  quit: () => void
}

/** The native menu as plain data, so its structure and accelerators are testable without Electron. */
export function buildMenuTemplate(actions: MenuActions, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin'
  const template: MenuItemConstructorOptions[] = []
  if (isMac) {
    template.push({
      label: 'Panorama',
      submenu: [
        { label: 'About Panorama', click: actions.about },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { label: 'Quit Panorama', accelerator: 'Cmd+Q', click: actions.quit },
      ],
    })
  }
  template.push(
    {
      label: '&File',
      submenu: [
        { label: '&New Assessment…', accelerator: 'CmdOrCtrl+N', click: () => actions.send('new-assessment') },
        { label: '&Open Assessment…', accelerator: 'CmdOrCtrl+O', click: () => actions.send('open-assessment') },
        { label: 'Open &File…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.send('open-file') },
        { type: 'separator' },
        { label: '&Export PDF Report…', accelerator: 'CmdOrCtrl+E', click: () => actions.send('export-pdf') },
        { label: '&Print…', accelerator: 'CmdOrCtrl+P', click: () => actions.send('print') },
        ...(isMac ? [] : ([{ type: 'separator' }, { label: '&Quit', accelerator: 'Ctrl+Q', click: actions.quit }] as const)),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // The document has one undo history (scores and text), kept by the renderer.
        { label: '&Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.send('undo') },
        { label: '&Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: () => actions.send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { label: '&Projector Mode', accelerator: 'CmdOrCtrl+Shift+P', click: () => actions.send('toggle-projector') },
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [
        { label: '&Method and Sources', accelerator: 'F1', click: () => actions.send('show-method') },
        { type: 'separator' },
        { label: '&About Panorama', click: actions.about },
      ],
    },
  )
  return template
}
