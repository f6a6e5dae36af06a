import type { Faq } from '@/payload-types'
import { plainText } from '@/richtext/fromBlocks'
import { searchDocument } from '@/search/document'

export const faqSearchDocument = (faq: Faq) =>
  searchDocument({
    collection: 'faqs',
    docId: String(faq.id),
    type: 'faq',
    title: faq.question,
    text: plainText(faq.answer),
    // The FAQ page opens the question named in `question`; the anchor scrolls to it.
    url: `/faq?question=${faq.id}#question-${faq.id}`,
    visibility: 'members',
  })
