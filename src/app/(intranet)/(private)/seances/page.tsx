import { committeesOf, isStaff } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { FollowButton } from '@/components/follow/FollowButton'
import { StatusBadge } from '@/components/meetings/StatusBadge'
import { loadFollowButton } from '@/follow/view'
import { duration, longDate, longDateTime } from '@/format/dates'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { currentMemberships } from '@/meetings/committee'
import { loadCommittees, loadMeetings } from '@/meetings/view'
import { committeeRoles } from '@/meetings/vocabulary'
import type { Committee, Meeting } from '@/payload-types'

export const metadata = { title: 'Séances des comités' }

function MeetingList({ meetings, empty }: { meetings: Meeting[]; empty: string }) {
  if (!meetings.length) return <p>{empty}</p>
  return (
    <ul className="meetings">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <a href={`/seances/${meeting.id}`}>
            {longDateTime(meeting.startsAt)} · {meeting.title}
          </a>{' '}
          <StatusBadge status={meeting.status} />{' '}
          <span className="muted">
            ({duration(meeting.durationMinutes)}
            {meeting.place ? `, ${meeting.place}` : ''})
          </span>
        </li>
      ))}
    </ul>
  )
}

/** The committee's mission and composition as the strategy states them; a field it leaves blank is not shown. */
function Charter({ committee }: { committee: Committee }) {
  if (!committee.mission && !committee.composition) return null
  return (
    <dl className="measure-facts committee-charter">
      {committee.mission && (
        <>
          <dt>Mission</dt>
          <dd>{committee.mission}</dd>
        </>
      )}
      {committee.composition && (
        <>
          <dt>Composition</dt>
          <dd>{committee.composition}</dd>
        </>
      )}
    </dl>
  )
}

function Members({ committee }: { committee: Committee }) {
  const members = currentMemberships(committee)
  if (!members.length) return <p className="muted">Composition à compléter par la coordination.</p>
  return (
    <ul className="members" aria-label={`Membres du ${committee.shortName}`}>
      {members.map((m) => (
        <li key={m.id}>
          {`${m.name} — ${committeeRoles[m.role]}${m.representing ? `, ${m.representing}` : ''}`}{' '}
          <span className="muted">
            (depuis le {longDate(m.from)}
            {m.until ? `, jusqu’au ${longDate(m.until)}` : ''})
          </span>
        </li>
      ))}
    </ul>
  )
}

/** Upcoming and past meetings of each committee; members see convened meetings, the committee also its drafts. */
export default async function MeetingsPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  const { payload, user } = await requireSession()
  const only = firstParam((await searchParams).comite)
  const [committees, meetings] = await Promise.all([loadCommittees(payload, user), loadMeetings(payload, user)])
  const now = new Date().toISOString()
  const canCreate = isStaff(user) || committeesOf(user).length > 0
  const shown = committees.filter((c: Committee) => !only || c.slug === only)
  const follows = await Promise.all(shown.map((c) => loadFollowButton(payload, user, { target: 'committee', key: c.slug })))

  return (
    <>
      <h1>Séances des comités</h1>
      <p className="lead">
        Le COTEC revoit périodiquement la liste des mesures et la propose au Comité ARVr, qui valide les priorités. Leur mission et leur
        composition sont celles que fixe la stratégie numérique 2022–25 de l’ARVr (section 6, « Gouvernance de la stratégie »). Ordres du
        jour, procès-verbaux approuvés et décisions de leurs séances.
      </p>
      <p className="actions-bar">
        {canCreate && (
          <a className="button" href="/seances/nouvelle">
            Nouvelle séance
          </a>
        )}{' '}
        <a href="/seances/actions">Actions en cours</a>
      </p>
      {shown.map((committee, index) => {
        const own = meetings.filter((m) => m.committee === committee.id)
        const upcoming = own.filter((m) => m.startsAt >= now)
        const past = own.filter((m) => m.startsAt < now).reverse()
        return (
          <section key={committee.id} aria-labelledby={`committee-${committee.slug}`}>
            <h2 id={`committee-${committee.slug}`}>{committee.name}</h2>
            <FollowButton
              target="committee"
              itemKey={committee.slug}
              name={`les séances du ${committee.shortName}`}
              following={follows[index]!.following}
              byDefault={follows[index]!.byDefault}
              back={only ? `/seances?comite=${only}` : '/seances'}
            />
            <Charter committee={committee} />
            <h3>Membres en fonction</h3>
            <Members committee={committee} />
            <h3>À venir</h3>
            <MeetingList meetings={upcoming} empty="Aucune séance à venir." />
            <h3>Passées</h3>
            <MeetingList meetings={past} empty="Aucune séance passée." />
          </section>
        )
      })}
    </>
  )
}
