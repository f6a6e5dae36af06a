import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest, Where } from 'payload'

import { eventTypeLabels, type eventTypes } from '@/events/vocabulary'
import { loadLanguageSettings } from '@/i18n/languageSettings'
import { defaultLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { Measure } from '@/payload-types'
import { watchKindLabels, type watchKinds } from '@/watch/kinds'
import type { MeasureChangeContext } from '@collections/Measures/hooks/recordMeasureUpdates'

import { notStartedStatuses } from './vocabulary'

/**
 * A measure's deliverables in Relais, and what their publication does to it.
 *
 * The rule: when a deliverable linked to a measure is published for the first time (a guide or an event or a
 * watch item that becomes published, a template that is created: templates have no drafts), every measure
 * linking it that is still « non renseigné » or « à lancer » moves to « en cours », in the same transaction, with
 * one entry in its history marked automatic (« Automatiquement : publication du guide « … » »). Any other
 * status is left alone: a deliverable never moves a measure backwards, nor out of « suspendue », « réalisée »,
 * « déjà appliquée » or « continue ». Linking a measure to a deliverable that is already published applies the
 * same rule at once. The % is not touched (milestones or COTEC members keep it).
 *
 * Once only: after the move the measure is « en cours », so a republication (or a second deliverable) finds
 * nothing to move. The measure's row is locked before it is re-read, so two publications at once move it once.
 */

/** A deliverable that has just been published (or linked while published). */
export type PublishedDeliverable =
  | { kind: 'guide'; id: number; title: string }
  | { kind: 'template'; id: number; title: string }
  | { kind: 'event-series'; type: keyof typeof eventTypes; title: string }
  | { kind: 'watch-kind'; type: keyof typeof watchKinds; title: string }

/**
 * What the measure's history says, after « Automatiquement : ». The note is stored once and read by everyone: it is
 * written in the instance's default language (the one its callers pass).
 */
export function deliverableNote(deliverable: PublishedDeliverable, linked = false, locale: UiLocale = defaultLocale): string {
  const t = translatorFor(locale, 'measures.deliverableNote')
  const what =
    deliverable.kind === 'guide'
      ? t('guide', { title: deliverable.title })
      : deliverable.kind === 'template'
        ? t('template', { title: deliverable.title })
        : deliverable.kind === 'event-series'
          ? t('event', { title: deliverable.title, series: eventTypeLabels(locale)[deliverable.type] })
          : t('watch', { title: deliverable.title, kind: watchKindLabels(locale)[deliverable.type] })
  return t(linked ? 'linked' : 'published', { what })
}

/** The measures that link this deliverable. */
export function linkedTo(deliverable: PublishedDeliverable): Where {
  switch (deliverable.kind) {
    case 'guide':
      return { deliverableGuides: { in: [deliverable.id] } }
    case 'template':
      return { deliverableTemplates: { in: [deliverable.id] } }
    case 'event-series':
      return { deliverableEventTypes: { in: [deliverable.type] } }
    case 'watch-kind':
      return { deliverableWatchKinds: { in: [deliverable.type] } }
  }
}

type Sessions = Record<string, { db: { execute: (query: unknown) => Promise<unknown> } }>

/** Locks the measure's row until the end of the write's transaction (when there is one). */
async function lockMeasure(req: PayloadRequest, id: number) {
  const transactionID = await req.transactionID
  if (!transactionID) return
  const session = (req.payload.db as unknown as { sessions: Sessions }).sessions[String(transactionID)]
  await session?.db.execute(sql`select id from measures where id = ${id} for update`)
}

/** Moves one measure to « en cours » if it has not started, with its automatic history entry. */
async function startMeasure(req: PayloadRequest, id: number, note: string): Promise<boolean> {
  await lockMeasure(req, id)
  const measure = (await req.payload.findByID({ collection: 'measures', id, depth: 0, req, disableErrors: true })) as Measure | null
  if (!measure || !notStartedStatuses.includes(measure.status)) return false
  // Payload merges `context` into the request's: what the publication's request carried is put back afterwards.
  const context: MeasureChangeContext = { measureNote: note, automatic: true, proposalId: undefined }
  const before = req.context
  try {
    await req.payload.update({ collection: 'measures', id, data: { status: 'en-cours' }, req, context, overrideAccess: true })
  } finally {
    req.context = before
  }
  return true
}

/**
 * A deliverable was just published: the measures linking it that had not started are now « en cours ». Returns
 * the numbers of the measures it moved. Runs as the system (the publisher may not maintain measures), in `req`'s
 * transaction.
 */
export async function deliverablePublished(req: PayloadRequest, deliverable: PublishedDeliverable): Promise<number[]> {
  const { docs } = await req.payload.find({
    collection: 'measures',
    where: { and: [linkedTo(deliverable), { status: { in: [...notStartedStatuses] } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { number: true },
    req,
    overrideAccess: true,
  })
  const moved: number[] = []
  if (!docs.length) return moved
  const note = deliverableNote(deliverable, false, (await loadLanguageSettings(req.payload)).defaultLocale)
  for (const measure of docs) if (await startMeasure(req, measure.id, note)) moved.push(measure.number)
  return moved
}

const ids = (values: unknown): number[] =>
  Array.isArray(values)
    ? values.map((v) => (typeof v === 'object' && v ? (v as { id: number }).id : Number(v))).filter(Number.isInteger)
    : []
const keys = (values: unknown): string[] => (Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : [])
const added = <T>(now: T[], before: T[]) => now.filter((value) => !before.includes(value))

/**
 * A measure's links changed: the first deliverable newly linked that is already published starts the measure
 * (the same rule as a publication). Returns the note it recorded, or null when nothing moved.
 */
export async function deliverablesLinked(
  req: PayloadRequest,
  measure: Measure,
  previous: Partial<Measure> | undefined,
): Promise<string | null> {
  if (!notStartedStatuses.includes(measure.status)) return null
  const find = async (collection: 'guides' | 'templates' | 'events' | 'watch-items', where: Where) =>
    (
      await req.payload.find({
        collection,
        where,
        depth: 0,
        limit: 1,
        sort: 'createdAt',
        req,
        overrideAccess: true,
      })
    ).docs[0] as { id: number; title: string; type?: string; kind?: string } | undefined
  const published = { _status: { equals: 'published' } }
  const candidates: (() => Promise<PublishedDeliverable | null>)[] = [
    async () => {
      const list = added(ids(measure.deliverableGuides), ids(previous?.deliverableGuides))
      const doc = list.length ? await find('guides', { and: [{ id: { in: list } }, published] }) : undefined
      return doc ? { kind: 'guide', id: doc.id, title: doc.title } : null
    },
    async () => {
      const list = added(ids(measure.deliverableTemplates), ids(previous?.deliverableTemplates))
      const doc = list.length ? await find('templates', { id: { in: list } }) : undefined
      return doc ? { kind: 'template', id: doc.id, title: doc.title } : null
    },
    async () => {
      const list = added(keys(measure.deliverableEventTypes), keys(previous?.deliverableEventTypes))
      const doc = list.length ? await find('events', { and: [{ type: { in: list } }, published] }) : undefined
      return doc ? { kind: 'event-series', type: doc.type as keyof typeof eventTypes, title: doc.title } : null
    },
    async () => {
      const list = added(keys(measure.deliverableWatchKinds), keys(previous?.deliverableWatchKinds))
      const doc = list.length ? await find('watch-items', { and: [{ kind: { in: list } }, published] }) : undefined
      return doc ? { kind: 'watch-kind', type: doc.kind as keyof typeof watchKinds, title: doc.title } : null
    },
  ]
  for (const candidate of candidates) {
    const deliverable = await candidate()
    if (!deliverable) continue
    const note = deliverableNote(deliverable, true, (await loadLanguageSettings(req.payload)).defaultLocale)
    return (await startMeasure(req, measure.id, note)) ? note : null
  }
  return null
}
