import { acknowledgeAlertAction } from '@/alerts/actions'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'

/** « Vérifié chez nous », with an optional note only the commune and the coordination read. */
export function AcknowledgeForm({ alert }: { alert: number }) {
  return (
    <ResultForm action={acknowledgeAlertAction} className="stacked-form" label="Marquer l’alerte vérifiée">
      <input type="hidden" name="alert" value={alert} />
      <label>
        Note (facultative, lue par votre commune et la coordination seulement)
        <textarea name="note" rows={3} maxLength={1000} />
      </label>
      <Button>Vérifié chez nous</Button>
    </ResultForm>
  )
}
