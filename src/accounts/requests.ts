import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { isStaff } from '@/access/roles'
import { approvedEmail, confirmRequestEmail, existingAccountEmail, newRequestEmail, rejectedEmail } from '@/email/templates/accounts'
import { recordId } from '@/http/recordId'
import { currentLocale, serverTranslator } from '@/i18n/server'
import { type Translate, translatorFor } from '@/i18n/translator'
import type { User } from '@/payload-types'
import { badInput, done, invalidFields, type Result } from '@/result'
import { type Limit, take, waitInWords } from '@/throttle/throttle'

import { logAccountEvent } from './log'
import { hashIp, newToken, spendStamp, STAMP_SPENT } from './tokens'
import { requestableRoles } from './vocabulary'

const HOUR = 60 * 60 * 1000
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
/** The one answer to an accepted form, whatever happened (a catalogue key, read in the visitor's language). */
export const SUBMITTED = 'accounts.request.submitted'

export type RequestInput = { name: string; email: string; commune: string; function: string; requestedRole: string; comment: string }

/** What is wrong with the form, field by field, in `t`'s language (empty when it is fine). */
export function requestProblems(input: RequestInput, t: Translate = translatorFor('fr', 'accounts.request')): Record<string, string> {
  const errors: Record<string, string> = {}
  if (input.name.length < 3 || input.name.length > 120) errors.name = t('name')
  if (!EMAIL.test(input.email) || input.email.length > 200) errors.email = t('email')
  if (!/^\d+$/.test(input.commune)) errors.commune = t('commune')
  if (input.function.length < 2 || input.function.length > 120) errors.function = t('function')
  if (!(input.requestedRole in requestableRoles)) errors.requestedRole = t('role')
  if (input.comment.length > 1000) errors.comment = t('comment')
  return errors
}

/**
 * E-mails the public form may cause: per target address (re-submitting one's own address, or someone else's, to
 * fill a mailbox) and per client address (one connection writing to many). Counted for every accepted submission,
 * whatever happens next (account exists, request open, new request), so that the limits tell nothing either.
 */
export const REQUEST_MAIL_LIMITS: Limit[] = [
  { by: 'subject', max: 3, windowMs: 24 * HOUR },
  { by: 'source', max: 5, windowMs: HOUR },
  { by: 'source', max: 20, windowMs: 24 * HOUR },
]

/**
 * The public form. Always answers the same on success, so that nobody learns whether an address has an account:
 * a known address gets an e-mail saying so, an open request gets its confirmation again. `stamp` (the form's,
 * already checked for signature and age) is accepted once.
 */
export async function submitAccountRequest(
  payload: Payload,
  raw: RequestInput,
  { ip, stamp, now = new Date() }: { ip: string; stamp?: string; now?: Date },
): Promise<Result> {
  const input = {
    ...raw,
    email: raw.email.trim().toLowerCase(),
    name: raw.name.trim(),
    function: raw.function.trim(),
    comment: raw.comment.trim(),
  }
  const t = await serverTranslator('accounts.request')
  const errors = requestProblems(input, t)
  const communeId = recordId(input.commune)
  const commune =
    errors.commune || !communeId ? null : await payload.findByID({ collection: 'communes', id: communeId, depth: 0, disableErrors: true })
  if (!errors.commune && !commune) errors.commune = t('communeOutside')
  if (Object.keys(errors).length || !commune) return invalidFields(errors)

  // Spent only now: a form sent back with errors is corrected and sent again with the same stamp.
  if (stamp !== undefined && !(await spendStamp(payload, stamp))) return badInput(STAMP_SPENT)
  const ipHash = hashIp(ip, payload.secret)
  const verdict = await take(payload, { action: 'account-request-mail', subject: input.email, source: ip }, REQUEST_MAIL_LIMITS)
  if (!verdict.ok) {
    const wait = waitInWords(verdict.retryAfterMs, await currentLocale())
    return badInput(verdict.limit.by === 'subject' ? t('mailedRecently', { wait }) : t('tooManyHere', { wait }))
  }

  const existingUser = await payload.count({ collection: 'users', where: { email: { equals: input.email } } })
  if (existingUser.totalDocs > 0) {
    await payload.sendEmail({ to: input.email, ...existingAccountEmail() })
    return done(SUBMITTED)
  }

  const open = await payload.find({
    collection: 'account-requests',
    where: { and: [{ email: { equals: input.email } }, { status: { in: ['unconfirmed', 'pending'] } }] },
    limit: 1,
  })
  const token = newToken()
  const confirmExpiresAt = new Date(now.getTime() + 48 * HOUR).toISOString()
  if (open.docs[0]?.status === 'pending') return done(SUBMITTED)
  const request = open.docs[0]
    ? await payload.update({ collection: 'account-requests', id: open.docs[0].id, data: { confirmToken: token, confirmExpiresAt } })
    : await payload.create({
        collection: 'account-requests',
        data: {
          ...input,
          commune: commune.id,
          requestedRole: input.requestedRole as never,
          status: 'unconfirmed',
          confirmToken: token,
          confirmExpiresAt,
          ipHash,
        },
      })
  if (!open.docs[0]) await logAccountEvent(payload, { type: 'requested', email: input.email, commune: commune.id, request: request.id })
  await payload.sendEmail({ to: input.email, ...confirmRequestEmail(input.name, token) })
  return done(SUBMITTED)
}

/** The link in the confirmation e-mail: the request now reaches the commune's validators. */
export async function confirmAccountRequest(payload: Payload, token: string, now = new Date()): Promise<Result> {
  const t = await serverTranslator('accounts.request')
  const invalid: Result = invalidFields({ token: t('linkExpired') })
  if (!/^[a-f0-9]{48}$/.test(token)) return invalid
  const { docs } = await payload.find({
    collection: 'account-requests',
    where: { confirmToken: { equals: token } },
    limit: 1,
    depth: 1,
    showHiddenFields: true, // the expiry is a hidden field
  })
  const request = docs[0]
  const expires = new Date(request?.confirmExpiresAt ?? 0).getTime()
  if (!request || request.status !== 'unconfirmed' || !(expires > now.getTime())) return invalid

  await payload.update({
    collection: 'account-requests',
    id: request.id,
    data: { status: 'pending', confirmedAt: now.toISOString(), confirmToken: null, confirmExpiresAt: null },
  })
  const commune = request.commune as { id: number; name: string }
  await logAccountEvent(payload, { type: 'confirmed', email: request.email, commune: commune.id, request: request.id })
  for (const to of await decisionMakers(payload, commune.id)) {
    await payload.sendEmail({ to, ...newRequestEmail({ name: request.name, function: request.function, commune: commune.name }) })
  }
  return done(t('confirmed'))
}

/** Who decides for a commune: its validators (secretary and delegates), or the coordinators when it has none. */
async function decisionMakers(payload: Payload, communeId: number): Promise<string[]> {
  const active = { disabled: { not_equals: true } }
  const validators = await payload.find({
    collection: 'users',
    where: { and: [{ commune: { equals: communeId } }, { communeValidator: { equals: true } }, active] },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  if (validators.docs.length) return validators.docs.map((user) => user.email)
  const coordinators = await payload.find({
    collection: 'users',
    where: { and: [{ roles: { contains: 'coordinator' } }, active] },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  return coordinators.docs.map((user) => user.email)
}

export type Decision = { requestId: number; decision: 'approve' | 'reject'; comment: string; grantRequestedRole?: boolean }

/**
 * A validator (for their commune) or a coordinator (for any) decides. Access rules decide who may see and update
 * the request; approval creates a `member` account in the request's commune (committee roles only when a
 * coordinator grants them) and e-mails a 24-hour link to choose a password.
 */
export async function decideAccountRequest(
  payload: Payload,
  actor: User,
  { requestId, decision, comment, grantRequestedRole }: Decision,
): Promise<Result> {
  const request = await payload
    .findByID({ collection: 'account-requests', id: requestId, user: actor, overrideAccess: false, depth: 0 })
    .catch(() => null)
  const t = await serverTranslator('accounts.request')
  if (!request) return badInput(t('unknown'))
  if (request.status !== 'pending') return badInput(t('alreadyDecided'))
  const note = comment.trim().slice(0, 1000)
  if (decision === 'reject' && note.length < 3) return invalidFields({ comment: t('reasonNeeded') })
  const communeId = request.commune as number
  const decided = { decidedBy: actor.id, decidedAt: new Date().toISOString(), decisionComment: note }

  if (decision === 'reject') {
    await payload.update({
      collection: 'account-requests',
      id: request.id,
      data: { ...decided, status: 'rejected' },
      user: actor,
      overrideAccess: false,
    })
    await logAccountEvent(payload, {
      type: 'rejected',
      email: request.email,
      commune: communeId,
      request: request.id,
      actor: actor.id,
      note,
    })
    await payload.sendEmail({ to: request.email, ...rejectedEmail(request.name, note) })
    return { ok: true, message: t('rejected', { name: request.name }) }
  }

  if ((await payload.count({ collection: 'users', where: { email: { equals: request.email } } })).totalDocs > 0)
    return badInput(t('accountExists'))
  const committeeRole = request.requestedRole !== 'member' && grantRequestedRole && isStaff(actor) ? [request.requestedRole] : []
  const account = await payload.create({
    collection: 'users',
    data: {
      name: request.name,
      email: request.email,
      function: request.function,
      commune: communeId,
      roles: ['member', ...committeeRole] as User['roles'],
      // Never used: the person sets their own password through the e-mailed link.
      password: `${crypto.randomBytes(24).toString('base64url')}!Aa1`,
    },
  })
  const token = newToken()
  await payload.db.updateOne({
    collection: 'users',
    id: account.id,
    data: { resetPasswordToken: token, resetPasswordExpiration: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString() },
  })
  await payload.update({
    collection: 'account-requests',
    id: request.id,
    data: { ...decided, status: 'approved', account: account.id },
    user: actor,
    overrideAccess: false,
  })
  await logAccountEvent(payload, {
    type: 'approved',
    email: request.email,
    commune: communeId,
    user: account.id,
    request: request.id,
    actor: actor.id,
    note,
  })
  await payload.sendEmail({ to: request.email, ...approvedEmail(request.name, token) })
  const message = committeeRole.length
    ? t('createdWithRole', { name: request.name, role: (await serverTranslator('roles'))(request.requestedRole) })
    : t('created', { name: request.name })
  return { ok: true, message }
}

export const canDecide = (user: User | null) => Boolean(user && (isStaff(user) || (user.communeValidator && user.commune)))
