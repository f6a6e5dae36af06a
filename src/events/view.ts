import type { Payload, Where } from 'payload'

import { isStaff } from '@/access/roles'
import { asUser } from '@/auth/asUser'
import { contentViewer } from '@/cache/people'
import { sharedRead } from '@/cache/shared'
import { inLocale, readingLocale, type Shown, withLanguage } from '@/content/language'
import type { Locale } from '@/i18n/locales'
import type { Event, Registration, User } from '@/payload-types'

import { type EventType, eventTypes } from './vocabulary'

const published: Where = { _status: { equals: 'published' } }
const minute = 60_000

/** Published events, read as the user, between two instants (either open), optionally of one type. */
export async function findEvents(
  payload: Payload,
  user: User,
  {
    from,
    to,
    type,
    sort = 'startsAt',
    limit = 0,
    locale: given,
  }: { from?: Date; to?: Date; type?: EventType; sort?: string; limit?: number; locale?: Locale },
) {
  const locale = await readingLocale(given)
  // Every member reads the same events: kept in the shared cache, read with the bounds widened to whole minutes (so
  // that requests of the same minute share one read), then cut to the exact bounds.
  const wideFrom = from && new Date(Math.floor(from.getTime() / minute) * minute).toISOString()
  const wideTo = to && new Date(Math.ceil(to.getTime() / minute) * minute).toISOString()
  const wideLimit = limit > 0 ? limit + 20 : 0
  const docs = await sharedRead(
    payload,
    ['events', 'media', 'measures'],
    `${contentViewer(user)}|${locale}|${wideFrom}|${wideTo}|${type}|${sort}|${wideLimit}`,
    async () => {
      const where: Where[] = [published]
      if (wideFrom) where.push({ endsAt: { greater_than_equal: wideFrom } })
      if (wideTo) where.push({ startsAt: { less_than: wideTo } })
      if (type) where.push({ type: { equals: type } })
      const found = await payload.find({
        collection: 'events',
        ...asUser(user),
        ...inLocale(locale),
        where: { and: where },
        sort,
        limit: wideLimit,
        pagination: wideLimit > 0,
        depth: 1,
        draft: false,
      })
      return withLanguage(payload, user, 'events', found.docs, 'title', locale)
    },
  )
  const [fromIso, toIso] = [from?.toISOString(), to?.toISOString()]
  const within = docs.filter((event) => (!fromIso || event.endsAt >= fromIso) && (!toIso || event.startsAt < toIso))
  return limit > 0 ? within.slice(0, limit) : within
}

/** A published event read as the user in the reader's language (`lang`), or null (missing, draft, or not readable). */
export async function loadPublishedEvent(payload: Payload, user: User, id: number, given?: Locale): Promise<Shown<Event> | null> {
  const locale = await readingLocale(given)
  const event = (await payload.findByID({
    collection: 'events',
    id,
    ...asUser(user),
    ...inLocale(locale),
    depth: 0,
    draft: false,
    disableErrors: true,
  })) as Event | null
  return event?._status === 'published' ? (await withLanguage(payload, user, 'events', [event], 'title', locale))[0]! : null
}

/** An event's registrations in the order they came, read as the user (staff read them all, a member only their own). */
export const loadRegistrations = async (payload: Payload, user: User, eventId: number): Promise<Registration[]> =>
  (
    await payload.find({
      collection: 'registrations',
      ...asUser(user),
      where: { event: { equals: eventId } },
      sort: ['registeredAt', 'id'],
      limit: 0,
      pagination: false,
      depth: 0,
    })
  ).docs

export const isEventType = (value: string | undefined): value is EventType => Boolean(value && Object.hasOwn(eventTypes, value))

export type EventView = {
  event: Shown<Event>
  mine: Registration | null
  confirmed: number
  waiting: number
  /** Coordinators and admins: every registration, for the list, the attendance and the export. */
  registrations: Registration[] | null
  open: boolean
}

/**
 * The event page's data: the reader's registration, the counts, and for staff the registrations. `draft`: its latest
 * draft, published or not (the editors' preview, src/preview/preview.ts); otherwise only a published event.
 */
export async function loadEvent(
  payload: Payload,
  user: User,
  id: number,
  { draft = false, locale: given }: { draft?: boolean; locale?: Locale } = {},
): Promise<EventView | null> {
  const locale = await readingLocale(given)
  const found = (await payload.findByID({
    collection: 'events',
    id,
    ...asUser(user),
    ...inLocale(locale),
    depth: 1,
    draft,
    disableErrors: true,
  })) as Event | null
  if (!found || (!draft && found._status !== 'published')) return null
  const event = (await withLanguage(payload, user, 'events', [found], 'title', locale, { draft }))[0]!
  const count = (status: string) =>
    payload.count({ collection: 'registrations', where: { and: [{ event: { equals: id } }, { status: { equals: status } }] } })
  const [mine, confirmed, waiting, all] = await Promise.all([
    payload.find({
      collection: 'registrations',
      ...asUser(user),
      where: { and: [{ event: { equals: id } }, { user: { equals: user.id } }] },
      limit: 1,
      depth: 0,
    }),
    count('confirmed'),
    count('waitlisted'),
    isStaff(user) ? loadRegistrations(payload, user, id) : null,
  ])
  const now = new Date()
  const open =
    !event.cancelled && new Date(event.startsAt) > now && (!event.registrationDeadline || new Date(event.registrationDeadline) >= now)
  return { event, mine: mine.docs[0] ?? null, confirmed: confirmed.totalDocs, waiting: waiting.totalDocs, registrations: all ?? null, open }
}
