import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment, StoredParticipant } from '../../../../common/contract/assessment-schema'
import type { Framework, Item, Section } from '../../../../common/domain/framework'
import { elementsFor } from '../../../../common/domain/radar'
import { countAssessmentItem, notApplicableDraft } from '../../../../common/domain/workshop-input'
import type { Participant } from '../../../../common/domain/team'
import { useApp } from '../../store/app-store'
import { useDocument } from '../../store/document-store'
import { useQuestionnaire } from '../../store/questionnaire-store'
import { updateItem, withNote } from '../../store/response-edits'
import { ConsensusPanel, type ConsensusHandle } from './ConsensusPanel'
import { ItemHelp } from './ItemHelp'
import { ItemQuestions } from './ItemQuestions'
import { NoteList } from './NoteList'
import { participantLabel, roomOrder } from './participant-label'
import { RadarGrid } from './RadarGrid'
import { ScaleGuide } from './ScaleGuide'
import { SpreadChart } from './SpreadChart'
import { useScrollToItemTop } from './use-item-scroll'
import { VoteGrid } from './VoteGrid'
import { RoomItemControls } from '../room/RoomItemControls'
import { ownValue } from '../../../../common/domain/records'

export function ItemView(props: { framework: Framework; section: Section; item: Item; assessment: Assessment; onNextItem: () => void; onPreviousItem: () => void }) {
  const { framework, section, item, assessment } = props
  const edit = useDocument((s) => s.edit)
  const { t } = useTranslation(['questionnaire', 'common'])
  // Hiding names is part of projector mode; the button for it is only there.
  const anonymous = useApp((s) => s.projector && s.anonymous)
  const projector = useApp((s) => s.projector)
  const participantIndex = useQuestionnaire((s) => s.participantIndex)
  const response = ownValue(ownValue(assessment.responses, framework.id), item.id)
  // The room's order: the setup order, or with names hidden a shuffle of its own for each item.
  const participants = useMemo(() => roomOrder(assessment.participants, item.id, anonymous), [assessment.participants, item.id, anonymous])
  const { summary, count } = countAssessmentItem(framework, item.id, assessment)
  const consensus = useRef<ConsensusHandle>(null)
  const backToVotes = () => document.querySelector<HTMLElement>('.votes tbody tr[tabindex="0"]')?.focus()
  const radar = framework.scoring === 'radar'
  const mode = response?.mode ?? 'quick'
  const flagged = response?.flagged ?? false
  const active: StoredParticipant | undefined = participants[Math.min(participantIndex, participants.length - 1)]
  const itemRef = useScrollToItemTop<HTMLElement>()

  return (
    <article ref={itemRef} className="item-view" aria-labelledby={`item-${item.id}`}>
      <header className="item-header">
        <div>
          <p className="item-context">
            {framework.name} · {section.id} {section.title}
          </p>
          <h2 id={`item-${item.id}`}>
            {item.id} {item.title}
          </h2>
        </div>
        <button
          type="button"
          className={flagged ? 'flag on' : 'flag'}
          aria-pressed={flagged}
          onClick={() => edit((a) => updateItem(a, framework.id, item.id, (r) => ({ ...r, flagged: !r.flagged })))}
        >
          {flagged ? t('item.flagged') : t('item.flag')}
        </button>
      </header>

      <div className="item-guidance">
        <ItemHelp text={item.help} projector={projector} />
        <ItemQuestions questions={item.questions} />
        {[item.amendment, item.revision].filter(Boolean).map((note) => (
          <p key={note!.label} className="item-note">
            <span className="tag">{note!.label}</span> {note!.note}
          </p>
        ))}
      </div>

      {/* Only while a room is open: put the item in it, close voting, reveal. */}
      <RoomItemControls framework={framework} section={section} item={item} currentMode={mode} />

      <section className="votes-section" aria-label={t('votes.heading')}>
        <div className="votes-header">
          <h3>{t('votes.heading')}</h3>
          {radar && (
            <div role="group" aria-label={t('votes.modeLabel')} className="segmented">
              {(['quick', 'radar'] as const).map((option) => (
                <button
                  key={option}
                  type="button"
                  aria-pressed={mode === option}
                  onClick={() => edit((a) => updateItem(a, framework.id, item.id, (r) => ({ ...r, mode: option })))}
                >
                  {t(`votes.modes.${option}`)}
                </button>
              ))}
            </div>
          )}
        </div>
        {radar && mode === 'radar' ? (
          <RadarGrid framework={framework} item={item} elements={elementsFor(framework, section)} response={response} participants={participants} anonymous={anonymous} />
        ) : (
          <VoteGrid
            framework={framework}
            item={item}
            response={response}
            participants={participants}
            anonymous={anonymous}
            onNextItem={props.onNextItem}
            onPreviousItem={props.onPreviousItem}
            onAgreeProposal={() => consensus.current?.agreeProposal()}
            onGoToConsensus={() => consensus.current?.focus()}
          />
        )}
        <ScaleGuide framework={framework} proposed={summary.proposedConsensus} />
        <SpreadChart summary={summary} max={radar ? 100 : 5} participants={participants} anonymous={anonymous} projector={projector} />
        {active && (
          <div className="participant-note">
            <label htmlFor={`note-${item.id}`}>{t('item.notesFrom', { name: participantLabel(active, participants.indexOf(active), anonymous) })}</label>
            <textarea
              id={`note-${item.id}`}
              rows={2}
              value={ownValue(response?.notes, active.id) ?? ''}
              onChange={(event) => {
                const text = event.target.value
                edit((a) => updateItem(a, framework.id, item.id, (r) => withNote(r, active.id, text)), { coalesce: `note:${item.id}:${active.id}` })
              }}
            />
          </div>
        )}
      </section>

      <ConsensusPanel
        framework={framework}
        item={item}
        response={response}
        count={count}
        notApplicableDraft={notApplicableDraft(response, summary, participants as Participant[], !anonymous)}
        handle={consensus}
        onBackToVotes={backToVotes}
      />

      <div className="note-lists">
        <NoteList frameworkId={framework.id} itemId={item.id} list="evidence" entries={response?.evidence ?? []} />
        <NoteList frameworkId={framework.id} itemId={item.id} list="strengths" entries={response?.strengths ?? []} />
        <NoteList frameworkId={framework.id} itemId={item.id} list="afis" entries={response?.afis ?? []} />
      </div>
    </article>
  )
}
