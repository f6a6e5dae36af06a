import type { Payload, PayloadRequest } from 'payload'

import { notifyWatchItemPublished } from '@/follow/watch'
import { productKey } from '@/inventory/products'
import type { WatchItem } from '@/payload-types'

/**
 * Called once per watch item, when it is first published (collections/WatchItems/hooks/publication.ts), inside the
 * publication's transaction when `req` is given: whoever follows its kind, one of its measures or one of its
 * products learns of it in their next digest (src/follow/).
 */
export async function watchItemPublished(payload: Payload, doc: WatchItem, req?: PayloadRequest): Promise<void> {
  const numbers = (doc.measureNumbers ?? []).filter((n): n is number => typeof n === 'number')
  // Follows name a measure by its id; the watch item by the strategy's number.
  const measures = numbers.length
    ? (
        await payload.find({
          collection: 'measures',
          where: { number: { in: numbers } },
          depth: 0,
          limit: numbers.length,
          pagination: false,
          select: {},
          req,
        })
      ).docs.map((m) => m.id)
    : []
  await notifyWatchItemPublished(
    payload,
    {
      id: doc.id,
      title: doc.title,
      slug: doc.slug ?? String(doc.id),
      kind: doc.kind,
      measures,
      products: (doc.products ?? []).map(productKey).filter(Boolean),
    },
    req,
  )
}
