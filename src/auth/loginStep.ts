/** /connexion's second step (the code), on the proof of the first (./loginProof.ts). */
import type { Payload } from 'payload'

import { clientAddress } from '@/net/clientAddress'
import { loginWithoutPassword } from '@/payloadGuard/loginWithoutPassword'
import { take } from '@/throttle/throttle'
import { PASSED } from '@collections/Users/hooks/requireSecondFactor'
import { EVENT, LOGIN_LIMITS, tooManyLogins } from '@collections/Users/hooks/throttleLogin'

import { type Proof, PROOF_MS } from './loginProof'
import { readSecondFactor, spendStep } from './totp/store'
import { matchingStep } from './totp/totp'

/** Marks a proof as used; false if it already was (in this process or another). */
export async function spendProof(payload: Payload, proof: Proof): Promise<boolean> {
  const verdict = await take(payload, { action: 'login-step', subject: proof.nonce }, [{ by: 'subject', max: 1, windowMs: 2 * PROOF_MS }])
  return verdict.ok
}

export type SecondStep =
  { ok: true; token: string } | { ok: false; why: 'wrong' | 'throttled' | 'gone' | 'disabled'; message?: string; throttled?: boolean }

/**
 * The second step, once its proof is read and spent: one failed-login attempt is recorded for the account and this
 * connection first (the same count as passwords: collections/Users/hooks/throttleLogin.ts), then the code is checked
 * and spent; a right code opens the session as a login would, and forgives this connection's failures.
 */
export async function completeSecondStep(payload: Payload, proof: Proof, code: string, headers: Headers): Promise<SecondStep> {
  const source = clientAddress(headers)
  const verdict = await take(payload, { action: 'login', subject: proof.email, source }, LOGIN_LIMITS)
  if (!verdict.ok) return { ok: false, why: 'throttled', message: tooManyLogins(verdict.retryAfterMs) }
  const user = await payload.db.findOne<{ id: number; email?: string; totpEnabled?: boolean | null }>({
    collection: 'users',
    where: { id: { equals: proof.userId } },
  })
  // The account changed since the password was checked (address changed, second factor removed, deleted): start again.
  if (!user || user.email !== proof.email || !user.totpEnabled) return { ok: false, why: 'gone' }
  const factor = await readSecondFactor(payload, user.id)
  const step = factor.secret ? matchingStep(factor.secret, code, factor.lastStep) : null
  if (step === null || !(await spendStep(payload, user.id, step))) return { ok: false, why: 'wrong' }
  try {
    const { token } = await loginWithoutPassword(payload, user.id, {
      headers,
      context: { [PASSED]: user.id, [EVENT]: { email: proof.email, source, id: verdict.id } },
    })
    return { ok: true, token }
  } catch (error) {
    if ((error as { status?: number }).status === 403) return { ok: false, why: 'disabled' }
    throw error
  }
}
