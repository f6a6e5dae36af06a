import type { CollectionBeforeLoginHook } from 'payload'

import { adminMessage } from '@/admin/language'
import { messageAt } from '@/i18n/labels'

import { refusal } from './refusal'

// In French for the intranet's callers that compare or show it as is; the hooks below answer in the request's language.
export const DISABLED_MESSAGE = messageAt('fr', 'adminMessages.accountDisabled')

/** A disabled account keeps its history but cannot log in (checked after the password, so it reveals nothing). */
export const refuseDisabled: CollectionBeforeLoginHook = ({ user, req }) => {
  if (user.disabled) throw refusal(adminMessage({ user, i18n: req.i18n }, 'accountDisabled'), 403, 'AccountDisabled')
  return user
}
