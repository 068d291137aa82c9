import { useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { AssessmentSummary } from '../../../../common/contract/schemas'
import { messageOf } from '../../api'
import { useApp } from '../../store/app-store'
import { useLibrary } from '../../store/library-store'
import { AssessmentList } from './AssessmentList'
import { DeleteAssessmentDialog } from './DeleteAssessmentDialog'
import { OpenFileButton } from '../portable-files/OpenFileButton'
import { RecentFiles } from '../portable-files/RecentFiles'

export function HomeScreen() {
  const { status, assessments, error, load, remove, duplicate } = useLibrary()
  const { showNewAssessment, openAssessment, lastAssessmentId } = useApp()
  const { t } = useTranslation(['home', 'common'])
  const [toDelete, setToDelete] = useState<AssessmentSummary | null>(null)
  const last = assessments.find((a) => a.id === lastAssessmentId)

  return (
    <main className="home" aria-labelledby="home-heading">
      <header className="screen-header">
        <h1 id="home-heading">{t('heading')}</h1>
        <OpenFileButton />
        <button type="button" className="primary" onClick={() => showNewAssessment(true)} aria-keyshortcuts="Control+N">
          <Trans t={t} i18nKey="newAssessment" components={{ kbd: <kbd /> }} />
        </button>
      </header>

      {last && (
        <section className="continue" aria-label={t('continue.label')}>
          <button type="button" onClick={() => void openAssessment(last.id)}>
            {t('continue.button', { title: last.title })}
          </button>
        </section>
      )}

      {status === 'loading' && <p role="status">{t('loading')}</p>}
      {status === 'error' && (
        <div className="banner error" role="alert">
          <p>{error}</p>
          <button type="button" onClick={() => void load()}>
            {t('common:tryAgain')}
          </button>
        </div>
      )}
      {status === 'ready' && assessments.length === 0 && (
        <div className="empty">
          <p>{t('empty.title')}</p>
          <p>{t('empty.hint')}</p>
        </div>
      )}
      {assessments.length > 0 && (
        <AssessmentList
          assessments={assessments}
          onOpen={(id) => void openAssessment(id)}
          onDelete={setToDelete}
          onDuplicate={(assessment) =>
            void duplicate(assessment.id).catch((error: unknown) => useApp.getState().reportProblem(messageOf(error)))
          }
        />
      )}
      <RecentFiles />

      {toDelete && (
        <DeleteAssessmentDialog
          assessment={toDelete}
          onCancel={() => setToDelete(null)}
          onConfirm={async () => {
            await remove(toDelete.id)
            setToDelete(null)
          }}
        />
      )}
    </main>
  )
}
