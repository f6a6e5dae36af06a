import crypto from 'node:crypto'

import { type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { adminMessage } from '@/admin/language'
import { CURRENT_PASSWORD_FIELD, currentPasswordProblem } from '@/auth/currentPassword'
import { messageAt } from '@/i18n/labels'
import { clientAddress } from '@/net/clientAddress'

import { refusal } from './refusal'

/** Set on the request once the person has typed their current password right (read by the hooks below). */
export const CURRENT_PASSWORD_CONFIRMED = 'currentPasswordConfirmedFor'
/** Set when staff created an account: the person gets a link to choose their password (sendSetPasswordLink). */
export const SET_PASSWORD_LINK = 'setPasswordLinkFor'

// In French for the intranet's callers that compare or show it as is; the hooks below answer in the request's language.
export const NOT_YOUR_PASSWORD = messageAt('fr', 'adminMessages.notYourPassword')

const given = (value: unknown) => value !== undefined && value !== null && value !== ''
const refuse = (message: string, req: { t: never }) =>
  new ValidationError({ collection: 'users', errors: [{ path: CURRENT_PASSWORD_FIELD, message }] }, req.t)

/** Long, random, never shown: the account cannot be entered until its owner sets a password through the link. */
const unguessable = () => `${crypto.randomBytes(32).toString('base64url')}!Aa1`

/**
 * A password is set only by its owner, who gives the current one, or through the e-mailed link (Payload's
 * resetPassword operation, not this hook). Runs before create and update on every path (REST by id and in bulk,
 * GraphQL, the admin panel, the Local API with a user), before the password policy.
 * - Staff creating an account never choose its password: whatever they typed (the admin panel's form asks for
 *   one) is replaced by an unguessable one, and the person receives a link to choose theirs.
 * - A password in an update: only on one's own account, by id, with `currentPassword`, checked here.
 * Server code acting for nobody (seed, account-request approval, scripts) passes: it takes no password from a request.
 */
export const guardCredentialWrites: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!['create', 'update', 'updateByID'].includes(operation)) return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || typeof data !== 'object') return args
  const current = data[CURRENT_PASSWORD_FIELD]
  delete data[CURRENT_PASSWORD_FIELD]
  // Wrong types are bad input, whoever sends them (the replacement below would otherwise hide them).
  for (const [path, value] of [
    ['password', data.password],
    [CURRENT_PASSWORD_FIELD, current],
  ] as const)
    if (given(value) && typeof value !== 'string')
      throw new ValidationError({ collection: 'users', errors: [{ path, message: adminMessage(req, 'passwordIsText') }] }, req.t)
  const actor = req.user as { id: number } | null
  if (!actor) return args

  if (operation === 'create') {
    data.password = unguessable()
    req.context[SET_PASSWORD_LINK] = true
    return args
  }
  if (given(current)) {
    const problem = await currentPasswordProblem(req.payload, actor.id, current, clientAddress(req.headers))
    if (problem) throw refuse(problem, req as never)
    req.context[CURRENT_PASSWORD_CONFIRMED] = actor.id
  }
  if (!given(data.password)) return args
  // Payload calls this hook with 'update' for both; only an update by id carries `id` (a bulk one, `where`).
  const id = (args as { id?: number | string }).id
  if (id === undefined || id === null) throw refusal(adminMessage(req, 'passwordNotInBulk'))
  if (String(id) !== String(actor.id)) throw refusal(adminMessage(req, 'notYourPassword'))
  if (req.context[CURRENT_PASSWORD_CONFIRMED] !== actor.id) throw refuse(adminMessage(req, 'askForPassword'), req as never)
  return args
}

const normalised = (email: unknown) =>
  String(email ?? '')
    .trim()
    .toLowerCase()

/**
 * One's own e-mail address is where reset links go: changing it takes the current password too. Checked per
 * account (here the stored document is known), so a bulk update cannot get round it.
 */
export const guardOwnEmail: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const actor = req.user as { id: number } | null
  if (!actor || !originalDoc || String(actor.id) !== String(originalDoc.id)) return data
  if (data.email === undefined || normalised(data.email) === normalised(originalDoc.email)) return data
  if (req.context[CURRENT_PASSWORD_CONFIRMED] !== actor.id) throw refuse(adminMessage(req, 'askForPasswordForEmail'), req as never)
  return data
}
