import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { longDate } from '@/format/dates'
import type { DigitalIncident, SharedIncident } from '@/payload-types'
import { addIncidentAction, updateIncidentAction } from '@/register/actions'
import { incidentStatuses } from '@/register/vocabulary'

function Change({ incident, commune, change, label }: { incident: number; commune: number; change: string; label: string }) {
  return (
    <ResultForm action={updateIncidentAction} className="no-print" label={label}>
      <input type="hidden" name="incident" value={incident} />
      <input type="hidden" name="commune" value={commune} />
      <input type="hidden" name="change" value={change} />
      <Button variant="link">{label}</Button>
    </ResultForm>
  )
}

/** Steering note 003, §6: significant incidents, kept minimally; the executive is told when services or data are hit. */
export function IncidentLog({
  incidents,
  commune,
  canEdit,
  shared = new Map(),
}: {
  incidents: DigitalIncident[]
  commune: number
  canEdit: boolean
  /** What was shared with the region, by incident (issue 23): the commune's own shares only. */
  shared?: Map<number, SharedIncident>
}) {
  return (
    <section aria-labelledby="incidents">
      <h2 id="incidents">Journal des incidents numériques</h2>
      {incidents.length === 0 ? (
        <p className="muted">Aucun incident consigné.</p>
      ) : (
        <table className="accounts table-cards">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Ce qui s’est passé</th>
              <th scope="col">Impact</th>
              <th scope="col">Mesures prises</th>
              <th scope="col">Suivi</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((i) => (
              <tr key={i.id}>
                <td data-label="Date">{longDate(i.occurredOn)}</td>
                <td className="notes" data-label="Ce qui s’est passé">
                  {i.summary}
                </td>
                <td className="notes" data-label="Impact">
                  {i.impact}
                </td>
                <td className="notes" data-label="Mesures prises">
                  {i.actions}
                </td>
                <td data-label="Suivi">
                  <span className={`badge ${i.status === 'clos' ? 'badge--approved' : 'badge--pending'}`}>
                    {incidentStatuses[i.status]}
                  </span>
                  <br />
                  Prestataires contactés : {i.providersContacted ? 'oui' : 'non'}
                  <br />
                  Exécutif informé : {i.executiveInformed ? 'oui' : 'non'}
                  {canEdit && !i.executiveInformed && (
                    <Change incident={i.id} commune={commune} change="informed" label="Exécutif informé" />
                  )}
                  {canEdit && i.status !== 'clos' && <Change incident={i.id} commune={commune} change="close" label="Clore l’incident" />}
                  <br />
                  {shared.has(i.id) ? (
                    <>
                      Partagé avec la région {shared.get(i.id)!.showCommune ? '(commune nommée)' : '(sans le nom de la commune)'}
                      {canEdit && (
                        <>
                          {' '}
                          · <a href={`/ma-commune/incidents/${i.id}/partager`}>Modifier le partage</a>
                        </>
                      )}
                    </>
                  ) : (
                    canEdit && (
                      <a className="no-print" href={`/ma-commune/incidents/${i.id}/partager`}>
                        Partager avec la région
                      </a>
                    )
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <details className="panel no-print">
          <summary>Consigner un incident</summary>
          <p className="muted">Informez l’exécutif si les prestations à la population ou la sécurité des données sont affectées.</p>
          <ResultForm action={addIncidentAction} className="stacked-form" label="Consigner un incident" resetOnSuccess>
            <input type="hidden" name="commune" value={commune} />
            <label>
              Date
              <input type="date" name="occurredOn" required />
            </label>
            <label>
              Ce qui s’est passé
              <textarea name="summary" rows={2} required maxLength={2000} />
            </label>
            <label>
              Impact (prestations, données)
              <textarea name="impact" rows={2} required maxLength={2000} />
            </label>
            <label>
              Mesures prises
              <textarea name="actions" rows={2} required maxLength={2000} />
            </label>
            <label className="inline">
              <input type="checkbox" name="providersContacted" /> Prestataires contactés
            </label>
            <label className="inline">
              <input type="checkbox" name="executiveInformed" /> Exécutif informé
            </label>
            <label className="inline">
              <input type="checkbox" name="closed" /> Incident clos
            </label>
            <Button>Ajouter au journal</Button>
          </ResultForm>
        </details>
      )}
    </section>
  )
}
