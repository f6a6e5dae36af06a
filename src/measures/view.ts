import type { Payload } from 'payload'

import { allAsUser, asUser } from '@/auth/asUser'
import { asReadable, contentViewer, readableNames } from '@/cache/people'
import { sharedRead } from '@/cache/shared'
import { inLocale, readingLocale, type Shown, withLanguage } from '@/content/language'
import { eventTypeLabels } from '@/events/vocabulary'
import { defaultLocale, type Locale, type UiLocale } from '@/i18n/locales'
import type { Measure, PriorityChange, User } from '@/payload-types'
import { watchKindLabels } from '@/watch/kinds'

import type { DeliverableKind } from './vocabulary'

/**
 * A measure by its number, with its owner's name, read as the user. The measure is kept in the shared cache; the
 * owner's name is read for each request as the person (who may or may not read that account). Its title in the
 * reader's language (`lang`: French where it has no German).
 */
export async function loadMeasure(payload: Payload, user: User, number: number, given?: Locale): Promise<Shown<Measure> | undefined> {
  const locale = await readingLocale(given)
  const measure = await sharedRead(payload, ['measures'], `${contentViewer(user)}|${locale}|${number}`, async () => {
    const found = (
      await payload.find({
        collection: 'measures',
        ...asUser(user),
        ...inLocale(locale),
        where: { number: { equals: number } },
        limit: 1,
        depth: 0,
      })
    ).docs[0]
    return found && (await withLanguage(payload, user, 'measures', [found], 'title', locale))[0]!
  })
  if (!measure) return measure
  const names = await readableNames(payload, user, [measure.owner])
  return { ...measure, owner: asReadable(names, measure.owner) as Measure['owner'] }
}

/** How many proposals on a measure await a decision (those the user may read). */
export const countPendingProposals = async (payload: Payload, user: User, measureId: number): Promise<number> =>
  (
    await payload.count({
      collection: 'priority-changes',
      ...asUser(user),
      where: { and: [{ measure: { equals: measureId } }, { status: { equals: 'pending' } }] },
    })
  ).totalDocs

export type ProposalsView = { pending: PriorityChange[]; decided: PriorityChange[] }

/** The proposals page: every pending proposal, oldest first, and the 20 latest decisions, read as the user. */
export async function loadProposals(payload: Payload, user: User): Promise<ProposalsView> {
  const [pending, decided] = await Promise.all([
    payload.find({
      collection: 'priority-changes',
      ...allAsUser(user),
      depth: 1,
      where: { status: { equals: 'pending' } },
      sort: 'createdAt',
      populate: { measures: { number: true, title: true, priority: true, rank: true } },
    }),
    payload.find({
      collection: 'priority-changes',
      ...asUser(user),
      depth: 1,
      limit: 20,
      where: { status: { not_equals: 'pending' } },
      sort: '-decidedAt',
      populate: { measures: { number: true, title: true } },
    }),
  ])
  return { pending: pending.docs, decided: decided.docs }
}

/** One deliverable of a measure as its page lists it: what it is (`measures.page.deliverableKinds`), its title and where to read it. */
export type DeliverableLink = { kind: DeliverableKind; title: string; href: string; draft?: boolean }

/**
 * The deliverables a measure links in Relais, read as the user: a guide or template the person may not read (a
 * draft, for a member) is left out; staff see drafts, marked as such. Event series and watch kinds link to the
 * agenda and the watch filtered on them.
 */
export async function loadMeasureDeliverables(
  payload: Payload,
  user: User,
  measure: Measure,
  locale: UiLocale = defaultLocale,
): Promise<DeliverableLink[]> {
  const [eventTypes, watchKinds] = [eventTypeLabels(locale), watchKindLabels(locale)]
  const ids = (values: Measure['deliverableGuides'] | Measure['deliverableTemplates']) =>
    (values ?? []).map((v) => (typeof v === 'object' ? v.id : v))
  const guideIds = ids(measure.deliverableGuides)
  const templateIds = ids(measure.deliverableTemplates)
  const [guides, templates] = await Promise.all([
    guideIds.length ? payload.find({ collection: 'guides', ...allAsUser(user), where: { id: { in: guideIds } }, sort: 'title' }) : null,
    templateIds.length
      ? payload.find({ collection: 'templates', ...allAsUser(user), where: { id: { in: templateIds } }, sort: 'title' })
      : null,
  ])
  return [
    ...(guides?.docs ?? []).map((g) => ({
      kind: 'guide' as const,
      title: g.title,
      href: `/guides/${g.slug}`,
      draft: g._status !== 'published',
    })),
    ...(templates?.docs ?? []).map((t) => ({ kind: 'template' as const, title: t.title, href: `/modeles/${t.slug}` })),
    ...(measure.deliverableEventTypes ?? []).map((type) => ({
      kind: 'event-series' as const,
      title: eventTypes[type],
      href: `/agenda?type=${type}`,
    })),
    ...(measure.deliverableWatchKinds ?? []).map((kind) => ({
      kind: 'watch-kind' as const,
      title: watchKinds[kind],
      href: `/veille?type=${kind}`,
    })),
  ]
}
