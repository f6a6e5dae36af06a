import type { CollectionAfterOperationHook } from 'payload'

import { newToken } from '@/accounts/tokens'
import { accountCreatedEmail } from '@/email/templates/setPassword'

import { SET_PASSWORD_LINK } from './guardCredentials'

/**
 * After staff created an account (REST, GraphQL, the admin panel): a 24-hour link for the person to choose
 * their password, as the account-request approval sends. A mail failure leaves the account without a usable
 * password, never with a known one: "Envoyer un lien" on the accounts page sends another.
 */
export const sendSetPasswordLink: CollectionAfterOperationHook = async ({ operation, result, req }) => {
  if (operation !== 'create' || !req.context[SET_PASSWORD_LINK]) return result
  delete req.context[SET_PASSWORD_LINK]
  const account = result as { id: number; email: string; name: string }
  const token = newToken()
  await req.payload.db.updateOne({
    collection: 'users',
    id: account.id,
    data: { resetPasswordToken: token, resetPasswordExpiration: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString() },
    req,
  })
  await req.payload.sendEmail({ to: account.email, ...accountCreatedEmail(account.name, token) }).catch((error: unknown) => {
    req.payload.logger.warn({ err: error, msg: 'set-password e-mail of a new account not sent' })
  })
  return result
}
