import { notFound } from 'next/navigation'

import { requireSession } from '@/auth/currentUser'
import { longDate } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { loadInitiative } from '@/map/view'
import { mapLabels } from '@/map/vocabulary'
import type { Actor, Commune, Measure } from '@/payload-types'

export async function generateMetadata() {
  return { title: (await getTranslations('initiatives'))('metaTitle') }
}

const populated = <T extends object>(values: (number | T)[] | null | undefined) =>
  (values ?? []).filter((v): v is T => typeof v === 'object')

export default async function InitiativePage({ params }: { params: Promise<{ slug: string }> }) {
  const { payload, user } = await requireSession()
  const { slug } = await params
  const initiative = await loadInitiative(payload, user, slug)
  if (!initiative) notFound()
  const lead = typeof initiative.lead === 'object' ? initiative.lead : null
  const partners = populated<Actor>(initiative.partners)
  const communes = populated<Commune>(initiative.communes)
  const measures = populated<Measure>(initiative.measures).sort((a, b) => a.number - b.number)
  const locale = await requestLocale()
  const t = await getTranslations('initiatives')
  const labels = mapLabels(locale)
  const start = initiative.startDate ? longDate(initiative.startDate, locale) : null
  const end = initiative.endDate ? longDate(initiative.endDate, locale) : null
  return (
    <>
      <p className="breadcrumb">
        <a href="/carte">{t('breadcrumb')}</a> › {initiative.title}
      </p>
      <h1>{initiative.title}</h1>
      <p className="lead">{initiative.summary}</p>
      <dl className="measure-facts">
        <dt>{t('lead')}</dt>
        <dd>{lead ? <a href={`/acteurs/${lead.slug}`}>{lead.name}</a> : '—'}</dd>
        {partners.length > 0 && (
          <>
            <dt>{t('partners')}</dt>
            <dd>
              {partners.map((actor, index) => (
                <span key={actor.id}>
                  {index > 0 && ', '}
                  <a href={`/acteurs/${actor.slug}`}>{actor.acronym ?? actor.name}</a>
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{t('level')}</dt>
        <dd>{labels.levels[initiative.level]}</dd>
        <dt>{t('status')}</dt>
        <dd>{labels.statuses[initiative.stage]}</dd>
        <dt>{t('themes')}</dt>
        <dd>{initiative.themes.map((theme) => labels.themes[theme]).join(', ')}</dd>
        <dt>{t('communes')}</dt>
        <dd>{initiative.allCommunes ? t('allCommunes') : communes.length ? communes.map((c) => c.name).join(', ') : t('noCommune')}</dd>
        {(initiative.startDate || initiative.endDate) && (
          <>
            <dt>{t('dates')}</dt>
            <dd>{start && end ? t('sinceUntil', { start, end }) : start ? t('since', { start }) : t('until', { end: end ?? '' })}</dd>
          </>
        )}
        {initiative.website && (
          <>
            <dt>{t('website')}</dt>
            <dd>
              <a href={initiative.website} rel="noopener noreferrer">
                {initiative.website}
              </a>
            </dd>
          </>
        )}
        {measures.length > 0 && (
          <>
            <dt>{t('measures')}</dt>
            <dd>
              {measures.map((m, index) => (
                <span key={m.id}>
                  {index > 0 && ', '}
                  <a href={`/mesures/${m.number}`}>
                    {m.number}. {m.title}
                  </a>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      {initiative.description && <p className="notes">{initiative.description}</p>}
      {initiative.source && (
        <p className="muted">
          {t('source')} <span>{initiative.source}</span>
        </p>
      )}
    </>
  )
}
