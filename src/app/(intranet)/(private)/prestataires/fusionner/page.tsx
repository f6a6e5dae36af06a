import { forbidden } from 'next/navigation'

import { isStaff } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { PageNotice } from '@/components/PageNotice'
import { ResultForm } from '@/components/ResultForm'
import { EmptyState, PageHeader } from '@/components/ui'
import { recordId } from '@/http/recordId'
import { mergeProvidersAction } from '@/providers/actions'
import { likelyDuplicates } from '@/providers/names'
import { loadMergeChoices, type MergeChoice } from '@/providers/view'

export const metadata = { title: 'Fusionner des prestataires' }

const contracts = (n: number) => `${n} contrat${n > 1 ? 's' : ''}`
const described = (p: MergeChoice) => `${p.name} — ${contracts(p.contracts)}${p.aliases.length ? ` (aussi : ${p.aliases.join(', ')})` : ''}`

/**
 * Coordinators merge provider records that are one provider: the contracts (and every other record) of the
 * duplicates move to the kept one, whose aliases gain their names. A likely pair prefills the form.
 */
type Params = { garder?: string; doublons?: string; fait?: string; garde?: string; fiches?: string; references?: string }

/** « 1 fiche fusionnée dans « X » ; 3 références déplacées. », from the address the merge leads to. */
function outcome(params: Params, providers: MergeChoice[]): string | null {
  const kept = providers.find((p) => p.id === recordId(params.garde ?? ''))
  const count = (value?: string) => (value && /^\d{1,4}$/.test(value) ? Number(value) : null)
  const [merged, moved] = [count(params.fiches), count(params.references)]
  if (params.fait !== 'fusion' || !kept || merged === null || moved === null) return null
  return `${merged} fiche${merged > 1 ? 's fusionnées' : ' fusionnée'} dans « ${kept.name} » ; ${moved} référence${moved > 1 ? 's déplacées' : ' déplacée'} (contrats et autres fiches).`
}

export default async function MergeProvidersPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { payload, user } = await requireSession()
  if (!isStaff(user)) forbidden()
  const params = await searchParams
  const providers = await loadMergeChoices(payload, user)
  const keep = recordId(params.garder ?? '')
  const ticked = new Set((params.doublons ?? '').split(',').map((v) => recordId(v)))
  const notice = outcome(params, providers)
  const suggestions = likelyDuplicates(providers).map((group) => [...group].sort((a, b) => b.contracts - a.contracts || a.id - b.id))
  return (
    <>
      <PageHeader
        title="Fusionner des prestataires"
        breadcrumb={[{ href: '/prestataires', label: 'Prestataires' }]}
        lead="Quand un même prestataire a plusieurs fiches, gardez-en une : les contrats des autres lui sont rattachés et leurs noms deviennent ses autres noms, pour le reconnaître à la prochaine saisie."
      />
      {notice && <PageNotice>{notice}</PageNotice>}
      {providers.length < 2 ? (
        <EmptyState title="Rien à fusionner : il faut au moins deux fiches de prestataire." />
      ) : (
        <>
          {suggestions.length > 0 && (
            <section aria-labelledby="probables">
              <h2 id="probables">Doublons probables</h2>
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
                      préparer la fusion dans « {group[0]!.name} »
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="fusion">
            <h2 id="fusion">Fusion</h2>
            <ResultForm action={mergeProvidersAction} className="stacked-form" label="Fusionner des prestataires">
              <label>
                Prestataire à garder
                <select name="keep" required defaultValue={keep ?? ''}>
                  <option value="" disabled>
                    Choisir…
                  </option>
                  {providers.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name} — {contracts(p.contracts)}
                    </option>
                  ))}
                </select>
              </label>
              <fieldset>
                <legend>Doublons à fusionner dans celui-ci</legend>
                {providers.map((p) => (
                  <label key={p.id} className="inline">
                    <input type="checkbox" name="duplicate" value={p.id} defaultChecked={ticked.has(p.id)} /> {described(p)}
                  </label>
                ))}
              </fieldset>
              <label className="inline">
                <input type="checkbox" name="confirm" required /> Je confirme : les doublons cochés seront supprimés et leurs contrats
                rattachés au prestataire gardé. Cette fusion ne peut pas être annulée.
              </label>
              <button type="submit">Fusionner</button>
            </ResultForm>
          </section>
        </>
      )}
    </>
  )
}
