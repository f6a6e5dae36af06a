import { committeesOf, isStaff } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { FollowButton } from '@/components/follow/FollowButton'
import { StatusBadge } from '@/components/meetings/StatusBadge'
import { loadFollowButton } from '@/follow/view'
import { duration, longDate, longDateTime } from '@/format/dates'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { currentMemberships } from '@/meetings/committee'
import { loadCommittees, loadMeetings } from '@/meetings/view'
import type { Committee, Meeting } from '@/payload-types'

export async function generateMetadata() {
  return { title: (await getTranslations('meetings.list'))('title') }
}

async function MeetingList({ meetings, empty }: { meetings: Meeting[]; empty: string }) {
  if (!meetings.length) return <p>{empty}</p>
  const locale = await requestLocale()
  return (
    <ul className="meetings">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <a href={`/seances/${meeting.id}`}>
            {longDateTime(meeting.startsAt, locale)} · <span lang="fr">{meeting.title}</span>
          </a>{' '}
          <StatusBadge status={meeting.status} />{' '}
          <span className="muted">
            ({duration(meeting.durationMinutes, locale)}
            {meeting.place ? (
              <>
                {', '}
                <span lang="fr">{meeting.place}</span>
              </>
            ) : (
              ''
            )}
            )
          </span>
        </li>
      ))}
    </ul>
  )
}

/** The committee's mission and composition as the strategy states them; a field it leaves blank is not shown. */
async function Charter({ committee }: { committee: Committee }) {
  if (!committee.mission && !committee.composition) return null
  const t = await getTranslations('meetings.list')
  return (
    <dl className="measure-facts committee-charter">
      {committee.mission && (
        <>
          <dt>{t('mission')}</dt>
          <dd lang="fr">{committee.mission}</dd>
        </>
      )}
      {committee.composition && (
        <>
          <dt>{t('composition')}</dt>
          <dd lang="fr">{committee.composition}</dd>
        </>
      )}
    </dl>
  )
}

async function Members({ committee }: { committee: Committee }) {
  const [t, roles, locale] = await Promise.all([getTranslations('meetings.list'), getTranslations('vocab.meetings.roles'), requestLocale()])
  const members = currentMemberships(committee)
  if (!members.length) return <p className="muted">{t('noMembers')}</p>
  return (
    <ul className="members" aria-label={t('membersOf', { committee: committee.shortName })}>
      {members.map((m) => (
        <li key={m.id}>
          {`${m.name} — ${roles(m.role)}`}
          {m.representing ? (
            <>
              {', '}
              <span lang="fr">{m.representing}</span>
            </>
          ) : null}{' '}
          <span className="muted">
            {m.until
              ? t('fromUntil', { from: longDate(m.from, locale), until: longDate(m.until, locale) })
              : t('from', { from: longDate(m.from, locale) })}
          </span>
        </li>
      ))}
    </ul>
  )
}

/** Upcoming and past meetings of each committee; members see convened meetings, the committee also its drafts. */
export default async function MeetingsPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const { payload, user } = await requireSession()
  const t = await getTranslations('meetings.list')
  const only = firstParam((await searchParams).comite)
  const [committees, meetings] = await Promise.all([loadCommittees(payload, user), loadMeetings(payload, user)])
  const now = new Date().toISOString()
  const canCreate = isStaff(user) || committeesOf(user).length > 0
  const shown = committees.filter((c: Committee) => !only || c.slug === only)
  const follows = await Promise.all(shown.map((c) => loadFollowButton(payload, user, { target: 'committee', key: c.slug })))

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p className="actions-bar">
        {canCreate && (
          <a className="button" href="/seances/nouvelle">
            {t('new')}
          </a>
        )}{' '}
        <a href="/seances/actions">{t('openActions')}</a>
      </p>
      {shown.map((committee, index) => {
        const own = meetings.filter((m) => m.committee === committee.id)
        const upcoming = own.filter((m) => m.startsAt >= now)
        const past = own.filter((m) => m.startsAt < now).reverse()
        return (
          <section key={committee.id} aria-labelledby={`committee-${committee.slug}`}>
            <h2 id={`committee-${committee.slug}`} lang="fr">
              {committee.name}
            </h2>
            <FollowButton
              target="committee"
              itemKey={committee.slug}
              name={t('followName', { committee: committee.shortName })}
              following={follows[index]!.following}
              byDefault={follows[index]!.byDefault}
              back={only ? `/seances?comite=${only}` : '/seances'}
            />
            <Charter committee={committee} />
            <h3>{t('members')}</h3>
            <Members committee={committee} />
            <h3>{t('upcoming')}</h3>
            <MeetingList meetings={upcoming} empty={t('noUpcoming')} />
            <h3>{t('past')}</h3>
            <MeetingList meetings={past} empty={t('noPast')} />
          </section>
        )
      })}
    </>
  )
}
