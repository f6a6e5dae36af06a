import type { Payload, PayloadRequest } from 'payload'

import { watchKinds } from '@/watch/kinds'

import { followQueue, type FollowEvent } from './events'
import { type Followed } from './follow'

export type PublishedWatchItem = {
  id: number | string
  title: string
  slug: string
  kind: string
  /** Optional: the measures (ids) and « qui utilise quoi » products (keys) it is linked to, whose followers hear of it too. */
  measures?: (number | string)[]
  products?: string[]
}

/**
 * A watch item published for the first time (called by the watch collection's hook): recorded for whoever follows
 * its kind (or a linked measure or product) and may read it. Waits for the next digest; never sent at once. Queued as
 * a job (in the hook's transaction when `req` is given), so that each follower's read sees the item once committed.
 */
export async function notifyWatchItemPublished(payload: Payload, item: PublishedWatchItem, req?: PayloadRequest): Promise<void> {
  const label = (watchKinds as Record<string, string>)[item.kind] ?? 'Veille'
  const followed: Followed[] = [
    { target: 'watch-kind', key: item.kind },
    ...(item.measures ?? []).map((id) => ({ target: 'measure' as const, key: String(id) })),
    ...(item.products ?? []).map((key) => ({ target: 'product' as const, key })),
  ]
  const event: FollowEvent = {
    kind: 'watch-item',
    eventKey: `watch-item:${item.id}`,
    title: `${label} : ${item.title}`,
    url: `/veille/${item.slug}`,
    subject: { collection: 'watch-items', id: String(item.id) },
    followed,
  }
  await payload.jobs.queue({ task: 'followEvent', input: { event }, queue: followQueue, req })
}
