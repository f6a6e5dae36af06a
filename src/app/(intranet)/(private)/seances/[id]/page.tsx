import { notFound } from 'next/navigation'

import { minutesVisible } from '@/access/committees'
import { sitsOn } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { ActionItemList } from '@/components/meetings/ActionItems'
import { AgendaTable } from '@/components/meetings/AgendaTable'
import { MeetingControls } from '@/components/meetings/MeetingControls'
import { MinutesSection } from '@/components/meetings/MinutesSection'
import { StatusBadge } from '@/components/meetings/StatusBadge'
import { PageNotice } from '@/components/PageNotice'
import { PrintButton } from '@/components/PrintButton'
import { ResultForm } from '@/components/ResultForm'
import { clockTime, duration, longDate, longDateTime } from '@/format/dates'
import { firstParam, type PageParams } from '@/forms/searchParams'
import { recordId } from '@/http/recordId'
import { addActionItemAction } from '@/meetings/actions/actionItem'
import { endOf } from '@/meetings/agenda'
import { currentMemberships } from '@/meetings/committee'
import { loadMeeting, type MeetingView } from '@/meetings/view'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<PageParams> }

export async function generateMetadata({ params }: Props) {
  return { title: `Séance ${(await params).id}` }
}

/** What the last action did (its form left with the status it changed), told once the page is reloaded. */
function doneMessage(done: string | undefined, { meeting, committee }: MeetingView): string | null {
  const members = currentMemberships(committee).length
  const messages: Record<string, [boolean, string]> = {
    convened: [
      meeting.status === 'convened',
      `Séance convoquée : ${members} membre${members > 1 ? 's ont' : ' a'} reçu l’ordre du jour et l’invitation.`,
    ],
    update: [meeting.status === 'convened', 'Mise à jour envoyée : l’agenda des membres affiche la séance modifiée.'],
    held: [meeting.status === 'held', 'Séance close : le procès-verbal sera approuvé lors de la prochaine séance.'],
    cancelled: [
      meeting.status === 'cancelled',
      (meeting.calendarSequence ?? 0) > 0 ? 'Séance annulée : les membres ont été prévenus.' : 'Séance annulée.',
    ],
    minutes: [true, 'Procès-verbal approuvé : il est désormais lisible par tous les membres, sans les points confidentiels.'],
    proposal: [true, 'Décision enregistrée : la proposition de priorité est tranchée et la mesure mise à jour si elle est validée.'],
  }
  const [applies, message] = (done && messages[done]) || [false, '']
  return applies ? message : null
}

export default async function MeetingPage({ params, searchParams }: Props) {
  const { payload, user } = await requireSession()
  const id = recordId((await params).id)
  const view = id ? await loadMeeting(payload, user, id) : null
  if (!view) notFound()
  const { meeting, committee, can } = view
  const query = await searchParams
  const created = firstParam(query.creee)
  const outcome = doneMessage(firstParam(query.fait), view)
  const member = sitsOn(user, meeting.committeeSlug)

  return (
    <div className="meeting">
      <p className="breadcrumb">
        <a href="/seances">Séances</a> › {committee.shortName}, {longDate(meeting.startsAt)}
      </p>
      <h1>
        {committee.name} : {meeting.title}
      </h1>
      {(outcome || created) && (
        // Keyed by the step: a new step's message is a new notice, shown even if the previous one was dismissed.
        <PageNotice key={outcome ?? 'creee'}>
          {outcome ?? 'Séance créée. Construisez l’ordre du jour, puis convoquez le comité.'}
        </PageNotice>
      )}
      <dl className="measure-facts">
        <dt>Statut</dt>
        <dd>
          <StatusBadge status={meeting.status} />
          {meeting.status === 'cancelled' && meeting.cancellationReason && <> — {meeting.cancellationReason}</>}
        </dd>
        <dt>Date</dt>
        <dd>
          {longDateTime(meeting.startsAt)} – {clockTime(endOf(meeting))} ({duration(meeting.durationMinutes)})
        </dd>
        <dt>Lieu</dt>
        <dd>
          {meeting.place ?? 'À préciser'}
          {meeting.onlineUrl && (
            <>
              {' '}
              ·{' '}
              <a href={meeting.onlineUrl} rel="noopener noreferrer">
                Rejoindre en ligne
              </a>
            </>
          )}
        </dd>
        {meeting.approvedAt && (
          <>
            <dt>Procès-verbal</dt>
            <dd>
              approuvé le {longDate(meeting.approvedAt)}
              {typeof meeting.approvedIn === 'number' && (
                <>
                  {' '}
                  (<a href={`/seances/${meeting.approvedIn}`}>séance d’approbation</a>)
                </>
              )}
            </dd>
          </>
        )}
      </dl>
      <p className="no-print buttons">
        <PrintButton label="Imprimer l’ordre du jour et le procès-verbal" />
        {meeting.status !== 'planned' && (
          <a className="button secondary" href={`/seances/${meeting.id}/calendrier.ics`}>
            Ajouter à mon agenda (.ics)
          </a>
        )}
      </p>
      <MeetingControls view={view} />
      <AgendaTable view={view} />
      {meeting.status !== 'planned' && meeting.status !== 'cancelled' && (
        <MinutesSection view={view} visible={minutesVisible(user, meeting)} />
      )}
      {(member || view.actions.length > 0) && (
        <section aria-labelledby="actions">
          <h2 id="actions">Actions décidées</h2>
          <ActionItemList actions={view.actions} canUpdate={(action) => member || action.owner === user.id} />
          {can.writeMinutes && (
            <details className="no-print">
              <summary>Ajouter une action</summary>
              <ResultForm action={addActionItemAction} className="stacked-form" label="Ajouter une action" resetOnSuccess>
                <input type="hidden" name="meeting" value={meeting.id} />
                <label>
                  Action
                  <input name="title" maxLength={300} required />
                </label>
                <div className="field-row">
                  <label>
                    Responsable
                    <select name="owner" required defaultValue="">
                      <option value="">Choisir…</option>
                      {view.members.map((m) => (
                        <option key={m.id} value={m.id}>
                          {m.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    Échéance
                    <input type="date" name="dueDate" required />
                  </label>
                  <label>
                    Mesures (numéros)
                    <input name="measures" maxLength={200} placeholder="3, 12" />
                  </label>
                </div>
                <button type="submit" className="button">
                  Ajouter l’action
                </button>
              </ResultForm>
            </details>
          )}
        </section>
      )}
    </div>
  )
}
