import type { Payload } from 'payload'

import { endSessionsAction } from '@/auth/sessions/actions'
import { OTHER_SESSIONS, type SessionUser, sessionsOf } from '@/auth/sessions/service'
import { idleMinutes } from '@/auth/sessions/settings'
import { ResultForm } from '@/components/ResultForm'
import { dateAtHour, sinceWords } from '@/format/dates'
import { getTranslations } from '@/i18n/getTranslations'
import { requestLocale } from '@/i18n/request'

/**
 * « Vos sessions ouvertes »: every device where the person is signed in, this one marked, each other one with
 * « Fermer », and « Fermer toutes les autres sessions ». One form, so that the confirmation stays at its top
 * after the closed session's row has gone.
 */
export async function SessionsSection({ payload, user }: { payload: Payload; user: SessionUser }) {
  const sessions = await sessionsOf(payload, user)
  const others = sessions.filter((s) => !s.current).length
  const [t, locale] = await Promise.all([getTranslations('account.security.sessions'), requestLocale()])
  const since = (date: string) => sinceWords(date, undefined, locale)
  return (
    <section aria-labelledby="sessions-title" className="sessions">
      <h2 id="sessions-title">{t('title')}</h2>
      <p>{t('intro', { minutes: idleMinutes() })}</p>
      <ResultForm action={endSessionsAction} label={t('title')}>
        <ul className="sessions__list">
          {sessions.map((session) => (
            <li key={session.id} data-session={session.id} className="sessions__item">
              <p className="sessions__device">
                <strong>{session.device}</strong>
                {session.current && <span className="badge badge--approved">{t('current')}</span>}
              </p>
              <dl className="sessions__dates">
                <div>
                  <dt>{t('createdAt')}</dt>
                  <dd>{dateAtHour(session.createdAt, locale)}</dd>
                </div>
                <div>
                  <dt>{t('lastSeen')}</dt>
                  <dd>
                    <time dateTime={session.lastSeenAt} title={dateAtHour(session.lastSeenAt, locale)}>
                      {session.current ? t('now') : since(session.lastSeenAt)}
                    </time>
                  </dd>
                </div>
              </dl>
              {!session.current && (
                <button
                  type="submit"
                  name="session"
                  value={session.id}
                  className="secondary"
                  aria-label={t('closeOne', { device: session.device })}
                >
                  {t('close')}
                </button>
              )}
            </li>
          ))}
        </ul>
        {others > 0 ? (
          <button type="submit" name="session" value={OTHER_SESSIONS} className="sessions__all">
            {t('closeOthers')}
          </button>
        ) : (
          <p className="meta">{t('noOthers')}</p>
        )}
      </ResultForm>
    </section>
  )
}
