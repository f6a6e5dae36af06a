import { committeesOf, isStaff, sitsOn } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { ActionItemList } from '@/components/meetings/ActionItems'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { loadOpenActions } from '@/meetings/view'
import { committeeLabel, committeeSlugs } from '@/meetings/vocabulary'

export const metadata = { title: 'Actions en cours' }

/**
 * Open actions across meetings: by default the reader's own; committee members and staff can list a committee's
 * or everyone's. Overdue ones are highlighted; owners and the committee mark them done.
 */
export default async function ActionsPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const { payload, user } = await requireSession()
  const params = await searchParams
  const committee = firstParam(params.comite)
  const who = firstParam(params.qui) ?? (committee ? 'tous' : 'moi')
  const actions = await loadOpenActions(payload, user, { mine: who === 'moi', committee })
  const committees = isStaff(user) ? committeeSlugs : committeesOf(user)

  return (
    <>
      <p className="breadcrumb">
        <a href="/seances">Séances</a> › Actions en cours
      </p>
      <h1>Actions en cours</h1>
      <form method="get" className="filters" aria-label="Filtrer les actions">
        <label>
          Responsable
          <select name="qui" defaultValue={who}>
            <option value="moi">Mes actions</option>
            {committees.length > 0 && <option value="tous">Tout le monde</option>}
          </select>
        </label>
        {committees.length > 0 && (
          <label>
            Comité
            <select name="comite" defaultValue={committee ?? ''}>
              <option value="">Tous</option>
              {committees.map((slug) => (
                <option key={slug} value={slug}>
                  {committeeLabel(slug)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit">Afficher</button>
      </form>
      <p>
        {actions.length === 0
          ? 'Aucune action ouverte.'
          : `${actions.length} action${actions.length > 1 ? 's' : ''} ouverte${actions.length > 1 ? 's' : ''}, les plus urgentes d’abord.`}
      </p>
      {actions.length > 0 && (
        <ActionItemList
          actions={actions}
          showMeeting
          canUpdate={(action) => sitsOn(user, action.committeeSlug) || action.owner === user.id}
        />
      )}
    </>
  )
}
