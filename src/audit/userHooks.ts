import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { idOf } from '@/fields/idOf'

import { auditedFields, fieldChanges } from './diff'
import { recordAudit } from './record'
import type { AuditAction } from './vocabulary'

/** What matters on an account (never its password, tokens, sessions or second-factor secret). */
const accountFields = [
  'name',
  'email',
  'function',
  'roles',
  'commune',
  'communeValidator',
  'communeReferent',
  'disabled',
  'totpEnabled',
] as const

type UserDoc = { id: number; name?: string; email?: string; commune?: unknown }
const label = (doc: UserDoc) => `${doc.name ?? ''} <${doc.email ?? ''}>`.trim()
// The commune the account belongs to after the change (before it, if it left every commune).
const communeOf = (doc: UserDoc | undefined, previous?: UserDoc) => idOf(doc?.commune) ?? idOf(previous?.commune) ?? null

function actionOf(
  changes: { field: string; before: unknown; after: unknown }[],
  actorId: number | undefined,
  targetId: number,
): AuditAction {
  const changed = (field: string) => changes.find((change) => change.field === field)
  if (changed('disabled')) return changed('disabled')!.after ? 'account-disabled' : 'account-enabled'
  const factor = changed('totpEnabled')
  if (factor) return factor.after ? 'second-factor-enabled' : actorId === targetId ? 'second-factor-disabled' : 'second-factor-reset'
  return 'account-changed'
}

/**
 * Account changes in the audit trail, in the transaction of the change: creation, roles/commune/validation
 * changes, disabling, second-factor resets and password reset links
 * (Payload's forgot-password stores the new token through an update that passes its `req`: whoever asked, a
 * stranger on /mot-de-passe-oublie or a validator, the row is written before the e-mail leaves, and rolled back
 * if it cannot leave). Logins and other bookkeeping writes change none of these fields and leave no row.
 */
export const auditUserChange: CollectionAfterChangeHook = async ({ collection, data, doc, previousDoc, operation, req }) => {
  const fields = auditedFields(collection.flattenedFields, accountFields)
  const target = { collection: 'users' as const, id: doc.id, label: label(doc) }
  const commune = communeOf(doc, previousDoc)
  if (operation === 'create') {
    await recordAudit(req, { action: 'account-created', target, commune, changes: fieldChanges(fields, null, doc) })
    return doc
  }
  const changes = fieldChanges(fields, previousDoc, doc)
  const actorId = (req.user as { id: number } | null)?.id
  if (changes.length) await recordAudit(req, { action: actionOf(changes, actorId, doc.id), target, commune, changes })
  if (typeof data?.resetPasswordToken === 'string' && data.resetPasswordToken)
    await recordAudit(req, { action: 'password-reset-sent', target, commune, detail: { validUntil: data.resetPasswordExpiration ?? null } })
  return doc
}

export const auditUserDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const fields = auditedFields(collection.flattenedFields, accountFields)
  // Someone deleting their own account: the account is gone within this transaction, so no link to it.
  const own = (req.user as { id: number } | null)?.id === doc.id
  await recordAudit(req, {
    action: 'account-deleted',
    target: { collection: 'users', id: doc.id, label: label(doc) },
    commune: communeOf(doc),
    changes: fieldChanges(fields, doc, null),
    linkActor: !own,
  })
  return doc
}
