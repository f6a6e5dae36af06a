import type { Payload } from 'payload'

import { communeOf, isStaff } from '@/access/roles'
import { allAsUser, asUser } from '@/auth/asUser'
import { loadCommuneNames } from '@/communes/view'
import { zurichDay } from '@/fields/day'
import { idOf } from '@/fields/idOf'
import type { AlertAcknowledgement, DigitalIncident, RegionalAlert, SharedIncident, User } from '@/payload-types'

/** Still to be checked until the end of its last day (Zurich). */
const notExpired = (now: Date) => ({ expiresOn: { greater_than_equal: `${zurichDay(now)}T00:00:00.000Z` } })

export const isExpired = (alert: Pick<RegionalAlert, 'expiresOn'>, now = new Date()) => zurichDay(alert.expiresOn) < zurichDay(now)

/**
 * The alerts on the person's home page: published, not expired, and not yet checked by their commune. A person
 * without a commune sees them until they expire; the coordination, who raised them, does not get the banner.
 */
export async function loadAlertBanner(payload: Payload, user: User, now = new Date()): Promise<RegionalAlert[]> {
  if (isStaff(user)) return []
  const alerts = (
    await payload.find({
      collection: 'regional-alerts',
      ...allAsUser(user),
      where: { and: [{ status: { equals: 'published' } }, notExpired(now)] },
      sort: '-publishedAt',
    })
  ).docs
  const commune = communeOf(user)
  if (!alerts.length || !commune) return alerts
  const checked = await payload.find({
    collection: 'alert-acknowledgements',
    ...allAsUser(user),
    where: { and: [{ commune: { equals: commune } }, { alert: { in: alerts.map((alert) => alert.id) } }] },
    select: { alert: true },
  })
  const done = new Set(checked.docs.map((ack) => idOf(ack.alert)))
  return alerts.filter((alert) => !done.has(alert.id))
}

/** Which incidents of a commune's log were shared, by incident id (the register page shows it). */
export async function loadSharedByIncident(payload: Payload, user: User, commune: number): Promise<Map<number, SharedIncident>> {
  const { docs } = await payload.find({ collection: 'shared-incidents', ...allAsUser(user), where: { commune: { equals: commune } } })
  return new Map(docs.filter((doc) => doc.incident != null).map((doc) => [idOf(doc.incident), doc]))
}

export type ShareView = { incident: DigitalIncident; shared: SharedIncident | null; communeName: string }

/** The incident to share and what was already shared from it, read as the person (their commune's only). */
export async function loadShare(payload: Payload, user: User, incidentId: number): Promise<ShareView | null> {
  const incident = await payload.findByID({
    collection: 'digital-incidents',
    id: incidentId,
    depth: 1,
    disableErrors: true,
    ...asUser(user),
  })
  if (!incident) return null
  const shared = (
    await payload.find({ collection: 'shared-incidents', ...allAsUser(user), where: { incident: { equals: incidentId } }, limit: 1 })
  ).docs[0]
  const commune = incident.commune
  return {
    incident: { ...incident, commune: idOf(commune) },
    shared: shared ?? null,
    communeName: typeof commune === 'object' && commune ? commune.name : '',
  }
}

/** A shared incident as the coordination reads it: the commune named, and whether the others may know it. */
export type SharedIncidentRow = SharedIncident & { communeName: string }

const withCommuneNames = async (payload: Payload, user: User, docs: SharedIncident[]): Promise<SharedIncidentRow[]> => {
  const names = new Map((await loadCommuneNames(payload, user)).map((commune) => [commune.id, commune.name]))
  return docs.map((doc) => ({ ...doc, communeName: names.get(idOf(doc.commune)) ?? '' }))
}

export type AlertSummary = RegionalAlert & { checked: number; ownCheck: AlertAcknowledgement | null }
export type AlertsView = { alerts: AlertSummary[]; communes: number; shared: SharedIncidentRow[] }

/**
 * The alerts page: the published alerts (and, for the coordination, the drafts), each with how many communes have
 * checked it for the coordination, or whether the person's commune has; the coordination also gets the shared
 * incidents to raise alerts from.
 */
export async function loadAlerts(payload: Payload, user: User): Promise<AlertsView> {
  const staff = isStaff(user)
  const alerts = (await payload.find({ collection: 'regional-alerts', ...allAsUser(user), sort: '-createdAt' })).docs
  const own = communeOf(user)
  // Checks are the communes' (and the coordination's): a person without a commune has none to read.
  const acks =
    alerts.length && (staff || own)
      ? (
          await payload.find({
            collection: 'alert-acknowledgements',
            ...allAsUser(user),
            where: { alert: { in: alerts.map((alert) => alert.id) } },
          })
        ).docs
      : []
  const summaries = alerts.map((alert) => {
    const mine = acks.filter((ack) => idOf(ack.alert) === alert.id)
    return { ...alert, checked: mine.length, ownCheck: mine.find((ack) => idOf(ack.commune) === own) ?? null }
  })
  if (!staff) return { alerts: summaries, communes: 0, shared: [] }
  const [shared, communes] = await Promise.all([
    payload.find({ collection: 'shared-incidents', ...allAsUser(user), sort: '-createdAt' }),
    payload.count({ collection: 'communes', ...asUser(user) }),
  ])
  return { alerts: summaries, communes: communes.totalDocs, shared: await withCommuneNames(payload, user, shared.docs) }
}

export type CommuneCheck = { id: number; name: string; check: AlertAcknowledgement | null }
export type AlertView = {
  alert: RegionalAlert
  /** The coordination's view: every commune, checked or not, and the shared incidents behind the alert. */
  communes: CommuneCheck[] | null
  sources: SharedIncidentRow[]
  /** The person's own commune's check (members); null when not yet checked or when they have no commune. */
  ownCheck: AlertAcknowledgement | null
}

/** One alert, read as the person: members see their own commune's check only; the coordination sees every commune. */
export async function loadAlert(payload: Payload, user: User, id: number): Promise<AlertView | null> {
  const alert = await payload.findByID({ collection: 'regional-alerts', id, depth: 0, disableErrors: true, ...asUser(user) })
  if (!alert) return null
  const own = communeOf(user)
  // Checks are the communes' (and the coordination's): a person without a commune has none to read.
  const acks =
    isStaff(user) || own
      ? (await payload.find({ collection: 'alert-acknowledgements', ...allAsUser(user), where: { alert: { equals: id } } })).docs
      : []
  const ownCheck = own ? (acks.find((ack) => idOf(ack.commune) === own) ?? null) : null
  if (!isStaff(user)) return { alert, communes: null, sources: [], ownCheck }
  const sourceIds = (alert.incidents ?? []).map((incident) => idOf(incident))
  const [names, sources] = await Promise.all([
    loadCommuneNames(payload, user),
    sourceIds.length
      ? payload.find({ collection: 'shared-incidents', ...allAsUser(user), where: { id: { in: sourceIds } } }).then((found) => found.docs)
      : Promise.resolve([]),
  ])
  const byCommune = new Map(acks.map((ack) => [idOf(ack.commune), ack]))
  return {
    alert,
    communes: names.map((commune) => ({ id: commune.id, name: commune.name, check: byCommune.get(commune.id) ?? null })),
    sources: await withCommuneNames(payload, user, sources),
    ownCheck,
  }
}
