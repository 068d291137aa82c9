import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Action } from '../../../../common/contract/assessment-schema'
import { collectAfis, newActionFromAfi, prioritise, sourceKey, type ActionStatus, type AfiEntry } from '../../../../common/domain/action-plan'
import { useDocument } from '../../store/document-store'
import { useQuestionnaire } from '../../store/questionnaire-store'
import type { ResultsContext } from '../results/use-results'
import { withActionChanged, withActionRemoved } from './action-edits'
import { ActionDialog } from './ActionDialog'
import { ActionList } from './ActionList'
import { AddToActionDialog } from './AddToActionDialog'
import { AfiList } from './AfiList'
import { DeleteActionDialog } from './DeleteActionDialog'
import { STATUS_KEYS } from './labels'
import { PriorityMatrix } from './PriorityMatrix'
import './actions.css'

type OpenDialog =
  | { kind: 'new'; afi: AfiEntry; action: Action }
  | { kind: 'add'; afi: AfiEntry }
  | { kind: 'edit'; actionId: string }
  | { kind: 'delete'; actionId: string }

/**
 * Where focus goes once a dialog closes and the button that opened it is gone: the AFI's
 * "In action" button, the list's heading, or (only if focus was lost) an action's row.
 */
type FocusTarget = { afi: string } | { action: string } | 'list'

const matching = (root: HTMLElement | null, attribute: 'afi' | 'action', value: string) =>
  Array.from(root?.querySelectorAll<HTMLElement>(`[data-${attribute}]`) ?? []).find((el) => el.dataset[attribute] === value)

/**
 * The action plan: the areas for improvement on one side, the actions they became on the
 * other, as a priority matrix and as a list in priority order.
 */
export function ActionPlanView(props: { context: ResultsContext }) {
  const { assessment, catalogue } = props.context
  const { t } = useTranslation('actions')
  const frameworks = useMemo(() => catalogue.frameworks.filter((f) => assessment.frameworks.includes(f.id)), [catalogue, assessment.frameworks])
  const afis = useMemo(() => collectAfis(assessment, frameworks), [assessment, frameworks])
  const ordered = useMemo(() => prioritise(assessment.actions), [assessment.actions])
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null)
  const edit = useDocument((s) => s.edit)
  const root = useRef<HTMLDivElement>(null)
  const listHeading = useRef<HTMLHeadingElement>(null)

  const actionOf = (id: string) => assessment.actions.find((action) => action.id === id)
  const target = dialog?.kind === 'edit' || dialog?.kind === 'delete' ? actionOf(dialog.actionId) : undefined
  // Undo can take the action away while its dialog is open; the dialog goes with it.
  const orphaned = (dialog?.kind === 'edit' || dialog?.kind === 'delete') && !target

  useEffect(() => {
    if (orphaned) setDialog(null)
  }, [orphaned])

  // Runs after the dialog has closed and handed focus back, so this move wins.
  useEffect(() => {
    if (!focusTarget) return
    if (focusTarget === 'list') listHeading.current?.focus()
    else if ('afi' in focusTarget) matching(root.current, 'afi', focusTarget.afi)?.focus()
    // A new impact or effort moves the action to another cell of the matrix, and the button
    // that opened the dialog goes with the old cell.
    else if (!root.current?.contains(document.activeElement)) matching(root.current, 'action', focusTarget.action)?.focus()
    setFocusTarget(null)
  }, [focusTarget])

  function setStatus(actionId: string, status: ActionStatus) {
    const action = actionOf(actionId)
    if (!action || action.status === status) return
    edit((a) => withActionChanged(a, actionId, { status }))
    setAnnouncement(t(`announce.status.${STATUS_KEYS[status]}`, { title: action.title }))
  }

  function deleteAction(action: Action) {
    edit((a) => withActionRemoved(a, action.id))
    setDialog(null)
    setAnnouncement(t('announce.deleted', { title: action.title }))
    setFocusTarget('list')
  }

  const rankOf = (id: string, actions: readonly Action[]) => prioritise(actions).findIndex((action) => action.id === id) + 1

  return (
    <div className="action-plan" ref={root}>
      <p className="lead">{t('lead')}</p>
      <div className="action-plan-columns">
        <AfiList
          afis={afis}
          canAddToAction={assessment.actions.length > 0}
          onMake={(afi) => setDialog({ kind: 'new', afi, action: newActionFromAfi(afi, crypto.randomUUID()) })}
          onAddTo={(afi) => setDialog({ kind: 'add', afi })}
          onShowAction={(actionId) => setDialog({ kind: 'edit', actionId })}
        />
        <PriorityMatrix actions={ordered} onOpenAction={(actionId) => setDialog({ kind: 'edit', actionId })} />
        <ActionList
          actions={ordered}
          frameworks={frameworks}
          headingRef={listHeading}
          onEdit={(actionId) => setDialog({ kind: 'edit', actionId })}
          onDelete={(actionId) => setDialog({ kind: 'delete', actionId })}
          onStatus={setStatus}
          onOpenItem={(frameworkId, itemId) => useQuestionnaire.getState().goToItem(frameworkId, itemId)}
        />
      </div>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>

      {dialog?.kind === 'new' && (
        <ActionDialog
          action={dialog.action}
          isNew
          assessment={assessment}
          frameworks={frameworks}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            const rank = rankOf(saved.id, [...assessment.actions, saved])
            setDialog(null)
            setAnnouncement(t('announce.created', { title: saved.title, rank }))
            setFocusTarget({ afi: sourceKey(dialog.afi) })
          }}
        />
      )}
      {dialog?.kind === 'add' && (
        <AddToActionDialog
          afi={dialog.afi}
          actions={assessment.actions}
          onClose={() => setDialog(null)}
          onSaved={(action) => {
            setDialog(null)
            setAnnouncement(t('announce.added', { title: action.title }))
            setFocusTarget({ afi: sourceKey(dialog.afi) })
          }}
        />
      )}
      {dialog?.kind === 'edit' && target && (
        <ActionDialog
          key={target.id}
          action={target}
          isNew={false}
          assessment={assessment}
          frameworks={frameworks}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null)
            setAnnouncement(t('announce.saved', { title: saved.title }))
            setFocusTarget({ action: saved.id })
          }}
        />
      )}
      {dialog?.kind === 'delete' && target && (
        <DeleteActionDialog action={target} onCancel={() => setDialog(null)} onConfirm={() => deleteAction(target)} />
      )}
    </div>
  )
}
