import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { contentViewer } from '@/cache/people'
import { sharedRead } from '@/cache/shared'
import { longDate } from '@/format/dates'
import type { Measure, User } from '@/payload-types'

import { longMeasureFields, measureAxes, measureStatuses, trackedMeasureFields } from './vocabulary'

/** `automatic`: Relais made the change (a linked deliverable was published); `detail` then says which. */
export type TimelineEntry = { at: string; title: string; who: string; why?: string; detail?: string; automatic?: boolean }

const shown = (field: string, value: string | null | undefined) => {
  if (!value) return '–'
  if (field === 'status') return measureStatuses[value as keyof typeof measureStatuses] ?? value
  if (field === 'progress') return `${value} %`
  if (field === 'targetDate') return longDate(value)
  if (field === 'axis') return measureAxes[value as keyof typeof measureAxes] ?? value
  return value
}

const change = (label: string, from: unknown, to: unknown) => (to == null || to === from ? null : `${label} ${from} → ${to}`)

/**
 * Everything that happened to a measure, newest first: proposals and their decisions, and the direct
 * updates (one entry per save, however many fields it changed). Priority updates made by a validation are told by the decision itself.
 */
export const measureTimeline = (payload: Payload, user: User, measure: Measure): Promise<TimelineEntry[]> =>
  // Proposals and updates are read alike by every member (names are stored on them): kept in the shared cache.
  sharedRead(payload, ['priority-changes', 'measure-updates'], `${contentViewer(user)}|${measure.id}`, () =>
    readTimeline(payload, user, measure),
  )

async function readTimeline(payload: Payload, user: User, measure: Measure): Promise<TimelineEntry[]> {
  const [proposals, updates] = await Promise.all([
    payload.find({ collection: 'priority-changes', ...allAsUser(user), where: { measure: { equals: measure.id } } }),
    payload.find({ collection: 'measure-updates', ...allAsUser(user), where: { measure: { equals: measure.id } } }),
  ])
  const entries: TimelineEntry[] = []
  for (const p of proposals.docs) {
    const what = [change('priorité', p.fromPriority, p.toPriority), change('rang', p.fromRank, p.toRank)].filter(Boolean).join(', ')
    entries.push({ at: p.createdAt, title: `Proposition : ${what}`, who: p.proposedByName ?? '', why: p.rationale })
    if (p.status !== 'pending' && p.decidedAt)
      entries.push({
        at: p.decidedAt,
        title: `${p.status === 'approved' ? 'Proposition validée' : 'Proposition refusée'} (${what})`,
        who: p.decidedByName ?? '',
        why: p.decisionComment ?? undefined,
        detail: p.meeting ? `Au nom du Comité, séance : ${p.meeting}` : undefined,
      })
  }
  for (const u of updates.docs) {
    if (u.proposal) continue
    const changes = u.changes ?? []
    const long = changes.filter((c) => longMeasureFields.includes(c.field))
    entries.push({
      at: u.createdAt,
      title: changes
        .map(({ field, from, to }) =>
          longMeasureFields.includes(field)
            ? `${trackedMeasureFields[field]} modifié`
            : `${trackedMeasureFields[field]} : ${shown(field, from)} → ${shown(field, to)}`,
        )
        .join(' ; '),
      who: u.automatic ? '' : (u.byName ?? ''),
      why: u.automatic ? undefined : (u.note ?? undefined),
      detail: u.automatic
        ? (u.note ?? 'Automatiquement')
        : long.length
          ? long.map((c) => `${trackedMeasureFields[c.field]} avant : ${c.from || '–'}`).join(' · ')
          : undefined,
      automatic: u.automatic === true,
    })
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at))
}
