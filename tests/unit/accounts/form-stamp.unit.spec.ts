import { describe, expect, it } from 'vitest'

import { formStamp, stampProblem as stampKey } from '@/accounts/tokens'
import { messageAt } from '@/i18n/labels'

/** The refusal as a French reader gets it (the service answers with a catalogue key). */
const stampProblem = (stamp: string, secret: string, now: number) => {
  const key = stampKey(stamp, secret, now)
  return key && messageAt('fr', key)
}

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
