import type { CollectionBeforeChangeHook } from 'payload'

import { type AccessUser, isAdmin } from '@/access/roles'

import { refusal } from './refusal'

export const ADMIN_ACCOUNTS_ONLY = 'Seul un administrateur peut modifier le compte d’un administrateur ou lui envoyer un lien.'

/**
 * Nobody but an administrator touches an administrator's account (any field, disabling, roles, second factor):
 * otherwise a coordinator, or a validator whose commune an administrator belongs to, could become one.
 * Checked per stored document, so bulk updates, GraphQL and the admin panel are covered alike.
 */
export const protectAdminAccounts: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const actor = req.user as AccessUser
  if (operation !== 'update' || !actor || !originalDoc) return data
  if (isAdmin(originalDoc as AccessUser) && !isAdmin(actor)) throw refusal(ADMIN_ACCOUNTS_ONLY)
  return data
}
