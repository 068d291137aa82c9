import type { Assessment } from '../../../../electron/ipc/assessment-schema'
import type { KindCounts, MergePlan, ParticipantCounts } from '../../domain/response-merge'
import { formatDateTime } from '../../ui/format'
import { participantName, plural } from './labels'

function countsText(counts: KindCounts, noun: string): string {
  return `${plural(counts.new, `new ${noun}`)}, ${counts.same} unchanged, ${plural(counts.conflict, 'conflict')}`
}

function participantLine(counts: ParticipantCounts): string {
  const notes = counts.notes.new + counts.notes.same + counts.notes.conflict
  return `${countsText(counts.ratings, 'rating')}${notes > 0 ? `; notes: ${countsText(counts.notes, 'note')}` : ''}.`
}

/** What the chosen files would change: refused files first, since they need the user's attention. */
export function MergeSummary(props: { assessment: Assessment; plan: MergePlan }) {
  const { assessment, plan } = props
  const refused = plan.files.flatMap((file) => (file.status === 'refused' ? [file] : []))
  const superseded = plan.files.flatMap((file) => (file.status === 'superseded' ? [file] : []))
  const accepted = plan.files.flatMap((file) => (file.status === 'accepted' ? [file] : []))

  return (
    <section aria-labelledby="merge-summary-heading">
      <h3 id="merge-summary-heading">What will change</h3>
      {refused.length > 0 && (
        <div className="pf-refused" role="alert">
          <p>
            {refused.length === 1 ? '1 file cannot be imported' : `${refused.length} files cannot be imported`}; nothing
            from {refused.length === 1 ? 'it' : 'them'} will be merged:
          </p>
          <ul>
            {refused.map((file) => (
              <li key={file.path}>
                <span className="pf-file-name">{file.fileName}</span>: {file.reason}
              </li>
            ))}
          </ul>
        </div>
      )}

      {accepted.length > 0 ? (
        <>
          <p>{accepted.length === 1 ? 'From 1 file:' : `From ${accepted.length} files:`}</p>
          <ul aria-label="Files to merge">
            {accepted.map((file) => (
              <li key={file.path}>
                <span className="pf-file-name">{file.fileName}</span> — {participantName(assessment, file.participantId)},
                exported {formatDateTime(file.exportedAt)}
                {file.remarks.length > 0 && (
                  <ul className="pf-remarks">
                    {file.remarks.map((remark) => (
                      <li key={remark}>{remark}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <ul aria-label="Changes per participant">
            {plan.participants.map((counts) => (
              <li key={counts.participantId}>
                <strong>{counts.name}</strong>: {participantLine(counts)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>None of the chosen files can be merged.</p>
      )}

      {superseded.length > 0 && (
        <>
          <p>Not used:</p>
          <ul className="pf-remarks" aria-label="Files not used">
            {superseded.map((file) => (
              <li key={file.path}>
                <span className="pf-file-name">{file.fileName}</span>: {file.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
