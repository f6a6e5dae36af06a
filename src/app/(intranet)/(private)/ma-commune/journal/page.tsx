import { forbidden } from 'next/navigation'

import { communeOf, isAdmin, isStaff } from '@/access/roles'
import { changeLabel } from '@/audit/changeLabel'
import { auditFilters, canReadAudit, detailText, listAudit, readable } from '@/audit/list'
import type { FieldChange } from '@/audit/record'
import { auditRetentionYears } from '@/audit/retention'
import { auditActionLabels, auditTargetLabels } from '@/audit/vocabulary'
import { requireSession } from '@/auth/currentUser'
import { loadCommuneNames } from '@/communes/view'
import { ChoiceSelect } from '@/components/ChoiceSelect'
import { communeChoices } from '@/components/CommunePicker'
import { numericDateTime } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { defaultLocale, intlLocale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/request'

export async function generateMetadata() {
  return { title: (await getTranslations('commune.journal'))('title') }
}

type Props = { searchParams: Promise<Record<string, string | undefined>> }

/**
 * The audit trail for a commune's validator (their commune's rows) and for staff (every commune): who changed
 * what and when, filterable, exportable as CSV (the export is itself recorded). Read-only: nothing here changes.
 */
export default async function AuditJournalPage({ searchParams }: Props) {
  const { payload, user } = await requireSession()
  if (!canReadAudit(user)) forbidden()
  const params = await searchParams
  const staff = isStaff(user)
  const filters = auditFilters(params)
  const [result, communes] = await Promise.all([listAudit(payload, user, filters), loadCommuneNames(payload, user)])
  const names = new Map(communes.map((c) => [c.id, c.name]))
  const own = communeOf(user)
  const [t, locale] = await Promise.all([getTranslations('commune.journal'), requestLocale()])
  const [auditActions, auditTargets] = [auditActionLabels(locale), auditTargetLabels(locale)]
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({
      ...Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))),
      ...extra,
    }).toString()

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">
        {staff ? t('scopeStaff') : own ? t('scopeCommune', { commune: names.get(own) ?? '' }) : t('scopeOwn')}{' '}
        {t('what', { staff: String(staff), years: auditRetentionYears() })}
      </p>
      <p className="no-print">
        <a href="/ma-commune">{t('myCommune')}</a> ·{' '}
        <a href={`/ma-commune/journal/export?${query({ page: '' })}`} download>
          {t('export')}
        </a>{' '}
        {t('exportNote')}
      </p>
      <form className="filters audit-filters no-print" method="get" aria-label={t('filters.label')}>
        <label>
          {t('filters.from')} <input type="date" name="du" defaultValue={filters.from} />
        </label>
        <label>
          {t('filters.to')} <input type="date" name="au" defaultValue={filters.to} />
        </label>
        <label>
          {t('filters.action')}{' '}
          <ChoiceSelect name="action" choices={auditActions} defaultValue={filters.action} any={t('filters.allFeminine')} />
        </label>
        <label>
          {t('filters.type')}{' '}
          <ChoiceSelect name="type" choices={auditTargets} defaultValue={filters.target} any={t('filters.allMasculine')} />
        </label>
        {staff && (
          <label>
            {t('filters.commune')}{' '}
            <ChoiceSelect
              name="commune"
              choices={communeChoices(communes)}
              defaultValue={String(filters.commune ?? '')}
              any={t('filters.allFeminine')}
            />
          </label>
        )}
        <label>
          {t('filters.actor')} <input name="auteur" defaultValue={filters.actor} placeholder={t('filters.actorHint')} />
        </label>
        <label>
          {t('filters.item')} <input name="q" defaultValue={filters.q} placeholder={t('filters.itemHint')} />
        </label>
        <button type="submit">{t('filters.submit')}</button>
      </form>

      <p role="status">
        {result.totalDocs === 0
          ? t('noEntries')
          : t('entries', { count: result.totalDocs, shown: result.totalDocs.toLocaleString(intlLocale(locale)) })}
      </p>
      <ol className="audit-trail">
        {result.docs.map((event) => {
          const changes = (Array.isArray(event.changes) ? event.changes : []) as FieldChange[]
          const detail = detailText(event)
          return (
            <li key={event.id} className="audit-entry" data-audit={event.id}>
              <p className="audit-entry__head">
                <time dateTime={event.createdAt}>{numericDateTime(event.createdAt, locale)}</time>{' '}
                <span className="badge">{auditActions[event.action] ?? event.action}</span>
              </p>
              <p>
                {/* Written once in the language of the sources (src/audit/recordHooks.ts). */}
                <strong lang={defaultLocale}>{event.targetLabel}</strong>{' '}
                <span className="meta">
                  ({auditTargets[event.targetCollection] ?? event.targetCollection}
                  {typeof event.commune === 'number' ? ` · ${names.get(event.commune) ?? ''}` : ''})
                </span>
              </p>
              <p className="meta">
                {t('by', { name: event.actorName ?? '' })}
                {event.actorRoles
                  ? ` (${event.actorRoles
                      .split(', ')
                      .map((role) => readable('roles', [role], names, locale))
                      .join(', ')})`
                  : ''}
                {isAdmin(user) && event.sourceAddress ? ` · ${t('address', { address: event.sourceAddress })}` : ''}
              </p>
              {changes.length > 0 && (
                <ul className="audit-changes" aria-label={t('changes')}>
                  {changes.map((change) => (
                    <li key={change.field}>
                      {t('changeLabel', { label: changeLabel(payload, event.targetCollection, change, locale) })}{' '}
                      {change.before == null ? (
                        <ins>{readable(change.field, change.after, names, locale)}</ins>
                      ) : change.after == null ? (
                        <>
                          <del>{readable(change.field, change.before, names, locale)}</del> {t('erased')}
                        </>
                      ) : (
                        <>
                          <del>{readable(change.field, change.before, names, locale)}</del> →{' '}
                          <ins>{readable(change.field, change.after, names, locale)}</ins>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {detail && <p className="meta">{detail}</p>}
            </li>
          )
        })}
      </ol>
      {result.totalPages > 1 && (
        <nav className="pagination no-print" aria-label={t('pages')}>
          {result.hasPrevPage && <a href={`?${query({ page: String(result.prevPage) })}`}>{t('newer')}</a>}{' '}
          <span>{t('page', { page: result.page ?? 1, pages: result.totalPages })}</span>{' '}
          {result.hasNextPage && <a href={`?${query({ page: String(result.nextPage) })}`}>{t('older')}</a>}
        </nav>
      )}
    </>
  )
}
