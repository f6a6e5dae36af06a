import type { CollectionBeforeLoginHook } from 'payload'

import { refusal } from './refusal'

export const DISABLED_MESSAGE = 'Ce compte est désactivé. Adressez-vous au secrétariat de votre commune pour le réactiver.'

/** A disabled account keeps its history but cannot log in (checked after the password, so it reveals nothing). */
export const refuseDisabled: CollectionBeforeLoginHook = ({ user }) => {
  if (user.disabled) throw refusal(DISABLED_MESSAGE, 403, 'AccountDisabled')
  return user
}
