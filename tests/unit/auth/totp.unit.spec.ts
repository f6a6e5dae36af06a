/** The second factor's pure parts: RFC 6238 codes, the accepted window, and the sealed secret. */
import { describe, expect, it } from 'vitest'

import { open, seal } from '@/auth/totp/secretBox'
import { base32Encode, codeAt, matchingStep, stepAt } from '@/auth/totp/totp'

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 appendix B, SHA-1, secret "12345678901234567890": the last 6 of its 8-digit codes.
  const secret = base32Encode(Buffer.from('12345678901234567890'))
  it('computes the RFC test vectors', () => {
    expect(codeAt(secret, Math.floor(59 / 30))).toBe('287082')
    expect(codeAt(secret, Math.floor(1111111109 / 30))).toBe('081804')
    expect(codeAt(secret, Math.floor(2000000000 / 30))).toBe('279037')
  })
  it('accepts one step either side, never a spent or older step', () => {
    const now = 1111111109_000
    const step = stepAt(now)
    expect(matchingStep(secret, codeAt(secret, step - 1), null, now)).toBe(step - 1)
    expect(matchingStep(secret, codeAt(secret, step + 1), null, now)).toBe(step + 1)
    expect(matchingStep(secret, codeAt(secret, step - 2), null, now)).toBeNull()
    expect(matchingStep(secret, codeAt(secret, step), step, now)).toBeNull()
    expect(matchingStep(secret, codeAt(secret, step - 1), step, now)).toBeNull()
  })
  it('seals with AES-GCM: another key or a changed byte opens nothing', () => {
    const sealed = seal('JBSWY3DPEHPK3PXP', 'key-one')
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP')
    expect(open(sealed, 'key-one')).toBe('JBSWY3DPEHPK3PXP')
    expect(open(sealed, 'key-two')).toBeNull()
    expect(open(sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA'), 'key-one')).toBeNull()
  })
})
