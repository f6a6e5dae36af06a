import { APIError, type CollectionBeforeLoginHook } from 'payload'

export const DISABLED_MESSAGE = 'Ce compte est désactivé. Adressez-vous au secrétariat de votre commune pour le réactiver.'

/** A disabled account keeps its history but cannot log in (checked after the password, so it reveals nothing). */
export const refuseDisabled: CollectionBeforeLoginHook = ({ user }) => {
  // Named explicitly: the production bundle may lose the class name, and Payload would then hide the message.
  if (user.disabled) throw Object.assign(new APIError(DISABLED_MESSAGE, 403, null, true), { name: 'AccountDisabled' })
  return user
}
