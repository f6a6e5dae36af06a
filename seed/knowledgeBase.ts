import type { Payload } from 'payload'

import { richTextFromBlocks } from '@/richtext/fromBlocks'

import { faqs } from './content/faqs'
import { guides } from './content/guides'
import { templates } from './content/templates'

/** Guides (published), FAQ and templates derived from the source documents; creates only what is missing. */
export async function seedKnowledgeBase(payload: Payload) {
  const owner = await defaultOwner(payload)
  let created = 0
  for (const { body, ...guide } of guides) {
    if (await exists(payload, 'guides', { slug: { equals: guide.slug } })) continue
    await payload.create({
      collection: 'guides',
      data: { ...guide, body: richTextFromBlocks(body), owner, _status: 'published' },
      draft: false,
    })
    created++
  }
  for (const { answer, ...faq } of faqs) {
    if (await exists(payload, 'faqs', { question: { equals: faq.question } })) continue
    await payload.create({ collection: 'faqs', data: { ...faq, answer: richTextFromBlocks(answer) } })
    created++
  }
  for (const { body, ...template } of templates) {
    if (await exists(payload, 'templates', { slug: { equals: template.slug } })) continue
    await payload.create({ collection: 'templates', data: { ...template, body: richTextFromBlocks(body) } })
    created++
  }
  if (created) payload.logger.info(`Seed: ${created} guides, questions and templates created`)
}

async function exists(payload: Payload, collection: 'guides' | 'faqs' | 'templates', where: Record<string, unknown>) {
  return (await payload.count({ collection, where: where as never })).totalDocs > 0
}

/** Guides need someone to remind when they fall due for review: the first coordinator, if any. */
async function defaultOwner(payload: Payload): Promise<number | undefined> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { contains: 'coordinator' } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
  })
  return docs[0]?.id
}
