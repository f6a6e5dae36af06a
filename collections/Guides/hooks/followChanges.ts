import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { queueFollowEvent } from '@/follow/events'
import { type GuideContent, guideChange, stampAddedAt } from '@/follow/guideChanges'
import { inEachLanguage, readIn } from '@/follow/wording'
import { translatorFor } from '@/i18n/translator'

/** The actions a publication added (by key) and whether it changed what members read. */
type Change = { added: string[]; revised: boolean }

/** What a save under way changed, from its beforeChange to its afterChange (keyed by the save's request). */
const pending = new WeakMap<object, Map<string, Change>>()

/** The guide as members last read it: its latest published version (the save under way is not one yet). */
async function lastPublished(req: PayloadRequest, id: number | string | undefined): Promise<GuideContent | null> {
  if (id === undefined) return null
  const { docs } = await req.payload.findVersions({
    collection: 'guides',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    req,
  })
  return (docs[0]?.version as GuideContent | undefined) ?? null
}

/**
 * Dates the checklist's actions (when a publication added them: the commune's checklist marks them « Nouveau »)
 * and notes what a publication changed, for `notifyGuideFollowers`. Whatever a client sent as a date is replaced.
 */
export const stampGuideChanges: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const previous = await lastPublished(req, originalDoc?.id)
  const publishing = data._status === 'published' || (data._status === undefined && originalDoc?._status === 'published')
  if (Array.isArray(data.checklist)) data.checklist = stampAddedAt(data.checklist, previous, publishing, new Date())
  if (publishing && previous) {
    const { added, revised } = guideChange(previous, { ...originalDoc, ...data } as GuideContent)
    if (!pending.has(req)) pending.set(req, new Map())
    pending.get(req)!.set(String(originalDoc?.id), { added: added.map((item) => item.key ?? ''), revised })
  }
  return data
}

/**
 * A publication that adds actions, or changes what members read, is told to the guide's followers who may read it:
 * each in the language of their account, with the guide's title, actions and summary in that language (French where
 * the guide is not translated).
 */
export const notifyGuideFollowers: CollectionAfterChangeHook = async ({ doc, req }) => {
  const change = pending.get(req)?.get(String(doc.id))
  pending.get(req)?.delete(String(doc.id))
  if (!change || doc._status !== 'published') return doc
  const base = {
    url: `/guides/${doc.slug}`,
    subject: { collection: 'guides', id: String(doc.id) },
    followed: [{ target: 'guide' as const, key: String(doc.id) }],
  }
  if (change.added.length) {
    const words = await inEachLanguage(req, async (locale) => {
      const t = translatorFor(locale, 'followNotices.guide')
      const guide = await readIn<GuideContent>(req, 'guides', doc.id, locale)
      const labels = new Map((guide.checklist ?? []).map((item) => [item.key, item.label ?? '']))
      return {
        title: t('actions', { title: guide.title ?? doc.title, count: change.added.length }),
        detail: change.added.map((key) => t('action', { label: labels.get(key) ?? '' })).join(', '),
      }
    })
    await queueFollowEvent(req, { ...base, ...words, kind: 'guide-action', eventKey: `guide-action:${doc.id}:${doc.updatedAt}` })
  } else if (change.revised) {
    const words = await inEachLanguage(req, async (locale) => {
      const guide = await readIn<GuideContent>(req, 'guides', doc.id, locale)
      return {
        title: translatorFor(locale, 'followNotices.guide')('revised', { title: guide.title ?? doc.title }),
        detail: guide.summary ?? undefined,
      }
    })
    await queueFollowEvent(req, { ...base, ...words, kind: 'guide-revised', eventKey: `guide-revised:${doc.id}:${doc.updatedAt}` })
  }
  return doc
}
