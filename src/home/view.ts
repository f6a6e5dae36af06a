import type { Payload, Where } from 'payload'

import { communeOf, decidesPriorities, isCommuneSteward, isStaff } from '@/access/roles'
import { canDecide } from '@/accounts/requests'
import { allAsUser, asUser } from '@/auth/asUser'
import { rolesViewer } from '@/cache/people'
import { sharedRead } from '@/cache/shared'
import { completion } from '@/checklists/completion'
import { publishedChecklists } from '@/checklists/publishedChecklists'
import { isReviewOverdue, reviewDueDate } from '@/checklists/review'
import type { ChecklistState } from '@/checklists/vocabulary'
import { withNames } from '@/contracts/view'
import { findEvents } from '@/events/view'
import { zurichDay } from '@/fields/day'
import { idOf } from '@/fields/idOf'
import type { AccountRequest, ActionItem, Contract, Event, Meeting, PriorityChange, Registration, User } from '@/payload-types'

import { actionUrgency, addDays, changesSince, nextAction, noticeDaysLeft, weekEnd } from './urgency'

/**
 * The home page's reads: what needs this person, block by block, each read as the person (access rules apply) and
 * all in parallel. A block the person's roles do not call for is `null` (the page leaves it out); an empty list is a
 * block with nothing to do (the page says so and what to do instead).
 */

/** How many waiting requests the home page lists before « Voir toutes les demandes ». */
export const requestsShown = 5

/**
 * Account requests waiting for a decision that this person may take: their commune's (a validator), every commune's
 * (coordinators, admins). The commune filter repeats the access rule, so that a validator who is also staff sees
 * every commune's and one who is not never sees another's, even if a rule loosened.
 */
const waitingRequestsWhere = (user: User): Where => {
  const pending: Where = { status: { equals: 'pending' } }
  return isStaff(user) ? pending : { and: [pending, { commune: { equals: communeOf(user) } }] }
}

/** The count beside « Ma commune » in the menu: waiting account requests for this person, 0 for those who decide none. */
export async function countWaitingRequests(payload: Payload, user: User): Promise<number> {
  if (!canDecide(user)) return 0
  return (await payload.count({ collection: 'account-requests', ...asUser(user), where: waitingRequestsWhere(user) })).totalDocs
}

export type WaitingRequests = { total: number; items: AccountRequest[] }

async function loadWaitingRequests(payload: Payload, user: User): Promise<WaitingRequests | null> {
  if (!canDecide(user)) return null
  const { docs, totalDocs } = await payload.find({
    collection: 'account-requests',
    ...asUser(user),
    where: waitingRequestsWhere(user),
    sort: 'createdAt',
    limit: requestsShown,
    depth: 1,
    populate: { communes: { name: true } },
  })
  return { total: totalDocs, items: docs }
}

export type DueActions = { overdue: ActionItem[]; thisWeek: ActionItem[] }

/** The person's own open action items (as /seances/actions « Mes actions »), overdue or due by Sunday. */
async function loadDueActions(payload: Payload, user: User, today: string): Promise<DueActions> {
  const { docs } = await payload.find({
    collection: 'action-items',
    ...allAsUser(user),
    where: {
      and: [
        { status: { equals: 'open' } },
        { owner: { equals: user.id } },
        // A day of margin: the due day is compared in Zurich time below.
        { dueDate: { less_than: `${addDays(weekEnd(today), 2)}T00:00:00.000Z` } },
      ],
    },
    sort: 'dueDate',
  })
  return {
    overdue: docs.filter((action) => actionUrgency(action.dueDate, today) === 'overdue'),
    thisWeek: docs.filter((action) => actionUrgency(action.dueDate, today) === 'thisWeek'),
  }
}

/** Priority proposals waiting for the Comité (COPIL members; coordinators decide on its behalf), oldest first. */
async function loadWaitingProposals(payload: Payload, user: User): Promise<PriorityChange[] | null> {
  if (!decidesPriorities(user)) return null
  return (
    await payload.find({
      collection: 'priority-changes',
      ...allAsUser(user),
      depth: 1,
      where: { status: { equals: 'pending' } },
      sort: 'createdAt',
      populate: { measures: { number: true, title: true } },
    })
  ).docs
}

export type GuideToReview = { id: number; title: string; slug: string; dueDate: string }

/** Published guides this person is responsible for whose review date has passed (what the 07:00 reminder says). */
async function loadGuidesToReview(payload: Payload, user: User, now: Date): Promise<GuideToReview[]> {
  const { docs } = await payload.find({
    collection: 'guides',
    ...allAsUser(user),
    where: { and: [{ owner: { equals: user.id } }, { _status: { equals: 'published' } }] },
    sort: 'lastReviewedAt',
    select: { title: true, slug: true, lastReviewedAt: true, reviewIntervalMonths: true },
  })
  return docs
    .filter((guide) => isReviewOverdue(guide, now))
    .map((guide) => ({ id: guide.id, title: guide.title, slug: guide.slug, dueDate: reviewDueDate(guide).toISOString() }))
}

export type ContractDeadline = { contract: Contract; daysLeft: number }

/** The commune's contracts whose last day to give notice is within 90 days: for its secretary and its référent. */
async function loadContractDeadlines(payload: Payload, user: User, today: string): Promise<ContractDeadline[] | null> {
  if (!isCommuneSteward(user)) return null
  const { docs } = await payload.find({
    collection: 'contracts',
    ...allAsUser(user),
    ...withNames,
    where: {
      and: [
        { commune: { equals: communeOf(user) } },
        { noticeDeadline: { greater_than_equal: `${addDays(today, -1)}T00:00:00.000Z` } },
        { noticeDeadline: { less_than: `${addDays(today, 92)}T00:00:00.000Z` } },
      ],
    },
    sort: 'noticeDeadline',
  })
  return docs.flatMap((contract) => {
    const daysLeft = noticeDaysLeft(contract.noticeDeadline, today)
    return daysLeft === null ? [] : [{ contract, daysLeft }]
  })
}

export type GuideProgress = {
  title: string
  slug: string
  percent: number
  /** The first action neither done nor not applicable, or null when the checklist is complete. */
  next: { key: string; label: string } | null
}

/** The commune's progress on every published guide's checklist, with its next action. */
async function loadChecklistProgress(payload: Payload, user: User): Promise<GuideProgress[] | null> {
  const commune = communeOf(user)
  if (!commune) return null
  const [guides, answers] = await Promise.all([
    publishedChecklists(payload, user),
    payload.find({
      collection: 'checklist-progress',
      ...allAsUser(user),
      where: { commune: { equals: commune } },
      select: { guide: true, itemKey: true, state: true },
    }),
  ])
  return guides.docs
    .filter((guide) => (guide.checklist ?? []).length > 0)
    .map((guide) => {
      const states = new Map<string, ChecklistState>(
        answers.docs.filter((a) => idOf(a.guide) === guide.id).map((a) => [a.itemKey, a.state]),
      )
      const checklist = (guide.checklist ?? []).map((item) => ({ key: item.key, label: item.label }))
      return {
        title: guide.title,
        slug: guide.slug,
        percent: completion(
          checklist.map((item) => item.key),
          states,
        ),
        next: nextAction(checklist, states),
      }
    })
}

export type Agenda = { registrations: (Registration & { event: Event })[]; nextEvents: Event[] }

/** The person's registrations to events still to come, and the next three events (registered or not). */
async function loadAgenda(payload: Payload, user: User, now: Date): Promise<Agenda> {
  const [registrations, nextEvents] = await Promise.all([
    payload.find({
      collection: 'registrations',
      ...allAsUser(user),
      depth: 1,
      where: { and: [{ user: { equals: user.id } }, { status: { not_equals: 'cancelled' } }] },
      populate: { events: { title: true, startsAt: true, endsAt: true, cancelled: true, _status: true } },
    }),
    findEvents(payload, user, { from: now, limit: 3 }),
  ])
  const upcoming = registrations.docs
    .filter((r): r is Registration & { event: Event } => typeof r.event === 'object' && r.event !== null)
    .filter((r) => r.event._status === 'published' && new Date(r.event.endsAt) >= now)
    .sort((a, b) => a.event.startsAt.localeCompare(b.event.startsAt))
  return { registrations: upcoming, nextEvents: nextEvents.filter((event) => !event.cancelled) }
}

export type Changes = {
  since: Date
  firstVisit: boolean
  guides: { id: number; title: string; slug: string }[]
  decisions: PriorityChange[]
  minutes: Meeting[]
}

/** What is new since the person's previous login: guides published, priority decisions, minutes approved. */
async function loadChanges(payload: Payload, user: User, now: Date): Promise<Changes> {
  const { since, firstVisit } = changesSince(user.previousLoginAt, now)
  // Everyone with the same roles who logged in at the same moment sees the same: kept in the shared cache. A first
  // visit looks 30 days back from the current minute (so that its requests of one minute share one read).
  const from = firstVisit ? new Date(Math.floor(since.getTime() / 60_000) * 60_000) : since
  return sharedRead(payload, ['guides', 'priority-changes', 'measures', 'meetings'], `${rolesViewer(user)}|${from.toISOString()}`, () =>
    readChanges(payload, user, from, firstVisit),
  )
}

async function readChanges(payload: Payload, user: User, since: Date, firstVisit: boolean): Promise<Changes> {
  const after = since.toISOString()
  const [guides, decisions, minutes] = await Promise.all([
    payload.find({
      collection: 'guides',
      ...asUser(user),
      where: { and: [{ _status: { equals: 'published' } }, { createdAt: { greater_than: after } }] },
      sort: '-createdAt',
      limit: 10,
      depth: 0,
      select: { title: true, slug: true },
    }),
    payload.find({
      collection: 'priority-changes',
      ...asUser(user),
      where: { and: [{ status: { not_equals: 'pending' } }, { decidedAt: { greater_than: after } }] },
      sort: '-decidedAt',
      limit: 10,
      depth: 1,
      populate: { measures: { number: true, title: true } },
    }),
    payload.find({
      collection: 'meetings',
      ...asUser(user),
      where: { and: [{ status: { equals: 'approved' } }, { approvedAt: { greater_than: after } }] },
      sort: '-approvedAt',
      limit: 10,
      depth: 0,
      select: { title: true, startsAt: true, committeeSlug: true, approvedAt: true },
    }),
  ])
  return { since, firstVisit, guides: guides.docs, decisions: decisions.docs, minutes: minutes.docs as Meeting[] }
}

export type HomeView = {
  requests: WaitingRequests | null
  actions: DueActions
  proposals: PriorityChange[] | null
  reviews: GuideToReview[]
  contracts: ContractDeadline[] | null
  checklists: GuideProgress[] | null
  agenda: Agenda
  changes: Changes
}

/** Everything the home page shows, read as the person, in parallel. */
export async function loadHome(payload: Payload, user: User, now = new Date()): Promise<HomeView> {
  const today = zurichDay(now)
  const [requests, actions, proposals, reviews, contracts, checklists, agenda, changes] = await Promise.all([
    loadWaitingRequests(payload, user),
    loadDueActions(payload, user, today),
    loadWaitingProposals(payload, user),
    loadGuidesToReview(payload, user, now),
    loadContractDeadlines(payload, user, today),
    loadChecklistProgress(payload, user),
    loadAgenda(payload, user, now),
    loadChanges(payload, user, now),
  ])
  return { requests, actions, proposals, reviews, contracts, checklists, agenda, changes }
}
