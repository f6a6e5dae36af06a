import { describe, expect, it } from 'vitest'

import { formStamp, stampProblem } from '@/accounts/tokens'

describe('the account-request form stamp', () => {
  const secret = 'secret'
  const now = Date.now()

  it('accepts a form sent at once (autofill then Enter) as well as one typed slowly', () => {
    expect(stampProblem(formStamp(secret, now), secret, now)).toBeNull()
    expect(stampProblem(formStamp(secret, now - 300), secret, now)).toBeNull()
    expect(stampProblem(formStamp(secret, now - 60 * 60 * 1000), secret, now)).toBeNull()
  })

  it('refuses a page older than two hours, a forged or altered stamp, and one from the future', () => {
    expect(stampProblem(formStamp(secret, now - 3 * 60 * 60 * 1000), secret, now)).toMatch(/expiré/)
    expect(stampProblem(`${now - 10_000}.${'0'.repeat(32)}`, secret, now)).toMatch(/expiré/)
    expect(stampProblem(formStamp('another secret', now), secret, now)).toMatch(/expiré/)
    const [, nonce, signature] = formStamp(secret, now).split('.')
    expect(stampProblem(`${now - 5000}.${nonce}.${signature}`, secret, now)).toMatch(/expiré/)
    expect(stampProblem(formStamp(secret, now + 10 * 60 * 1000), secret, now)).toMatch(/expiré/)
    expect(stampProblem('n’importe quoi', secret, now)).toMatch(/expiré/)
  })
})
