import i18next from 'i18next'
import { Trans, useTranslation } from 'react-i18next'
import type { Assessment } from '../../../../common/contract/assessment-schema'
import type { KindCounts, MergePlan, ParticipantCounts } from '../../../../common/domain/response-merge'
import { formatDateTime } from '../../ui/format'
import { participantName } from './labels'

function countsText(counts: KindCounts, field: 'ratings' | 'notes'): string {
  return i18next.t('participants:summary.counts', {
    new: i18next.t(field === 'ratings' ? 'participants:summary.newRatings' : 'participants:summary.newNotes', { count: counts.new }),
    unchanged: i18next.t('participants:summary.unchanged', { count: counts.same }),
    conflicts: i18next.t('participants:summary.conflicts', { count: counts.conflict }),
  })
}

function participantLine(counts: ParticipantCounts): string {
  const notes = counts.notes.new + counts.notes.same + counts.notes.conflict
  const ratings = countsText(counts.ratings, 'ratings')
  return notes > 0
    ? i18next.t('participants:summary.ratingsAndNotes', { counts: ratings, noteCounts: countsText(counts.notes, 'notes') })
    : i18next.t('participants:summary.ratings', { counts: ratings })
}

/** What the chosen files would change: refused files first, since they need the user's attention. */
export function MergeSummary(props: { assessment: Assessment; plan: MergePlan }) {
  const { assessment, plan } = props
  const { t } = useTranslation(['participants', 'common'])
  const refused = plan.files.flatMap((file) => (file.status === 'refused' ? [file] : []))
  const superseded = plan.files.flatMap((file) => (file.status === 'superseded' ? [file] : []))
  const accepted = plan.files.flatMap((file) => (file.status === 'accepted' ? [file] : []))
  // Names and reasons go in as elements, not `values`: <Trans> would read a name holding "{{…}}" as a placeholder.
  const fileName = (name: string) => <span className="pf-file-name">{name}</span>

  return (
    <section aria-labelledby="merge-summary-heading">
      <h3 id="merge-summary-heading">{t('summary.heading')}</h3>
      {refused.length > 0 && (
        <div className="pf-refused" role="alert">
          <p>{t('summary.refused', { count: refused.length })}</p>
          <ul>
            {refused.map((file) => (
              <li key={file.path}>
                <Trans t={t} i18nKey="summary.fileReason" components={{ file: fileName(file.fileName), reason: <>{file.reason}</> }} />
              </li>
            ))}
          </ul>
        </div>
      )}

      {accepted.length > 0 ? (
        <>
          <p>{t('summary.fromFiles', { count: accepted.length })}</p>
          <ul aria-label={t('summary.filesLabel')}>
            {accepted.map((file) => (
              <li key={file.path}>
                <Trans
                  t={t}
                  i18nKey="summary.acceptedFile"
                  values={{ when: formatDateTime(file.exportedAt) }}
                  components={{ file: fileName(file.fileName), participant: <>{participantName(assessment, file.participantId)}</> }}
                />
                {file.remarks.length > 0 && (
                  // A filled pack may leave out many cells: the list scrolls on its own (and by keyboard), so the buttons stay in view.
                  <ul className="pf-remarks pf-remarks-scroll" tabIndex={0} aria-label={t('import.remarksLabel', { file: file.fileName })}>
                    {file.remarks.map((remark, index) => (
                      <li key={index}>{remark}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <ul aria-label={t('summary.perParticipantLabel')}>
            {plan.participants.map((counts) => (
              <li key={counts.participantId}>
                <Trans
                  t={t}
                  i18nKey="summary.participantChanges"
                  values={{ changes: participantLine(counts) }}
                  components={{ name: <strong>{counts.name}</strong> }}
                />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('summary.noneMergeable')}</p>
      )}

      {superseded.length > 0 && (
        <>
          <p>{t('summary.notUsed')}</p>
          <ul className="pf-remarks" aria-label={t('summary.notUsedLabel')}>
            {superseded.map((file) => (
              <li key={file.path}>
                <Trans t={t} i18nKey="summary.fileReason" components={{ file: fileName(file.fileName), reason: <>{file.reason}</> }} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
