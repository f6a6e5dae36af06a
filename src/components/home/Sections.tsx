import Link from 'next/link'

import { ProgressBar } from '@/components/ProgressBar'
import { dateAtHour, longDate, longDateTime } from '@/format/dates'
import type { Agenda, Changes, GuideProgress } from '@/home/view'
import { proposalChange } from '@/measures/proposalChange'
import { proposalStatuses } from '@/measures/vocabulary'
import { committeeLabel } from '@/meetings/vocabulary'
import type { Measure } from '@/payload-types'

/** The commune's checklists, one line per guide: its progress and the next action, unfinished ones first. */
export function ChecklistProgress({ guides, communeName }: { guides: GuideProgress[]; communeName: string }) {
  const open = guides.filter((guide) => guide.next)
  const finished = guides.length - open.length
  return (
    <section className="home-section" aria-labelledby="home-checklists" data-testid="home-checklists">
      <h2 id="home-checklists">Les checklists de la commune de {communeName}</h2>
      {guides.length === 0 ? (
        <p>Aucun guide n’a encore de checklist. Les guides publiés par l’ARVr apparaîtront ici.</p>
      ) : open.length === 0 ? (
        <p>Toutes les checklists sont terminées : bravo. Elles restent à jour dans chaque guide si quelque chose change.</p>
      ) : (
        <p className="muted">
          Chaque guide propose quelques actions minimales. Cochez ce que la commune a fait ; la prochaine action est indiquée.
          {finished > 0 && ` ${finished} checklist${finished > 1 ? 's' : ''} terminée${finished > 1 ? 's' : ''}.`}
        </p>
      )}
      {open.length > 0 && (
        <ul className="home-tasks">
          {open.map((guide) => (
            <li key={guide.slug} className="home-task home-task--progress">
              <Link href={`/guides/${guide.slug}#checklist`}>{guide.title}</Link>
              <ProgressBar value={guide.percent} />
              <span className="home-task__next">Prochaine action : {guide.next!.label}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** The person's registrations to coming events, and the next events of the region. */
export function AgendaSection({ agenda }: { agenda: Agenda }) {
  const registered = new Set(agenda.registrations.map((r) => r.event.id))
  const others = agenda.nextEvents.filter((event) => !registered.has(event.id))
  return (
    <section className="home-section" aria-labelledby="home-agenda" data-testid="home-agenda">
      <h2 id="home-agenda">Agenda</h2>
      <h3>Vos inscriptions</h3>
      {agenda.registrations.length === 0 ? (
        <p>Vous n’êtes inscrit·e à aucun événement à venir.</p>
      ) : (
        <ul className="home-tasks">
          {agenda.registrations.map((registration) => (
            <li key={registration.id} className="home-task">
              <Link href={`/agenda/${registration.event.id}`}>{registration.event.title}</Link>{' '}
              {registration.event.cancelled ? (
                <span className="badge badge--rejected">Annulé</span>
              ) : registration.status === 'waitlisted' ? (
                <span className="badge badge--pending">Liste d’attente</span>
              ) : (
                <span className="badge badge--approved">Inscrit·e</span>
              )}
              <span className="muted"> · {longDateTime(registration.event.startsAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>Prochains événements</h3>
      {others.length === 0 ? (
        <p>
          {agenda.nextEvents.length === 0
            ? 'Aucun autre événement n’est annoncé pour l’instant.'
            : 'Vous êtes inscrit·e aux prochains événements.'}{' '}
          <Link href="/agenda/abonnement">Abonnez-vous à l’agenda</Link> pour recevoir les prochains dans votre calendrier.
        </p>
      ) : (
        <ul className="home-tasks">
          {others.map((event) => (
            <li key={event.id} className="home-task">
              <Link href={`/agenda/${event.id}`}>{event.title}</Link>
              <span className="muted"> · {longDateTime(event.startsAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/agenda">Tout l’agenda</Link>
      </p>
    </section>
  )
}

/** New since the person's previous login: guides, priority decisions, approved minutes. */
export function ChangesSection({ changes }: { changes: Changes }) {
  const { guides, decisions, minutes } = changes
  const nothing = guides.length + decisions.length + minutes.length === 0
  const since = changes.firstVisit ? 'ces 30 derniers jours' : `depuis votre connexion précédente, le ${dateAtHour(changes.since)}`
  return (
    <section className="home-section" aria-labelledby="home-changes" data-testid="home-changes">
      <h2 id="home-changes">Nouveautés</h2>
      <p className="muted">{nothing ? `Rien de nouveau ${since}.` : `Ce qui a changé ${since}.`}</p>
      {nothing && (
        <p>
          Les guides, les décisions du Comité et les procès-verbaux approuvés apparaîtront ici. En attendant, la{' '}
          <Link href="/recherche">recherche</Link> trouve tout ce que Relais contient.
        </p>
      )}
      {guides.length > 0 && (
        <>
          <h3>Nouveaux guides</h3>
          <ul className="home-tasks">
            {guides.map((guide) => (
              <li key={guide.id} className="home-task">
                <Link href={`/guides/${guide.slug}`}>{guide.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {decisions.length > 0 && (
        <>
          <h3>Décisions sur les priorités</h3>
          <ul className="home-tasks">
            {decisions.map((decision) => {
              const measure = typeof decision.measure === 'object' ? (decision.measure as Measure) : null
              return (
                <li key={decision.id} className="home-task">
                  <Link href={measure ? `/mesures/${measure.number}` : '/mesures/propositions'}>
                    {measure ? `Mesure ${measure.number} — ${measure.title}` : 'Proposition'}
                  </Link>{' '}
                  <span className={decision.status === 'approved' ? 'badge badge--approved' : 'badge badge--rejected'}>
                    {proposalStatuses[decision.status]}
                  </span>
                  <span className="muted">
                    {' '}
                    · {proposalChange(decision)}
                    {decision.decidedAt ? `, le ${longDate(decision.decidedAt)}` : ''}
                  </span>
                </li>
              )
            })}
          </ul>
        </>
      )}
      {minutes.length > 0 && (
        <>
          <h3>Procès-verbaux approuvés</h3>
          <ul className="home-tasks">
            {minutes.map((meeting) => (
              <li key={meeting.id} className="home-task">
                <Link href={`/seances/${meeting.id}`}>
                  {committeeLabel(meeting.committeeSlug)} — {meeting.title}, {longDate(meeting.startsAt)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
