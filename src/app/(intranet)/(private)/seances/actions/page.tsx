import { committeesOf, isStaff, sitsOn } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { ActionItemList } from '@/components/meetings/ActionItems'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { getTranslations } from '@/i18n/getTranslations'
import { loadOpenActions } from '@/meetings/view'
import { committeeSlugs } from '@/meetings/vocabulary'

export async function generateMetadata() {
  return { title: (await getTranslations('meetings.actions'))('title') }
}

/**
 * Open actions across meetings: by default the reader's own; committee members and staff can list a committee's
 * or everyone's. Overdue ones are highlighted; owners and the committee mark them done.
 */
export default async function ActionsPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const { payload, user } = await requireSession()
  const [t, committeeNames] = await Promise.all([getTranslations('meetings.actions'), getTranslations('vocab.meetings.committees')])
  const params = await searchParams
  const committee = firstParam(params.comite)
  const who = firstParam(params.qui) ?? (committee ? 'tous' : 'moi')
  const actions = await loadOpenActions(payload, user, { mine: who === 'moi', committee })
  const committees = isStaff(user) ? committeeSlugs : committeesOf(user)

  return (
    <>
      <p className="breadcrumb">
        <a href="/seances">{t('breadcrumb')}</a> › {t('title')}
      </p>
      <h1>{t('title')}</h1>
      <form method="get" className="filters" aria-label={t('filter')}>
        <label>
          {t('owner')}
          <select name="qui" defaultValue={who}>
            <option value="moi">{t('mine')}</option>
            {committees.length > 0 && <option value="tous">{t('everyone')}</option>}
          </select>
        </label>
        {committees.length > 0 && (
          <label>
            {t('committee')}
            <select name="comite" defaultValue={committee ?? ''}>
              <option value="">{t('all')}</option>
              {committees.map((slug) => (
                <option key={slug} value={slug}>
                  {committeeNames(slug)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit">{t('show')}</button>
      </form>
      <p>{t('count', { count: actions.length })}</p>
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
