import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { contentViewer } from '@/cache/people'
import { sharedRead } from '@/cache/shared'
import { inLocale, readingLocale, withLanguage } from '@/content/language'
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

/**
 * Every question in its order, read as the user in the reader's language (`lang`: French where a question has no
 * German). Every member reads the same: kept in the shared cache, per language.
 */
export const loadFaqs = async (payload: Payload, user: User, given?: Locale) => {
  const locale = await readingLocale(given)
  return sharedRead(payload, ['faqs'], `${contentViewer(user)}|${locale}`, async () => {
    const { docs } = await payload.find({ collection: 'faqs', ...allAsUser(user), ...inLocale(locale), sort: 'order' })
    return withLanguage(payload, user, 'faqs', docs, 'question', locale)
  })
}
