import { requireSession } from '@/auth/currentUser'
import { CopyLink } from '@/components/events/CopyLink'
import { ResultForm } from '@/components/ResultForm'
import { PageHeader } from '@/components/ui'
import { renewFeedAction } from '@/events/actions'
import { calendarToken } from '@/events/feeds'
import { getTranslations } from '@/i18n/getTranslations'
import { watchFeedUrls } from '@/watch/feeds'
import type { WatchKind } from '@/watch/kinds'

export async function generateMetadata() {
  return { title: (await getTranslations('watch.subscription'))('title') }
}

/**
 * The person's Atom feeds of the watch (all, and one per kind), how to add one to Outlook or Thunderbird, and the
 * renewal, which revokes these links and the calendar links at once (they share one secret).
 */
export default async function WatchSubscriptionPage() {
  const { payload, user } = await requireSession()
  const urls = watchFeedUrls(await calendarToken(payload, user))
  const [t, vocab] = await Promise.all([getTranslations('watch.subscription'), getTranslations('vocab.watch')])
  const feeds = [
    { label: t('all'), url: urls.all },
    ...Object.entries(urls.byKind).map(([kind, url]) => ({ label: t('only', { kind: vocab(`kinds.${kind as WatchKind}`) }), url })),
  ]
  return (
    <div className="subscription">
      <PageHeader title={t('title')} breadcrumb={[{ href: '/veille', label: t('breadcrumb') }]} lead={t('lead')} />
      <h2>{t('step1')}</h2>
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

      <h2>{t('step2')}</h2>
      <p>{t('menus')}</p>
      <details className="howto">
        <summary>{t('outlook.title')}</summary>
        <ol>
          <li>{t('outlook.step1')}</li>
          <li>{t('outlook.step2')}</li>
          <li>{t('outlook.step3')}</li>
        </ol>
      </details>
      <details className="howto">
        <summary>{t('thunderbird.title')}</summary>
        <ol>
          <li>{t('thunderbird.step1')}</li>
          <li>{t('thunderbird.step2')}</li>
          <li>{t('thunderbird.step3')}</li>
        </ol>
      </details>
      <p className="muted">{t('refresh')}</p>

      <h2>{t('renew')}</h2>
      <ResultForm action={renewFeedAction} className="stacked-form" label={t('renew')}>
        <p>{t('renewHint')}</p>
        <button type="submit" className="secondary">
          {t('renew')}
        </button>
      </ResultForm>
    </div>
  )
}
