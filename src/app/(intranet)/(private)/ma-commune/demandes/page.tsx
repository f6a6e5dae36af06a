import type { Metadata } from 'next'
import { forbidden } from 'next/navigation'

import { isStaff } from '@/access/roles'
import { listRequests, parseFilters } from '@/accounts/requestList'
import { canDecide } from '@/accounts/requests'
import { loadRequest } from '@/accounts/view'
import { requestStatusValues } from '@/accounts/vocabulary'
import { requireSession } from '@/auth/currentUser'
import { loadCommuneNames } from '@/communes/view'
import { RequestDecidedNotice } from '@/components/account/RequestDecidedNotice'
import { RequestDecisionForm } from '@/components/account/RequestDecisionForm'
import { ChoiceSelect } from '@/components/ChoiceSelect'
import { communeChoices } from '@/components/CommunePicker'
import { longDate } from '@/format/dates'
import { recordId } from '@/http/recordId'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts.requests'))('title') }
}

type Props = { searchParams: Promise<Record<string, string | undefined>> }

export default async function RequestsPage({ searchParams }: Props) {
  const { payload, user } = await requireSession()
  if (!canDecide(user)) forbidden()
  const params = await searchParams
  const filters = parseFilters(params)
  const staff = isStaff(user)
  const [requests, communes] = await Promise.all([listRequests(payload, user, filters), staff ? loadCommuneNames(payload, user) : null])
  const decidedId = recordId(params.traitee)
  const decided = decidedId ? await loadRequest(payload, user, decidedId) : null
  const [t, names, roleName, locale] = await Promise.all([
    getTranslations('accounts.requests'),
    getTranslations('accounts.status'),
    getTranslations('roles'),
    requestLocale(),
  ])
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])))

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{staff ? t('leadAll') : t('leadOwn')}</p>
      <p className="no-print">
        <a href="/ma-commune/comptes">{t('accounts')}</a> ·{' '}
        <a href={`/ma-commune/demandes/export?${query}`} download>
          {t('export')}
        </a>{' '}
        · {t('print')}
      </p>
      <RequestDecidedNotice decided={decided} />
      <form className="filters no-print" method="get" aria-label={t('filter')}>
        <label>
          {t('status')}{' '}
          <select name="etat" defaultValue={filters.status}>
            <option value="all">{t('all')}</option>
            {requestStatusValues
              .filter((value) => value !== 'unconfirmed' || staff)
              .map((value) => (
                <option key={value} value={value}>
                  {names(value)}
                </option>
              ))}
          </select>
        </label>
        {communes && (
          <label>
            {t('commune')}{' '}
            <ChoiceSelect
              name="commune"
              choices={communeChoices(communes)}
              defaultValue={String(filters.commune ?? '')}
              any={t('anyCommune')}
            />
          </label>
        )}
        <label>
          {t('search')} <input name="q" defaultValue={filters.q} placeholder={t('searchHint')} />
        </label>
        <button type="submit">{t('submit')}</button>
      </form>

      {requests.length === 0 && <p>{t('none')}</p>}
      <ul className="requests">
        {requests.map((request) => (
          <li key={request.id} className="request" data-request={request.email}>
            <h2>
              {request.name} <span className={`badge badge--${request.status}`}>{names(request.status)}</span>
            </h2>
            <p>
              {t('details', {
                email: request.email,
                function: request.function,
                commune: typeof request.commune === 'object' ? request.commune.name : '',
                role: roleName(request.requestedRole),
                date: longDate(request.createdAt, locale),
              })}
            </p>
            {request.comment && <p className="meta">« {request.comment} »</p>}
            {request.status === 'pending' ? (
              <RequestDecisionForm request={request} staff={staff} />
            ) : (
              request.decidedAt && (
                <p className="meta">
                  {t('decidedOn', { date: longDate(request.decidedAt, locale) })}
                  {typeof request.decidedBy === 'object' && request.decidedBy ? t('decidedBy', { name: request.decidedBy.name }) : ''}
                  {request.decisionComment ? ` : ${request.decisionComment}` : ''}
                </p>
              )
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
