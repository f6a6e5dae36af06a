import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { answerChecklistAction } from '@/contracts/actions'
import { contractAnswerKeys } from '@/contracts/vocabulary'
import { idOf } from '@/fields/idOf'
import { getTranslations } from '@/i18n/getTranslations'
import type { Contract, ContractCriterion } from '@/payload-types'

/** Every key point as a group of radio buttons, answered and saved at once. */
export async function ChecklistForm({ contract, criteria }: { contract: Contract; criteria: ContractCriterion[] }) {
  const [t, vocab] = await Promise.all([getTranslations('contracts.checklist'), getTranslations('vocab.contracts')])
  const given = new Map((contract.answers ?? []).map((a) => [idOf(a.criterion), a]))
  return (
    <ResultForm action={answerChecklistAction} className="stacked-form" label={t('label')}>
      <input type="hidden" name="contract" value={contract.id} />
      {criteria.map((criterion) => (
        <fieldset key={criterion.id} className="checklist-item">
          <legend>{criterion.title}</legend>
          <p className="muted">{criterion.question}</p>
          <div className="state-buttons">
            {contractAnswerKeys.map((value) => (
              <label key={value} className="inline">
                <input
                  type="radio"
                  name={`answer-${criterion.id}`}
                  value={value}
                  defaultChecked={given.get(criterion.id)?.answer === value}
                />{' '}
                {vocab(`answers.${value}`)}
              </label>
            ))}
          </div>
          <label>
            {t('note')} <span className="muted">{t('optional')}</span>
            <input
              name={`note-${criterion.id}`}
              maxLength={500}
              defaultValue={given.get(criterion.id)?.note ?? ''}
              aria-label={t('noteFor', { title: criterion.title })}
            />
          </label>
        </fieldset>
      ))}
      <Button>{t('save')}</Button>
    </ResultForm>
  )
}
