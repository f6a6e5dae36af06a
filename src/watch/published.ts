import type { Payload, PayloadRequest } from 'payload'

import type { WatchItem } from '@/payload-types'

/**
 * Called once per watch item, when it is first published (collections/WatchItems/hooks/announce.ts), inside the
 * publication's transaction when `req` is given. The follow/digest module records notifications here: the
 * followers of the item's kind learn of it in their next digest.
 */
export async function watchItemPublished(_payload: Payload, _doc: WatchItem, _req?: PayloadRequest): Promise<void> {
  // No-op until the follow/digest module is wired in: the follow/digest module records notifications here.
}
