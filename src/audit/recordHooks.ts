import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, SanitizedCollectionConfig } from 'payload'

import { idOf } from '@/fields/idOf'

import { auditedFields, fieldChanges } from './diff'
import { recordAudit } from './record'
import type { AuditTarget } from './vocabulary'

type Doc = Record<string, unknown> & { id: number }

/** "Service de Sion" from the collection's title field, or its singular label and id. */
function labelOf(collection: SanitizedCollectionConfig, doc: Doc) {
  const title = collection.admin?.useAsTitle && collection.admin.useAsTitle !== 'id' ? doc[collection.admin.useAsTitle] : null
  const singular = typeof collection.labels?.singular === 'string' ? collection.labels.singular : collection.slug
  return title ? `${singular} : ${String(title)}` : `${singular} n° ${doc.id}`
}

const targetOf = (collection: SanitizedCollectionConfig, doc: Doc) => ({
  collection: collection.slug as AuditTarget,
  id: doc.id,
  label: labelOf(collection, doc),
})

/**
 * A commune's records (contracts, its digital register: référent, decisions, incidents) written or changed:
 * one row per save that changes something, with every field's before → after, in the save's transaction.
 */
export const auditRecordChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  const changes = fieldChanges(auditedFields(collection.flattenedFields), operation === 'create' ? null : previousDoc, doc)
  if (operation === 'update' && !changes.length) return doc
  await recordAudit(req, {
    action: operation === 'create' ? 'record-created' : 'record-updated',
    target: targetOf(collection, doc),
    commune: idOf(doc.commune) ?? null,
    changes,
  })
  return doc
}

/** A deleted record: what it held, so that the trail still says what was lost. */
export const auditRecordDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await recordAudit(req, {
    action: 'record-deleted',
    target: targetOf(collection, doc),
    commune: idOf(doc.commune) ?? null,
    changes: fieldChanges(auditedFields(collection.flattenedFields), doc, null),
  })
  return doc
}

/** A priority proposal validated or rejected (by the Comité, or a coordinator citing its meeting). */
export const auditPriorityDecision: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || previousDoc?.status === doc.status) return doc
  const measure = await req.payload.findByID({
    collection: 'measures',
    id: idOf(doc.measure),
    depth: 0,
    req,
    disableErrors: true,
    select: { number: true, title: true },
  })
  const fields = auditedFields(collection.flattenedFields, ['status', 'decisionComment', 'meeting'])
  await recordAudit(req, {
    action: 'priority-decided',
    target: {
      collection: 'priority-changes',
      id: doc.id,
      label: `Proposition pour la mesure ${measure?.number ?? idOf(doc.measure)}${measure?.title ? ` (${measure.title})` : ''}`,
    },
    changes: fieldChanges(fields, previousDoc, doc),
    // What was decided on: the measure's priority and rank the proposal started from and proposed.
    detail: {
      measure: measure?.number ?? null,
      fromPriority: doc.fromPriority ?? null,
      toPriority: doc.toPriority ?? null,
      fromRank: doc.fromRank ?? null,
      toRank: doc.toRank ?? null,
    },
  })
  return doc
}

/** A meeting convened, held, approved or cancelled. */
export const auditMeetingStatus: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || previousDoc?.status === doc.status) return doc
  const fields = auditedFields(collection.flattenedFields, ['status', 'cancellationReason'])
  const day = typeof doc.startsAt === 'string' ? ` du ${doc.startsAt.slice(0, 10)}` : ''
  const target = {
    collection: 'meetings' as const,
    id: doc.id,
    label: `Séance${day} : ${doc.title} (${doc.committeeSlug?.toUpperCase?.() ?? ''})`,
  }
  await recordAudit(req, { action: 'meeting-status-changed', target, changes: fieldChanges(fields, previousDoc, doc) })
  return doc
}
