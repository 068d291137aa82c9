import type { IpcMain } from 'electron'
import { contract, methodNames } from '../../common/contract/contract'
import type { Dispatch } from './dispatch'

/** Wires each contract channel to the dispatcher, passing the sending frame's URL for the sender check. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const method of methodNames) {
    ipcMain.handle(contract[method].channel, (event, payload: unknown) =>
      dispatch(method, event.senderFrame?.url, payload),
    )
  }
}
