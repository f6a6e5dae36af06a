import { forbidden } from 'next/navigation'

import { communeOf, isAdmin, isStaff } from '@/access/roles'
import { auditFilters, canReadAudit, detailText, listAudit, readable } from '@/audit/list'
import type { FieldChange } from '@/audit/record'
import { auditRetentionYears } from '@/audit/retention'
import { auditActions, auditTargets } from '@/audit/vocabulary'
import { requireSession } from '@/auth/currentUser'
import { loadCommuneNames } from '@/communes/view'
import { ChoiceSelect } from '@/components/ChoiceSelect'
import { communeChoices } from '@/components/CommunePicker'
import { numericDateTime } from '@/format/dates'

export const metadata = { title: 'Journal d’audit' }

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
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({
      ...Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))),
      ...extra,
    }).toString()

  return (
    <>
      <h1>Journal d’audit</h1>
      <p className="lead">
        {staff
          ? 'Toutes les communes et la gouvernance régionale.'
          : `Ce qui concerne ${own ? `la commune de ${names.get(own) ?? ''}` : 'votre commune'}.`}{' '}
        Qui a changé quoi et quand : rôles et commune des comptes, liens de mot de passe envoyés, double authentification réinitialisée,
        comptes désactivés ou réactivés, exports téléchargés, contrats et registre numérique
        {staff ? ', décisions de priorité et statuts de séance' : ''}. Rien ne s’y modifie ni ne s’y efface ; les entrées sont conservées{' '}
        {auditRetentionYears()} ans.
      </p>
      <p className="no-print">
        <a href="/ma-commune">Ma commune</a> ·{' '}
        <a href={`/ma-commune/journal/export?${query({ page: '' })}`} download>
          Exporter en CSV
        </a>{' '}
        (avec les filtres choisis ; l’export figure lui aussi au journal)
      </p>
      <form className="filters audit-filters no-print" method="get" aria-label="Filtrer le journal">
        <label>
          Du <input type="date" name="du" defaultValue={filters.from} />
        </label>
        <label>
          Au <input type="date" name="au" defaultValue={filters.to} />
        </label>
        <label>
          Action <ChoiceSelect name="action" choices={auditActions} defaultValue={filters.action} any="Toutes" />
        </label>
        <label>
          Type <ChoiceSelect name="type" choices={auditTargets} defaultValue={filters.target} any="Tous" />
        </label>
        {staff && (
          <label>
            Commune{' '}
            <ChoiceSelect name="commune" choices={communeChoices(communes)} defaultValue={String(filters.commune ?? '')} any="Toutes" />
          </label>
        )}
        <label>
          Par <input name="auteur" defaultValue={filters.actor} placeholder="nom ou e-mail" />
        </label>
        <label>
          Élément <input name="q" defaultValue={filters.q} placeholder="nom, prestataire…" />
        </label>
        <button type="submit">Filtrer</button>
      </form>

      <p role="status">
        {result.totalDocs === 0
          ? 'Aucune entrée ne correspond.'
          : `${result.totalDocs.toLocaleString('fr-CH')} entrée${result.totalDocs > 1 ? 's' : ''}.`}
      </p>
      <ol className="audit-trail">
        {result.docs.map((event) => {
          const changes = (Array.isArray(event.changes) ? event.changes : []) as FieldChange[]
          const detail = detailText(event)
          return (
            <li key={event.id} className="audit-entry" data-audit={event.id}>
              <p className="audit-entry__head">
                <time dateTime={event.createdAt}>{numericDateTime(event.createdAt)}</time>{' '}
                <span className="badge">{auditActions[event.action] ?? event.action}</span>
              </p>
              <p>
                <strong>{event.targetLabel}</strong>{' '}
                <span className="meta">
                  ({auditTargets[event.targetCollection] ?? event.targetCollection}
                  {typeof event.commune === 'number' ? ` · ${names.get(event.commune) ?? ''}` : ''})
                </span>
              </p>
              <p className="meta">
                Par {event.actorName}
                {event.actorRoles
                  ? ` (${event.actorRoles
                      .split(', ')
                      .map((role) => readable('roles', [role], names))
                      .join(', ')})`
                  : ''}
                {isAdmin(user) && event.sourceAddress ? ` · adresse ${event.sourceAddress}` : ''}
              </p>
              {changes.length > 0 && (
                <ul className="audit-changes" aria-label="Changements">
                  {changes.map((change) => (
                    <li key={change.field}>
                      {change.label} :{' '}
                      {change.before == null ? (
                        <ins>{readable(change.field, change.after, names)}</ins>
                      ) : change.after == null ? (
                        <>
                          <del>{readable(change.field, change.before, names)}</del> (effacé)
                        </>
                      ) : (
                        <>
                          <del>{readable(change.field, change.before, names)}</del> →{' '}
                          <ins>{readable(change.field, change.after, names)}</ins>
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
        <nav className="pagination no-print" aria-label="Pages du journal">
          {result.hasPrevPage && <a href={`?${query({ page: String(result.prevPage) })}`}>← Plus récentes</a>}{' '}
          <span>
            Page {result.page} sur {result.totalPages}
          </span>{' '}
          {result.hasNextPage && <a href={`?${query({ page: String(result.nextPage) })}`}>Plus anciennes →</a>}
        </nav>
      )}
    </>
  )
}
