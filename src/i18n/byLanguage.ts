import type { Payload } from 'payload'

import type { Locale } from './locales'
import { recipientLocale } from './recipient'

/**
 * Addresses grouped by the language their message is written in: an address of an account gets its person's
 * language (src/i18n/recipient.ts), any other address (a référent named in a register without an account) the
 * instance's default. Groups keep the addresses' order.
 */
export async function byLanguage(payload: Payload, emails: readonly string[]): Promise<Map<Locale, string[]>> {
  const groups = new Map<Locale, string[]>()
  if (!emails.length) return groups
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { in: emails.map((email) => email.toLowerCase()) } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true, locale: true },
  })
  const people = new Map(docs.map((user) => [user.email.toLowerCase(), user]))
  for (const email of emails) {
    const locale = await recipientLocale(payload, people.get(email.toLowerCase()))
    groups.set(locale, [...(groups.get(locale) ?? []), email])
  }
  return groups
}
