import Link from 'next/link'

import { longDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import type { RegionalAlert } from '@/payload-types'

/**
 * The regional alerts still to check, at the top of the home page: each says what to check and links to where the
 * commune marks it « vérifié chez nous ». Gone once the commune has checked it, or when it expires.
 */
export async function AlertBanner({ alerts, canCheck, hasCommune }: { alerts: RegionalAlert[]; canCheck: boolean; hasCommune: boolean }) {
  if (!alerts.length) return null
  const [t, vocab, locale] = await Promise.all([getTranslations('alerts.banner'), getTranslations('vocab.alerts'), requestLocale()])
  return (
    <section className="message message--warning alert-banner" aria-labelledby="home-alerts" data-testid="alert-banner">
      <h2 id="home-alerts" className="message__title">
        {t('title', { count: alerts.length })}
      </h2>
      <ul>
        {alerts.map((alert) => (
          <li key={alert.id}>
            <Link href={`/alertes/${alert.id}`}>{alert.title}</Link>{' '}
            <span className="meta">
              {t('meta', { severity: vocab(`severities.${alert.severity}`), date: longDate(alert.expiresOn, locale) })}
            </span>
          </li>
        ))}
      </ul>
      <p>{!hasCommune ? t('noCommune') : canCheck ? t('check', { count: alerts.length }) : t('others')}</p>
    </section>
  )
}
