import Link from 'next/link'

import { requestableRoles } from '@/accounts/vocabulary'
import { RequestDecisionForm } from '@/components/account/RequestDecisionForm'
import { longDate } from '@/format/dates'
import type { HomeView } from '@/home/view'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'
import { proposalChange } from '@/measures/proposalChange'
import type { Measure } from '@/payload-types'
import { providerName } from '@/providers/names'

/** Whether anything in the to-do part waits for this person. */
export const hasTasks = (home: HomeView) =>
  Boolean(
    home.requests?.total ||
    home.actions.overdue.length ||
    home.actions.thisWeek.length ||
    home.proposals?.length ||
    home.reviews.length ||
    home.contracts?.length,
  )

/**
 * What needs this person, most pressing first: account requests to decide (decided right here), overdue actions and
 * those due this week, proposals for the Comité, guides to review, contract notice deadlines. Each line is a link
 * to where it is done, with its status in words.
 */
export async function TaskList({ home, staff }: { home: HomeView; staff: boolean }) {
  const [t, locale] = await Promise.all([getTranslations('home.tasks'), requestLocale()])
  /** « aujourd’hui », « demain », « dans 12 jours ». */
  const inDays = (days: number) => (days === 0 ? t('today') : days === 1 ? t('tomorrow') : t('inDays', { days }))
  const { requests, actions, proposals, reviews, contracts } = home
  return (
    <>
      {requests && requests.total > 0 && (
        <section className="home-block" aria-labelledby="home-requests" data-testid="home-requests">
          <h3 id="home-requests">{t('requests', { count: requests.total })}</h3>
          <p className="muted">{t('requestsHint')}</p>
          <ul className="home-tasks">
            {requests.items.map((request) => (
              <li key={request.id} className="home-task" data-request={request.email}>
                <p>
                  <strong>{request.name}</strong> <span className="badge badge--pending">{t('pending')}</span>
                  <br />
                  {request.function} · {typeof request.commune === 'object' ? t('commune', { name: request.commune.name }) : ''} ·{' '}
                  {t('requestedRole')} {requestableRoles[request.requestedRole]} ·{' '}
                  {t('filedOn', { date: longDate(request.createdAt, locale) })}
                  <br />
                  <span className="muted">{request.email}</span>
                </p>
                {request.comment && <p className="muted">« {request.comment} »</p>}
                <RequestDecisionForm request={request} staff={staff} from="accueil" />
              </li>
            ))}
          </ul>
          <p>
            <Link href="/ma-commune/demandes">
              {requests.total > requests.items.length ? t('allRequests', { count: requests.total }) : t('requestList')}
            </Link>
          </p>
        </section>
      )}

      {(actions.overdue.length > 0 || actions.thisWeek.length > 0) && (
        <section className="home-block" aria-labelledby="home-actions" data-testid="home-actions">
          <h3 id="home-actions">{t('actions')}</h3>
          <ul className="home-tasks">
            {[...actions.overdue.map((a) => [a, true] as const), ...actions.thisWeek.map((a) => [a, false] as const)].map(
              ([action, overdue]) => (
                <li key={action.id} className="home-task">
                  <Link href={typeof action.meeting === 'number' ? `/seances/${action.meeting}` : '/seances/actions'}>{action.title}</Link>{' '}
                  <span className={overdue ? 'badge badge--rejected' : 'badge badge--pending'}>
                    {overdue ? t('overdue') : t('thisWeek')}
                  </span>
                  <span className="muted"> · {t('dueOn', { date: longDate(action.dueDate, locale) })}</span>
                </li>
              ),
            )}
          </ul>
          <p>
            <Link href="/seances/actions">{t('allActions')}</Link>
          </p>
        </section>
      )}

      {proposals && proposals.length > 0 && (
        <section className="home-block" aria-labelledby="home-proposals" data-testid="home-proposals">
          <h3 id="home-proposals">{t('proposals', { count: proposals.length })}</h3>
          <ul className="home-tasks">
            {proposals.map((proposal) => {
              const measure = typeof proposal.measure === 'object' ? (proposal.measure as Measure) : null
              return (
                <li key={proposal.id} className="home-task">
                  <Link href="/mesures/propositions">
                    {measure ? (
                      <>
                        {t('measure', { number: measure.number })} <span>{measure.title}</span>
                      </>
                    ) : (
                      t('proposal')
                    )}{' '}
                    : {proposalChange(proposal)}
                  </Link>
                  <span className="muted">
                    {' '}
                    ·{' '}
                    {proposal.proposedByName
                      ? t('proposedBy', { name: proposal.proposedByName, date: longDate(proposal.createdAt, locale) })
                      : t('proposedOn', { date: longDate(proposal.createdAt, locale) })}
                  </span>
                </li>
              )
            })}
          </ul>
        </section>
      )}

      {reviews.length > 0 && (
        <section className="home-block" aria-labelledby="home-reviews" data-testid="home-reviews">
          <h3 id="home-reviews">{t('reviews', { count: reviews.length })}</h3>
          <p className="muted">{t('reviewsHint')}</p>
          <ul className="home-tasks">
            {reviews.map((guide) => (
              <li key={guide.id} className="home-task">
                {staff ? (
                  <a href={`/admin/collections/guides/${guide.id}`}>{guide.title}</a>
                ) : (
                  <Link href={`/guides/${guide.slug}`}>{guide.title}</Link>
                )}{' '}
                <span className="badge badge--rejected">{t('toReview')}</span>
                <span className="muted"> · {t('since', { date: longDate(guide.dueDate, locale) })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {contracts && contracts.length > 0 && (
        <section className="home-block" aria-labelledby="home-contracts" data-testid="home-contracts">
          <h3 id="home-contracts">{t('contracts', { count: contracts.length })}</h3>
          <p className="muted">{t('contractsHint')}</p>
          <ul className="home-tasks">
            {contracts.map(({ contract, daysLeft }) => (
              <li key={contract.id} className="home-task">
                <Link href={`/contrats/${contract.id}`}>
                  {providerName(contract.provider)} — {contract.service}
                </Link>{' '}
                <span className={daysLeft <= 30 ? 'badge badge--rejected' : 'badge badge--pending'}>
                  {t('notice', { when: inDays(daysLeft) })}
                </span>
                <span className="muted"> · {t('lastDay', { date: longDate(contract.noticeDeadline!, locale) })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
