import type { Payload } from 'payload'

import type { Faq, Template } from '@/payload-types'
import { plainText, type RichBlock, richTextFromBlocks } from '@/richtext/fromBlocks'

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
  for (const { body, instructions, ...template } of templates) {
    const stored = (await payload.find({ collection: 'templates', where: { slug: { equals: template.slug } }, limit: 1, depth: 0 })).docs[0]
    if (!stored) {
      await payload.create({
        collection: 'templates',
        data: { ...template, instructions: richTextFromBlocks(instructions), body: richTextFromBlocks(body) },
      })
      created++
      continue
    }
    const data = templateUpdate(stored, instructions)
    if (!data) continue
    await payload.update({ collection: 'templates', id: stored.id, data })
    updated++
  }
  if (created) payload.logger.info(`Seed: ${created} guides, questions and templates created`)
  if (updated) payload.logger.info(`Seed: ${updated} questions or templates brought up to date`)
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

/**
 * A template stored before it had a « Mode d’emploi » kept its explanation in its body, so the explanation went into
 * the downloaded document. When its body still holds the seeded explanatory paragraphs word for word, they move to
 * `instructions`; the rest of the body, edits included, is left alone. Nothing to move gives `null`.
 */
export function templateUpdate(stored: Pick<Template, 'instructions' | 'body'>, instructions: RichBlock[]) {
  if (!instructions.length || plainText(stored.instructions) || !stored.body) return null
  const wanted = new Set(instructions.map((block) => plainText(richTextFromBlocks([block]))))
  const children = stored.body.root.children
  const isExplanation = (node: (typeof children)[number]) =>
    node.type === 'paragraph' && wanted.has(plainText({ root: { children: [node] } }))
  if (children.filter(isExplanation).length !== wanted.size) return null
  return {
    instructions: richTextFromBlocks(instructions),
    body: { ...stored.body, root: { ...stored.body.root, children: children.filter((node) => !isExplanation(node)) } },
  }
}

async function exists(payload: Payload, collection: 'guides' | 'faqs', where: Record<string, unknown>) {
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
