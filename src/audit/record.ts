import type { PayloadRequest } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { sourceAddressOf } from './sourceAddress'
import type { AuditAction, AuditTarget } from './vocabulary'

/** One field's value before and after the change (ids for relations); never a password, token or secret. */
export type FieldChange = { field: string; label: string; before: unknown; after: unknown }

export type AuditEntry = {
  action: AuditAction
  target: { collection: AuditTarget; id?: number | string | null; label: string }
  commune?: number | null
  changes?: FieldChange[]
  detail?: Record<string, unknown> | null
  /** False when the actor's own account is what was just deleted: the row keeps their name, not a link. */
  linkActor?: boolean
}

type Actor = { id: number; name?: string | null; email?: string | null; roles?: string[] | null } | null

/**
 * Appends one row to the audit trail with the request's own `req`, so that it is written in the same database
 * transaction as the change it records: if the change is rolled back, so is the row, and if the row cannot be
 * written, the change is rolled back (the error propagates to the operation, which kills the transaction).
 * The actor, their roles at this moment and the source address come from the request.
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry) {
  const actor = req.user as Actor
  await req.payload.create({
    collection: 'audit-events',
    req,
    overrideAccess: true,
    depth: 0,
    data: {
      action: entry.action,
      actor: entry.linkActor === false ? null : (actor?.id ?? null),
      actorName: actor ? `${actor.name ?? ''} <${actor.email ?? ''}>`.trim() : translatorFor(defaultLocale, 'audit')('systemActor'),
      actorRoles: actor?.roles?.join(', ') ?? '',
      targetCollection: entry.target.collection,
      targetId: entry.target.id == null ? null : String(entry.target.id),
      targetLabel: entry.target.label.slice(0, 300),
      commune: entry.commune ?? null,
      changes: entry.changes ?? [],
      detail: entry.detail ?? null,
      sourceAddress: sourceAddressOf(req.headers),
    },
  })
}
