import { notFound } from 'next/navigation'

import { communeOf, isCommuneSteward, isStaff } from '@/access/roles'
import { publishAlertAction } from '@/alerts/actions'
import { isExpired, loadAlert } from '@/alerts/view'
import { alertSeverities, alertStatuses, incidentVectors } from '@/alerts/vocabulary'
import { requireSession } from '@/auth/currentUser'
import { AcknowledgeForm } from '@/components/alerts/AcknowledgeForm'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { PageHeader } from '@/components/ui/PageHeader'
import { dateAtTime, longDate } from '@/format/dates'
import { recordId } from '@/http/recordId'

export const metadata = { title: 'Alerte régionale' }

/**
 * One regional alert. Members read what to check and their own commune's « vérifié chez nous » (its secretary or
 * référent marks it here); the coordination sees every commune, checked or not, with their notes, and the shared
 * incidents behind the alert.
 */
export default async function AlertPage({ params }: { params: Promise<{ id: string }> }) {
  const { payload, user } = await requireSession()
  const id = recordId((await params).id)
  if (!id) notFound()
  const view = await loadAlert(payload, user, id)
  if (!view) notFound()
  const { alert, communes, sources, ownCheck } = view
  const staff = isStaff(user)
  const expired = isExpired(alert)
  const checked = communes?.filter((commune) => commune.check) ?? []
  const unchecked = communes?.filter((commune) => !commune.check) ?? []
  return (
    <>
      <PageHeader
        title={alert.title}
        breadcrumb={[{ href: '/alertes', label: 'Alertes régionales' }]}
        lead={
          <>
            Gravité : {alertSeverities[alert.severity].toLowerCase()} · valable jusqu’au {longDate(alert.expiresOn)}
            {expired && ' (expirée)'}
            {alert.publishedAt && ` · publiée le ${longDate(alert.publishedAt)}`}
          </>
        }
      />
      {alert.status === 'draft' && (
        <div className="message message--info" role="status">
          <p className="message__title">{alertStatuses.draft}</p>
          <p>Les communes ne la voient pas encore. La publier l’affiche sur leur page d’accueil et l’envoie par e-mail.</p>
          <ResultForm action={publishAlertAction} label="Publier l’alerte">
            <input type="hidden" name="alert" value={alert.id} />
            <Button>Publier l’alerte</Button>
          </ResultForm>
        </div>
      )}

      <section aria-labelledby="a-verifier">
        <h2 id="a-verifier">À vérifier</h2>
        <p className="notes">{alert.whatToCheck}</p>
      </section>

      {!staff && (
        <section aria-labelledby="chez-nous" data-testid="own-check">
          <h2 id="chez-nous">Chez nous</h2>
          {!communeOf(user) ? (
            <p className="muted">Votre compte n’est rattaché à aucune commune : chaque commune marque l’alerte de son côté.</p>
          ) : ownCheck ? (
            <>
              <p>
                <span className="badge badge--success">Vérifié chez nous</span> le {longDate(ownCheck.createdAt)}
                {ownCheck.recordedByName ? ` par ${ownCheck.recordedByName}` : ''}.
              </p>
              {ownCheck.note && <p className="notes">{ownCheck.note}</p>}
            </>
          ) : isCommuneSteward(user) && alert.status === 'published' ? (
            <AcknowledgeForm alert={alert.id} />
          ) : (
            <p>
              <span className="badge badge--warning">Pas encore vérifié</span> Le ou la secrétaire municipal·e ou le ou la référent·e
              numérique de votre commune la marque « vérifié chez nous » une fois la vérification faite.
            </p>
          )}
        </section>
      )}

      {communes && (
        <>
          <p className="meta" role="status">
            {alert.mailedAt
              ? `E-mail envoyé le ${dateAtTime(alert.mailedAt)}${alert.mailedTo != null ? ` à ${alert.mailedTo} personne${alert.mailedTo > 1 ? 's' : ''}` : ''}.`
              : alert.status === 'published'
                ? 'E-mail en cours d’envoi aux référent·es et secrétaires des communes.'
                : 'Aucun e-mail envoyé (brouillon).'}
          </p>
          <section aria-labelledby="verifiees" data-testid="checked-communes">
            <h2 id="verifiees">Communes ayant vérifié ({checked.length})</h2>
            {checked.length === 0 ? (
              <p className="muted">Aucune commune n’a encore marqué l’alerte vérifiée.</p>
            ) : (
              <table className="accounts table-cards">
                <thead>
                  <tr>
                    <th scope="col">Commune</th>
                    <th scope="col">Vérifié le</th>
                    <th scope="col">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {checked.map(({ id: communeId, name, check }) => (
                    <tr key={communeId}>
                      <td data-label="Commune">{name}</td>
                      <td data-label="Vérifié le">
                        {longDate(check!.createdAt)}
                        {check!.recordedByName ? ` par ${check!.recordedByName}` : ''}
                      </td>
                      <td className="notes" data-label="Note">
                        {check!.note || '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="non-verifiees" data-testid="unchecked-communes">
            <h2 id="non-verifiees">Pas encore vérifié ({unchecked.length})</h2>
            {unchecked.length === 0 ? (
              <p>Toutes les communes ont vérifié.</p>
            ) : (
              <p className="notes">{unchecked.map((commune) => commune.name).join(', ')}</p>
            )}
          </section>
          <section aria-labelledby="origine">
            <h2 id="origine">Incidents partagés à l’origine</h2>
            {sources.length === 0 ? (
              <p className="muted">Aucun incident lié.</p>
            ) : (
              <ul className="requests">
                {sources.map((incident) => (
                  <li key={incident.id} className="request">
                    <strong>{incident.title}</strong> — {incidentVectors[incident.vector]}
                    <br />
                    {incident.summary}
                    <br />
                    Ce qui a aidé : {incident.whatHelped}
                    <br />
                    <span className="meta">
                      {incident.communeName} ({incident.showCommune ? 'nommée aux communes' : 'anonyme pour les communes et le COPIL'})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  )
}
