import type { Payload } from 'payload'
import QRCode from 'qrcode'

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

const WRONG = 'Ce code ne correspond pas. Vérifiez que l’heure de votre téléphone est juste et saisissez le code affiché maintenant.'

/** Checks a typed code against the person's secret and spends it; null when it is valid. */
async function codeProblem(
  payload: Payload,
  user: User,
  input: unknown,
  secret: string | null,
  lastStep: number | null,
): Promise<string | null> {
  const code = normaliseCode(input)
  if (!code) return 'Saisissez le code à 6 chiffres affiché par votre application.'
  const step = secret ? matchingStep(secret, code, lastStep) : null
  if (step === null || !(await spendStep(payload, user.id, step))) return WRONG
  return null
}

export async function activateSecondFactor(payload: Payload, user: User, input: unknown): Promise<Result> {
  if (!offersSecondFactor(user)) return refuse(400, 'La double authentification est réservée aux administrateurs et à la coordination.')
  const factor = await readSecondFactor(payload, user.id)
  if (factor.enabled) return refuse(400, 'La double authentification est déjà active.')
  if (!factor.secret) return refuse(400, 'Rechargez la page pour obtenir un nouveau code QR.')
  const problem = await codeProblem(payload, user, input, factor.secret, factor.lastStep)
  if (problem) return refuse(400, problem)
  await payload.update({
    collection: 'users',
    id: user.id,
    data: { totpEnabled: true },
    context: { [ENROLMENT]: true },
    user,
    overrideAccess: true,
  })
  return done('La double authentification est active. À la prochaine connexion, le code de votre application vous sera demandé.')
}

/**
 * Turning it off takes a valid code: a session left open on someone's computer is not enough. Guessing codes from an
 * open session counts like guessing at the login page (same limits, per account and client address).
 */
export async function deactivateSecondFactor(payload: Payload, user: User, input: unknown, source = 'inconnue'): Promise<Result> {
  const factor = await readSecondFactor(payload, user.id)
  if (!factor.enabled) return refuse(400, 'La double authentification n’est pas active.')
  const attempt = await take(payload, { action: 'login', subject: user.email, source }, LOGIN_LIMITS)
  if (!attempt.ok) return refuse(429, tooManyLogins(attempt.retryAfterMs))
  const problem = await codeProblem(payload, user, input, factor.secret, factor.lastStep)
  // Only a wrong code counts; a badly typed one (not six digits) is no guess.
  if (problem !== WRONG) await withdraw(payload, attempt.id)
  if (problem) return refuse(400, problem)
  await payload.update({ collection: 'users', id: user.id, data: { totpEnabled: false }, user, overrideAccess: true })
  return done('La double authentification est désactivée. Vous vous connectez désormais avec votre seul mot de passe.')
}
