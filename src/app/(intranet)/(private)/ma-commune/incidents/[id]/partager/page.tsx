import { forbidden, notFound } from 'next/navigation'

import { isCommuneSteward, isStaff } from '@/access/roles'
import { shareIncidentAction } from '@/alerts/actions'
import { loadShare } from '@/alerts/view'
import { incidentVectors } from '@/alerts/vocabulary'
import { requireSession } from '@/auth/currentUser'
import { ChoiceSelect } from '@/components/ChoiceSelect'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { PageHeader } from '@/components/ui/PageHeader'
import { longDate } from '@/format/dates'
import { recordId } from '@/http/recordId'

export const metadata = { title: 'Partager un incident avec la région' }

/**
 * The référent or the secretary turns an incident of the commune's log into what the region may learn from it:
 * a separate text, prefilled from the log and edited here before it leaves, anonymous unless they tick the box.
 * The log itself stays private to the commune.
 */
export default async function ShareIncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { payload, user } = await requireSession()
  if (!isStaff(user) && !isCommuneSteward(user)) forbidden()
  const id = recordId((await params).id)
  if (!id) notFound()
  const view = await loadShare(payload, user, id)
  if (!view) notFound()
  const { incident, shared, communeName } = view
  return (
    <>
      <PageHeader
        title="Partager un incident avec la région"
        breadcrumb={[{ href: isStaff(user) ? `/ma-commune?commune=${incident.commune}` : '/ma-commune', label: 'Ma commune' }]}
        lead={
          <>
            Ce que vous écrivez ici part à la coordination ARVr, qui peut en tirer une alerte pour toutes les communes. Le journal de votre
            commune reste privé : rien d’autre n’est partagé. Sans la case « nommer la commune », ni les autres communes ni le COPIL ne
            savent que l’incident vient de {communeName || 'votre commune'}. Retirez les noms de personnes et de fournisseurs si nécessaire.
          </>
        }
      />
      <section aria-labelledby="journal" className="panel">
        <h2 id="journal">Dans le journal de la commune (reste privé)</h2>
        <p className="meta">{longDate(incident.occurredOn)}</p>
        <p className="notes">{incident.summary}</p>
        <p className="notes">Impact : {incident.impact}</p>
        <p className="notes">Mesures prises : {incident.actions}</p>
      </section>
      <section aria-labelledby="partage">
        <h2 id="partage">{shared ? 'Ce que la région reçoit' : 'Ce que la région recevra'}</h2>
        <ResultForm action={shareIncidentAction} className="stacked-form" label="Partager l’incident">
          <input type="hidden" name="incident" value={incident.id} />
          <label>
            Titre
            <input name="title" required maxLength={160} defaultValue={shared?.title ?? ''} />
          </label>
          <label>
            Ce qui s’est passé
            <textarea name="summary" rows={4} required maxLength={2000} defaultValue={shared?.summary ?? incident.summary} />
          </label>
          <label>
            Vecteur
            <ChoiceSelect name="vector" choices={incidentVectors} defaultValue={shared?.vector ?? ''} any="Choisir…" />
          </label>
          <label>
            Ce qui a aidé
            <textarea name="whatHelped" rows={4} required maxLength={2000} defaultValue={shared?.whatHelped ?? incident.actions} />
          </label>
          <label className="inline">
            <input type="checkbox" name="showCommune" defaultChecked={shared?.showCommune ?? false} /> Nommer la commune ({communeName})
            auprès des autres communes et du COPIL
          </label>
          <Button>{shared ? 'Mettre à jour le partage' : 'Partager avec la région'}</Button>
        </ResultForm>
      </section>
    </>
  )
}
