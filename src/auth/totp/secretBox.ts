import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

/**
 * TOTP secrets are encrypted at rest (AES-256-GCM). Unlike a password they cannot be hashed: the server must
 * compute codes from them. Encrypting with a key derived from PAYLOAD_SECRET means a copy of the database
 * alone (a backup, a dump, a read-only SQL injection) does not yield the second factor; the attacker would also
 * need the application's secret, which lives in the environment, not in the database. HKDF gives a key of its
 * own for this purpose, so the session-signing key is never used directly as an encryption key.
 * Changing PAYLOAD_SECRET invalidates the stored secrets: the users concerned are reset by an administrator.
 */
const VERSION = 'v1'

const keyFrom = (secret: string) => Buffer.from(hkdfSync('sha256', secret, 'relais', 'totp-secret-at-rest', 32))

export function seal(plain: string, secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFrom(secret), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.')
}

/** The plain text, or null when the box was sealed with another key or tampered with. */
export function open(sealed: string, secret: string): string | null {
  const [version, iv, tag, body] = sealed.split('.')
  if (version !== VERSION || !iv || !tag || !body) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(secret), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
