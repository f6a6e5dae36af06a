import crypto from 'node:crypto'

/**
 * The proof that someone just gave the right password of an account with the second factor: what /connexion's second
 * step (the code) carries instead of the password. Signed with PAYLOAD_SECRET (HMAC-SHA-256), it names the account
 * and an expiry five minutes after the password was checked, plus a random nonce; it is kept in an httpOnly cookie
 * scoped to /connexion. Each proof is spent by the first code typed with it (`spendProof`, in the database so that
 * every process agrees): a wrong code gets a fresh proof with the same expiry, so a copied cookie is worth one try at
 * most and the five minutes never stretch. Wrong codes count as failed logins (src/auth/actions.ts).
 */
export const PROOF_COOKIE = 'relais-login-step'
export const PROOF_MS = 5 * 60_000

export type Proof = { userId: number; email: string; expires: number; nonce: string }

const mac = (secret: string, body: string) => crypto.createHmac('sha256', secret).update(`login-step:${body}`).digest('base64url')

/** A new proof for this account; `expires` is kept when a wrong code renews it. */
export function issueProof(secret: string, userId: number, email: string, expires = Date.now() + PROOF_MS): string {
  const body = Buffer.from(JSON.stringify({ u: userId, e: email, x: expires, n: crypto.randomBytes(12).toString('base64url') })).toString(
    'base64url',
  )
  return `${body}.${mac(secret, body)}`
}

/** The proof's content if this server signed it and it has not expired; null otherwise (forged, altered, late). */
export function readProof(secret: string, token: unknown, now = Date.now()): Proof | null {
  if (typeof token !== 'string' || token.length > 1000) return null
  const [body = '', signature = '', extra] = token.split('.')
  const expected = mac(secret, body)
  if (extra !== undefined || signature.length !== expected.length) return null
  if (!crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return null
  try {
    const { u, e, x, n } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>
    if (typeof u !== 'number' || typeof e !== 'string' || typeof x !== 'number' || typeof n !== 'string') return null
    if (x <= now || x > now + PROOF_MS) return null
    return { userId: u, email: e, expires: x, nonce: n }
  } catch {
    return null
  }
}
