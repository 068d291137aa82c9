import { useEffect } from 'react'
import { AssessmentScreen } from './features/assessment/AssessmentScreen'
import { HomeScreen } from './features/home/HomeScreen'
import { NewAssessmentDialog } from './features/home/NewAssessmentDialog'
import { StatusBar } from './features/shell/StatusBar'
import { useGlobalShortcuts } from './features/shell/useGlobalShortcuts'
import { ThemePicker } from './features/shell/ThemePicker'
import { useApp } from './store/app-store'
import { useLibrary } from './store/library-store'

/** `startup` is the first load of settings and assessments, begun before the first render. */
export function App({ startup }: { startup: Promise<void> }) {
  const { screen, theme, notice, dismissNotice, newAssessmentOpen, showNewAssessment, openAssessment } = useApp()
  const createAssessment = useLibrary((s) => s.create)
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

  return (
    <div className="app">
      <nav className="app-bar" aria-label="Application">
        <span className="brand">Panorama</span>
        <ThemePicker />
      </nav>
      {notice && (
        <div className="banner error" role="alert">
          <p>{notice}</p>
          <button type="button" className="quiet" onClick={dismissNotice}>
            Dismiss
          </button>
        </div>
      )}
      {screen.name === 'home' ? <HomeScreen /> : <AssessmentScreen key={screen.id} />}
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
