import { lazy, Suspense, useEffect } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { HomeScreen } from './features/home/HomeScreen'
import { NewAssessmentDialog } from './features/home/NewAssessmentDialog'
import { StatusBar } from './features/shell/StatusBar'
import { useGlobalShortcuts } from './features/shell/useGlobalShortcuts'
import { ThemePicker } from './features/shell/ThemePicker'
import { loadWorkspaceMessages } from './i18n/load-workspace-messages'
import { useApp } from './store/app-store'
import { useLibrary } from './store/library-store'

// The workspace (setup, questionnaire, merging) and the Method page pull in the scoring engine
// and the framework files, and their words: each loads on first use, so start-up stays small.
const AssessmentScreen = lazy(() =>
  Promise.all([import('./features/assessment/AssessmentScreen'), loadWorkspaceMessages()]).then(([module]) => ({ default: module.AssessmentScreen })),
)
const MethodPage = lazy(() => Promise.all([import('./features/method/MethodPage'), loadWorkspaceMessages()]).then(([module]) => ({ default: module.MethodPage })))

/** `startup` is the first load of settings and assessments, begun before the first render. */
export function App({ startup }: { startup: Promise<void> }) {
  const { screen, theme, notice, dismissNotice, newAssessmentOpen, showNewAssessment, openAssessment, showMethod, leaveMethod, projector, toggleProjector, anonymous, toggleAnonymous, roomView, toggleRoomView } = useApp()
  const createAssessment = useLibrary((s) => s.create)
  const roomOpen = useApp((s) => s.roomLive)
  const showRoomPanel = useApp((s) => s.showRoomPanel)
  const { t } = useTranslation(['shell', 'common'])
  useGlobalShortcuts()

  useEffect(() => {
    void startup.then(() => {
      // Read by the end-to-end tests and by `npm run bench` (time to interactive).
      performance.mark('panorama-interactive')
      document.documentElement.dataset.ready = 'true'
    })
  }, [startup])

  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
  useEffect(() => {
    document.documentElement.dataset.projector = String(projector)
    // The room view is part of projector mode: leaving projector mode brings the whole window back.
    document.documentElement.dataset.room = String(projector && roomView)
  }, [projector, roomView])

  return (
    <div className="app">
      <nav className="app-bar" aria-label={t('appBar.label')}>
        <span className="brand">{t('common:appName')}</span>
        <div className="app-bar-actions">
          {screen.name === 'method' ? (
            <button type="button" className="quiet" onClick={leaveMethod}>
              {t('common:back')}
            </button>
          ) : (
            <button type="button" className="quiet" onClick={showMethod} aria-keyshortcuts="F1">
              <Trans t={t} i18nKey="appBar.method" components={{ kbd: <kbd /> }} />
            </button>
          )}
          {screen.name === 'assessment' && (
            <button type="button" className={roomOpen ? 'quiet room-on' : 'quiet'} aria-haspopup="dialog" onClick={() => showRoomPanel(true)}>
              {roomOpen ? t('appBar.roomOpen') : t('appBar.room')}
            </button>
          )}
          <button type="button" className="quiet" aria-pressed={projector} onClick={toggleProjector} aria-keyshortcuts="Control+Shift+P">
            {t('appBar.projector')}
          </button>
          {projector && (
            <>
              <button type="button" className="quiet" aria-pressed={anonymous} onClick={toggleAnonymous}>
                {t('appBar.hideNames')}
              </button>
              <button type="button" className="quiet" aria-pressed={roomView} onClick={toggleRoomView}>
                {t('appBar.roomView')}
              </button>
            </>
          )}
          <ThemePicker />
        </div>
      </nav>
      {notice && (
        <div className="banner error" role="alert">
          <p>{notice}</p>
          <button type="button" className="quiet" onClick={dismissNotice}>
            {t('common:dismiss')}
          </button>
        </div>
      )}
      {screen.name === 'home' && <HomeScreen />}
      {screen.name === 'assessment' && (
        <Suspense fallback={<p role="status">{t('common:loading')}</p>}>
          <AssessmentScreen key={screen.id} />
        </Suspense>
      )}
      {screen.name === 'method' && (
        <Suspense fallback={<p role="status">{t('common:loading')}</p>}>
          <MethodPage />
        </Suspense>
      )}
      <StatusBar />
      {newAssessmentOpen && (
        <NewAssessmentDialog
          onCancel={() => showNewAssessment(false)}
          onCreate={async (title) => {
            const assessment = await createAssessment(title)
            await openAssessment(assessment.id)
          }}
        />
      )}
    </div>
  )
}
