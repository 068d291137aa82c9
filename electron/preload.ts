import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildApi } from './ipc/build-api'

// The IPC event object never reaches the page: it would hand over `sender` and with it ipcRenderer.
contextBridge.exposeInMainWorld(
  'api',
  buildApi({
    invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
    subscribe: (channel, listener) => {
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
      ipcRenderer.on(channel, forward)
      return () => {
        ipcRenderer.removeListener(channel, forward)
      }
    },
  }),
)
