import { raiseAlertAction } from '@/alerts/actions'
import { type SharedIncidentRow } from '@/alerts/view'
import { alertSeverities, incidentVectors } from '@/alerts/vocabulary'
import { ChoiceSelect } from '@/components/ChoiceSelect'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'

/** The coordination's form: an alert in its own words, from the shared incidents it ticks. */
export function AlertForm({ shared }: { shared: SharedIncidentRow[] }) {
  return (
    <ResultForm action={raiseAlertAction} className="stacked-form" label="Lancer une alerte">
      <label>
        Titre
        <input name="title" required maxLength={160} />
      </label>
      <label>
        À vérifier
        <textarea name="whatToCheck" rows={5} required maxLength={4000} />
      </label>
      <p className="muted">
        Écrivez l’alerte sans nommer de commune : elle part à toutes les communes, qui ne voient pas les incidents à son origine.
      </p>
      <label>
        Gravité
        <ChoiceSelect name="severity" choices={alertSeverities} defaultValue="importante" />
      </label>
      <label>
        Valable jusqu’au
        <input type="date" name="expiresOn" required />
      </label>
      {shared.length > 0 && (
        <fieldset>
          <legend>Incidents partagés à l’origine</legend>
          {shared.map((incident) => (
            <label key={incident.id} className="inline">
              <input type="checkbox" name="incidents" value={incident.id} /> {incident.title} ({incidentVectors[incident.vector]},{' '}
              {incident.communeName})
            </label>
          ))}
        </fieldset>
      )}
      <label className="inline">
        <input type="checkbox" name="publish" /> Publier tout de suite (bandeau sur l’accueil et e-mail aux référent·es et secrétaires)
      </label>
      <Button>Enregistrer l’alerte</Button>
    </ResultForm>
  )
}
