import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { answerChecklistAction } from '@/contracts/actions'
import { contractAnswers } from '@/contracts/vocabulary'
import { idOf } from '@/fields/idOf'
import type { Contract, ContractCriterion } from '@/payload-types'

/** Every key point as a group of radio buttons, answered and saved at once. */
export function ChecklistForm({ contract, criteria }: { contract: Contract; criteria: ContractCriterion[] }) {
  const given = new Map((contract.answers ?? []).map((a) => [idOf(a.criterion), a]))
  return (
    <ResultForm action={answerChecklistAction} className="stacked-form" label="Checklist du contrat">
      <input type="hidden" name="contract" value={contract.id} />
      {criteria.map((criterion) => (
        <fieldset key={criterion.id} className="checklist-item">
          <legend>{criterion.title}</legend>
          <p className="muted">{criterion.question}</p>
          <div className="state-buttons">
            {Object.entries(contractAnswers).map(([value, label]) => (
              <label key={value} className="inline">
                <input
                  type="radio"
                  name={`answer-${criterion.id}`}
                  value={value}
                  defaultChecked={given.get(criterion.id)?.answer === value}
                />{' '}
                {label}
              </label>
            ))}
          </div>
          <label>
            Précision <span className="muted">(facultatif)</span>
            <input
              name={`note-${criterion.id}`}
              maxLength={500}
              defaultValue={given.get(criterion.id)?.note ?? ''}
              aria-label={`Précision : ${criterion.title}`}
            />
          </label>
        </fieldset>
      ))}
      <Button>Enregistrer les réponses</Button>
    </ResultForm>
  )
}
