import type { MenuItemConstructorOptions } from 'electron'
import i18next from 'i18next'
import type { MenuCommand } from '../common/contract/schemas'

export interface MenuActions {
  send: (command: MenuCommand) => void
  about: () => void
  quit: () => void
}

/**
 * The native menu as plain data, so its structure and accelerators are testable without Electron.
 * Labels come from the catalogue (`&` marks the access key). Edit and View roles get labels too,
 * because Electron names them in English on Windows and Linux; macOS's own app-menu roles (Hide,
 * Show All) keep the labels macOS gives them in the user's language.
 */
export function buildMenuTemplate(actions: MenuActions, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const t = i18next.t
  const isMac = platform === 'darwin'
  const template: MenuItemConstructorOptions[] = []
  if (isMac) {
    template.push({
      label: t('common:appName'),
      submenu: [
        { label: t('main:menu.app.about'), click: actions.about },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { label: t('main:menu.app.quit'), accelerator: 'Cmd+Q', click: actions.quit },
      ],
    })
  }
  template.push(
    {
      label: t('main:menu.file.label'),
      submenu: [
        { label: t('main:menu.file.newAssessment'), accelerator: 'CmdOrCtrl+N', click: () => actions.send('new-assessment') },
        { label: t('main:menu.file.openAssessment'), accelerator: 'CmdOrCtrl+O', click: () => actions.send('open-assessment') },
        { label: t('main:menu.file.openFile'), accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.send('open-file') },
        { type: 'separator' },
        { label: t('main:menu.file.exportPdf'), accelerator: 'CmdOrCtrl+E', click: () => actions.send('export-pdf') },
        { label: t('main:menu.file.exportWorkbook'), click: () => actions.send('export-workbook') },
        { label: t('main:menu.file.print'), accelerator: 'CmdOrCtrl+P', click: () => actions.send('print') },
        ...(isMac ? [] : ([{ type: 'separator' }, { label: t('main:menu.file.quit'), accelerator: 'Ctrl+Q', click: actions.quit }] as const)),
      ],
    },
    {
      label: t('main:menu.edit.label'),
      submenu: [
        // Chosen with the mouse: the document's history (scores and text), kept by the renderer.
        // By the keystroke (macOS routes Cmd+Z through the menu): a focused text field's own undo first.
        { label: t('main:menu.edit.undo'), accelerator: 'CmdOrCtrl+Z', click: (_item, _window, event) => actions.send(event.triggeredByAccelerator ? 'undo-key' : 'undo') },
        { label: t('main:menu.edit.redo'), accelerator: 'CmdOrCtrl+Shift+Z', click: (_item, _window, event) => actions.send(event.triggeredByAccelerator ? 'redo-key' : 'redo') },
        { type: 'separator' },
        { role: 'cut', label: t('main:menu.edit.cut') },
        { role: 'copy', label: t('main:menu.edit.copy') },
        { role: 'paste', label: t('main:menu.edit.paste') },
        { role: 'selectAll', label: t('main:menu.edit.selectAll') },
      ],
    },
    {
      label: t('main:menu.view.label'),
      submenu: [
        { role: 'resetZoom', label: t('main:menu.view.resetZoom') },
        { role: 'zoomIn', label: t('main:menu.view.zoomIn') },
        { role: 'zoomOut', label: t('main:menu.view.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('main:menu.view.fullScreen') },
        { label: t('main:menu.view.projectorMode'), accelerator: 'CmdOrCtrl+Shift+P', click: () => actions.send('toggle-projector') },
      ],
    },
    ...(isMac
      ? ([
          {
            // macOS's own Window menu: Cmd+M and Cmd+W as every Mac app has them.
            label: t('main:menu.window.label'),
            role: 'windowMenu',
            submenu: [
              { role: 'minimize', label: t('main:menu.window.minimize'), accelerator: 'Cmd+M' },
              { role: 'zoom', label: t('main:menu.window.zoom') },
              { type: 'separator' },
              { role: 'close', label: t('main:menu.window.close'), accelerator: 'Cmd+W' },
              { type: 'separator' },
              { role: 'front', label: t('main:menu.window.front') },
            ],
          },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    {
      label: t('main:menu.help.label'),
      role: 'help',
      submenu: [
        { label: t('main:menu.help.method'), accelerator: 'F1', click: () => actions.send('show-method') },
        { type: 'separator' },
        { label: t('main:menu.help.about'), click: actions.about },
      ],
    },
  )
  return template
}
