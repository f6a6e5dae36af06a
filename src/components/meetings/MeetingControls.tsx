import { ResultForm } from '@/components/ResultForm'
import { sendUpdateAction, transitionAction, updateMeetingAction } from '@/meetings/actions/meeting'
import type { MeetingView } from '@/meetings/view'

import { MeetingFields } from './MeetingFields'

/** What the presidency and the secretariat do with the meeting: convene, update, close, cancel; and editing it. */
export function MeetingControls({ view }: { view: MeetingView }) {
  const { meeting, can } = view
  return (
    <div className="no-print meeting-controls">
      {can.lead && meeting.status === 'planned' && (
        <ResultForm action={transitionAction} label="Convoquer la séance">
          <input type="hidden" name="meeting" value={meeting.id} />
          <p>
            Convoquer envoie l’ordre du jour et l’invitation (.ics) à chaque membre du comité ; la séance devient visible de tous les
            membres.
          </p>
          <button type="submit" name="to" value="convened">
            Convoquer le comité
          </button>
        </ResultForm>
      )}
      {can.lead && view.updateDue && (
        <ResultForm action={sendUpdateAction} label="Envoyer la mise à jour">
          <input type="hidden" name="meeting" value={meeting.id} />
          <p role="note" className="message message--warning">
            La séance a changé depuis la dernière convocation envoyée.
          </p>
          <button type="submit">Envoyer la mise à jour aux membres</button>
        </ResultForm>
      )}
      {can.lead && meeting.status === 'convened' && (
        <ResultForm action={transitionAction} label="Clore la séance">
          <input type="hidden" name="meeting" value={meeting.id} />
          <p>Après la séance : chaque point doit avoir une décision ou « pas de décision ».</p>
          <button type="submit" name="to" value="held">
            Clore la séance (tenue)
          </button>
        </ResultForm>
      )}
      {can.lead && (meeting.status === 'planned' || meeting.status === 'convened') && (
        <details>
          <summary>Annuler la séance</summary>
          <ResultForm action={transitionAction} className="stacked-form" label="Annuler la séance">
            <input type="hidden" name="meeting" value={meeting.id} />
            <label>
              Motif (communiqué aux membres)
              <textarea name="reason" rows={2} maxLength={1000} />
            </label>
            <button type="submit" name="to" value="cancelled" className="secondary">
              Annuler la séance
            </button>
          </ResultForm>
        </details>
      )}
      {can.edit && (
        <details>
          <summary>Modifier la date, le lieu ou la durée</summary>
          <ResultForm action={updateMeetingAction} className="stacked-form" label="Modifier la séance">
            <input type="hidden" name="meeting" value={meeting.id} />
            <MeetingFields meeting={meeting} />
            <button type="submit">Enregistrer</button>
          </ResultForm>
        </details>
      )}
    </div>
  )
}
