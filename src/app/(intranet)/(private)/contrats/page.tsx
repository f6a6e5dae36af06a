import { isCommuneSteward, isStaff } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { loadCommuneNames } from '@/communes/view'
import { ChoiceSelect } from '@/components/ChoiceSelect'
import { communeChoices } from '@/components/CommunePicker'
import { ContractFields } from '@/components/contracts/ContractFields'
import { NoticeBadge } from '@/components/contracts/NoticeBadge'
import { Score } from '@/components/contracts/Score'
import { ResultForm } from '@/components/ResultForm'
import { createContractAction } from '@/contracts/actions'
import { contractView, loadContracts, loadCriteria } from '@/contracts/view'
import { idOf } from '@/fields/idOf'
import { getTranslations } from '@/i18n/getTranslations'
import { providerName } from '@/providers/names'
import { loadProviderNames } from '@/providers/view'

export async function generateMetadata() {
  return { title: (await getTranslations('contracts'))('title') }
}

/** The outcomes a redirect names (`?fait=`), as catalogue keys. */
const done: Record<string, string> = { supprime: 'deleted' }

/**
 * Measure 11: the key points to check in a contract with an IT provider, and the commune's own contracts with
 * their score, gaps and notice deadline. Members read their commune's; the secretary and référent keep them.
 */
export default async function ContractsPage({ searchParams }: { searchParams: Promise<{ fait?: string }> }) {
  const { payload, user } = await requireSession()
  const { fait } = await searchParams
  const staff = isStaff(user)
  const canRecord = staff || isCommuneSteward(user)
  const [criteria, contracts, communes, providers] = await Promise.all([
    loadCriteria(payload, user),
    loadContracts(payload, user),
    staff ? loadCommuneNames(payload, user) : null,
    canRecord ? loadProviderNames(payload, user) : [],
  ])
  const views = contracts.map((contract) => contractView(contract, criteria))
  const communeName = new Map(communes?.map((c) => [c.id, c.name]))
  const t = await getTranslations('contracts')
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead', { staff: String(staff) })}</p>
      {fait && done[fait] && (
        <p role="status" className="message message--notice">
          {t(`done.${done[fait]}`)}
        </p>
      )}

      <section aria-labelledby="mes-contrats">
        <h2 id="mes-contrats">{staff ? t('list.titleStaff') : t('list.title')}</h2>
        {views.length === 0 ? (
          <p className="muted">{t('list.none')}</p>
        ) : (
          <table className="accounts table-cards">
            <thead>
              <tr>
                {staff && <th scope="col">{t('list.commune')}</th>}
                <th scope="col">{t('list.service')}</th>
                <th scope="col">{t('list.provider')}</th>
                <th scope="col">{t('list.checklist')}</th>
                <th scope="col">{t('list.noticeDeadline')}</th>
              </tr>
            </thead>
            <tbody>
              {views.map((view) => (
                <tr key={view.contract.id}>
                  {staff && <td data-label={t('list.commune')}>{communeName.get(idOf(view.contract.commune))}</td>}
                  <td data-label={t('list.service')}>
                    <a href={`/contrats/${view.contract.id}`}>{view.contract.service}</a>
                  </td>
                  <td data-label={t('list.provider')}>{providerName(view.contract.provider)}</td>
                  <td data-label={t('list.checklist')}>
                    <Score assessment={view.assessment} />
                  </td>
                  <td data-label={t('list.noticeDeadline')}>
                    <NoticeBadge view={view} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canRecord ? (
          <details className="panel">
            <summary>{t('record.title')}</summary>
            <ResultForm action={createContractAction} className="stacked-form" label={t('record.title')}>
              {staff && (
                <label>
                  {t('list.commune')}
                  <ChoiceSelect name="commune" choices={communeChoices(communes ?? [])} any={t('record.choose')} />
                </label>
              )}
              <ContractFields providers={providers} />
              <button type="submit">{t('record.submit')}</button>
            </ResultForm>
          </details>
        ) : (
          <p className="muted">{t('record.who')}</p>
        )}
      </section>

      <section aria-labelledby="points-cles">
        <h2 id="points-cles">{t('criteria.title', { count: criteria.length })}</h2>
        <p>{t('criteria.intro')}</p>
        <ol className="criteria">
          {criteria.map((criterion) => (
            <li key={criterion.id} id={`point-${criterion.key}`}>
              <h3>{criterion.title}</h3>
              <p>
                <strong>{t('criteria.question')}</strong> {criterion.question}
              </p>
              <p>
                <strong>{t('criteria.why')}</strong> {criterion.why}
              </p>
              <p>
                <strong>{t('criteria.advice')}</strong> {criterion.advice}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </>
  )
}
