import type { Payload } from 'payload'

import { type AccessUser, communeOf, isAdmin, isStaff } from '@/access/roles'
import { serverTranslator } from '@/i18n/server'
import type { User } from '@/payload-types'
import { done, refuse, type Result } from '@/result'
import { ADMIN_ACCOUNTS_ONLY } from '@collections/Users/hooks/protectAdminAccounts'

import { logAccountEvent } from './log'

/**
 * What a validator or a coordinator may do instead of choosing someone's password: have Payload's
 * "mot de passe oublié" e-mail sent to the person. A validator for the accounts of her commune, a coordinator
 * for any account; an administrator's account only by an administrator.
 */
export async function sendResetLink(payload: Payload, actor: User | null, targetId: number): Promise<Result> {
  const t = await serverTranslator('accounts.resetLink')
  const refusedToValidator = refuse(403, t('ownCommuneOnly'))
  if (!actor) return refuse(401, t('loginFirst'))
  const staff = isStaff(actor as AccessUser)
  const target = Number.isInteger(targetId)
    ? await payload.findByID({ collection: 'users', id: targetId, depth: 0, overrideAccess: true }).catch(() => null)
    : null
  const ownCommune = communeOf(actor as AccessUser)
  const inHerCommune = Boolean(actor.communeValidator && ownCommune && target && communeOf(target as AccessUser) === ownCommune)
  if (!target) return staff ? refuse(404, t('noAccount')) : refusedToValidator
  if (isAdmin(target as AccessUser) && !isAdmin(actor as AccessUser)) return refuse(403, ADMIN_ACCOUNTS_ONLY)
  if (!staff && !inHerCommune) return refusedToValidator
  if (target.disabled) return refuse(409, t('disabled', { name: target.name }))
  // As the sender, so that the audit trail names who sent it; without the request's address, so that a secretary
  // onboarding her colleagues is not held to the anonymous form's limits (collections/Users/hooks/throttleLogin.ts).
  await payload.forgotPassword({ collection: 'users', data: { email: target.email }, req: { user: { ...actor, collection: 'users' } } })
  await logAccountEvent(payload, {
    type: 'reset-link-sent',
    email: target.email,
    commune: communeOf(target as AccessUser),
    user: target.id,
    actor: actor.id,
  })
  return done(t('sent', { email: target.email }))
}
