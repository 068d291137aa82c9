import { useTranslation } from 'react-i18next'
import { partialVotesSentence } from '../../../../common/domain/counting'
import { allItems } from '../../../../common/domain/framework'
import { useQuestionnaire } from '../../store/questionnaire-store'
import type { ResultsContext } from './use-results'
import { ownValue } from '../../../../common/domain/records'

/** Which items the figures leave out because their votes are incomplete, and a way to go and finish them. */
export function CountingNotice({ context }: { context: ResultsContext }) {
  const { t } = useTranslation('results')
  const goToItem = useQuestionnaire((s) => s.goToItem)
  const showNotCounted = useQuestionnaire((s) => s.showNotCounted)
  const entries = [
    { framework: context.efqm, results: context.results.efqm },
    { framework: context.iso, results: context.results.iso },
  ].flatMap(({ framework, results }) => {
    if (!framework || !results) return []
    const sentence = partialVotesSentence(framework.name, results.progress)
    const first = allItems(framework).find((item) => ownValue(results.states, item.id) === 'in-progress')
    return sentence && first ? [{ framework, sentence, first }] : []
  })
  if (entries.length === 0) return null
  return (
    <section className="card counting-notice" aria-labelledby="counting-notice" role="note">
      <h2 id="counting-notice">{t('counting.heading')}</h2>
      <ul>
        {entries.map(({ framework, sentence, first }) => (
          <li key={framework.id}>
            {sentence}{' '}
            <button
              type="button"
              className="quiet"
              onClick={() => {
                showNotCounted()
                goToItem(framework.id, first.id)
              }}
            >
              {t('counting.show')}
            </button>
          </li>
        ))}
      </ul>
      <p className="field-hint">{t('counting.rule')}</p>
    </section>
  )
}
