import type { Payload, Where } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { toCsv } from '@/export/csv'
import type { Translate } from '@/i18n/translator'
import type { User } from '@/payload-types'

import { requestStatuses, type RequestStatus } from './vocabulary'

export type RequestFilters = { status: RequestStatus | 'all'; commune: number | null; q: string }

/** Filters from the query string, with safe defaults (pending requests first: they wait for someone). */
export function parseFilters(params: Record<string, string | undefined>): RequestFilters {
  const status =
    params.etat && (params.etat === 'all' || params.etat in requestStatuses) ? (params.etat as RequestFilters['status']) : 'pending'
  const commune = params.commune && /^\d+$/.test(params.commune) ? Number(params.commune) : null
  return { status, commune, q: (params.q ?? '').trim().slice(0, 100) }
}

/** The requests the user may see (access rules apply), filtered. */
export async function listRequests(payload: Payload, user: User, filters: RequestFilters) {
  const and: Where[] = []
  if (filters.status !== 'all') and.push({ status: { equals: filters.status } })
  if (filters.commune) and.push({ commune: { equals: filters.commune } })
  if (filters.q) and.push({ or: [{ name: { like: filters.q } }, { email: { like: filters.q } }, { function: { like: filters.q } }] })
  const { docs } = await payload.find({
    collection: 'account-requests',
    ...allAsUser(user),
    depth: 1,
    where: and.length ? { and } : undefined,
    sort: '-createdAt',
  })
  return docs
}

/** The requests as CSV, headers and statuses in `t`'s language (`t`: the `accounts` catalogue). */
export function requestsCsv(requests: Awaited<ReturnType<typeof listRequests>>, t: Translate): string {
  const date = (iso?: string | null) => (iso ? iso.slice(0, 10) : '')
  const header = ['name', 'email', 'commune', 'function', 'role', 'status', 'submitted', 'decided', 'decidedBy', 'comment'].map((key) =>
    t(`csv.${key}`),
  )
  const rows = requests.map((r) => [
    r.name,
    r.email,
    typeof r.commune === 'object' ? r.commune.name : r.commune,
    r.function,
    r.requestedRole,
    t(`status.${r.status}`),
    date(r.createdAt),
    date(r.decidedAt),
    typeof r.decidedBy === 'object' ? r.decidedBy?.name : '',
    r.decisionComment,
  ])
  return toCsv([header, ...rows])
}
