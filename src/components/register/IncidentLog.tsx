import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { longDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import type { DigitalIncident, SharedIncident } from '@/payload-types'
import { addIncidentAction, updateIncidentAction } from '@/register/actions'

function Change({ incident, commune, change, label }: { incident: number; commune: number; change: string; label: string }) {
  return (
    <ResultForm action={updateIncidentAction} className="no-print" label={label}>
      <input type="hidden" name="incident" value={incident} />
      <input type="hidden" name="commune" value={commune} />
      <input type="hidden" name="change" value={change} />
      <Button variant="link">{label}</Button>
    </ResultForm>
  )
}

/** Steering note 003, §6: significant incidents, kept minimally; the executive is told when services or data are hit. */
export async function IncidentLog({
  incidents,
  commune,
  canEdit,
  shared = new Map(),
}: {
  incidents: DigitalIncident[]
  commune: number
  canEdit: boolean
  /** What was shared with the region, by incident (issue 23): the commune's own shares only. */
  shared?: Map<number, SharedIncident>
}) {
  const [t, vocab, locale] = await Promise.all([getTranslations('register.incidents'), getTranslations('vocab.register'), requestLocale()])
  return (
    <section aria-labelledby="incidents">
      <h2 id="incidents">{t('title')}</h2>
      {incidents.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <table className="accounts table-cards">
          <thead>
            <tr>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('summary')}</th>
              <th scope="col">{t('impact')}</th>
              <th scope="col">{t('actions')}</th>
              <th scope="col">{t('followUp')}</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((i) => (
              <tr key={i.id}>
                <td data-label={t('date')}>{longDate(i.occurredOn, locale)}</td>
                <td className="notes" data-label={t('summary')}>
                  {i.summary}
                </td>
                <td className="notes" data-label={t('impact')}>
                  {i.impact}
                </td>
                <td className="notes" data-label={t('actions')}>
                  {i.actions}
                </td>
                <td data-label={t('followUp')}>
                  <span className={`badge ${i.status === 'clos' ? 'badge--approved' : 'badge--pending'}`}>
                    {vocab(`incidentStatuses.${i.status}`)}
                  </span>
                  <br />
                  {t('providersContactedAnswer', { answer: String(Boolean(i.providersContacted)) })}
                  <br />
                  {t('executiveInformedAnswer', { answer: String(Boolean(i.executiveInformed)) })}
                  {canEdit && !i.executiveInformed && (
                    <Change incident={i.id} commune={commune} change="informed" label={t('executiveInformed')} />
                  )}
                  {canEdit && i.status !== 'clos' && <Change incident={i.id} commune={commune} change="close" label={t('close')} />}
                  <br />
                  {shared.has(i.id) ? (
                    <>
                      {shared.get(i.id)!.showCommune ? t('sharedNamed') : t('sharedAnonymous')}
                      {canEdit && (
                        <>
                          {' '}
                          · <a href={`/ma-commune/incidents/${i.id}/partager`}>{t('editShare')}</a>
                        </>
                      )}
                    </>
                  ) : (
                    canEdit && (
                      <a className="no-print" href={`/ma-commune/incidents/${i.id}/partager`}>
                        {t('share')}
                      </a>
                    )
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <details className="panel no-print">
          <summary>{t('add')}</summary>
          <p className="muted">{t('addHint')}</p>
          <ResultForm action={addIncidentAction} className="stacked-form" label={t('add')} resetOnSuccess>
            <input type="hidden" name="commune" value={commune} />
            <label>
              {t('date')}
              <input type="date" name="occurredOn" required />
            </label>
            <label>
              {t('summary')}
              <textarea name="summary" rows={2} required maxLength={2000} />
            </label>
            <label>
              {t('impactField')}
              <textarea name="impact" rows={2} required maxLength={2000} />
            </label>
            <label>
              {t('actions')}
              <textarea name="actions" rows={2} required maxLength={2000} />
            </label>
            <label className="inline">
              <input type="checkbox" name="providersContacted" /> {t('providersContacted')}
            </label>
            <label className="inline">
              <input type="checkbox" name="executiveInformed" /> {t('executiveInformed')}
            </label>
            <label className="inline">
              <input type="checkbox" name="closed" /> {t('closed')}
            </label>
            <Button>{t('submit')}</Button>
          </ResultForm>
        </details>
      )}
    </section>
  )
}
