import { DecisionButtons } from '@/components/DecisionButtons'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { longDate } from '@/format/dates'
import { proposalChange } from '@/measures/proposalChange'
import { approveMinutesAction, minutesAction, proposalDecisionAction } from '@/meetings/actions/agendaItem'
import { attendanceAction } from '@/meetings/actions/meeting'
import type { MeetingView } from '@/meetings/view'
import type { AgendaItem, Meeting, PriorityChange } from '@/payload-types'

/** The minutes of an item as text: what members read, and what the committee's forms print as. */
function ItemRecord({ item, className }: { item: AgendaItem; className?: string }) {
  return (
    <div className={className}>
      {item.notes && <p className="notes">{item.notes}</p>}
      <Decision item={item} />
    </div>
  )
}

function Decision({ item }: { item: AgendaItem }) {
  if (item.decision)
    return (
      <p className="decision">
        <strong>Décision :</strong> {item.decision}
      </p>
    )
  if (item.noDecision) return <p className="decision">Pas de décision.</p>
  return <p className="muted">Décision à inscrire.</p>
}

/** Shortcuts on an item: approving the previous minutes, deciding a priority proposal. */
function ItemShortcuts({ item, view }: { item: AgendaItem; view: MeetingView }) {
  const previous = typeof item.approvesMinutesOf === 'object' ? (item.approvesMinutesOf as Meeting) : null
  const proposal = typeof item.priorityChange === 'object' ? (item.priorityChange as PriorityChange) : null
  return (
    <>
      {previous && previous.status === 'held' && (
        <ResultForm action={approveMinutesAction} label={`Approuver le procès-verbal du ${longDate(previous.startsAt)}`}>
          <input type="hidden" name="item" value={item.id} />
          <Button>Approuver le procès-verbal de la séance du {longDate(previous.startsAt)}</Button>
        </ResultForm>
      )}
      {previous && previous.status !== 'held' && (
        <p className="muted">
          <a href={`/seances/${previous.id}`}>Procès-verbal de la séance du {longDate(previous.startsAt)}</a>
        </p>
      )}
      {proposal?.status === 'pending' && view.can.decideProposals && (
        <ResultForm action={proposalDecisionAction} className="decide" label={`Décision sur la proposition du point « ${item.title} »`}>
          <input type="hidden" name="item" value={item.id} />
          <p>
            Proposition : {proposalChange(proposal)} — « {proposal.rationale} »
          </p>
          <label>
            Commentaire (obligatoire pour refuser)
            <textarea name="comment" rows={2} maxLength={2000} />
          </label>
          <DecisionButtons
            accept={{ label: 'Valider la proposition', value: 'approved' }}
            reject={{ label: 'Refuser la proposition', value: 'rejected' }}
          />
        </ResultForm>
      )}
    </>
  )
}

/**
 * The minutes: attendance, then each item's notes and decision. The committee writes them while the meeting is
 * convened or held; members read them once approved (access rules strip them before, so there is nothing to hide here).
 */
export function MinutesSection({ view, visible }: { view: MeetingView; visible: boolean }) {
  const { meeting, items, can } = view
  return (
    <section aria-labelledby="minutes" className="minutes">
      <h2 id="minutes">Procès-verbal {meeting.status === 'approved' ? '(approuvé)' : '(projet)'}</h2>
      {can.settleItems && !can.writeMinutes && (
        <p className="muted">Le procès-verbal s’écrit pendant la séance : ses formulaires apparaissent dès son ouverture.</p>
      )}
      {!visible ? (
        <p>Le procès-verbal sera lisible par tous les membres une fois approuvé par le comité, lors de sa prochaine séance.</p>
      ) : (
        <>
          {can.writeMinutes ? (
            <ResultForm action={attendanceAction} className="stacked-form no-print-controls" label="Présences">
              <input type="hidden" name="meeting" value={meeting.id} />
              <label>
                Présences (présents, excusés)
                <textarea name="attendance" rows={2} maxLength={2000} defaultValue={meeting.attendance ?? ''} />
              </label>
              <Button variant="secondary" className="no-print">
                Enregistrer les présences
              </Button>
            </ResultForm>
          ) : null}
          {can.writeMinutes
            ? meeting.attendance && <p className="print-only">{meeting.attendance}</p>
            : meeting.attendance && <p>{meeting.attendance}</p>}
          {items.map((item, index) => (
            <article key={item.id} className="minutes-item" aria-labelledby={`minutes-${item.id}`}>
              <h3 id={`minutes-${item.id}`}>
                {index + 1}. {item.title} {item.confidential && <span className="badge badge--confidential">Confidentiel</span>}
              </h3>
              {can.settleItems && <ItemShortcuts item={item} view={view} />}
              {can.writeMinutes ? (
                <>
                  <ResultForm action={minutesAction} className="stacked-form" label={`Procès-verbal du point ${index + 1}`}>
                    <input type="hidden" name="item" value={item.id} />
                    <label>
                      Discussion
                      <textarea name="notes" rows={3} maxLength={10000} defaultValue={item.notes ?? ''} />
                    </label>
                    <label>
                      Décision
                      <textarea name="decision" rows={2} maxLength={4000} defaultValue={item.decision ?? ''} />
                    </label>
                    <label className="inline">
                      <input type="checkbox" name="noDecision" defaultChecked={Boolean(item.noDecision)} /> Pas de décision
                    </label>
                    <Button className="no-print">Enregistrer le point {index + 1}</Button>
                  </ResultForm>
                  <ItemRecord item={item} className="print-only" />
                </>
              ) : (
                <ItemRecord item={item} />
              )}
            </article>
          ))}
        </>
      )}
    </section>
  )
}
