import { useTranslation } from 'react-i18next'
import type { Framework } from '../../../../common/domain/framework'

export function SourcesList({ frameworks, unresolved }: { frameworks: Framework[]; unresolved: string[] }) {
  const { t } = useTranslation('method')
  return (
    <section className="card method-section" aria-labelledby="method-sources">
      <h2 id="method-sources">{t('sources.heading')}</h2>
      {frameworks.map((framework) => (
        <article key={framework.id} aria-labelledby={`sources-${framework.id}`}>
          <h3 id={`sources-${framework.id}`}>
            {framework.name} — {framework.edition} ({framework.publisher})
          </h3>
          {framework.description && <p>{framework.description}</p>}
          <h4>{t('sources.sources')}</h4>
          <ul>
            {framework.sources.map((source) => (
              <li key={source.title}>
                <strong>{source.title}</strong>
                {source.secondary && <span className="tag">{t('sources.secondary')}</span>}: {source.note}
              </li>
            ))}
          </ul>
          {framework.caveats.length > 0 && (
            <>
              <h4>{t('sources.caveats')}</h4>
              <ul>
                {framework.caveats.map((caveat) => (
                  <li key={caveat}>{caveat}</li>
                ))}
              </ul>
            </>
          )}
        </article>
      ))}
      {unresolved.length > 0 && (
        <p role="alert" className="field-error">
          {t('sources.unresolved', { references: unresolved.join('; ') })}
        </p>
      )}
    </section>
  )
}
