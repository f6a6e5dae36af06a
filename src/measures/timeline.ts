import type { Payload } from 'payload'

import { allAsUser } from '@/auth/asUser'
import { contentViewer } from '@/cache/people'
import { sharedRead } from '@/cache/shared'
import { longDate } from '@/format/dates'
import type { UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { Measure, User } from '@/payload-types'

import { longMeasureFields, type MeasureAxis, measureLabels, type MeasureStatus } from './vocabulary'

/** `automatic`: Relais made the change (a linked deliverable was published); `detail` then says which. */
export type TimelineEntry = { at: string; title: string; who: string; why?: string; detail?: string; automatic?: boolean }

const shown = (field: string, value: string | null | undefined, locale: UiLocale) => {
  if (!value) return '–'
  const labels = measureLabels(locale)
  if (field === 'status') return labels.statuses[value as MeasureStatus] ?? value
  if (field === 'progress') return `${value} %`
  if (field === 'targetDate') return longDate(value, locale)
  if (field === 'axis') return labels.axes[value as MeasureAxis] ?? value
  return value
}

const change = (label: string, from: unknown, to: unknown) => (to == null || to === from ? null : `${label} ${from} → ${to}`)

/**
 * Everything that happened to a measure, newest first: proposals and their decisions, and the direct
 * updates (one entry per save, however many fields it changed). Priority updates made by a validation are told by the decision itself.
 */
export const measureTimeline = (payload: Payload, user: User, measure: Measure, locale: UiLocale): Promise<TimelineEntry[]> =>
  // Proposals and updates are read alike by every member (names are stored on them): kept in the shared cache, one
  // copy per language.
  sharedRead(payload, ['priority-changes', 'measure-updates'], `${contentViewer(user)}|${measure.id}|${locale}`, () =>
    readTimeline(payload, user, measure, locale),
  )

async function readTimeline(payload: Payload, user: User, measure: Measure, locale: UiLocale): Promise<TimelineEntry[]> {
  const t = translatorFor(locale, 'measures.timeline')
  const fields = measureLabels(locale).fields
  const [proposals, updates] = await Promise.all([
    payload.find({ collection: 'priority-changes', ...allAsUser(user), where: { measure: { equals: measure.id } } }),
    payload.find({ collection: 'measure-updates', ...allAsUser(user), where: { measure: { equals: measure.id } } }),
  ])
  const entries: TimelineEntry[] = []
  for (const p of proposals.docs) {
    const what = [change(t('priority'), p.fromPriority, p.toPriority), change(t('rank'), p.fromRank, p.toRank)].filter(Boolean).join(', ')
    entries.push({ at: p.createdAt, title: t('proposal', { what }), who: p.proposedByName ?? '', why: p.rationale })
    if (p.status !== 'pending' && p.decidedAt)
      entries.push({
        at: p.decidedAt,
        title: t(p.status === 'approved' ? 'approved' : 'rejected', { what }),
        who: p.decidedByName ?? '',
        why: p.decisionComment ?? undefined,
        detail: p.meeting ? t('onBehalf', { meeting: p.meeting }) : undefined,
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
            ? t('changed', { field: fields[field] })
            : t('changedFromTo', { field: fields[field], from: shown(field, from, locale), to: shown(field, to, locale) }),
        )
        .join(t('separator')),
      who: u.automatic ? '' : (u.byName ?? ''),
      why: u.automatic ? undefined : (u.note ?? undefined),
      detail: u.automatic
        ? (u.note ?? t('automatic'))
        : long.length
          ? long.map((c) => t('before', { field: fields[c.field], value: c.from || '–' })).join(' · ')
          : undefined,
      automatic: u.automatic === true,
    })
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at))
}
