import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { FoldingHeading, usePanelOpen } from './FoldingHeading'

/** The item's questions to discuss; they can be folded away, for every item at once. */
export function ItemQuestions({ questions }: { questions: readonly string[] }) {
  const { t } = useTranslation('questionnaire')
  const [open, toggle] = usePanelOpen('questions')
  const listId = useId()
  return (
    <>
      <FoldingHeading open={open} onToggle={toggle} controls={listId}>
        {t('item.questions')} <span className="count">{questions.length}</span>
      </FoldingHeading>
      <ol id={listId} className="questions" hidden={!open}>
        {questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ol>
    </>
  )
}
