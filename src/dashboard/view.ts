import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { reviewDueDate } from '@/checklists/review'
import { reportTargets } from '@/contentReports/vocabulary'
import { idOf } from '@/fields/idOf'
import { longDate, longDateTime } from '@/format/dates'
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

/** Account requests of communes that have no (active) validator: nobody but the coordinators decides them. */
async function requestsWithoutValidator(payload: Payload, user: User): Promise<WaitingItem[]> {
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
      detail: `${typeof request.commune === 'object' && request.commune ? request.commune.name : 'Commune inconnue'} · demande du ${longDate(request.createdAt)}`,
      href: edit('account-requests', request.id),
    }))
}

/** Priority proposals of the COTEC still pending: the Comité (COPIL) decides them at its next meeting. */
async function pendingProposals(payload: Payload, user: User): Promise<WaitingItem[]> {
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
        ? `priorité ${proposal.fromPriority ?? '—'} → ${proposal.toPriority}`
        : null,
      proposal.toRank && proposal.toRank !== proposal.fromRank ? `rang ${proposal.fromRank ?? '—'} → ${proposal.toRank}` : null,
    ].filter(Boolean)
    return {
      key: `proposal-${proposal.id}`,
      title: measure ? `Mesure ${measure.number} : ${measure.title}` : 'Mesure',
      detail: [change.join(', '), `proposée le ${longDate(proposal.createdAt)}`].filter(Boolean).join(' · '),
      href: edit('priority-changes', proposal.id),
    }
  })
}

/** Published guides whose review is overdue or falls due within REVIEW_SOON_DAYS. */
async function guidesDueForReview(payload: Payload, user: User, now: Date): Promise<WaitingItem[]> {
  const { docs } = await payload.find({ collection: 'guides', where: { _status: { equals: 'published' } }, ...allAsUser(user) })
  const soon = now.getTime() + REVIEW_SOON_DAYS * 24 * 3600 * 1000
  return docs
    .map((guide) => ({ guide, due: reviewDueDate(guide) }))
    .filter(({ due }) => due.getTime() <= soon)
    .sort((a, b) => a.due.getTime() - b.due.getTime())
    .map(({ guide, due }) => ({
      key: `guide-${guide.id}`,
      title: guide.title,
      detail: due.getTime() < now.getTime() ? `relecture en retard depuis le ${longDate(due)}` : `à relire d’ici le ${longDate(due)}`,
      href: edit('guides', guide.id),
    }))
}

/** Upcoming events with a capacity that are nearly full, full or with people waiting. */
async function eventsNearlyFull(payload: Payload, user: User, now: Date): Promise<WaitingItem[]> {
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
        longDateTime(event.startsAt),
        confirmed >= event.capacity!
          ? 'complet'
          : `${event.capacity! - confirmed} place${event.capacity! - confirmed > 1 ? 's' : ''} libre${event.capacity! - confirmed > 1 ? 's' : ''}`,
        `${confirmed} inscrit·es sur ${event.capacity}`,
        waiting ? `${waiting} en liste d’attente` : null,
      ]
        .filter(Boolean)
        .join(' · '),
      href: edit('events', event.id),
    }))
}

/** Contents members reported as needing an update, still open: the report to deal with, and the content's page. */
async function openReports(payload: Payload, user: User): Promise<WaitingItem[]> {
  const { docs } = await payload.find({
    collection: 'content-reports',
    where: { status: { equals: 'ouvert' } },
    sort: 'createdAt',
    ...allAsUser(user),
  })
  return docs.map((report) => ({
    key: `report-${report.id}`,
    title: report.targetTitle || reportTargets[report.targetKind],
    detail: [
      reportTargets[report.targetKind],
      `signalé le ${longDate(report.createdAt)}`,
      report.section ? `partie : ${report.section}` : null,
      report.message.length > 140 ? `${report.message.slice(0, 139)}…` : report.message,
    ]
      .filter(Boolean)
      .join(' · '),
    href: edit('content-reports', report.id),
    ...(report.targetPath ? { also: { label: 'Voir le contenu', href: report.targetPath } } : {}),
  }))
}

/** Guides, events and initiatives saved as drafts and never published. */
async function unpublishedDrafts(payload: Payload, user: User): Promise<WaitingItem[]> {
  const kinds = [
    { collection: 'guides', label: 'Guide' },
    { collection: 'events', label: 'Événement' },
    { collection: 'initiatives', label: 'Initiative' },
  ] as const
  const found = await Promise.all(
    kinds.map(async ({ collection, label }) => {
      const { docs } = await payload.find({ collection, where: { _status: { equals: 'draft' } }, sort: '-updatedAt', ...allAsUser(user) })
      return docs.map((doc) => ({
        key: `${collection}-${doc.id}`,
        title: doc.title,
        detail: `${label} · modifié le ${longDate(doc.updatedAt)}`,
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
export async function loadCoordinatorDashboard(payload: Payload, user: User, now = new Date()): Promise<WaitingSection[]> {
  const safely = (read: Promise<WaitingItem[]>) => read.catch(() => [] as WaitingItem[])
  const [requests, proposals, reports, guides, events, drafts] = await Promise.all([
    safely(requestsWithoutValidator(payload, user)),
    safely(pendingProposals(payload, user)),
    safely(openReports(payload, user)),
    safely(guidesDueForReview(payload, user, now)),
    safely(eventsNearlyFull(payload, user, now)),
    safely(unpublishedDrafts(payload, user)),
  ])
  return [
    {
      key: 'requests',
      heading: 'Demandes de compte à décider par la coordination',
      about: 'Communes sans secrétaire ni personne déléguée pour valider : la coordination décide.',
      empty: 'Aucune demande n’attend la coordination.',
      items: requests,
      listHref: list('account-requests'),
    },
    {
      key: 'proposals',
      heading: 'Propositions à porter au Comité',
      about: 'Propositions de priorité du COTEC en attente de la décision du Comité (COPIL).',
      empty: 'Aucune proposition en attente.',
      items: proposals,
      listHref: list('priority-changes'),
    },
    {
      key: 'reports',
      heading: 'Contenus signalés à mettre à jour',
      about: 'Signalements ouverts des membres sur un guide, une question ou un modèle : corrigez le contenu, puis marquez-les traités.',
      empty: 'Aucun signalement ouvert.',
      items: reports,
      listHref: `${list('content-reports')}?where[status][equals]=ouvert`,
    },
    {
      key: 'guides',
      heading: 'Guides à relire',
      about: `Relecture en retard ou prévue dans les ${REVIEW_SOON_DAYS} prochains jours.`,
      empty: 'Aucun guide à relire pour le moment.',
      items: guides,
      listHref: list('guides'),
    },
    {
      key: 'events',
      heading: 'Événements presque complets',
      about: 'Événements à venir remplis à 90 % ou plus, ou avec une liste d’attente.',
      empty: 'Aucun événement presque complet.',
      items: events,
      listHref: list('events'),
    },
    {
      key: 'drafts',
      heading: 'Brouillons jamais publiés',
      about: 'Guides, événements et initiatives enregistrés comme brouillons, invisibles des membres.',
      empty: 'Aucun brouillon en attente.',
      items: drafts,
      listHref: list('guides'),
    },
  ]
}
