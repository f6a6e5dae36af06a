import type { Payload } from 'payload'

import { communeOf, isStaff } from '@/access/roles'
import { allAsUser, asUser } from '@/auth/asUser'
import { inLocale, readingLocale, withLanguage } from '@/content/language'
import type { Locale } from '@/i18n/locales'
import type { CommuneRegister, User } from '@/payload-types'
import { referentFunctions } from '@/register/vocabulary'

import type { Prefill } from './prefill'

/** The templates list (fields of the list only), read as the user in the reader's language (`lang`). */
export const loadTemplates = async (payload: Payload, user: User, given?: Locale) => {
  const locale = await readingLocale(given)
  const { docs } = await payload.find({
    collection: 'templates',
    ...allAsUser(user),
    ...inLocale(locale),
    sort: 'title',
    select: { title: true, slug: true, category: true, description: true },
  })
  return withLanguage(payload, user, 'templates', docs, 'title', locale)
}

/**
 * A template by its slug, read as the user in the reader's language (`lang`); depth 1 populates its file (the page), 0
 * leaves it an id (the download).
 */
export const loadTemplate = async (payload: Payload, user: User, slug: string, depth: 0 | 1 = 1, given?: Locale) => {
  const locale = await readingLocale(given)
  const found = (
    await payload.find({
      collection: 'templates',
      where: { slug: { equals: slug } },
      ...asUser(user),
      ...inLocale(locale),
      limit: 1,
      depth,
    })
  ).docs[0]
  return found && (await withLanguage(payload, user, 'templates', [found], 'title', locale))[0]!
}

/**
 * What a download fills in: the commune's name and its référent (from its register), read as the user, for a member
 * of a commune. The commune comes from the account only, never from the request. Coordinators, admins and people
 * without a commune get `null`: the blank placeholders.
 */
export async function loadPrefill(payload: Payload, user: User): Promise<Prefill> {
  const communeId = communeOf(user)
  if (communeId === null || isStaff(user)) return null
  const [commune, register] = await Promise.all([
    payload.findByID({ collection: 'communes', id: communeId, ...asUser(user), depth: 0, disableErrors: true }),
    payload.find({ collection: 'commune-registers', where: { commune: { equals: communeId } }, ...asUser(user), limit: 1, depth: 0 }),
  ])
  if (!commune) return null
  const referent = register.docs[0]
  return { commune: commune.name, referent: referent ? referentLine(referent) : null }
}

/** « Marie Dupont, secrétaire communal·e »: the name and function as the steering note asks for them. */
export function referentLine(register: Pick<CommuneRegister, 'referentName' | 'referentFunction'>): string {
  const role = register.referentFunction === 'autre' ? null : referentFunctions[register.referentFunction]
  return role ? `${register.referentName}, ${role.charAt(0).toLowerCase()}${role.slice(1)}` : register.referentName
}
