import { notFound } from 'next/navigation'

import { communeOf, isCommuneSteward, isStaff } from '@/access/roles'
import { canDecide } from '@/accounts/requests'
import { loadSharedByIncident } from '@/alerts/view'
import { requireSession } from '@/auth/currentUser'
import { communeChecklistSummary } from '@/checklists/communeSummary'
import { loadCommune, loadCommuneNames } from '@/communes/view'
import { ComplianceCalendar } from '@/components/checklists/ComplianceCalendar'
import { CommunePicker } from '@/components/CommunePicker'
import { NoticeBadge } from '@/components/contracts/NoticeBadge'
import { Score } from '@/components/contracts/Score'
import { CommuneCockpit } from '@/components/indicators/CommuneCockpit'
import { InventorySection } from '@/components/inventory/InventorySection'
import { PrintButton } from '@/components/PrintButton'
import { DecisionLog } from '@/components/register/DecisionLog'
import { IncidentLog } from '@/components/register/IncidentLog'
import { ReferentSection } from '@/components/register/ReferentSection'
import { contractView, loadCriteria } from '@/contracts/view'
import { recordId } from '@/http/recordId'
import { loadInventory } from '@/inventory/view'
import { providerName } from '@/providers/names'
import { loadRegister } from '@/register/view'

export const metadata = { title: 'Ma commune' }

/**
 * The commune's digital register (steering note 003): référent, decision and incident logs, with its checklist
 * progress and contracts at a glance. Private to the commune and the coordination; prints for the executive.
 */
export default async function MyCommunePage({ searchParams }: { searchParams: Promise<{ commune?: string }> }) {
  const { payload, user } = await requireSession()
  const staff = isStaff(user)
  const communes = staff ? await loadCommuneNames(payload, user) : []
  const chosen = staff ? (recordId((await searchParams).commune) ?? communeOf(user) ?? communes[0]?.id) : communeOf(user)
  if (!chosen) notFound()
  const commune = await loadCommune(payload, user, chosen)
  if (!commune) notFound()
  const [{ register, decisions, incidents, contracts }, criteria, checklists, inventory, shared] = await Promise.all([
    loadRegister(payload, user, commune.id),
    loadCriteria(payload, user),
    communeChecklistSummary(payload, user, commune.id),
    loadInventory(payload, user, commune.id),
    loadSharedByIncident(payload, user, commune.id),
  ])
  const canEdit = staff || isCommuneSteward(user)
  return (
    <>
      <h1>Registre numérique de {commune.name}</h1>
      <p className="lead">
        Le pilotage numérique de la commune en une page : qui en est le ou la référent·e, les décisions prises, les incidents survenus,
        l’avancement des checklists, les contrats et l’inventaire des outils. Visible de la commune et de la coordination ARVr uniquement.
      </p>
      <div className="actions-bar no-print">
        <PrintButton label="Imprimer pour l’exécutif" />
        {canDecide(user) && (
          <>
            <a href="/ma-commune/demandes">Demandes de compte</a>
            <a href="/ma-commune/comptes">Comptes de la commune</a>
            <a href="/ma-commune/journal">Journal d’audit</a>
          </>
        )}
      </div>
      {staff && <CommunePicker communes={communes} selected={commune.id} />}
      <CommuneCockpit payload={payload} user={user} commune={commune.id} />
      <ReferentSection register={register} commune={commune.id} canEdit={canEdit} />
      <DecisionLog decisions={decisions} commune={commune.id} canEdit={canEdit} />
      <IncidentLog incidents={incidents} commune={commune.id} canEdit={canEdit} shared={shared} />

      <section aria-labelledby="checklists">
        <h2 id="checklists">Checklists des guides</h2>
        <table className="accounts">
          <thead>
            <tr>
              <th scope="col">Guide</th>
              <th scope="col">Actions répondues</th>
              <th scope="col">Réalisé</th>
            </tr>
          </thead>
          <tbody>
            {checklists.map((guide) => (
              <tr key={guide.slug}>
                <td>
                  <a href={`/guides/${guide.slug}`}>{guide.title}</a>
                </td>
                <td>
                  {guide.answered} / {guide.items}
                </td>
                <td>{guide.percent} %</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ComplianceCalendar payload={payload} user={user} commune={commune.id} />

      <section aria-labelledby="contrats">
        <h2 id="contrats">Contrats informatiques</h2>
        {contracts.length === 0 ? (
          <p className="muted">
            Aucun contrat enregistré. <a href="/contrats">Vérifier un contrat avec la checklist</a>
          </p>
        ) : (
          <ul className="requests">
            {contracts.map((contract) => {
              const view = contractView(contract, criteria)
              return (
                <li key={contract.id} className="request">
                  <a href={`/contrats/${contract.id}`}>{contract.service}</a> — {providerName(contract.provider)}
                  <br />
                  Checklist : <Score assessment={view.assessment} />
                  <br />
                  Dernier jour pour résilier : <NoticeBadge view={view} />
                </li>
              )
            })}
          </ul>
        )}
      </section>

      <InventorySection view={inventory} commune={commune.id} canEdit={canEdit} />
    </>
  )
}
