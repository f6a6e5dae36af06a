import type { Locale } from '@/i18n/locales'
import type { Faq } from '@/payload-types'
import { plainText } from '@/richtext/fromBlocks'
import { searchDocument } from '@/search/document'

/** Every question is for every member. In `locale`: none without the question in it. */
export const faqSearchDocument = (faq: Faq, locale: Locale = 'fr') =>
  !faq.question
    ? null
    : searchDocument({
        collection: 'faqs',
        docId: String(faq.id),
        type: 'faq',
        locale,
        title: faq.question,
        text: plainText(faq.answer),
        // The FAQ page opens the question named in `question`; the anchor scrolls to it.
        url: `/faq?question=${faq.id}#question-${faq.id}`,
        visibility: 'members',
      })
