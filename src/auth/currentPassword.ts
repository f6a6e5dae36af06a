import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { poolOf } from '@/db/pool'
import { serverTranslator } from '@/i18n/server'
import { take, withdraw } from '@/throttle/throttle'
import { LOGIN_LIMITS, tooManyLogins } from '@collections/Users/hooks/throttleLogin'

/** The form and body field that carries it (REST, GraphQL's updateUser, the intranet's forms). */
export const CURRENT_PASSWORD_FIELD = 'currentPassword'

// Payload's two hash formats (pbkdf2-sha256): the current one, prefixed, and the legacy one of older accounts.
const PREFIX = 'pbkdf2-sha256-v1:'
const parameters = (hash: string) =>
  hash.startsWith(PREFIX)
    ? { stored: hash.slice(PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { stored: hash, iterations: 25_000, keyLength: 512 }

/** Whether `password` is the account's password, compared in constant time as Payload's login does. */
async function matches(password: string, salt: string, hash: string): Promise<boolean> {
  const { stored, iterations, keyLength } = parameters(hash)
  const expected = Buffer.from(stored, 'hex')
  const actual = await new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) => (error ? reject(error) : resolve(key))),
  )
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}

/**
 * Why the current password typed by the person does not let them go on, in the request's language, or null when it is right.
 * A stolen session is not enough to change what protects the account: the password is asked again, on every
 * path. Each check is a login attempt for the throttle (collections/Users/hooks/throttleLogin.ts: per address
 * and connection, withdrawn when right), so a session cannot be used to guess it either. `source` is the
 * client's address (src/net/clientAddress.ts).
 */
export async function currentPasswordProblem(
  payload: Payload,
  userId: number | string,
  input: unknown,
  source: string,
): Promise<string | null> {
  const t = await serverTranslator('auth.current')
  if (typeof input !== 'string' || input === '') return t('missing')
  const { rows } = await poolOf(payload).query<{ email: string; salt: string | null; hash: string | null }>(
    'select email, salt, hash from users where id = $1',
    [Number(userId)],
  )
  const account = rows[0]
  if (!account?.salt || !account.hash) return t('wrong')
  const attempt = await take(payload, { action: 'login', subject: account.email, source }, LOGIN_LIMITS)
  if (!attempt.ok) return tooManyLogins(attempt.retryAfterMs)
  if (input.length > 1024 || !(await matches(input, account.salt, account.hash))) return t('wrong')
  await withdraw(payload, attempt.id)
  return null
}
