import type { Payload } from 'payload'
import QRCode from 'qrcode'

import { serverTranslator } from '@/i18n/server'
import type { User } from '@/payload-types'
import { done, refuse, type Result } from '@/result'
import { take, withdraw } from '@/throttle/throttle'
import { ENROLMENT } from '@collections/Users/hooks/guardSecondFactor'
import { LOGIN_LIMITS, tooManyLogins } from '@collections/Users/hooks/throttleLogin'

import { offersSecondFactor } from './offered'
import { readSecondFactor, spendStep, storePendingSecret } from './store'
import { generateSecret, matchingStep, normaliseCode, otpauthUri } from './totp'

export type EnrolmentView = { enabled: true } | { enabled: false; secret: string; uri: string; qrSvg: string }

/**
 * What /compte/securite shows. Before activation: the pending secret (created on first visit and kept until
 * activated, so that reloading the page does not invalidate what the app already scanned) as a QR code and as text.
 */
export async function enrolmentView(payload: Payload, user: User): Promise<EnrolmentView> {
  const factor = await readSecondFactor(payload, user.id)
  if (factor.enabled) return { enabled: true }
  let secret = factor.secret
  if (!secret) {
    secret = generateSecret()
    await storePendingSecret(payload, user.id, secret)
  }
  const uri = otpauthUri(secret, user.email)
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return { enabled: false, secret, uri, qrSvg }
}

const say = () => serverTranslator('auth.totp')
const WRONG = 'wrong'

/** Checks a typed code against the person's secret and spends it; null when it is valid, else the key of the reason. */
async function codeProblem(
  payload: Payload,
  user: User,
  input: unknown,
  secret: string | null,
  lastStep: number | null,
): Promise<string | null> {
  const code = normaliseCode(input)
  if (!code) return 'missing'
  const step = secret ? matchingStep(secret, code, lastStep) : null
  if (step === null || !(await spendStep(payload, user.id, step))) return WRONG
  return null
}

export async function activateSecondFactor(payload: Payload, user: User, input: unknown): Promise<Result> {
  const t = await say()
  if (!offersSecondFactor(user)) return refuse(400, t('reserved'))
  const factor = await readSecondFactor(payload, user.id)
  if (factor.enabled) return refuse(400, t('alreadyOn'))
  if (!factor.secret) return refuse(400, t('reload'))
  const problem = await codeProblem(payload, user, input, factor.secret, factor.lastStep)
  if (problem) return refuse(400, t(problem))
  await payload.update({
    collection: 'users',
    id: user.id,
    data: { totpEnabled: true },
    context: { [ENROLMENT]: true },
    user,
    overrideAccess: true,
  })
  return done(t('activated'))
}

/**
 * Turning it off takes a valid code: a session left open on someone's computer is not enough. Guessing codes from an
 * open session counts like guessing at the login page (same limits, per account and client address).
 */
export async function deactivateSecondFactor(payload: Payload, user: User, input: unknown, source = 'inconnue'): Promise<Result> {
  const factor = await readSecondFactor(payload, user.id)
  const t = await say()
  if (!factor.enabled) return refuse(400, t('notOn'))
  const attempt = await take(payload, { action: 'login', subject: user.email, source }, LOGIN_LIMITS)
  if (!attempt.ok) return refuse(429, tooManyLogins(attempt.retryAfterMs))
  const problem = await codeProblem(payload, user, input, factor.secret, factor.lastStep)
  // Only a wrong code counts; a badly typed one (not six digits) is no guess.
  if (problem !== WRONG) await withdraw(payload, attempt.id)
  if (problem) return refuse(400, t(problem))
  await payload.update({ collection: 'users', id: user.id, data: { totpEnabled: false }, user, overrideAccess: true })
  return done(t('deactivated'))
}
