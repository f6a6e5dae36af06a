import Link from 'next/link'

import { isStaff } from '@/access/roles'
import { isExpired, loadAlerts } from '@/alerts/view'
import { alertSeverities, alertStatuses, incidentVectors } from '@/alerts/vocabulary'
import { requireSession } from '@/auth/currentUser'
import { AlertForm } from '@/components/alerts/AlertForm'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { longDate } from '@/format/dates'

export const metadata = { title: 'Alertes régionales' }

/**
 * The regional alerts: for every member, what the region asks communes to check and whether their commune has;
 * for the coordination, also the drafts, how many communes have checked each one, and the incidents the communes
 * shared to raise alerts from.
 */
export default async function AlertsPage() {
  const { payload, user } = await requireSession()
  const staff = isStaff(user)
  const { alerts, communes, shared } = await loadAlerts(payload, user)
  return (
    <>
      <PageHeader
        title="Alertes régionales"
        lead={
          staff
            ? 'Les incidents que les communes partagent, et les alertes que la coordination en tire : qui a vérifié, qui pas encore.'
            : 'Ce que la coordination ARVr demande à chaque commune de vérifier, à partir d’incidents partagés par des communes de la région.'
        }
      />

      <section aria-labelledby="alertes">
        <h2 id="alertes">Alertes</h2>
        {alerts.length === 0 ? (
          <EmptyState title="Aucune alerte pour l’instant.">
            <p>
              {staff
                ? 'Lancez une alerte à partir des incidents partagés ci-dessous.'
                : 'Quand la coordination publie une alerte, elle apparaît ici et sur votre page d’accueil.'}
            </p>
          </EmptyState>
        ) : (
          <table className="accounts table-cards">
            <thead>
              <tr>
                <th scope="col">Alerte</th>
                <th scope="col">Gravité</th>
                <th scope="col">Valable jusqu’au</th>
                <th scope="col">{staff ? 'Communes ayant vérifié' : 'Chez nous'}</th>
              </tr>
            </thead>
            <tbody>
              {alerts.map((alert) => (
                <tr key={alert.id}>
                  <td data-label="Alerte">
                    <Link href={`/alertes/${alert.id}`}>{alert.title}</Link>
                    {alert.status === 'draft' && <span className="badge badge--neutral">{alertStatuses.draft}</span>}
                  </td>
                  <td data-label="Gravité">{alertSeverities[alert.severity]}</td>
                  <td data-label="Valable jusqu’au">
                    {longDate(alert.expiresOn)}
                    {isExpired(alert) && ' (expirée)'}
                  </td>
                  <td data-label={staff ? 'Communes ayant vérifié' : 'Chez nous'}>
                    {staff ? (
                      `${alert.checked} sur ${communes}`
                    ) : alert.ownCheck ? (
                      <span className="badge badge--success">Vérifié</span>
                    ) : (
                      <span className="badge badge--warning">À vérifier</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {staff && (
        <>
          {/* Not a .panel: its row layout is for short inline forms; this one is a column of long fields. */}
          <details className="no-print">
            <summary>Lancer une alerte</summary>
            <AlertForm shared={shared} />
          </details>
          <section aria-labelledby="partages">
            <h2 id="partages">Incidents partagés par les communes</h2>
            {shared.length === 0 ? (
              <p className="muted">Aucune commune n’a encore partagé d’incident.</p>
            ) : (
              <table className="accounts table-cards">
                <thead>
                  <tr>
                    <th scope="col">Incident</th>
                    <th scope="col">Vecteur</th>
                    <th scope="col">Ce qui a aidé</th>
                    <th scope="col">Commune</th>
                  </tr>
                </thead>
                <tbody>
                  {shared.map((incident) => (
                    <tr key={incident.id}>
                      <td className="notes" data-label="Incident">
                        <strong>{incident.title}</strong>
                        <br />
                        {incident.summary}
                        <br />
                        <span className="meta">Partagé le {longDate(incident.createdAt)}</span>
                      </td>
                      <td data-label="Vecteur">{incidentVectors[incident.vector]}</td>
                      <td className="notes" data-label="Ce qui a aidé">
                        {incident.whatHelped}
                      </td>
                      <td data-label="Commune">
                        {incident.communeName}
                        <br />
                        <span className="meta">
                          {incident.showCommune ? 'nommée aux communes' : 'anonyme pour les communes et le COPIL'}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </>
  )
}
