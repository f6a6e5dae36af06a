import { useTranslations } from 'next-intl'

import { endEveryonesSessionsAction } from '@/auth/sessions/actions'
import { ResultForm } from '@/components/ResultForm'

/** For administrators: end every session of every account at once (suspected intrusion, leaked secret). */
export function IncidentSection() {
  const t = useTranslations('account.security.incident')
  return (
    <section aria-labelledby="incident-title" className="sessions">
      <h2 id="incident-title">{t('title')}</h2>
      <p>{t('text')}</p>
      <ResultForm action={endEveryonesSessionsAction} className="stacked-form" label={t('action')}>
        <label className="inline">
          <input type="checkbox" name="confirm" required /> {t('confirm')}
        </label>
        <button type="submit" className="danger">
          {t('action')}
        </button>
      </ResultForm>
    </section>
  )
}
