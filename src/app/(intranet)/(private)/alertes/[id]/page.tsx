import { notFound } from 'next/navigation'

import { communeOf, isCommuneSteward, isStaff } from '@/access/roles'
import { publishAlertAction } from '@/alerts/actions'
import { isExpired, loadAlert } from '@/alerts/view'
import { requireSession } from '@/auth/currentUser'
import { AcknowledgeForm } from '@/components/alerts/AcknowledgeForm'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { PageHeader } from '@/components/ui/PageHeader'
import { dateAtTime, longDate } from '@/format/dates'
import { recordId } from '@/http/recordId'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'

export async function generateMetadata() {
  return { title: (await getTranslations('alerts.alert'))('title') }
}

/**
 * One regional alert. Members read what to check and their own commune's « vérifié chez nous » (its secretary or
 * référent marks it here); the coordination sees every commune, checked or not, with their notes, and the shared
 * incidents behind the alert.
 */
export default async function AlertPage({ params }: { params: Promise<{ id: string }> }) {
  const { payload, user } = await requireSession()
  const id = recordId((await params).id)
  if (!id) notFound()
  const view = await loadAlert(payload, user, id)
  if (!view) notFound()
  const { alert, communes, sources, ownCheck } = view
  const staff = isStaff(user)
  const expired = isExpired(alert)
  const checked = communes?.filter((commune) => commune.check) ?? []
  const unchecked = communes?.filter((commune) => !commune.check) ?? []
  const [t, vocab, locale] = await Promise.all([getTranslations('alerts.alert'), getTranslations('vocab.alerts'), requestLocale()])
  const by = (name?: string | null) => (name ? ` ${t('by', { name })}` : '')
  return (
    <>
      <PageHeader
        title={alert.title}
        breadcrumb={[{ href: '/alertes', label: t('breadcrumb') }]}
        lead={
          <>
            {t('lead', { severity: vocab(`severitiesInText.${alert.severity}`), date: longDate(alert.expiresOn, locale) })}
            {expired && ` ${t('expired')}`}
            {alert.publishedAt && ` · ${t('publishedOn', { date: longDate(alert.publishedAt, locale) })}`}
          </>
        }
      />
      {alert.status === 'draft' && (
        <div className="message message--info" role="status">
          <p className="message__title">{vocab('statuses.draft')}</p>
          <p>{t('draftHint')}</p>
          <ResultForm action={publishAlertAction} label={t('publish')}>
            <input type="hidden" name="alert" value={alert.id} />
            <Button>{t('publish')}</Button>
          </ResultForm>
        </div>
      )}

      <section aria-labelledby="a-verifier">
        <h2 id="a-verifier">{t('toCheck')}</h2>
        <p className="notes">{alert.whatToCheck}</p>
      </section>

      {!staff && (
        <section aria-labelledby="chez-nous" data-testid="own-check">
          <h2 id="chez-nous">{t('ours')}</h2>
          {!communeOf(user) ? (
            <p className="muted">{t('noCommune')}</p>
          ) : ownCheck ? (
            <>
              <p>
                <span className="badge badge--success">{t('checkedHere')}</span>{' '}
                {t('checkedOn', { date: longDate(ownCheck.createdAt, locale), by: by(ownCheck.recordedByName) })}
              </p>
              {ownCheck.note && <p className="notes">{ownCheck.note}</p>}
            </>
          ) : isCommuneSteward(user) && alert.status === 'published' ? (
            <AcknowledgeForm alert={alert.id} />
          ) : (
            <p>
              <span className="badge badge--warning">{t('notChecked')}</span> {t('whoChecks')}
            </p>
          )}
        </section>
      )}

      {communes && (
        <>
          <p className="meta" role="status">
            {alert.mailedAt
              ? alert.mailedTo != null
                ? t('mailedTo', { date: dateAtTime(alert.mailedAt, locale), count: alert.mailedTo })
                : t('mailed', { date: dateAtTime(alert.mailedAt, locale) })
              : alert.status === 'published'
                ? t('mailing')
                : t('notMailed')}
          </p>
          <section aria-labelledby="verifiees" data-testid="checked-communes">
            <h2 id="verifiees">{t('checkedCommunes', { count: checked.length })}</h2>
            {checked.length === 0 ? (
              <p className="muted">{t('noneChecked')}</p>
            ) : (
              <table className="accounts table-cards">
                <thead>
                  <tr>
                    <th scope="col">{t('commune')}</th>
                    <th scope="col">{t('checkedOnColumn')}</th>
                    <th scope="col">{t('note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {checked.map(({ id: communeId, name, check }) => (
                    <tr key={communeId}>
                      <td data-label={t('commune')}>{name}</td>
                      <td data-label={t('checkedOnColumn')}>
                        {longDate(check!.createdAt, locale)}
                        {by(check!.recordedByName)}
                      </td>
                      <td className="notes" data-label={t('note')}>
                        {check!.note || '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="non-verifiees" data-testid="unchecked-communes">
            <h2 id="non-verifiees">{t('uncheckedCommunes', { count: unchecked.length })}</h2>
            {unchecked.length === 0 ? (
              <p>{t('allChecked')}</p>
            ) : (
              <p className="notes">{unchecked.map((commune) => commune.name).join(', ')}</p>
            )}
          </section>
          <section aria-labelledby="origine">
            <h2 id="origine">{t('sources')}</h2>
            {sources.length === 0 ? (
              <p className="muted">{t('noSources')}</p>
            ) : (
              <ul className="requests">
                {sources.map((incident) => (
                  <li key={incident.id} className="request">
                    <strong>{incident.title}</strong> — {vocab(`vectors.${incident.vector}`)}
                    <br />
                    {incident.summary}
                    <br />
                    {t('whatHelped', { text: incident.whatHelped })}
                    <br />
                    <span className="meta">
                      {incident.communeName} ({incident.showCommune ? t('named') : t('anonymous')})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  )
}
