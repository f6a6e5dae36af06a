import type { Payload } from 'payload'

import { richTextFromBlocks } from '@/richtext/fromBlocks'

import { watchItems } from './content/watch'

/** The first watch items (published), from the strategy; creates only what is missing, never overwrites an edit. */
export async function seedWatchItems(payload: Payload) {
  let created = 0
  for (const { body, guideSlugs, ...item } of watchItems) {
    const found = await payload.count({ collection: 'watch-items', where: { slug: { equals: item.slug } } })
    if (found.totalDocs > 0) continue
    const guides = guideSlugs.length
      ? (
          await payload.find({
            collection: 'guides',
            where: { slug: { in: guideSlugs } },
            limit: guideSlugs.length,
            depth: 0,
            select: { slug: true },
          })
        ).docs.map((guide) => guide.id)
      : []
    await payload.create({
      collection: 'watch-items',
      data: { ...item, body: richTextFromBlocks(body), guides, _status: 'published' },
      draft: false,
    })
    created++
  }
  if (created) payload.logger.info(`Seed: ${created} watch items created`)
}
