import type { Payload } from 'payload'

import type { Faq } from '@/payload-types'
import { plainText, richTextFromBlocks } from '@/richtext/fromBlocks'

import { faqs, formerFaqAnswers } from './content/faqs'
import { guides } from './content/guides'
import { templates } from './content/templates'
import type { FaqSeed } from './content/types'
import { fingerprint } from './fingerprint'

/** Guides (published), FAQ and templates derived from the source documents; creates only what is missing (see `faqUpdate`). */
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
  let updated = 0
  for (const { answer, ...faq } of faqs) {
    const stored = (await payload.find({ collection: 'faqs', where: { question: { equals: faq.question } }, limit: 1, depth: 0 })).docs[0]
    if (!stored) {
      await payload.create({ collection: 'faqs', data: { ...faq, answer: richTextFromBlocks(answer) } })
      created++
      continue
    }
    const data = faqUpdate(stored, { ...faq, answer })
    if (!data) continue
    await payload.update({ collection: 'faqs', id: stored.id, data })
    updated++
  }
  for (const { body, ...template } of templates) {
    if (await exists(payload, 'templates', { slug: { equals: template.slug } })) continue
    await payload.create({ collection: 'templates', data: { ...template, body: richTextFromBlocks(body) } })
    created++
  }
  if (created) payload.logger.info(`Seed: ${created} guides, questions and templates created`)
  if (updated) payload.logger.info(`Seed: ${updated} questions given their sources or their corrected answer`)
}

/**
 * What the seed changes in a question stored earlier: its sources when it has none (the field came later), and
 * its answer when it still is, word for word, an answer an earlier seed wrote that is now wrong (`formerFaqAnswers`).
 * Anything someone edited is left alone; nothing to change gives `null`.
 */
export function faqUpdate(stored: Pick<Faq, 'answer' | 'sources'>, seeded: FaqSeed) {
  const data: { sources?: FaqSeed['sources']; answer?: Faq['answer'] } = {}
  if (!stored.sources?.length) data.sources = seeded.sources
  if (formerFaqAnswers[seeded.question] === fingerprint(plainText(stored.answer))) data.answer = richTextFromBlocks(seeded.answer)
  return Object.keys(data).length ? data : null
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
