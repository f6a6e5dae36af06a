import { forbidden } from 'next/navigation'

import { isStaff } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { PageNotice } from '@/components/PageNotice'
import { ResultForm } from '@/components/ResultForm'
import { EmptyState, PageHeader } from '@/components/ui'
import { recordId } from '@/http/recordId'
import { getTranslations } from '@/i18n/getTranslations'
import { mergeProvidersAction } from '@/providers/actions'
import { likelyDuplicates } from '@/providers/names'
import { loadMergeChoices, type MergeChoice } from '@/providers/view'

export async function generateMetadata() {
  return { title: (await getTranslations('providers.merge'))('title') }
}

type Words = Awaited<ReturnType<typeof getTranslations>>
const described = (p: MergeChoice, t: Words) =>
  p.aliases.length
    ? t('describedAliases', { name: p.name, count: p.contracts, aliases: p.aliases.join(', ') })
    : t('described', { name: p.name, count: p.contracts })

/**
 * Coordinators merge provider records that are one provider: the contracts (and every other record) of the
 * duplicates move to the kept one, whose aliases gain their names. A likely pair prefills the form.
 */
type Params = { garder?: string; doublons?: string; fait?: string; garde?: string; fiches?: string; references?: string }

/** « 1 fiche fusionnée dans « X » ; 3 références déplacées. », from the address the merge leads to. */
function outcome(params: Params, providers: MergeChoice[], t: Words): string | null {
  const kept = providers.find((p) => p.id === recordId(params.garde ?? ''))
  const count = (value?: string) => (value && /^\d{1,4}$/.test(value) ? Number(value) : null)
  const [merged, moved] = [count(params.fiches), count(params.references)]
  if (params.fait !== 'fusion' || !kept || merged === null || moved === null) return null
  return t('done', { merged, name: kept.name, moved })
}

export default async function MergeProvidersPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { payload, user } = await requireSession()
  if (!isStaff(user)) forbidden()
  const params = await searchParams
  const providers = await loadMergeChoices(payload, user)
  const keep = recordId(params.garder ?? '')
  const ticked = new Set((params.doublons ?? '').split(',').map((v) => recordId(v)))
  const t = await getTranslations('providers.merge')
  const notice = outcome(params, providers, t)
  const suggestions = likelyDuplicates(providers).map((group) => [...group].sort((a, b) => b.contracts - a.contracts || a.id - b.id))
  return (
    <>
      <PageHeader title={t('title')} breadcrumb={[{ href: '/prestataires', label: t('breadcrumb') }]} lead={t('lead')} />
      {notice && <PageNotice>{notice}</PageNotice>}
      {providers.length < 2 ? (
        <EmptyState title={t('nothing')} />
      ) : (
        <>
          {suggestions.length > 0 && (
            <section aria-labelledby="probables">
              <h2 id="probables">{t('likely')}</h2>
              <ul data-testid="suggestions">
                {suggestions.map((group) => (
                  <li key={group[0]!.id}>
                    {group.map((p) => p.name).join(' / ')} —{' '}
                    <a
                      href={`/prestataires/fusionner?garder=${group[0]!.id}&doublons=${group
                        .slice(1)
                        .map((p) => p.id)
                        .join(',')}#fusion`}
                    >
                      {t('prepare', { name: group[0]!.name })}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="fusion">
            <h2 id="fusion">{t('merge')}</h2>
            <ResultForm action={mergeProvidersAction} className="stacked-form" label={t('title')}>
              <label>
                {t('keep')}
                <select name="keep" required defaultValue={keep ?? ''}>
                  <option value="" disabled>
                    {t('choose')}
                  </option>
                  {providers.map((p) => (
                    <option key={p.id} value={p.id}>
                      {t('described', { name: p.name, count: p.contracts })}
                    </option>
                  ))}
                </select>
              </label>
              <fieldset>
                <legend>{t('duplicates')}</legend>
                {providers.map((p) => (
                  <label key={p.id} className="inline">
                    <input type="checkbox" name="duplicate" value={p.id} defaultChecked={ticked.has(p.id)} /> {described(p, t)}
                  </label>
                ))}
              </fieldset>
              <label className="inline">
                <input type="checkbox" name="confirm" required /> {t('confirm')}
              </label>
              <button type="submit">{t('submit')}</button>
            </ResultForm>
          </section>
        </>
      )}
    </>
  )
}
