import type { CollectionSlug, Payload, PayloadRequest, TaskConfig } from 'payload'

import type { Locale } from '@/i18n/locales'
import { recipientLocale } from '@/i18n/recipient'
import { loadProduct } from '@/inventory/whoUsesWhat'
import type { User } from '@/payload-types'

import { followersOf, type Followed } from './follow'
import type { NotificationKind } from './vocabulary'

/** Recorded within seconds of the change, by the events' mail queue. */
export const followQueue = 'mail'

/** What a notification is about: a record, read again as each recipient before it is recorded and before it is sent. */
export type Subject = { collection: string; id: string }

/** What a notification says: its title and, when any, a line of detail. */
export type EventWords = { title: string; detail?: string }

/** One change that matters, for whoever follows one of `followed` and may read `subject`. */
export type FollowEvent = {
  kind: NotificationKind
  /** The same event recorded twice (a retried job) gives one notification per person. */
  eventKey: string
  title: string
  detail?: string
  /**
   * The title and detail in each language (`inEachLanguage`, src/follow/wording.ts): each follower's notification is
   * recorded in the language of their account. Without it (or for a language missing), `title` and `detail`.
   */
  worded?: Partial<Record<Locale, EventWords>>
  /** The page, from the site's root (`/guides/…`). */
  url: string
  subject: Subject
  followed: Followed[]
}

/**
 * Whether `user` may read the subject, asked of the access rules themselves (a read as that person, never a copy of
 * the rules): a draft guide or a committee's planned meeting is nobody's but its readers'. A product is read through
 * the « qui utilise quoi » service, as the person.
 */
export async function mayRead(payload: Payload, user: User, subject: Subject): Promise<boolean> {
  if (subject.collection === 'products') return (await loadProduct(payload, user, subject.id)) !== null
  // A collection another branch adds (watch items) is checked once it exists; until then its publisher's call stands.
  if (!payload.collections[subject.collection as CollectionSlug]) return true
  const id = /^\d+$/.test(subject.id) ? Number(subject.id) : subject.id
  const { totalDocs } = await payload.count({
    collection: subject.collection as CollectionSlug,
    where: { id: { equals: id } },
    overrideAccess: false,
    user,
  })
  return totalDocs === 1
}

/**
 * Records the event for every follower who may read it (one row each, unique per person and event). Runs as a job
 * after the change committed, so each recipient's read sees the change as it is, with a request of their own.
 */
export async function recordFollowEvent(payload: Payload, event: FollowEvent): Promise<number> {
  let recorded = 0
  for (const user of await followersOf(payload, event.followed)) {
    if (!(await mayRead(payload, user, event.subject))) continue
    const exists = await payload.count({
      collection: 'notifications',
      where: { and: [{ recipient: { equals: user.id } }, { eventKey: { equals: event.eventKey } }] },
    })
    if (exists.totalDocs) continue
    const words = (event.worded && event.worded[await recipientLocale(payload, user)]) ?? { title: event.title, detail: event.detail }
    await payload.create({
      collection: 'notifications',
      data: {
        recipient: user.id,
        kind: event.kind,
        eventKey: event.eventKey,
        title: words.title,
        detail: words.detail,
        url: event.url,
        subjectCollection: event.subject.collection,
        subjectId: event.subject.id,
      },
    })
    recorded++
  }
  return recorded
}

/** Queues the event in the transaction of the change: if the change rolls back, nobody is told. */
export async function queueFollowEvent(req: PayloadRequest, event: FollowEvent): Promise<void> {
  await req.payload.jobs.queue({ task: 'followEvent', input: { event }, queue: followQueue, req })
}

export const followEventTask: TaskConfig<'followEvent'> = {
  slug: 'followEvent',
  label: 'Follow notifications',
  inputSchema: [{ name: 'event', type: 'json', required: true }],
  retries: 3,
  handler: async ({ input, req }) => ({ output: { recorded: await recordFollowEvent(req.payload, input.event as FollowEvent) } }),
}
