import Link from 'next/link'

import { committeesOf } from '@/access/roles'
import { requireSession } from '@/auth/currentUser'
import { CopyLink } from '@/components/events/CopyLink'
import { ResultForm } from '@/components/ResultForm'
import { renewFeedAction } from '@/events/actions'
import { calendarToken, feedUrls } from '@/events/feeds'
import type { EventType } from '@/events/vocabulary'
import { getTranslations } from '@/i18n/getTranslations'

export async function generateMetadata() {
  return { title: (await getTranslations('events.subscription'))('title') }
}

/** The steps of one calendar application, each a message of `events.subscription.howto.<app>.steps`. */
const howtos = [
  { app: 'outlookWeb', steps: 4 },
  { app: 'outlookDesktop', steps: 3 },
  { app: 'appleMac', steps: 4 },
  { app: 'appleIphone', steps: 4 },
  { app: 'google', steps: 4 },
] as const

/**
 * The person's own feed links (events, by type, and for committee members their meetings) with a copy button
 * each, how to add one to Outlook, Apple Calendar and Google Agenda, and the renewal that revokes them.
 */
export default async function SubscriptionPage() {
  const { payload, user } = await requireSession()
  const [t, plural] = await Promise.all([getTranslations('events.subscription'), getTranslations('vocab.events.typesPlural')])
  const urls = feedUrls(await calendarToken(payload, user))
  const feeds = [
    { label: t('allEvents'), url: urls.events },
    ...Object.entries(urls.byType).map(([type, url]) => ({ label: t('onlyType', { type: plural(type as EventType) }), url })),
    ...(committeesOf(user).length > 0 ? [{ label: t('myMeetings'), url: urls.meetings }] : []),
  ]
  return (
    <div className="subscription">
      <p className="breadcrumb">
        <Link href="/agenda">{t('breadcrumbAgenda')}</Link> › {t('breadcrumb')}
      </p>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>

      <h2>{t('copyHeading')}</h2>
      <dl className="feeds">
        {feeds.map((feed) => (
          <div key={feed.url}>
            <dt>{feed.label}</dt>
            <dd>
              <CopyLink url={feed.url} label={feed.label} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="message message--warning" role="note">
        {t('personal')}
      </p>

      <h2>{t('addHeading')}</h2>
      <p>{t('chooseApp')}</p>
      {howtos.map(({ app, steps }) => (
        <details key={app} className="howto">
          <summary>{t(`howto.${app}.title`)}</summary>
          <ol>
            {Array.from({ length: steps }, (_, i) => (
              <li key={i}>{t(`howto.${app}.step${i + 1}`)}</li>
            ))}
          </ol>
        </details>
      ))}
      <p className="muted">{t('refresh')}</p>

      <h2>{t('renewHeading')}</h2>
      <ResultForm action={renewFeedAction} className="stacked-form" label={t('renew')}>
        <p>{t('renewWarning')}</p>
        <button type="submit" className="secondary">
          {t('renew')}
        </button>
      </ResultForm>
    </div>
  )
}
