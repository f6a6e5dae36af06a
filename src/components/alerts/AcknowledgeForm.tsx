import { acknowledgeAlertAction } from '@/alerts/actions'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { getTranslations } from '@/i18n/getTranslations'

/** « Vérifié chez nous », with an optional note only the commune and the coordination read. */
export async function AcknowledgeForm({ alert }: { alert: number }) {
  const t = await getTranslations('alerts.acknowledge')
  return (
    <ResultForm action={acknowledgeAlertAction} className="stacked-form" label={t('label')}>
      <input type="hidden" name="alert" value={alert} />
      <label>
        {t('note')}
        <textarea name="note" rows={3} maxLength={1000} />
      </label>
      <Button>{t('submit')}</Button>
    </ResultForm>
  )
}
