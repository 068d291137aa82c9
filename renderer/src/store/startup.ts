import i18next from 'i18next'
import { api, messageOf, unwrap } from '../api'
import { useApp } from './app-store'
import { useLibrary } from './library-store'
import { usePortable } from './portable-store'

/**
 * Fetches what the first screen needs in one round trip. main.tsx calls it before React's
 * first render, so the request overlaps rendering instead of following it.
 */
export async function loadStartupData(): Promise<void> {
  try {
    const { settings, assessments, notices, openFileWaiting, reopenAssessmentId } = await unwrap(api().getStartupState())
    useApp.setState({ theme: settings.theme, lastAssessmentId: settings.lastAssessmentId, recentFiles: settings.recentFiles, collapsedPanels: settings.collapsedPanels })
    // E.g. a damaged assessment file that was set aside and replaced by its backup: say so, and where it is.
    if (notices.length > 0) useApp.getState().reportProblem(notices.join(' '))
    useLibrary.setState({ status: 'ready', assessments, error: null })
    // Panorama was started by opening a .panorama file: it gets the same checks as Open file….
    if (openFileWaiting) void usePortable.getState().openFile()
    // The window was reloaded after a crash: back to the assessment that was on screen, and say why.
    else if (reopenAssessmentId) {
      await useApp.getState().openAssessment(reopenAssessmentId)
      if (!useApp.getState().notice) useApp.setState({ notice: i18next.t('shell:notices.recovered') })
    }
  } catch (error) {
    // The home screen shows this with a "Try again" that reloads the list.
    useLibrary.setState({ status: 'error', error: messageOf(error) })
  }
}
