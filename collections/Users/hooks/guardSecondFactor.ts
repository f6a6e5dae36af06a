import { type CollectionAfterChangeHook, type CollectionBeforeChangeHook, Forbidden } from 'payload'

import { logAccountEvent } from '@/accounts/log'

/** Set by src/auth/totp/enrolment.ts once the person has typed a valid code: the only way to turn it on. */
export const ENROLMENT = 'secondFactorEnrolment'

const communeId = (commune: unknown) =>
  typeof commune === 'object' && commune ? (commune as { id: number }).id : (commune as number | null)

/**
 * The second factor is switched on only by enrolment (a valid code proves the person's app holds the secret);
 * switching it off, by the person with a code or by an administrator's reset, forgets the secret with it.
 */
export const guardSecondFactor: CollectionBeforeChangeHook = ({ data, originalDoc, req, context }) => {
  const before = Boolean(originalDoc?.totpEnabled)
  const after = data.totpEnabled === undefined ? before : Boolean(data.totpEnabled)
  if (after && !before && !context[ENROLMENT]) throw new Forbidden(req.t)
  if (before && !after) {
    data.totpSecret = null
    data.totpLastStep = null
  }
  return data
}

/** Every change of the second factor is in the account log, with who made it. */
export const logSecondFactor: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (operation !== 'update' || Boolean(previousDoc?.totpEnabled) === Boolean(doc.totpEnabled)) return doc
  const actor = (req.user as { id: number } | null)?.id ?? null
  const type = doc.totpEnabled ? 'totp-enabled' : actor === doc.id ? 'totp-disabled' : 'totp-reset'
  await logAccountEvent(req.payload, { type, email: doc.email, commune: communeId(doc.commune), user: doc.id, actor }, req)
  return doc
}
