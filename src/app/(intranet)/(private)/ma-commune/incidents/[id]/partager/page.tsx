import { forbidden, notFound } from 'next/navigation'

import { isCommuneSteward, isStaff } from '@/access/roles'
import { shareIncidentAction } from '@/alerts/actions'
import { loadShare } from '@/alerts/view'
import { incidentVectorKeys } from '@/alerts/vocabulary'
import { requireSession } from '@/auth/currentUser'
import { ChoiceSelect } from '@/components/ChoiceSelect'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { PageHeader } from '@/components/ui/PageHeader'
import { longDate } from '@/format/dates'
import { recordId } from '@/http/recordId'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { labelsOf } from '@/i18n/vocabulary'

export async function generateMetadata() {
  return { title: (await getTranslations('commune.share'))('title') }
}

/**
 * The référent or the secretary turns an incident of the commune's log into what the region may learn from it:
 * a separate text, prefilled from the log and edited here before it leaves, anonymous unless they tick the box.
 * The log itself stays private to the commune.
 */
export default async function ShareIncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { payload, user } = await requireSession()
  if (!isStaff(user) && !isCommuneSteward(user)) forbidden()
  const id = recordId((await params).id)
  if (!id) notFound()
  const view = await loadShare(payload, user, id)
  if (!view) notFound()
  const { incident, shared, communeName } = view
  const [t, vocab, locale] = await Promise.all([getTranslations('commune.share'), getTranslations('vocab.alerts'), requestLocale()])
  return (
    <>
      <PageHeader
        title={t('title')}
        breadcrumb={[{ href: isStaff(user) ? `/ma-commune?commune=${incident.commune}` : '/ma-commune', label: t('breadcrumb') }]}
        lead={t('lead', { commune: communeName || t('yourCommune') })}
      />
      <section aria-labelledby="journal" className="panel">
        <h2 id="journal">{t('log')}</h2>
        <p className="meta">{longDate(incident.occurredOn, locale)}</p>
        <p className="notes">{incident.summary}</p>
        <p className="notes">{t('impact', { text: incident.impact })}</p>
        <p className="notes">{t('actions', { text: incident.actions })}</p>
      </section>
      <section aria-labelledby="partage">
        <h2 id="partage">{shared ? t('receives') : t('willReceive')}</h2>
        <ResultForm action={shareIncidentAction} className="stacked-form" label={t('formLabel')}>
          <input type="hidden" name="incident" value={incident.id} />
          <label>
            {t('titleField')}
            <input name="title" required maxLength={160} defaultValue={shared?.title ?? ''} />
          </label>
          <label>
            {t('summary')}
            <textarea name="summary" rows={4} required maxLength={2000} defaultValue={shared?.summary ?? incident.summary} />
          </label>
          <label>
            {t('vector')}
            <ChoiceSelect
              name="vector"
              choices={labelsOf(incidentVectorKeys, vocab, 'vectors')}
              defaultValue={shared?.vector ?? ''}
              any={t('choose')}
            />
          </label>
          <label>
            {t('whatHelped')}
            <textarea name="whatHelped" rows={4} required maxLength={2000} defaultValue={shared?.whatHelped ?? incident.actions} />
          </label>
          <label className="inline">
            <input type="checkbox" name="showCommune" defaultChecked={shared?.showCommune ?? false} />{' '}
            {t('showCommune', { commune: communeName })}
          </label>
          <Button>{shared ? t('update') : t('submit')}</Button>
        </ResultForm>
      </section>
    </>
  )
}
