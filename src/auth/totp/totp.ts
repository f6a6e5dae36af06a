import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * RFC 6238 time-based one-time passwords (SHA-1, 6 digits, 30-second steps): the parameters every
 * authenticator app (Google/Microsoft Authenticator, FreeOTP, 1Password…) supports by default.
 * Written on node:crypto rather than taken from a library: it is 30 lines, and the fewer packages touch
 * the second factor, the fewer to audit.
 */
export const STEP_SECONDS = 30
export const DIGITS = 6
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** 160 random bits, the secret size RFC 4226 recommends, in base32 (what apps and otpauth:// URIs use). */
export const generateSecret = (): string => base32Encode(randomBytes(20))

export function base32Encode(bytes: Buffer): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31]
  return out
}

export function base32Decode(text: string): Buffer {
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const char of text.replace(/[\s=]/g, '').toUpperCase()) {
    const index = ALPHABET.indexOf(char)
    if (index < 0) throw new Error('invalid base32')
    value = (value << 5) | index
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255)
      bits -= 8
    }
  }
  return Buffer.from(out)
}

export const stepAt = (time = Date.now()) => Math.floor(time / 1000 / STEP_SECONDS)

/** The code of one time step (RFC 4226 dynamic truncation). */
export function codeAt(secret: string, step: number): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(step))
  const hmac = createHmac('sha1', base32Decode(secret)).update(counter).digest()
  const offset = hmac[hmac.length - 1]! & 15
  const binary = hmac.readUInt32BE(offset) & 0x7fffffff
  return String(binary % 10 ** DIGITS).padStart(DIGITS, '0')
}

/**
 * The step a code belongs to, or null. Accepts the current step and one on either side (clock drift, a code
 * typed at the end of its window), but never a step at or before `lastStep`: a code, once accepted, cannot
 * be replayed, nor can an older one be used after a newer one.
 */
export function matchingStep(secret: string, code: string, lastStep: number | null, time = Date.now()): number | null {
  const now = stepAt(time)
  for (const step of [now - 1, now, now + 1]) {
    if (lastStep !== null && step <= lastStep) continue
    if (timingSafeEqual(Buffer.from(codeAt(secret, step)), Buffer.from(code.padEnd(DIGITS).slice(0, DIGITS)))) return step
  }
  return null
}

/** What users type: 6 digits, spaces allowed ("123 456"). Anything else is null. */
export function normaliseCode(input: unknown): string | null {
  if (typeof input !== 'string') return null
  const code = input.replace(/\s/g, '')
  return /^\d{6}$/.test(code) ? code : null
}

/** The enrolment link authenticator apps read from the QR code (Key URI Format). */
export const otpauthUri = (secret: string, account: string, issuer = 'Relais') =>
  `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(account)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=${DIGITS}&period=${STEP_SECONDS}`
