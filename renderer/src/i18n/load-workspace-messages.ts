import { addToCatalogue } from '../../../common/i18n/catalogue'

let loading: Promise<void> | undefined

/** Adds the workspace's messages to the catalogue; every later call gets the same promise. */
export function loadWorkspaceMessages(): Promise<void> {
  loading ??= import('./workspace-messages').then(({ workspaceMessages }) => addToCatalogue(workspaceMessages))
  return loading
}
