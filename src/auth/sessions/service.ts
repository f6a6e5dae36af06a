import type { Payload } from 'payload'

import { communeOf, isAdmin } from '@/access/roles'
import { logAccountEvent } from '@/accounts/log'
import { loadLanguageSettings } from '@/i18n/languageSettings'
import { currentLocale, serverTranslator } from '@/i18n/server'
import { translatorFor } from '@/i18n/translator'
import type { User } from '@/payload-types'
import { done, type Result, refuse } from '@/result'

import { storedDeviceLabel } from './device'
import { idleMs } from './settings'
import { deleteEverySession, deleteSession, deleteSessionsOf, openSessions } from './store'

/** The logged-in user as Payload's JWT strategy hands it over: with the id of the session of this request. */
export type SessionUser = User & { _sid?: string }

export type SessionView = { id: string; device: string; createdAt: string; lastSeenAt: string; current: boolean }

/** The value of the « Fermer toutes les autres sessions » button (the other buttons carry a session id). */
export const OTHER_SESSIONS = 'autres'

const say = () => serverTranslator('auth.sessions')
/** The account log's notes, in the instance's language (the log is read by any administrator). */
const logWords = async (payload: Payload) => translatorFor((await loadLanguageSettings(payload)).defaultLocale, 'auth.sessions')

/**
 * The person's own open sessions, their devices worded in the request's language; the one of this request is
 * marked `current`. Nobody lists another's.
 */
export async function sessionsOf(payload: Payload, user: SessionUser): Promise<SessionView[]> {
  const now = new Date()
  const locale = await currentLocale()
  const sessions = await openSessions(payload, user.id, now, new Date(now.getTime() - idleMs()))
  return sessions.map((s) => ({
    id: s.id,
    device: storedDeviceLabel(s.device, locale),
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    current: s.id === user._sid,
  }))
}

/** Ends one of the person's own sessions; another person's session id gets the same answer as an unknown one. */
export async function endOwnSession(payload: Payload, user: SessionUser, sid: unknown): Promise<Result> {
  const id = typeof sid === 'string' ? sid.trim().slice(0, 100) : ''
  const session = id ? (await sessionsOf(payload, user)).find((s) => s.id === id) : undefined
  const t = await say()
  if (!session || !(await deleteSession(payload, user.id, id))) return refuse(404, t('gone'))
  return done(t('ended', { device: session.device }))
}

/** Ends every session of the person but the one they are using. */
export async function endOtherSessions(payload: Payload, user: SessionUser): Promise<Result> {
  const t = await say()
  if (!user._sid) return refuse(400, t('lost'))
  const ended = await deleteSessionsOf(payload, user.id, user._sid)
  return done(ended ? t('othersEnded', { count: ended }) : t('noOthers'))
}

/** An administrator ends every session of one account (e.g. a lost phone, a suspected intrusion); logged. */
export async function endAccountSessions(payload: Payload, actor: SessionUser, targetId: number): Promise<Result> {
  const t = await say()
  if (!isAdmin(actor)) return refuse(403, t('adminOnlyAccount'))
  const target = await payload.findByID({ collection: 'users', id: targetId, depth: 0, overrideAccess: true }).catch(() => null)
  if (!target) return refuse(404, t('noAccount'))
  const ended = await deleteSessionsOf(payload, target.id, target.id === actor.id ? (actor._sid ?? null) : null)
  await logAccountEvent(payload, {
    type: 'sessions-ended',
    email: target.email,
    commune: communeOf(target),
    user: target.id,
    actor: actor.id,
    note: (await logWords(payload))('accountNote', { count: ended }),
  })
  return done(t('accountEnded', { name: target.name, count: ended }))
}

/**
 * Incident: an administrator ends the sessions of every account at once, their own current one excepted (so that
 * they can go on handling the incident). Asks for an explicit confirmation; logged with the counts.
 */
export async function endEveryonesSessions(payload: Payload, actor: SessionUser, confirmed: boolean): Promise<Result> {
  const t = await say()
  if (!isAdmin(actor)) return refuse(403, t('adminOnlyEveryone'))
  if (!confirmed) return refuse(400, t('confirmEveryone'))
  const { sessions, accounts } = await deleteEverySession(payload, actor._sid ?? null)
  await logAccountEvent(payload, {
    type: 'sessions-ended-everyone',
    email: actor.email,
    commune: communeOf(actor),
    user: actor.id,
    actor: actor.id,
    note: (await logWords(payload))('everyoneNote', { sessions, accounts }),
  })
  return done(t('everyoneEnded', { sessions, accounts }))
}
