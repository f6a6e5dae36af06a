import {
  APIError,
  AuthenticationError,
  type CollectionAfterOperationHook,
  type CollectionBeforeLoginHook,
  type CollectionBeforeOperationHook,
  ValidationError,
} from 'payload'

import { adminMessage } from '@/admin/language'
import { readSecondFactor, spendStep } from '@/auth/totp/store'
import { matchingStep, normaliseCode } from '@/auth/totp/totp'
import { messageAt } from '@/i18n/labels'

import { spendPasswordTime, withdrawAttempt } from './throttleLogin'

/** The REST body field and the header (for GraphQL's loginUser, whose arguments Payload fixes) carrying the code. */
export const CODE_FIELD = 'totp'
export const CODE_HEADER = 'x-totp-code'
// In French for the intranet's callers that compare or show it as is; the hooks below answer in the request's language.
export const CODE_FORMAT = messageAt('fr', 'adminMessages.codeFormat')

export const PASSED = 'secondFactorPassedFor'
/**
 * Set by /connexion's first step only (a Local API context, which no HTTP client can set): a login without a code
 * goes on to the password check, and a right password for an account with the second factor ends in
 * SecondFactorNeeded (no session) instead of the usual refusal, so that the page asks for the code next.
 */
export const DEFER_SECOND_FACTOR = 'secondFactorDeferred'
const PENDING = 'secondFactorPendingFor'

export const SECOND_FACTOR_NEEDED = 'SecondFactorNeeded'

/** The password was right; the account has the second factor: the code comes in a second step. */
export class SecondFactorNeeded extends APIError {
  constructor(readonly userId: number) {
    super(messageAt('fr', 'adminMessages.codeRequired'), 401)
    this.name = SECOND_FACTOR_NEEDED
  }
}
const RESETTING = 'secondFactorPasswordReset'

const codeOf = (args: { data?: Record<string, unknown> }, req: { data?: Record<string, unknown>; headers?: Headers }): unknown =>
  args.data?.[CODE_FIELD] ?? req.data?.[CODE_FIELD] ?? req.headers?.get(CODE_HEADER) ?? undefined

/**
 * Every login (REST, GraphQL, the admin form, the Local API behind /connexion) passes here before Payload checks
 * the password. For an account with the second factor, the code is checked FIRST: a wrong or missing code gets
 * Payload's own "wrong e-mail or password" answer, after as long as a password check would take, so someone without
 * the code never learns whether the password was right. It counts as a failed attempt like any other: the attempt
 * recorded by throttleLogin (which runs before this hook) is withdrawn only by a successful login, or here when the
 * code is not even six digits (no guess). A valid code is spent at once (even if the password then fails): a code
 * seen over someone's shoulder cannot be used again.
 */
export const checkSecondFactor: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation === 'resetPassword') req.context[RESETTING] = true
  if (operation !== 'login') return args
  const raw = codeOf(args as never, req as never)
  // Judged on the input alone, whoever the account: the answer reveals nothing about it.
  const code = raw === undefined || raw === '' ? null : normaliseCode(raw)
  if (raw !== undefined && raw !== '' && !code) {
    await withdrawAttempt(req)
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: CODE_FIELD, message: adminMessage(req, 'codeFormat') }] },
      req.t,
    )
  }

  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '')
    .toLowerCase()
    .trim()
  if (!email) return args
  const user = await req.payload.db.findOne<Record<string, unknown> & { id: number }>({
    collection: 'users',
    where: { email: { equals: email } },
  })
  // Unknown accounts: Payload gives its usual answer.
  if (!user?.totpEnabled) return args
  if (!code && req.context[DEFER_SECOND_FACTOR] === true) {
    req.context[PENDING] = user.id
    return args
  }
  const factor = await readSecondFactor(req.payload, user.id)
  const step = code && factor.secret ? matchingStep(factor.secret, code, factor.lastStep) : null
  if (step === null) {
    await spendPasswordTime()
    throw new AuthenticationError(req.t)
  }
  if (!(await spendStep(req.payload, user.id, step))) throw new AuthenticationError(req.t)
  req.context[PASSED] = user.id
  return args
}

/**
 * Defence in depth, after the password: no session for an account with the second factor unless this very
 * request presented its code (or, on /connexion's second step, the code with a proof of the first:
 * src/auth/loginStep.ts). With the first step's context, a right password ends here in SecondFactorNeeded. A password reset is let through here and its session revoked just after (below).
 */
export const requireSecondFactor: CollectionBeforeLoginHook = ({ user, req }) => {
  if (user.totpEnabled && !req.context[RESETTING] && req.context[PENDING] === user.id && req.context[PASSED] !== user.id)
    throw new SecondFactorNeeded(user.id)
  if (user.totpEnabled && !req.context[RESETTING] && req.context[PASSED] !== user.id) throw new AuthenticationError(req.t)
  return user
}

/**
 * Payload logs the person in when they reset their password; with a second factor that would make the e-mail
 * link a way round it. The session is revoked and no token leaves: they log in with password and code.
 */
export const noSessionFromPasswordReset: CollectionAfterOperationHook = async ({ operation, result, req }) => {
  if (operation !== 'resetPassword') return result
  const reset = result as { token?: string; user?: { id: number } }
  const id = reset.user?.id
  if (!id || !(await readSecondFactor(req.payload, id)).enabled) return result
  await req.payload.db.updateOne({ collection: 'users', id, data: { sessions: [] } })
  delete reset.token
  return result
}
