import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook } from 'payload'

import { isStaff } from '@/access/roles'
import { adminMessage } from '@/admin/language'
import { refusal } from '@/http/refusal'
import type { WatchItem } from '@/payload-types'
import { watchItemPublished } from '@/watch/published'
import { watchSlug } from '@/watch/slug'

const ANNOUNCE = 'watchItemAnnounce'

/**
 * An item without an address gets one from its title (the admin and the API may leave it empty): at creation, or
 * when an edit empties it; an edit that does not send the address keeps it.
 */
export const fillSlug: CollectionBeforeValidateHook = ({ data, operation, originalDoc }) => {
  if (!data || typeof (data.title ?? originalDoc?.title) !== 'string') return data
  const emptied = operation === 'create' ? !data.slug : 'slug' in data && !data.slug
  if (emptied) data.slug = watchSlug(data.title ?? originalDoc.title)
  return data
}

/**
 * Who proposed it (set once, at creation, from the account); the publication date and the first announcement, at
 * the first publication. Only the coordination publishes: the access rules refuse it already, this stops any other
 * path (a hook, a future endpoint) that would pass a COTEC member's request on.
 */
export const stampPublication: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create' && req.user) data.proposedBy = req.user.id
  if (data._status !== 'published') return data
  if (req.user && !isStaff(req.user)) throw refusal(403, adminMessage(req, 'onlyCoordinationPublishes'))
  const now = new Date().toISOString()
  if (!data.publishedAt && !originalDoc?.publishedAt) data.publishedAt = now
  if (!originalDoc?.announcedAt) {
    data.announcedAt = now
    req.context[ANNOUNCE] = true
  }
  return data
}

/** The first publication is announced once (src/watch/published.ts), in the write's transaction. */
export const announcePublication: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (!req.context[ANNOUNCE] || doc._status !== 'published') return doc
  delete req.context[ANNOUNCE]
  await watchItemPublished(req.payload, doc as WatchItem, req)
  return doc
}
