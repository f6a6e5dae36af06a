import { ConfirmButton } from '@/components/ConfirmButton'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { getTranslations } from '@/i18n/getTranslations'
import { sendUpdateAction, transitionAction, updateMeetingAction } from '@/meetings/actions/meeting'
import type { MeetingView } from '@/meetings/view'

import { MeetingFields } from './MeetingFields'

/**
 * What the presidency and the secretariat do with the meeting: only the steps its status and date allow now (convene
 * one still ahead, close one that has begun, cancel), closing and cancelling after a confirmation; and editing it.
 */
export async function MeetingControls({ view }: { view: MeetingView }) {
  const t = await getTranslations('meetings.controls')
  const { meeting, can } = view
  const convened = meeting.status === 'convened'
  return (
    <div className="no-print meeting-controls">
      {can.convene && (
        <ResultForm action={transitionAction} label={t('convene')}>
          <input type="hidden" name="meeting" value={meeting.id} />
          <p>{t('conveneHelp')}</p>
          <Button name="to" value="convened">
            {t('conveneButton')}
          </Button>
        </ResultForm>
      )}
      {can.lead && view.updateDue && (
        <ResultForm action={sendUpdateAction} label={t('sendUpdate')}>
          <input type="hidden" name="meeting" value={meeting.id} />
          <p role="note" className="message message--warning">
            {t('changed')}
          </p>
          <Button>{t('sendUpdateButton')}</Button>
        </ResultForm>
      )}
      {can.close && (
        <ResultForm action={transitionAction} className="stacked-form" label={t('close')}>
          <input type="hidden" name="meeting" value={meeting.id} />
          <input type="hidden" name="to" value="held" />
          <p>{t('closeHelp')}</p>
          <label className="inline">
            <input type="checkbox" name="confirm" required /> {t('closeConfirm')}
          </label>
          <ConfirmButton question={t('closeQuestion')}>{t('closeButton')}</ConfirmButton>
        </ResultForm>
      )}
      {can.cancel && (
        <details>
          <summary>{t('cancel')}</summary>
          <ResultForm action={transitionAction} className="stacked-form" label={t('cancel')}>
            <input type="hidden" name="meeting" value={meeting.id} />
            <input type="hidden" name="to" value="cancelled" />
            <label>
              {t('reason')}
              <textarea name="reason" rows={2} maxLength={1000} />
            </label>
            <label className="inline">
              <input type="checkbox" name="confirm" required /> {convened ? t('cancelConfirmConvened') : t('cancelConfirm')}
            </label>
            <ConfirmButton variant="danger" question={convened ? t('cancelQuestionConvened') : t('cancelQuestion')}>
              {t('cancel')}
            </ConfirmButton>
          </ResultForm>
        </details>
      )}
      {can.edit && (
        <details>
          <summary>{t('edit')}</summary>
          <ResultForm action={updateMeetingAction} className="stacked-form" label={t('editLabel')}>
            <input type="hidden" name="meeting" value={meeting.id} />
            <MeetingFields meeting={meeting} />
            <Button>{t('save')}</Button>
          </ResultForm>
        </details>
      )}
    </div>
  )
}
