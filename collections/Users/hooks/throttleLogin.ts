import crypto from 'node:crypto'

import { type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { adminMessage, requestLanguage } from '@/admin/language'
import { messageAt } from '@/i18n/labels'
import { clientAddress } from '@/net/clientAddress'
import { forgive, type Limit, take, waitInWords, withdraw } from '@/throttle/throttle'

import { refusal } from './refusal'

/**
 * Brute force without lock-out (OWASP ASVS 5.0 V6.3.1): attempts are counted per typed address AND client address,
 * so a stranger elsewhere can never keep a person out (her own connection has its own count), and per client
 * address across every typed address (password spraying). Payload's own per-account lock is off
 * (`maxLoginAttempts: 0` in the collection): anyone could trigger it, and its answer told known addresses apart.
 *
 * Every login (REST, GraphQL, the admin form, /connexion through the Local API) is one event recorded before the
 * password is checked and withdrawn when the login succeeds, so a failure counts whatever the reason (wrong
 * password, wrong or missing second-factor code, unknown address) and a refusal is the same for every address.
 */
export const LOGIN_LIMITS: Limit[] = [
  { by: 'subject+source', max: 5, windowMs: 15 * 60_000 },
  { by: 'source', max: 30, windowMs: 15 * 60_000 },
]
/** Reset e-mails: a few per address and per client address, so that the endpoint cannot flood a mailbox. */
export const FORGOT_LIMITS: Limit[] = [
  { by: 'subject', max: 3, windowMs: 60 * 60_000 },
  { by: 'source', max: 10, windowMs: 60 * 60_000 },
]

/** The refusal in the request's language (French without a request: the intranet's callers). */
export const tooManyLogins = (waitMs: number, req?: PayloadRequest | null) =>
  adminMessage(req, 'tooManyLogins', { wait: waitInWords(waitMs, requestLanguage(req)) })
export const tooManyResets = (waitMs: number, req?: PayloadRequest | null) =>
  adminMessage(req, 'tooManyResets', { wait: waitInWords(waitMs, requestLanguage(req)) })
// Compared as is by src/auth/singleAuthOperation.ts: one text, French.
export const ONE_AT_A_TIME = messageAt('fr', 'adminMessages.oneAttemptPerRequest')

export const EVENT = 'loginThrottleEvent'
const SEEN = 'authOperationSeen'

/**
 * Where the request comes from. A server-side call of the Local API with no client behind it (scripts, seeds,
 * tests of the code itself) is not throttled; /connexion passes the request's headers, so it is.
 */
const sourceOf = (req: PayloadRequest) =>
  req.payloadAPI === 'local' && !req.headers?.get('x-forwarded-for') ? null : clientAddress(req.headers)

export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  // One HTTP request, one attempt (GraphQL aliases are refused earlier too: src/auth/singleAuthOperation.ts).
  if (req.context[SEEN]) throw refusal(ONE_AT_A_TIME, 400, 'OneAttemptPerRequest')
  req.context[SEEN] = true
  const source = sourceOf(req)
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  if (!source || !email) return args

  if (operation === 'forgotPassword') {
    const verdict = await take(req.payload, { action: 'forgot-password', subject: email, source }, FORGOT_LIMITS)
    if (!verdict.ok) throw refusal(tooManyResets(verdict.retryAfterMs, req), 429, 'TooManyRequests')
    return args
  }
  const verdict = await take(req.payload, { action: 'login', subject: email, source }, LOGIN_LIMITS)
  if (!verdict.ok) throw refusal(tooManyLogins(verdict.retryAfterMs, req), 429, 'TooManyRequests')
  req.context[EVENT] = { email, source, id: verdict.id }
  // Payload answers an unknown address without hashing anything: as long as a real check, so that the time of the
  // answer does not tell which addresses have an account.
  const known = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } } })
  if (!known) await spendPasswordTime()
  return args
}

/** This request turned out to be no guess (a code that is not six digits): its attempt is not counted. */
export async function withdrawAttempt(req: PayloadRequest): Promise<void> {
  const event = req.context[EVENT] as { id: number | string } | undefined
  if (event) await withdraw(req.payload, event.id)
}

/** A successful login forgives this address's failures from this connection (never those of other connections). */
export const forgiveLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const event = req.context[EVENT] as { email: string; source: string } | undefined
  if (event) await forgive(req.payload, { action: 'login', subject: event.email, source: event.source })
  return user
}

/**
 * The work of checking one password as Payload stores them today (PBKDF2-SHA256, 600,000 iterations, 32 bytes):
 * spent where no password is compared, so that those answers take as long as the others.
 */
export const spendPasswordTime = () =>
  new Promise<void>((resolve) => crypto.pbkdf2('relais', 'timing-equaliser', 600_000, 32, 'sha256', () => resolve()))
