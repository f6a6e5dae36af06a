import { ConfirmButton } from '@/components/ConfirmButton'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { sendUpdateAction, transitionAction, updateMeetingAction } from '@/meetings/actions/meeting'
import type { MeetingView } from '@/meetings/view'

import { MeetingFields } from './MeetingFields'

/**
 * What the presidency and the secretariat do with the meeting: only the steps its status and date allow now (convene
 * one still ahead, close one that has begun, cancel), closing and cancelling after a confirmation; and editing it.
 */
export function MeetingControls({ view }: { view: MeetingView }) {
  const { meeting, can } = view
  const convened = meeting.status === 'convened'
  return (
    <div className="no-print meeting-controls">
      {can.convene && (
        <ResultForm action={transitionAction} label="Convoquer la séance">
          <input type="hidden" name="meeting" value={meeting.id} />
          <p>
            Convoquer envoie l’ordre du jour et l’invitation (.ics) à chaque membre du comité ; la séance devient visible de tous les
            membres.
          </p>
          <Button name="to" value="convened">
            Convoquer le comité
          </Button>
        </ResultForm>
      )}
      {can.lead && view.updateDue && (
        <ResultForm action={sendUpdateAction} label="Envoyer la mise à jour">
          <input type="hidden" name="meeting" value={meeting.id} />
          <p role="note" className="message message--warning">
            La séance a changé depuis la dernière convocation envoyée.
          </p>
          <Button>Envoyer la mise à jour aux membres</Button>
        </ResultForm>
      )}
      {can.close && (
        <ResultForm action={transitionAction} className="stacked-form" label="Clore la séance">
          <input type="hidden" name="meeting" value={meeting.id} />
          <input type="hidden" name="to" value="held" />
          <p>Après la séance : chaque point doit avoir une décision ou « pas de décision ».</p>
          <label className="inline">
            <input type="checkbox" name="confirm" required /> Je confirme que la séance s’est tenue : une fois close, son ordre du jour ne
            change plus et son procès-verbal attend l’approbation de la séance suivante.
          </label>
          <ConfirmButton question="Clore la séance ? Son ordre du jour ne pourra plus être modifié.">Clore la séance (tenue)</ConfirmButton>
        </ResultForm>
      )}
      {can.cancel && (
        <details>
          <summary>Annuler la séance</summary>
          <ResultForm action={transitionAction} className="stacked-form" label="Annuler la séance">
            <input type="hidden" name="meeting" value={meeting.id} />
            <input type="hidden" name="to" value="cancelled" />
            <label>
              Motif (communiqué aux membres)
              <textarea name="reason" rows={2} maxLength={1000} />
            </label>
            <label className="inline">
              <input type="checkbox" name="confirm" required /> Je confirme l’annulation
              {convened ? ' : les membres convoqués sont prévenus et l’invitation est retirée de leur agenda.' : ' de la séance.'}
            </label>
            <ConfirmButton
              variant="danger"
              question={convened ? 'Annuler la séance et prévenir les membres convoqués ?' : 'Annuler la séance ?'}
            >
              Annuler la séance
            </ConfirmButton>
          </ResultForm>
        </details>
      )}
      {can.edit && (
        <details>
          <summary>Modifier la date, le lieu ou la durée</summary>
          <ResultForm action={updateMeetingAction} className="stacked-form" label="Modifier la séance">
            <input type="hidden" name="meeting" value={meeting.id} />
            <MeetingFields meeting={meeting} />
            <Button>Enregistrer</Button>
          </ResultForm>
        </details>
      )}
    </div>
  )
}
