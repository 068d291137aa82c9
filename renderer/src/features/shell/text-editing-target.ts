/** Input types whose value is typed text, with the browser's own undo of that typing. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'password'])

/**
 * Whether an undo keystroke here belongs to the text control (its own undo of what was typed)
 * rather than to the document's history. Checkboxes, buttons, grids and the page keep the
 * document's undo, and so does a field marked `data-undo="document"`: one that has nothing typed of
 * its own to undo, e.g. the add field of a list just emptied by adding its text as an entry.
 */
export function isTextEditingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.dataset.undo === 'document') return false
  if (target instanceof HTMLTextAreaElement) return !target.readOnly && !target.disabled
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type) && !target.readOnly && !target.disabled
  return target.isContentEditable === true
}
