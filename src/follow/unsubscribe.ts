import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { publicUrl } from '@/config/runtime'
import { type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import { done, refuse, type Result } from '@/result'

import { currentLocale, serverTranslator } from './language'
import { isNotificationKind, type NotificationKind, notificationKindKeys, notificationKindLabels } from './vocabulary'

/** A link's kind: one kind of notification, or `tout` for the whole digest (the `List-Unsubscribe` header). */
export type UnsubscribeKind = NotificationKind | 'tout'

const isUnsubscribeKind = (value: string): value is UnsubscribeKind => value === 'tout' || isNotificationKind(value)

const signature = (secret: string, userId: number, kind: UnsubscribeKind) =>
  createHmac('sha256', secret).update(`relais-unsubscribe\n${userId}\n${kind}`).digest('base64url')

/**
 * The signed part of an unsubscribe link: `<user>.<kind>.<HMAC-SHA256 of both with the app's secret>`. Changing the
 * user or the kind invalidates the signature, so a link never serves for another person or another kind.
 */
export const unsubscribeToken = (secret: string, userId: number, kind: UnsubscribeKind) =>
  `${userId}.${kind}.${signature(secret, userId, kind)}`

/** The person and kind a link stands for, or null if it was not signed by this app (compared in constant time). */
export function readUnsubscribeToken(secret: string, token: string): { userId: number; kind: UnsubscribeKind } | null {
  const match = /^(\d{1,9})\.([a-z-]{1,30})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return null
  const userId = Number(match[1])
  const kind = match[2]!
  if (!isUnsubscribeKind(kind)) return null
  const expected = Buffer.from(signature(secret, userId, kind))
  const given = Buffer.from(match[3]!)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  return { userId, kind }
}

export const unsubscribeUrl = (payload: Payload, userId: number, kind: UnsubscribeKind) =>
  `${publicUrl()}/desabonnement/${unsubscribeToken(payload.secret, userId, kind)}`

export const unsubscribeLabel = (kind: UnsubscribeKind, locale: Locale = 'fr') =>
  kind === 'tout' ? translatorFor(locale, 'follow.service')('wholeDigest') : notificationKindLabels(locale)[kind]

const refused = async () => refuse(400, (await serverTranslator('follow.service'))('invalidUnsubscribe'))
const pageLocale = async (): Promise<Locale> => ((await currentLocale()) === 'de' ? 'de' : 'fr')

/** What a link would do, without doing it (the confirmation page). */
export async function checkUnsubscribe(payload: Payload, token: string): Promise<Result<{ label: string }>> {
  const read = readUnsubscribeToken(payload.secret, token)
  if (!read) return refused()
  const user = await payload.findByID({ collection: 'users', id: read.userId, depth: 0, disableErrors: true })
  if (!user || user.disabled) return refused()
  return done('', { label: unsubscribeLabel(read.kind, await pageLocale()) })
}

/** Turns off one kind of notification (or all) for the person the signed link names; no session needed. */
export async function unsubscribe(payload: Payload, token: string): Promise<Result<{ label: string }>> {
  const read = readUnsubscribeToken(payload.secret, token)
  if (!read) return refused()
  const user = await payload.findByID({ collection: 'users', id: read.userId, depth: 0, disableErrors: true, showHiddenFields: true })
  if (!user || user.disabled) return refused()
  const muted = new Set<NotificationKind>(user.mutedNotifications ?? [])
  for (const kind of read.kind === 'tout' ? notificationKindKeys : [read.kind]) muted.add(kind)
  await payload.update({
    collection: 'users',
    id: user.id,
    data: { mutedNotifications: [...muted] },
    context: { notificationSettings: true },
  })
  const locale = await pageLocale()
  const label = unsubscribeLabel(read.kind, locale)
  const t = translatorFor(locale, 'follow.service')
  return done(read.kind === 'tout' ? t('unsubscribedAll', { label }) : t('unsubscribed', { label }), { label })
}
