import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useQuestionnaire } from '../../store/questionnaire-store'
import { ResultsScreen } from '../results/ResultsScreen'
import { useApp } from '../../store/app-store'
import { useCatalogue } from '../../store/catalogue-store'
import { useDocument } from '../../store/document-store'
import { titleProblem } from '../home/NewAssessmentDialog'
import { BackupsButton } from '../backups/BackupsButton'
import { ParticipantFileActions } from '../participant-files/ParticipantFileActions'
import { ExportFileButtons } from '../portable-files/ExportFileButtons'
import { QuestionnaireScreen } from '../questionnaire/QuestionnaireScreen'
import { SetupWizard } from '../setup/SetupWizard'
import { PdfExportHost } from '../report-export/PdfExportHost'
import { RoomPanel } from '../room/RoomPanel'

/** The open assessment: its setup, and one questionnaire tab per chosen framework. */
export function AssessmentScreen() {
  const assessment = useDocument((s) => s.assessment)
  const edit = useDocument((s) => s.edit)
  const goHome = useApp((s) => s.goHome)
  const pdfExportOpen = useApp((s) => s.pdfExportOpen)
  const showPdfExport = useApp((s) => s.showPdfExport)
  const roomPanelOpen = useApp((s) => s.roomPanelOpen)
  const { catalogue, status, error, load } = useCatalogue()
  const { t } = useTranslation('results')
  // The field keeps what the user typed even while it is not a valid title; only valid titles are saved.
  const [draftTitle, setDraftTitle] = useState(assessment?.title ?? '')
  const storedTab = useQuestionnaire((s) => s.tab)
  const setTab = useQuestionnaire((s) => s.setTab)
  const tab = storedTab ?? (assessment?.setupComplete ? (assessment.frameworks[0] ?? 'setup') : 'setup')
  const problem = titleProblem(draftTitle)

  useEffect(() => {
    void load()
  }, [load])
  // Undo can change the title under the field.
  useEffect(() => {
    if (assessment && !titleProblem(draftTitle) && draftTitle.trim() !== assessment.title) setDraftTitle(assessment.title)
  }, [assessment?.title]) // eslint-disable-line react-hooks/exhaustive-deps

  if (!assessment) return null
  const frameworks = (catalogue?.frameworks ?? []).filter((framework) => assessment.frameworks.includes(framework.id))
  const current = frameworks.find((framework) => framework.id === tab)

  return (
    <main className="assessment" aria-labelledby="assessment-heading">
      <header className="screen-header workspace-header">
        <button type="button" className="quiet" onClick={() => void goHome()} aria-keyshortcuts="Alt+ArrowLeft">
          {t('assessment.allAssessments')}
        </button>
        {/* The title is edited where it is shown: one field in the header, read out as the page's heading too. */}
        <h1 id="assessment-heading" className="visually-hidden">
          {assessment.title}
        </h1>
        <div className="title-field">
          <label htmlFor="assessment-title" className="visually-hidden">
            {t('assessment.titleLabel')}
          </label>
          <input
            id="assessment-title"
            className="title-input"
            value={draftTitle}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'assessment-title-problem' : undefined}
            onChange={(event) => {
              const value = event.target.value
              setDraftTitle(value)
              if (!titleProblem(value)) edit((a) => ({ ...a, title: value.trim() }), { coalesce: 'title' })
            }}
          />
        </div>
        <div className="workspace-actions">
          <ParticipantFileActions />
          <ExportFileButtons />
          {assessment.setupComplete && (
            <button type="button" onClick={() => showPdfExport(true)} aria-keyshortcuts="Control+E">
              {t('assessment.exportPdf')}
            </button>
          )}
          <BackupsButton />
        </div>
      </header>
      {problem && (
        <p id="assessment-title-problem" className="field-error title-problem" role="alert">
          {t('assessment.titleKept', { problem })}
        </p>
      )}
      {pdfExportOpen && catalogue && assessment.setupComplete && (
        <PdfExportHost assessment={assessment} catalogue={catalogue} onClose={() => showPdfExport(false)} />
      )}

      {roomPanelOpen && <RoomPanel />}

      <div role="tablist" aria-label={t('assessment.sections')} className="tabs">
        <button type="button" role="tab" aria-selected={tab === 'setup'} onClick={() => setTab('setup')}>
          {t('assessment.setup')}
        </button>
        {assessment.setupComplete &&
          frameworks.map((framework) => (
            <button key={framework.id} type="button" role="tab" aria-selected={tab === framework.id} onClick={() => setTab(framework.id)}>
              {framework.name} {framework.edition}
            </button>
          ))}
        {assessment.setupComplete && (
          <button type="button" role="tab" aria-selected={tab === 'results'} onClick={() => setTab('results')}>
            {t('assessment.results')}
          </button>
        )}
      </div>

      {status === 'error' && (
        <div className="banner error" role="alert">
          <p>{t('assessment.libraryFailed', { error })}</p>
        </div>
      )}
      <div role="tabpanel" aria-label={tab === 'results' ? t('assessment.results') : current ? t('assessment.questionnaire', { name: current.name }) : t('assessment.setup')}>
        {tab === 'results' && catalogue && assessment.setupComplete && <ResultsScreen assessment={assessment} catalogue={catalogue} />}
        {(tab === 'setup' || (!current && tab !== 'results')) && catalogue && (
          <SetupWizard onFinished={() => setTab(useDocument.getState().assessment?.frameworks[0] ?? 'setup')} />
        )}
        {current && tab !== 'setup' && <QuestionnaireScreen framework={current} assessment={assessment} />}
        {!catalogue && status !== 'error' && <p role="status">{t('assessment.loadingFrameworks')}</p>}
      </div>
    </main>
  )
}
