import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { reviewDueDate } from '@/checklists/review'
import { idOf } from '@/fields/idOf'
import { longDate, longDateTime } from '@/format/dates'
import type { UiLocale } from '@/i18n/locales'
import { type Translate, translatorFor } from '@/i18n/translator'
import type { User } from '@/payload-types'

/**
 * One thing waiting for the coordinator: what it is, a detail, and the admin page where it is dealt with; `also`: a
 * second link (the reported content's page, beside its report).
 */
export type WaitingItem = { key: string; title: string; detail: string; href: string; also?: { label: string; href: string } }

/** A section of the dashboard: its heading, what it is about, what waits, and what to say when nothing does. */
export type WaitingSection = { key: string; heading: string; about: string; empty: string; items: WaitingItem[]; listHref: string }

/** A guide shows from this many days before its review falls due. */
export const REVIEW_SOON_DAYS = 30
/** An event shows once this share of its places is taken. */
export const NEARLY_FULL = 0.9

const edit = (collection: string, id: number | string) => `/admin/collections/${collection}/${id}`
const list = (collection: string) => `/admin/collections/${collection}`

/** The dashboard's texts and dates in the reader's language. */
type Words = { t: Translate; locale: UiLocale }

/** Account requests of communes that have no (active) validator: nobody but the coordinators decides them. */
async function requestsWithoutValidator(payload: Payload, user: User, { t, locale }: Words): Promise<WaitingItem[]> {
  const pending = await payload.find({
    collection: 'account-requests',
    where: { status: { equals: 'pending' } },
    sort: 'createdAt',
    ...allAsUser(user),
    depth: 1,
  })
  if (!pending.docs.length) return []
  const communeIds = [...new Set(pending.docs.map((request) => idOf(request.commune)).filter(Boolean))]
  const validators = await payload.find({
    collection: 'users',
    where: { and: [{ commune: { in: communeIds } }, { communeValidator: { equals: true } }, { disabled: { not_equals: true } }] },
    ...allAsUser(user),
  })
  const covered = new Set(validators.docs.map((validator) => idOf(validator.commune)))
  return pending.docs
    .filter((request) => !covered.has(idOf(request.commune)))
    .map((request) => ({
      key: `request-${request.id}`,
      title: request.name,
      detail: `${typeof request.commune === 'object' && request.commune ? request.commune.name : t('unknownCommune')} · ${t('requestOf', { date: longDate(request.createdAt, locale) })}`,
      href: edit('account-requests', request.id),
    }))
}

/** Priority proposals of the COTEC still pending: the Comité (COPIL) decides them at its next meeting. */
async function pendingProposals(payload: Payload, user: User, { t, locale }: Words): Promise<WaitingItem[]> {
  const { docs } = await payload.find({
    collection: 'priority-changes',
    where: { status: { equals: 'pending' } },
    sort: 'createdAt',
    ...allAsUser(user),
    depth: 1,
  })
  return docs.map((proposal) => {
    const measure = typeof proposal.measure === 'object' ? proposal.measure : null
    const change = [
      proposal.toPriority && proposal.toPriority !== proposal.fromPriority
        ? t('priority', { from: proposal.fromPriority ?? '—', to: proposal.toPriority })
        : null,
      proposal.toRank && proposal.toRank !== proposal.fromRank ? t('rank', { from: proposal.fromRank ?? '—', to: proposal.toRank }) : null,
    ].filter(Boolean)
    return {
      key: `proposal-${proposal.id}`,
      title: measure ? t('measure', { number: measure.number, title: measure.title }) : t('measureOnly'),
      detail: [change.join(', '), t('proposedOn', { date: longDate(proposal.createdAt, locale) })].filter(Boolean).join(' · '),
      href: edit('priority-changes', proposal.id),
    }
  })
}

/** Published guides whose review is overdue or falls due within REVIEW_SOON_DAYS. */
async function guidesDueForReview(payload: Payload, user: User, now: Date, { t, locale }: Words): Promise<WaitingItem[]> {
  const { docs } = await payload.find({ collection: 'guides', where: { _status: { equals: 'published' } }, ...allAsUser(user) })
  const soon = now.getTime() + REVIEW_SOON_DAYS * 24 * 3600 * 1000
  return docs
    .map((guide) => ({ guide, due: reviewDueDate(guide) }))
    .filter(({ due }) => due.getTime() <= soon)
    .sort((a, b) => a.due.getTime() - b.due.getTime())
    .map(({ guide, due }) => ({
      key: `guide-${guide.id}`,
      title: guide.title,
      detail: t(due.getTime() < now.getTime() ? 'reviewLate' : 'reviewBy', { date: longDate(due, locale) }),
      href: edit('guides', guide.id),
    }))
}

/** Upcoming events with a capacity that are nearly full, full or with people waiting. */
async function eventsNearlyFull(payload: Payload, user: User, now: Date, { t, locale }: Words): Promise<WaitingItem[]> {
  const { docs } = await payload.find({
    collection: 'events',
    where: {
      and: [{ startsAt: { greater_than: now.toISOString() } }, { capacity: { exists: true } }, { cancelled: { not_equals: true } }],
    },
    sort: 'startsAt',
    ...allAsUser(user),
  })
  const counted = await Promise.all(
    docs
      .filter((event) => event.capacity)
      .map(async (event) => {
        const count = (status: string) =>
          payload.count({
            collection: 'registrations',
            where: { and: [{ event: { equals: event.id } }, { status: { equals: status } }] },
            user,
            overrideAccess: false,
          })
        const [confirmed, waiting] = await Promise.all([count('confirmed'), count('waitlisted')])
        return { event, confirmed: confirmed.totalDocs, waiting: waiting.totalDocs }
      }),
  )
  return counted
    .filter(({ event, confirmed, waiting }) => waiting > 0 || confirmed >= event.capacity! * NEARLY_FULL)
    .map(({ event, confirmed, waiting }) => ({
      key: `event-${event.id}`,
      title: event.title,
      detail: [
        longDateTime(event.startsAt, locale),
        confirmed >= event.capacity! ? t('full') : t('free', { count: event.capacity! - confirmed }),
        t('registered', { count: confirmed, capacity: event.capacity! }),
        waiting ? t('waiting', { count: waiting }) : null,
      ]
        .filter(Boolean)
        .join(' · '),
      href: edit('events', event.id),
    }))
}

/** Contents members reported as needing an update, still open: the report to deal with, and the content's page. */
async function openReports(payload: Payload, user: User, { t, locale }: Words): Promise<WaitingItem[]> {
  const { docs } = await payload.find({
    collection: 'content-reports',
    where: { status: { equals: 'ouvert' } },
    sort: 'createdAt',
    ...allAsUser(user),
  })
  const targets = translatorFor(locale, 'vocab.contentReports.targets')
  return docs.map((report) => ({
    key: `report-${report.id}`,
    title: report.targetTitle || targets(report.targetKind),
    detail: [
      targets(report.targetKind),
      t('reportedOn', { date: longDate(report.createdAt, locale) }),
      report.section ? t('section', { section: report.section }) : null,
      report.message.length > 140 ? `${report.message.slice(0, 139)}…` : report.message,
    ]
      .filter(Boolean)
      .join(' · '),
    href: edit('content-reports', report.id),
    ...(report.targetPath ? { also: { label: t('seeContent'), href: report.targetPath } } : {}),
  }))
}

/** Guides, events and initiatives saved as drafts and never published. */
async function unpublishedDrafts(payload: Payload, user: User, { t, locale }: Words): Promise<WaitingItem[]> {
  const kinds = ['guides', 'events', 'initiatives'] as const
  const found = await Promise.all(
    kinds.map(async (collection) => {
      const { docs } = await payload.find({ collection, where: { _status: { equals: 'draft' } }, sort: '-updatedAt', ...allAsUser(user) })
      return docs.map((doc) => ({
        key: `${collection}-${doc.id}`,
        title: doc.title,
        detail: `${t(`drafts.${collection}`)} · ${t('modifiedOn', { date: longDate(doc.updatedAt, locale) })}`,
        href: edit(collection, doc.id),
        updatedAt: doc.updatedAt,
      }))
    }),
  )
  return found
    .flat()
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map(({ updatedAt: _updatedAt, ...item }) => item)
}

/**
 * What waits for a coordinator, read as the person (`overrideAccess: false`): the admin's first page. Someone who
 * may not read a collection gets an empty section rather than an error.
 */
export async function loadCoordinatorDashboard(
  payload: Payload,
  user: User,
  now = new Date(),
  /** The reader's language: the request's by default. */
  locale?: UiLocale,
): Promise<WaitingSection[]> {
  // Imported here: the request's language needs the Payload config, which a test loads later than this module.
  locale ??= await (await import('@/i18n/server')).currentLocale()
  const words: Words = { t: translatorFor(locale, 'home.dashboard'), locale }
  const { t } = words
  const safely = (read: Promise<WaitingItem[]>) => read.catch(() => [] as WaitingItem[])
  const [requests, proposals, reports, guides, events, drafts] = await Promise.all([
    safely(requestsWithoutValidator(payload, user, words)),
    safely(pendingProposals(payload, user, words)),
    safely(openReports(payload, user, words)),
    safely(guidesDueForReview(payload, user, now, words)),
    safely(eventsNearlyFull(payload, user, now, words)),
    safely(unpublishedDrafts(payload, user, words)),
  ])
  const section = (key: string, texts: string, items: WaitingItem[], listHref: string, values?: Record<string, number>) => ({
    key,
    heading: t(`${texts}.heading`),
    about: t(`${texts}.about`, values),
    empty: t(`${texts}.empty`),
    items,
    listHref,
  })
  return [
    section('requests', 'requests', requests, list('account-requests')),
    section('proposals', 'proposals', proposals, list('priority-changes')),
    section('reports', 'reports', reports, `${list('content-reports')}?where[status][equals]=ouvert`),
    section('guides', 'guides', guides, list('guides'), { days: REVIEW_SOON_DAYS }),
    section('events', 'events', events, list('events')),
    section('drafts', 'draftsSection', drafts, list('guides')),
  ]
}
