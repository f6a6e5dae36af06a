import type { CollectionBeforeChangeHook } from 'payload'

import { type AccessUser, isAdmin } from '@/access/roles'
import { adminMessage } from '@/admin/language'
import { messageAt } from '@/i18n/labels'

import { refusal } from './refusal'

// In French for the intranet's callers that compare or show it as is; the hooks below answer in the request's language.
export const ADMIN_ACCOUNTS_ONLY = messageAt('fr', 'adminMessages.adminAccountsOnly')

/**
 * Nobody but an administrator touches an administrator's account (any field, disabling, roles, second factor):
 * otherwise a coordinator, or a validator whose commune an administrator belongs to, could become one.
 * Checked per stored document, so bulk updates, GraphQL and the admin panel are covered alike.
 */
export const protectAdminAccounts: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const actor = req.user as AccessUser
  if (operation !== 'update' || !actor || !originalDoc) return data
  if (isAdmin(originalDoc as AccessUser) && !isAdmin(actor)) throw refusal(adminMessage(req, 'adminAccountsOnly'))
  return data
}
