import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { idOf } from '@/fields/idOf'
import { defaultLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'

import { auditedFields, fieldChanges, storedLabel } from './diff'
import { recordAudit } from './record'
import type { FieldChange } from './record'
import type { AuditTarget } from './vocabulary'

type Doc = Record<string, unknown> & { id: number }

/** The trail is written once, in the language of the sources (as `storedLabel`): the journal marks it so. */
const trailLocale = defaultLocale

/** "Service de Sion" from the collection's title field, or its singular label and id. */
function labelOf(collection: SanitizedCollectionConfig, doc: Doc) {
  const title = collection.admin?.useAsTitle && collection.admin.useAsTitle !== 'id' ? doc[collection.admin.useAsTitle] : null
  const singular = storedLabel(collection.labels?.singular, collection.slug)
  return title ? `${singular} : ${String(title)}` : `${singular} n° ${doc.id}`
}

const targetOf = (collection: SanitizedCollectionConfig, doc: Doc) => ({
  collection: collection.slug as AuditTarget,
  id: doc.id,
  label: labelOf(collection, doc),
})

/**
 * A provider reads as its name, not its id (the trail must say « Abacus Research AG → Informatique Exemple SA »
 * years later, after the records were merged or renamed).
 */
async function withProviderNames(collection: SanitizedCollectionConfig, changes: FieldChange[], req: PayloadRequest) {
  const fields = new Set(
    collection.flattenedFields.filter((f) => f.type === 'relationship' && f.relationTo === 'providers').map((f) => f.name),
  )
  const ids = changes.filter((c) => fields.has(c.field)).flatMap((c) => [c.before, c.after].filter((v) => typeof v === 'number'))
  if (!ids.length) return changes
  const { docs } = await req.payload.find({
    collection: 'providers',
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
  })
  const name = new Map(docs.map((p) => [p.id, p.name]))
  const readable = (value: unknown) => (typeof value === 'number' ? (name.get(value) ?? value) : value)
  return changes.map((c) => (fields.has(c.field) ? { ...c, before: readable(c.before), after: readable(c.after) } : c))
}

/**
 * A commune's records (contracts, its digital register: référent, decisions, incidents) written or changed:
 * one row per save that changes something, with every field's before → after, in the save's transaction.
 */
export const auditRecordChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  const diff = fieldChanges(auditedFields(collection.flattenedFields), operation === 'create' ? null : previousDoc, doc)
  if (operation === 'update' && !diff.length) return doc
  const changes = await withProviderNames(collection, diff, req)
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
    changes: await withProviderNames(collection, fieldChanges(auditedFields(collection.flattenedFields), doc, null), req),
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
      label: `${translatorFor(trailLocale, 'audit')('proposalTarget', { number: String(measure?.number ?? idOf(doc.measure)) })}${measure?.title ? ` (${measure.title})` : ''}`,
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
  const t = translatorFor(trailLocale, 'audit')
  const about = { title: String(doc.title ?? ''), committee: doc.committeeSlug?.toUpperCase?.() ?? '' }
  const target = {
    collection: 'meetings' as const,
    id: doc.id,
    label:
      typeof doc.startsAt === 'string'
        ? t('meetingTarget', { ...about, day: doc.startsAt.slice(0, 10) })
        : t('meetingTargetUndated', about),
  }
  await recordAudit(req, { action: 'meeting-status-changed', target, changes: fieldChanges(fields, previousDoc, doc) })
  return doc
}
