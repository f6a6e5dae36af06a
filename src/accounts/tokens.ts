import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { take } from '@/throttle/throttle'

/** An unguessable token for links sent by e-mail. */
export const newToken = () => crypto.randomBytes(24).toString('hex')

/** Requests are rate-limited per address without storing addresses: a keyed hash of the IP. */
export const hashIp = (ip: string, secret: string) => crypto.createHmac('sha256', secret).update(ip).digest('hex').slice(0, 32)

/**
 * The account-request form carries a signed time stamp with a random part: a submission from a page older than two
 * hours, or with a stamp the server did not sign, is refused, and each stamp is accepted once (`spendStamp`), so a
 * bot must load the page for every request. No minimum time: a browser's autofill then Enter is as fast as a bot,
 * and a person must never be refused for it (the honeypot, the limits per address and connection and the e-mail
 * confirmation remain). No third-party service, no tracking.
 */
export function formStamp(secret: string, now = Date.now()): string {
  const body = `${now}.${crypto.randomBytes(9).toString('base64url')}`
  return `${body}.${sign(secret, body)}`
}

const sign = (secret: string, body: string) => crypto.createHmac('sha256', secret).update(`form:${body}`).digest('hex').slice(0, 32)
// Catalogue keys: the form's edge reads them in the visitor's language.
export const STAMP_EXPIRED = 'accounts.request.stampExpired'
export const STAMP_SPENT = 'accounts.request.stampSpent'
const STAMP_LIFETIME = 2 * 60 * 60 * 1000

export function stampProblem(stamp: string, secret: string, now = Date.now()): string | null {
  const [time = '', nonce = '', signature = '', extra] = stamp.split('.')
  const expected = sign(secret, `${time}.${nonce}`)
  const valid =
    extra === undefined &&
    /^[\w-]{12}$/.test(nonce) &&
    signature.length === expected.length &&
    crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
  const age = now - Number(time)
  if (!valid || !Number.isFinite(age)) return STAMP_EXPIRED
  // A little slack for clocks of several instances; a stamp from the future is not one this server signed now.
  if (age > STAMP_LIFETIME || age < -60_000) return STAMP_EXPIRED
  return null
}

/**
 * Marks a (valid) stamp as used; false if it already was, in this process or another. Kept a little longer than a
 * stamp lives, so that a replay is refused for as long as the stamp would otherwise be accepted.
 */
export async function spendStamp(payload: Payload, stamp: string): Promise<boolean> {
  const verdict = await take(payload, { action: 'form-stamp', subject: stamp }, [
    { by: 'subject', max: 1, windowMs: STAMP_LIFETIME + 60 * 60 * 1000 },
  ])
  return verdict.ok
}
