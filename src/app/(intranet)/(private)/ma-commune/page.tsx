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
import { getTranslations } from '@/i18n/getTranslations'
import { loadInventory } from '@/inventory/view'
import { providerName } from '@/providers/names'
import { loadRegister } from '@/register/view'

export async function generateMetadata() {
  return { title: (await getTranslations('commune'))('title') }
}

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
  const t = await getTranslations('commune')
  return (
    <>
      <h1>{t('heading', { commune: commune.name })}</h1>
      <p className="lead">{t('lead')}</p>
      <div className="actions-bar no-print">
        <PrintButton label={t('print')} />
        {canDecide(user) && (
          <>
            <a href="/ma-commune/demandes">{t('links.requests')}</a>
            <a href="/ma-commune/comptes">{t('links.accounts')}</a>
            <a href="/ma-commune/journal">{t('links.journal')}</a>
          </>
        )}
      </div>
      {staff && <CommunePicker communes={communes} selected={commune.id} />}
      <CommuneCockpit payload={payload} user={user} commune={commune.id} />
      <ReferentSection register={register} commune={commune.id} canEdit={canEdit} />
      <DecisionLog decisions={decisions} commune={commune.id} canEdit={canEdit} />
      <IncidentLog incidents={incidents} commune={commune.id} canEdit={canEdit} shared={shared} />

      <section aria-labelledby="checklists">
        <h2 id="checklists">{t('checklists.title')}</h2>
        <table className="accounts">
          <thead>
            <tr>
              <th scope="col">{t('checklists.guide')}</th>
              <th scope="col">{t('checklists.answered')}</th>
              <th scope="col">{t('checklists.done')}</th>
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
                <td>{t('checklists.percent', { percent: guide.percent })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ComplianceCalendar payload={payload} user={user} commune={commune.id} />

      <section aria-labelledby="contrats">
        <h2 id="contrats">{t('contracts.title')}</h2>
        {contracts.length === 0 ? (
          <p className="muted">
            {t('contracts.none')} <a href="/contrats">{t('contracts.check')}</a>
          </p>
        ) : (
          <ul className="requests">
            {contracts.map((contract) => {
              const view = contractView(contract, criteria)
              return (
                <li key={contract.id} className="request">
                  <a href={`/contrats/${contract.id}`}>{contract.service}</a> — {providerName(contract.provider)}
                  <br />
                  {t('contracts.checklist')} <Score assessment={view.assessment} />
                  <br />
                  {t('contracts.noticeDeadline')} <NoticeBadge view={view} />
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
