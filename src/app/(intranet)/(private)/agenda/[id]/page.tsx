import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { requireSession } from '@/auth/currentUser'
import { langOf } from '@/components/ContentLang'
import { ContentLanguageNote } from '@/components/ContentLanguageNote'
import { PreviewNotice } from '@/components/PreviewNotice'
import { ResultForm } from '@/components/ResultForm'
import { attendanceAction, registrationAction } from '@/events/actions'
import { loadEvent } from '@/events/view'
import { eventTypes, registrationStatuses } from '@/events/vocabulary'
import { clockTime, longDate, longDateTime } from '@/format/dates'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { recordId } from '@/http/recordId'
import type { Measure, Media } from '@/payload-types'
import { isPreview } from '@/preview/preview'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<PageParams> }

const done: Record<string, string> = {
  inscription: 'Inscription confirmée : un e-mail avec l’invitation (.ics) vous a été envoyé.',
  attente:
    'L’événement est complet : vous êtes sur la liste d’attente. Si une place se libère, vous serez inscrit·e et prévenu·e par e-mail.',
  desinscription: 'Désinscription enregistrée.',
}

export async function generateMetadata({ params }: Props) {
  return { title: `Événement ${(await params).id}` }
}

export default async function EventPage({ params, searchParams }: Props) {
  const { payload, user } = await requireSession()
  const audienceLabel = await getTranslations('vocab.guides')
  const id = recordId((await params).id)
  // `?apercu=1`: an editor's preview of the draft (src/preview/preview.ts); anyone else is refused.
  const preview = isPreview(await searchParams, user)
  const view = id ? await loadEvent(payload, user, id, { draft: preview }) : null
  if (!view) notFound()
  const { event, mine, confirmed, waiting, registrations, open } = view
  const outcome = done[firstParam((await searchParams).fait) ?? '']
  const registered = mine && mine.status !== 'cancelled'
  const left = event.capacity ? Math.max(event.capacity - confirmed, 0) : null
  const sameDay = longDate(event.startsAt) === longDate(event.endsAt)

  return (
    <>
      {preview && <PreviewNotice editHref={`/admin/collections/events/${event.id}`} />}
      <p className="breadcrumb">
        <a href="/agenda">Agenda</a> › <span {...langOf(event)}>{event.title}</span>
      </p>
      <h1 {...langOf(event)}>{event.title}</h1>
      <ContentLanguageNote lang={event.lang} />
      {outcome && (
        <p role="status" className="message message--notice">
          {outcome}
        </p>
      )}
      {event.cancelled && (
        <p role="alert" className="message message--error">
          Cet événement est annulé.
        </p>
      )}
      <dl className="measure-facts">
        <dt>Type</dt>
        <dd>
          {eventTypes[event.type]}
          {event.theme ? ` · ${event.theme}` : ''}
        </dd>
        <dt>Quand</dt>
        <dd>
          {longDateTime(event.startsAt)} – {sameDay ? clockTime(event.endsAt) : longDateTime(event.endsAt)}
        </dd>
        <dt>Où</dt>
        <dd>
          {event.place ?? (event.onlineUrl ? 'En ligne' : 'À préciser')}
          {event.onlineUrl && (
            <>
              {' '}
              ·{' '}
              <a href={event.onlineUrl} rel="noopener noreferrer">
                Lien en ligne
              </a>
            </>
          )}
        </dd>
        {event.audiences && event.audiences.length > 0 && (
          <>
            <dt>Public</dt>
            <dd>{event.audiences.map((a) => audienceLabel(`audiences.${a}`)).join(', ')}</dd>
          </>
        )}
        <dt>Places</dt>
        <dd>
          {left === null
            ? 'Sans limite'
            : left > 0
              ? `${left} place${left > 1 ? 's' : ''} libre${left > 1 ? 's' : ''} sur ${event.capacity}`
              : `Complet (${waiting} en liste d’attente)`}
          {event.registrationDeadline && ` · inscription jusqu’au ${longDateTime(event.registrationDeadline)}`}
        </dd>
      </dl>

      <div className="buttons no-print">
        {registered ? (
          <ResultForm action={registrationAction} label="Se désinscrire">
            <input type="hidden" name="event" value={event.id} />
            <p>
              Votre inscription : <strong>{registrationStatuses[mine.status]}</strong>
            </p>
            <button type="submit" name="intent" value="leave" className="secondary">
              Se désinscrire
            </button>
          </ResultForm>
        ) : open ? (
          <ResultForm action={registrationAction} label="S’inscrire">
            <input type="hidden" name="event" value={event.id} />
            <button type="submit" name="intent" value="join">
              {left === 0 ? 'S’inscrire sur la liste d’attente' : 'S’inscrire'}
            </button>
          </ResultForm>
        ) : (
          !event.cancelled && <p>Les inscriptions sont closes.</p>
        )}
        <a href={`/agenda/${event.id}/evenement.ics`}>Ajouter à mon agenda (.ics)</a>
      </div>

      <p className="lead" {...langOf(event)}>
        {event.summary}
      </p>
      {event.description && (
        <p className="notes" {...langOf(event)}>
          {event.description}
        </p>
      )}
      {event.programme && event.programme.length > 0 && (
        <section aria-labelledby="programme">
          <h2 id="programme">Programme</h2>
          <table className="agenda">
            <tbody>
              {event.programme.map((step) => (
                <tr key={step.id}>
                  <td>{step.time}</td>
                  <td>{step.title}</td>
                  <td>{step.speaker}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {(event.measures ?? []).length > 0 && (
        <p>
          Mesures de la stratégie :{' '}
          {(event.measures as Measure[]).map((m, i) => (
            <span key={m.id}>
              {i > 0 && ', '}
              <a href={`/mesures/${m.number}`}>
                {m.number}. {m.title}
              </a>
            </span>
          ))}
        </p>
      )}
      {(event.documents ?? []).length > 0 && (
        <section aria-labelledby="documents">
          <h2 id="documents">Documents</h2>
          <ul>
            {(event.documents as Media[]).map((d) => (
              <li key={d.id}>
                <a href={d.url ?? '#'}>{d.alt || d.filename}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {registrations && (
        <section aria-labelledby="registrations">
          <h2 id="registrations">
            Inscriptions ({confirmed} inscrit·es, {waiting} en attente)
          </h2>
          <p className="no-print">
            <a href={`/agenda/${event.id}/inscriptions.csv`}>Exporter en CSV</a>
          </p>
          <ResultForm action={attendanceAction} className="stacked-form" label="Présences">
            <input type="hidden" name="event" value={event.id} />
            <table className="actions">
              <thead>
                <tr>
                  <th scope="col">Nom</th>
                  <th scope="col">Commune</th>
                  <th scope="col">Statut</th>
                  <th scope="col">Présent·e</th>
                </tr>
              </thead>
              <tbody>
                {registrations.map((r) => (
                  <tr key={r.id}>
                    <td>{r.userName}</td>
                    <td>{r.communeName ?? '—'}</td>
                    <td>{registrationStatuses[r.status]}</td>
                    <td>
                      {r.status === 'confirmed' && (
                        <input
                          type="checkbox"
                          name="attended"
                          value={r.id}
                          defaultChecked={Boolean(r.attended)}
                          aria-label={`${r.userName} présent·e`}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="submit" className="no-print">
              Enregistrer les présences
            </button>
          </ResultForm>
        </section>
      )}
    </>
  )
}
