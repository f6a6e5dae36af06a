import { describe, expect, it } from 'vitest'

import { issueProof, PROOF_MS, readProof } from '@/auth/loginProof'

describe('the proof of the login’s first step', () => {
  const secret = 'relais-test-secret'
  const now = Date.now()

  it('names the account and expires within five minutes', () => {
    const proof = readProof(secret, issueProof(secret, 42, 'cora@test.local', now + PROOF_MS), now)
    expect(proof).toMatchObject({ userId: 42, email: 'cora@test.local', expires: now + PROOF_MS })
    expect(proof!.nonce).toMatch(/^[\w-]{16}$/)
    expect(PROOF_MS).toBeLessThanOrEqual(5 * 60_000)
    expect(readProof(secret, issueProof(secret, 42, 'cora@test.local', now + PROOF_MS), now + PROOF_MS)).toBeNull()
    // An expiry further away than a proof ever gets is not one this server issued.
    expect(readProof(secret, issueProof(secret, 42, 'cora@test.local', now + PROOF_MS + 60_000), now)).toBeNull()
  })

  it('cannot be forged nor altered: another account, another secret, a changed signature are refused', () => {
    const token = issueProof(secret, 42, 'cora@test.local')
    const [body, signature] = token.split('.')
    const other = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body!, 'base64url').toString()), u: 1, e: 'admin@test.local' }),
    ).toString('base64url')
    expect(readProof(secret, `${other}.${signature}`)).toBeNull()
    expect(readProof(secret, issueProof('another secret', 42, 'cora@test.local'))).toBeNull()
    expect(readProof(secret, `${body}.${signature!.slice(0, -2)}AA`)).toBeNull()
    expect(readProof(secret, `${body}.${signature}.x`)).toBeNull()
    for (const junk of ['', 'abc', '.', undefined, null, 42, 'x'.repeat(5000)]) expect(readProof(secret, junk)).toBeNull()
  })

  it('is different every time (each is spent once by its nonce)', () => {
    const a = readProof(secret, issueProof(secret, 42, 'cora@test.local', now + 1000), now)!
    const b = readProof(secret, issueProof(secret, 42, 'cora@test.local', now + 1000), now)!
    expect(a.nonce).not.toBe(b.nonce)
  })
})
