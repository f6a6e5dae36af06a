import type { Payload, Where } from 'payload'

import { type AccessUser, communeOf, isAdmin, isStaff, roles } from '@/access/roles'
import { requestLanguage } from '@/admin/language'
import { zurichInstant } from '@/calendar/zurich'
import { toCsv } from '@/export/csv'
import { longDate, clockTime } from '@/format/dates'
import { messageAt } from '@/i18n/labels'
import { contentLocale, defaultLocale, type UiLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { AuditEvent, User } from '@/payload-types'

import type { FieldChange } from './record'
import { type AuditAction, auditActionLabels, auditActions, type AuditTarget, auditTargetLabels, auditTargets } from './vocabulary'

/** Who reads the journal: staff (every commune) and a commune's validators (their commune's rows). */
export const canReadAudit = (user: AccessUser) => isStaff(user) || Boolean(user?.communeValidator && communeOf(user))

export type AuditFilters = {
  from: string
  to: string
  action: AuditAction | ''
  target: AuditTarget | ''
  actor: string
  q: string
  commune: number | null
  page: number
}

const day = (value?: string) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '')

/** Filters from the query string (French names, as in the address bar); anything unexpected is ignored. */
export function auditFilters(params: Record<string, string | undefined>): AuditFilters {
  const action = params.action && Object.hasOwn(auditActions, params.action) ? (params.action as AuditAction) : ''
  const target = params.type && Object.hasOwn(auditTargets, params.type) ? (params.type as AuditTarget) : ''
  const page = params.page && /^\d{1,4}$/.test(params.page) ? Math.max(1, Number(params.page)) : 1
  return {
    from: day(params.du),
    to: day(params.au),
    action,
    target,
    actor: (params.auteur ?? '').trim().slice(0, 100),
    q: (params.q ?? '').trim().slice(0, 100),
    commune: params.commune && /^\d{1,9}$/.test(params.commune) ? Number(params.commune) : null,
    page,
  }
}

function whereOf(filters: AuditFilters): Where | undefined {
  const and: Where[] = []
  // Days are Zurich days: "du 3 au 5" runs from the 3rd at 00:00 to the end of the 5th, local time.
  const from = filters.from && zurichInstant(filters.from, '00:00')
  const to = filters.to && zurichInstant(filters.to, '00:00')
  if (from) and.push({ createdAt: { greater_than_equal: from.toISOString() } })
  if (to) and.push({ createdAt: { less_than: new Date(to.getTime() + 24 * 3600_000).toISOString() } })
  if (filters.action) and.push({ action: { equals: filters.action } })
  if (filters.target) and.push({ targetCollection: { equals: filters.target } })
  if (filters.actor) and.push({ actorName: { like: filters.actor } })
  if (filters.q) and.push({ targetLabel: { like: filters.q } })
  if (filters.commune) and.push({ commune: { equals: filters.commune } })
  return and.length ? { and } : undefined
}

/** One page of the rows the user may read (access rules apply: a validator gets their commune's only). */
export async function listAudit(payload: Payload, user: User, filters: AuditFilters, limit = 50) {
  return payload.find({
    collection: 'audit-events',
    user,
    overrideAccess: false,
    where: whereOf(filters),
    sort: '-createdAt',
    depth: 0,
    limit,
    page: filters.page,
  })
}

/** Every matching row, for the CSV (bounded: a journal export is a few years at most). */
export async function allAudit(payload: Payload, user: User, filters: AuditFilters) {
  return (
    await payload.find({
      collection: 'audit-events',
      user,
      overrideAccess: false,
      where: whereOf(filters),
      sort: '-createdAt',
      depth: 0,
      limit: 50_000,
      pagination: false,
    })
  ).docs
}

export type CommuneNames = Map<number, string>

/** A value of the trail as people read it: role and commune names, oui / non, dates as they are. */
export function readable(field: string, value: unknown, communes: CommuneNames, locale: UiLocale = defaultLocale): string {
  const t = translatorFor(locale, 'audit')
  if (value == null || value === '') return '—'
  if (typeof value === 'boolean') return t(value ? 'yes' : 'no')
  if (field === 'roles' && Array.isArray(value))
    return value.map((role) => (Object.hasOwn(roles, String(role)) ? messageAt(locale, `roles.${role}`) : String(role))).join(', ')
  if (field === 'commune' && typeof value === 'number') return communes.get(value) ?? t('communeNumber', { id: value })
  if (Array.isArray(value) || typeof value === 'object') return JSON.stringify(value)
  if (typeof value === 'string' && isoInstant.test(value))
    // In the reader's language (the pseudo-language marks it), as `when` does: a date is interface, not content.
    return dayOnly.test(value) ? longDate(value, locale) : when(value, locale)
  return String(value)
}

// Dates as Payload stores them; a date picked without a time is stored at noon UTC.
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/
const dayOnly = /T12:00:00(\.0+)?Z$/

export function changesText(event: Pick<AuditEvent, 'changes'>, communes: CommuneNames, locale: UiLocale = defaultLocale): string {
  const changes = (Array.isArray(event.changes) ? event.changes : []) as FieldChange[]
  return changes
    .map(
      (c) =>
        `${c.label}${locale === 'fr' ? ' :' : ':'} ${readable(c.field, c.before, communes, locale)} → ${readable(c.field, c.after, communes, locale)}`,
    )
    .join(' ; ')
}

export const when = (iso: string, locale: UiLocale = defaultLocale) =>
  translatorFor(locale, 'audit')('at', { day: longDate(iso, contentLocale(locale)), time: clockTime(iso, contentLocale(locale)) })

export function detailText(event: Pick<AuditEvent, 'detail'>, locale: UiLocale = defaultLocale): string {
  const t = translatorFor(locale, 'audit')
  const detail = event.detail as { file?: string; filters?: Record<string, string> } | null
  if (!detail || typeof detail !== 'object') return ''
  if (detail.file) {
    const filters = Object.entries(detail.filters ?? {}).map(([key, value]) => `${key}=${value}`)
    return [t('file', { file: detail.file }), filters.length ? t('filters', { filters: filters.join(', ') }) : t('noFilter')].join(' ; ')
  }
  return Object.entries(detail)
    .filter(([, value]) => value != null)
    .map(([key, value]) => {
      const name = t.has(`details.${key}`) ? t(`details.${key}`) : key
      return `${name}${locale === 'fr' ? ' :' : ':'} ${key === 'validUntil' ? when(String(value), locale) : String(value)}`
    })
    .join(', ')
}

/** A cell a spreadsheet will not run as a formula: text that starts like one gets a leading apostrophe. */
const inert = (value: unknown) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

/** The journal as CSV, in the downloader's language (their account's, else French; or the one given). */
export function auditCsv(
  events: AuditEvent[],
  communes: CommuneNames,
  user: AccessUser,
  locale: UiLocale = requestLanguage({ user }),
): string {
  const withAddress = isAdmin(user)
  const t = translatorFor(locale, 'audit')
  const actions = auditActionLabels(locale)
  const targets = auditTargetLabels(locale)
  const header = [
    t('csv.date'),
    t('csv.by'),
    t('csv.roles'),
    t('csv.action'),
    t('csv.type'),
    t('csv.number'),
    t('csv.element'),
    t('csv.commune'),
    t('csv.changes'),
    t('csv.detail'),
    ...(withAddress ? [t('csv.address')] : []),
  ]
  const rows = events.map((e) => [
    e.createdAt,
    e.actorName,
    e.actorRoles,
    actions[e.action] ?? e.action,
    targets[e.targetCollection] ?? e.targetCollection,
    e.targetId,
    e.targetLabel,
    typeof e.commune === 'number' ? (communes.get(e.commune) ?? e.commune) : '',
    changesText(e, communes, locale),
    detailText(e, locale),
    ...(withAddress ? [e.sourceAddress] : []),
  ])
  return toCsv([header, ...rows.map((row) => row.map(inert))])
}
