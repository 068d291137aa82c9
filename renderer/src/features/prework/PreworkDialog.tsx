import { useEffect, useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { efqmAnswerSchema, type EfqmAnswer } from '../../../../common/contract/prework-schema'
import { messageOf } from '../../api'
import { useCatalogue } from '../../store/catalogue-store'
import { useDocument } from '../../store/document-store'
import { Dialog } from '../../ui/Dialog'
import { PacksResult } from './PacksResult'
import { writePacks, type PackOutput, type PacksWritten } from './write-packs'
import './prework.css'

const OUTPUTS: PackOutput[] = ['workbook', 'pdf', 'both']

/**
 * "Prepare pre-work…": who gets a pack, which frameworks it asks about, how EFQM is answered,
 * and whether to write workbooks, printable PDFs or both. Main asks for the folder.
 */
export function PreworkDialog(props: { onClose: () => void }) {
  const assessment = useDocument((s) => s.assessment)
  const catalogue = useCatalogue((s) => s.catalogue)
  const participants = assessment?.participants ?? []
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set())
  const [untickedFrameworks, setUntickedFrameworks] = useState<ReadonlySet<string>>(new Set())
  const [efqmAnswer, setEfqmAnswer] = useState<EfqmAnswer>('bands')
  const [output, setOutput] = useState<PackOutput>('workbook')
  const [progress, setProgress] = useState<{ fraction: number; label: string } | null>(null)
  const [written, setWritten] = useState<PacksWritten | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const prefix = useId()
  const { onClose } = props
  const { t } = useTranslation(['participants', 'common'])

  useEffect(() => {
    void useCatalogue.getState().load()
  }, [])

  if (!assessment) return null
  const frameworks = (catalogue?.frameworks ?? []).filter((f) => assessment.frameworks.includes(f.id))
  const chosenPeople = participants.filter((p) => !unticked.has(p.id)).map((p) => p.id)
  // In the assessment's order, as the packs' sheets are.
  const chosenFrameworks = assessment.frameworks.filter((id) => frameworks.some((f) => f.id === id) && !untickedFrameworks.has(id))
  const hasEfqm = frameworks.some((f) => f.scoring === 'radar' && chosenFrameworks.includes(f.id))
  const busy = progress !== null
  const toggle = (set: ReadonlySet<string>, id: string) => {
    const next = new Set(set)
    if (!next.delete(id)) next.add(id)
    return next
  }
  const changed = () => {
    setWritten(null)
    setProblem(null)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!assessment || chosenPeople.length === 0 || chosenFrameworks.length === 0 || busy) return
    changed()
    setProgress({ fraction: 0, label: t('prework.dialog.writing') })
    try {
      const result = await writePacks(assessment, frameworks, { participantIds: chosenPeople, frameworks: chosenFrameworks, efqmAnswer, output }, (fraction, label) => setProgress({ fraction, label }))
      // A cancelled folder dialog wrote nothing and is no failure: the choices stay for another go.
      if (result.saved) setWritten(result)
    } catch (error) {
      setProblem(messageOf(error))
    } finally {
      setProgress(null)
    }
  }

  if (participants.length === 0) {
    return (
      <Dialog title={t('prework.dialog.title')} onClose={onClose} describedBy={`${prefix}-none`}>
        <p id={`${prefix}-none`}>{t('prework.dialog.noParticipants')}</p>
        <div className="dialog-actions">
          <button type="button" data-autofocus onClick={onClose}>
            {t('common:close')}
          </button>
        </div>
      </Dialog>
    )
  }

  return (
    <Dialog title={t('prework.dialog.title')} onClose={onClose} describedBy={`${prefix}-intro`} className="prework-dialog">
      <form className="prework" onSubmit={(event) => void submit(event)} noValidate>
        <p id={`${prefix}-intro`} className="field-hint">
          {t('prework.dialog.intro')}
        </p>
        <div className="prework-columns">
          <div>
            <fieldset className="prework-people">
              <legend>{t('prework.dialog.participants')}</legend>
              <label className="checkbox prework-all">
                <input
                  type="checkbox"
                  data-autofocus
                  checked={unticked.size === 0}
                  ref={(box) => {
                    if (box) box.indeterminate = unticked.size > 0 && chosenPeople.length > 0
                  }}
                  onChange={() => {
                    changed()
                    setUnticked(unticked.size === 0 ? new Set(participants.map((p) => p.id)) : new Set())
                  }}
                />
                {t('prework.dialog.allParticipants')}
              </label>
              <ul className="prework-list">
                {participants.map((person) => (
                  <li key={person.id}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={!unticked.has(person.id)}
                        onChange={() => {
                          changed()
                          setUnticked(toggle(unticked, person.id))
                        }}
                      />
                      {person.name}
                    </label>
                  </li>
                ))}
              </ul>
              {chosenPeople.length === 0 && <p className="field-error">{t('prework.dialog.noParticipant')}</p>}
            </fieldset>
            <fieldset>
              <legend>{t('prework.dialog.output')}</legend>
              {OUTPUTS.map((kind) => (
                <label key={kind} className="radio prework-option">
                  <input
                    type="radio"
                    name={`${prefix}-output`}
                    checked={output === kind}
                    onChange={() => {
                      changed()
                      setOutput(kind)
                    }}
                  />
                  <span>
                    {t(`prework.dialog.${kind}`)}
                    {kind !== 'both' && <span className="prework-option-hint">{t(`prework.dialog.${kind}Hint`)}</span>}
                  </span>
                </label>
              ))}
            </fieldset>
          </div>
          <div>
            <fieldset>
              <legend>{t('prework.dialog.frameworks')}</legend>
              {frameworks.map((framework) => (
                <label key={framework.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={!untickedFrameworks.has(framework.id)}
                    onChange={() => {
                      changed()
                      setUntickedFrameworks(toggle(untickedFrameworks, framework.id))
                    }}
                  />
                  {framework.name} {framework.edition}
                </label>
              ))}
              {catalogue && chosenFrameworks.length === 0 && <p className="field-error">{t('prework.dialog.noFramework')}</p>}
            </fieldset>
            {hasEfqm && (
              <fieldset>
                <legend>{t('prework.dialog.efqmAnswer')}</legend>
                {efqmAnswerSchema.options.map((mode) => (
                  <label key={mode} className="radio prework-option">
                    <input
                      type="radio"
                      name={`${prefix}-efqm`}
                      checked={efqmAnswer === mode}
                      aria-describedby={`${prefix}-efqm-${mode}`}
                      onChange={() => {
                        changed()
                        setEfqmAnswer(mode)
                      }}
                    />
                    <span>
                      {t(`prework.dialog.efqm.${mode}`)}
                      <span id={`${prefix}-efqm-${mode}`} className="prework-option-hint">
                        {t(`prework.dialog.efqm.${mode}Hint`)}
                      </span>
                    </span>
                  </label>
                ))}
              </fieldset>
            )}
          </div>
        </div>
        {progress && (
          <div className="export-progress">
            <progress max={1} value={progress.fraction} aria-label={t('prework.dialog.progress')} />
            <span role="status">{progress.label}</span>
          </div>
        )}
        {written && <PacksResult written={written} />}
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {written ? t('common:close') : t('common:cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || chosenPeople.length === 0 || chosenFrameworks.length === 0}>
            {busy ? t('prework.dialog.writing') : t('prework.dialog.write')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
