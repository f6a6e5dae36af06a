import type { Payload } from 'payload'

import { endSessionsAction } from '@/auth/sessions/actions'
import { OTHER_SESSIONS, type SessionUser, sessionsOf } from '@/auth/sessions/service'
import { idleMinutes } from '@/auth/sessions/settings'
import { ResultForm } from '@/components/ResultForm'
import { dateAtHour, sinceWords } from '@/format/dates'

/**
 * « Vos sessions ouvertes »: every device where the person is signed in, this one marked, each other one with
 * « Fermer », and « Fermer toutes les autres sessions ». One form, so that the confirmation stays at its top
 * after the closed session's row has gone.
 */
export async function SessionsSection({ payload, user }: { payload: Payload; user: SessionUser }) {
  const sessions = await sessionsOf(payload, user)
  const others = sessions.filter((s) => !s.current).length
  return (
    <section aria-labelledby="sessions-title" className="sessions">
      <h2 id="sessions-title">Vos sessions ouvertes</h2>
      <p>
        Chaque navigateur ou appareil où vous êtes connecté·e. Si vous n’en reconnaissez pas une, fermez-la et changez votre mot de passe.
        Une session inutilisée pendant {idleMinutes()} minutes se ferme d’elle-même.
      </p>
      <ResultForm action={endSessionsAction} label="Vos sessions ouvertes">
        <ul className="sessions__list">
          {sessions.map((session) => (
            <li key={session.id} data-session={session.id} className="sessions__item">
              <p className="sessions__device">
                <strong>{session.device}</strong>
                {session.current && <span className="badge badge--approved">cette session</span>}
              </p>
              <dl className="sessions__dates">
                <div>
                  <dt>Connexion</dt>
                  <dd>{dateAtHour(session.createdAt)}</dd>
                </div>
                <div>
                  <dt>Dernière activité</dt>
                  <dd>
                    <time dateTime={session.lastSeenAt} title={dateAtHour(session.lastSeenAt)}>
                      {session.current ? 'maintenant' : sinceWords(session.lastSeenAt)}
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
                  aria-label={`Fermer la session ${session.device}`}
                >
                  Fermer
                </button>
              )}
            </li>
          ))}
        </ul>
        {others > 0 ? (
          <button type="submit" name="session" value={OTHER_SESSIONS} className="sessions__all">
            Fermer toutes les autres sessions
          </button>
        ) : (
          <p className="meta">Vous n’êtes connecté·e nulle part ailleurs.</p>
        )}
      </ResultForm>
    </section>
  )
}
