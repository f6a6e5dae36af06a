import Link from 'next/link'

import { isStaff } from '@/access/roles'
import { isExpired, loadAlerts } from '@/alerts/view'
import { requireSession } from '@/auth/currentUser'
import { AlertForm } from '@/components/alerts/AlertForm'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { longDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'

export async function generateMetadata() {
  return { title: (await getTranslations('alerts'))('title') }
}

/**
 * The regional alerts: for every member, what the region asks communes to check and whether their commune has;
 * for the coordination, also the drafts, how many communes have checked each one, and the incidents the communes
 * shared to raise alerts from.
 */
export default async function AlertsPage() {
  const { payload, user } = await requireSession()
  const staff = isStaff(user)
  const { alerts, communes, shared } = await loadAlerts(payload, user)
  const [t, vocab, locale] = await Promise.all([getTranslations('alerts'), getTranslations('vocab.alerts'), requestLocale()])
  return (
    <>
      <PageHeader title={t('title')} lead={staff ? t('leadStaff') : t('lead')} />

      <section aria-labelledby="alertes">
        <h2 id="alertes">{t('list.title')}</h2>
        {alerts.length === 0 ? (
          <EmptyState title={t('list.none')}>
            <p>{staff ? t('list.noneStaff') : t('list.noneHint')}</p>
          </EmptyState>
        ) : (
          <table className="accounts table-cards">
            <thead>
              <tr>
                <th scope="col">{t('list.alert')}</th>
                <th scope="col">{t('list.severity')}</th>
                <th scope="col">{t('list.expiresOn')}</th>
                <th scope="col">{staff ? t('list.checkedCommunes') : t('list.ours')}</th>
              </tr>
            </thead>
            <tbody>
              {alerts.map((alert) => (
                <tr key={alert.id}>
                  <td data-label={t('list.alert')}>
                    <Link href={`/alertes/${alert.id}`}>{alert.title}</Link>
                    {alert.status === 'draft' && <span className="badge badge--neutral">{vocab('statuses.draft')}</span>}
                  </td>
                  <td data-label={t('list.severity')}>{vocab(`severities.${alert.severity}`)}</td>
                  <td data-label={t('list.expiresOn')}>
                    {longDate(alert.expiresOn, locale)}
                    {isExpired(alert) && ` ${t('expired')}`}
                  </td>
                  <td data-label={staff ? t('list.checkedCommunes') : t('list.ours')}>
                    {staff ? (
                      t('list.checkedOf', { checked: alert.checked, communes })
                    ) : alert.ownCheck ? (
                      <span className="badge badge--success">{t('list.checked')}</span>
                    ) : (
                      <span className="badge badge--warning">{t('list.toCheck')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {staff && (
        <>
          {/* Not a .panel: its row layout is for short inline forms; this one is a column of long fields. */}
          <details className="no-print">
            <summary>{t('form.label')}</summary>
            <AlertForm shared={shared} />
          </details>
          <section aria-labelledby="partages">
            <h2 id="partages">{t('shared.title')}</h2>
            {shared.length === 0 ? (
              <p className="muted">{t('shared.none')}</p>
            ) : (
              <table className="accounts table-cards">
                <thead>
                  <tr>
                    <th scope="col">{t('shared.incident')}</th>
                    <th scope="col">{t('shared.vector')}</th>
                    <th scope="col">{t('shared.whatHelped')}</th>
                    <th scope="col">{t('shared.commune')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shared.map((incident) => (
                    <tr key={incident.id}>
                      <td className="notes" data-label={t('shared.incident')}>
                        <strong>{incident.title}</strong>
                        <br />
                        {incident.summary}
                        <br />
                        <span className="meta">{t('shared.on', { date: longDate(incident.createdAt, locale) })}</span>
                      </td>
                      <td data-label={t('shared.vector')}>{vocab(`vectors.${incident.vector}`)}</td>
                      <td className="notes" data-label={t('shared.whatHelped')}>
                        {incident.whatHelped}
                      </td>
                      <td data-label={t('shared.commune')}>
                        {incident.communeName}
                        <br />
                        <span className="meta">{incident.showCommune ? t('shared.named') : t('shared.anonymous')}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </>
  )
}
