import { raiseAlertAction } from '@/alerts/actions'
import { type SharedIncidentRow } from '@/alerts/view'
import { alertSeverityKeys } from '@/alerts/vocabulary'
import { ChoiceSelect } from '@/components/ChoiceSelect'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { getTranslations } from '@/i18n/getTranslations'
import { labelsOf } from '@/i18n/vocabulary'

/** The coordination's form: an alert in its own words, from the shared incidents it ticks. */
export async function AlertForm({ shared }: { shared: SharedIncidentRow[] }) {
  const [t, vocab] = await Promise.all([getTranslations('alerts.form'), getTranslations('vocab.alerts')])
  return (
    <ResultForm action={raiseAlertAction} className="stacked-form" label={t('label')}>
      <label>
        {t('title')}
        <input name="title" required maxLength={160} />
      </label>
      <label>
        {t('whatToCheck')}
        <textarea name="whatToCheck" rows={5} required maxLength={4000} />
      </label>
      <p className="muted">{t('hint')}</p>
      <label>
        {t('severity')}
        <ChoiceSelect name="severity" choices={labelsOf(alertSeverityKeys, vocab, 'severities')} defaultValue="importante" />
      </label>
      <label>
        {t('expiresOn')}
        <input type="date" name="expiresOn" required />
      </label>
      {shared.length > 0 && (
        <fieldset>
          <legend>{t('sources')}</legend>
          {shared.map((incident) => (
            <label key={incident.id} className="inline">
              <input type="checkbox" name="incidents" value={incident.id} />{' '}
              {t('source', { title: incident.title, vector: vocab(`vectors.${incident.vector}`), commune: incident.communeName })}
            </label>
          ))}
        </fieldset>
      )}
      <label className="inline">
        <input type="checkbox" name="publish" /> {t('publish')}
      </label>
      <Button>{t('submit')}</Button>
    </ResultForm>
  )
}
