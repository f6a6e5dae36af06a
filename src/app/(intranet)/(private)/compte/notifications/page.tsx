import { requireSession } from '@/auth/currentUser'
import { FollowButton } from '@/components/follow/FollowButton'
import { ResultForm } from '@/components/ResultForm'
import { Button } from '@/components/ui/Button'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { digestSettingsAction } from '@/follow/actions'
import { loadNotificationSettings } from '@/follow/view'
import { digestFrequencyKeys, notificationKindKeys } from '@/follow/vocabulary'
import { getTranslations } from '@/i18n/getTranslations'

export async function generateMetadata() {
  return { title: (await getTranslations('follow.settings'))('title') }
}

const back = '/compte/notifications'

/** The person's digest (how often, which kinds) and everything they follow, each with « Ne plus suivre ». */
export default async function NotificationsPage() {
  const { payload, user } = await requireSession()
  const [t, vocab] = await Promise.all([getTranslations('follow.settings'), getTranslations('vocab.follow')])
  const settings = await loadNotificationSettings(payload, user)
  const following = settings.lines.filter((line) => line.following)
  const turnedOff = settings.lines.filter((line) => !line.following && line.byDefault)
  return (
    <>
      <PageHeader title={t('title')} breadcrumb={[{ href: '/compte', label: t('account') }]} lead={t('lead')} />

      <section aria-labelledby="resume">
        <h2 id="resume">{t('digest')}</h2>
        <ResultForm action={digestSettingsAction} className="stacked-form" label={t('digest')}>
          <fieldset className="checklist-item">
            <legend>{t('frequency')}</legend>
            {digestFrequencyKeys.map((value) => (
              <label key={value} className="inline">
                <input type="radio" name="frequency" value={value} defaultChecked={settings.frequency === value} />{' '}
                {vocab(`frequencies.${value}`)}
              </label>
            ))}
          </fieldset>
          <fieldset className="checklist-item">
            <legend>{t('contents')}</legend>
            {notificationKindKeys.map((value) => (
              <div key={value}>
                <label className="inline">
                  <input type="checkbox" name="kinds" value={value} defaultChecked={!settings.muted.includes(value)} />{' '}
                  {vocab(`kinds.${value}`)}
                </label>
              </div>
            ))}
          </fieldset>
          <Button>{t('save')}</Button>
        </ResultForm>
      </section>

      <section aria-labelledby="suivis">
        <h2 id="suivis">{t('following')}</h2>
        {following.length === 0 ? (
          <EmptyState title={t('nothing')}>{t('nothingHelp')}</EmptyState>
        ) : (
          <ul className="follow-list">
            {following.map((line) => (
              <li key={`${line.target}-${line.key}`}>
                <span>
                  {line.href ? <a href={line.href}>{line.label}</a> : line.label}
                  {line.byDefault && <span className="meta">{t('byDefault')}</span>}
                </span>
                <FollowButton target={line.target} itemKey={line.key} name={line.label} following back={back} compact />
              </li>
            ))}
          </ul>
        )}
        {turnedOff.length > 0 && (
          <>
            <h3>{t('turnedOff')}</h3>
            <ul className="follow-list">
              {turnedOff.map((line) => (
                <li key={`${line.target}-${line.key}`}>
                  <span>{line.href ? <a href={line.href}>{line.label}</a> : line.label}</span>
                  <FollowButton target={line.target} itemKey={line.key} name={line.label} following={false} back={back} compact />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="veille">
        <h2 id="veille">{t('watch')}</h2>
        <p>{t('watchHelp')}</p>
        <ul className="follow-list">
          {settings.watch.map((watch) => (
            <li key={watch.kind}>
              <span>{watch.label}</span>
              <FollowButton
                target="watch-kind"
                itemKey={watch.kind}
                name={t('watchName', { label: watch.label })}
                following={watch.following}
                back={back}
                compact
              />
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
