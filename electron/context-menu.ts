import type { WebContents } from 'electron'
import contextMenu from 'electron-context-menu'
import i18next from 'i18next'

/**
 * The right-click menu every desktop text field has: cut, copy, paste, select all, and spelling
 * suggestions with "Learn spelling". electron-context-menu handles the edit flags and suggestion
 * plumbing; everything that would reach outside the app (web search, saving images or links from
 * the page) is switched off, and the labels come from the catalogue.
 */
export function attachContextMenu(contents: WebContents, options: { inspect: boolean }): () => void {
  const t = i18next.t
  return contextMenu({
    window: contents,
    showSearchWithGoogle: false,
    showLookUpSelection: true,
    showLearnSpelling: true,
    showDictionarySuggestions: true,
    showSelectAll: true,
    showCopyImage: false,
    showCopyImageAddress: false,
    showSaveImage: false,
    showSaveImageAs: false,
    showSaveVideo: false,
    showSaveVideoAs: false,
    showCopyLink: true,
    showSaveLinkAs: false,
    showServices: false,
    showInspectElement: options.inspect,
    labels: {
      learnSpelling: t('main:contextMenu.learnSpelling'),
      lookUpSelection: t('main:contextMenu.lookUpSelection'),
      cut: t('main:contextMenu.cut'),
      copy: t('main:contextMenu.copy'),
      paste: t('main:contextMenu.paste'),
      pasteAndMatchStyle: t('main:contextMenu.pasteAndMatchStyle'),
      selectAll: t('main:contextMenu.selectAll'),
      copyLink: t('main:contextMenu.copyLink'),
      inspect: t('main:contextMenu.inspect'),
    },
  })
}
