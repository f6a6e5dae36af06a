import type { Payload, TaskConfig } from 'payload'

import { timeZone } from '@/calendar/zurich'
import { publicUrl } from '@/config/runtime'
import { poolOf } from '@/db/pool'
import { type DigestGroup, digestHtml, digestSubject, digestText } from '@/email/templates/digest'
import { type Locale } from '@/i18n/locales'
import { recipientLocale } from '@/i18n/recipient'
import type { User } from '@/payload-types'

import { mayRead } from './events'
import { unsubscribeUrl } from './unsubscribe'
import { type DigestFrequency, type NotificationKind, notificationKindKeys, notificationKindLabels } from './vocabulary'

/** A claim older than this (an instance that stopped mid-way) may be taken again. */
const staleClaimMs = 60 * 60 * 1000

/** The day the weekly digest leaves, in Zurich. */
const weeklyDay = 'Mon'

/** Who gets a digest at `now`: daily people every run, weekly people on Mondays (Zurich). */
export function dueFrequencies(now: Date): DigestFrequency[] {
  const day = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(now)
  return day === weeklyDay ? ['daily', 'weekly'] : ['daily']
}

type Claimed = {
  id: number
  recipient: number
  kind: NotificationKind
  title: string
  detail: string | null
  url: string
  subjectCollection: string
  subjectId: string
}

/**
 * Claims, in one statement, every notification waiting for a person whose digest is due: rows another run holds
 * are skipped (`for update skip locked`) and rows it claimed are no longer waiting, so two instances (or two
 * workers) running the digest at once never take the same row, and nobody gets two digests.
 */
async function claim(payload: Payload, now: Date, frequencies: DigestFrequency[], only?: number[]): Promise<Claimed[]> {
  const { rows } = await poolOf(payload).query<Claimed>(
    `update notifications n set claimed_at = $1
       where n.id in (
         select w.id from notifications w join users u on u.id = w.recipient_id
          where w.sent_at is null
            and (w.claimed_at is null or w.claimed_at < $2)
            and coalesce(u.digest_frequency::text, 'weekly') = any($3::text[])
            and u.disabled is not true
            and ($4::int[] is null or u.id = any($4::int[]))
          order by w.id
          for update of w skip locked)
     returning n.id, n.recipient_id as recipient, n.kind::text as kind, n.title, n.detail, n.url,
               n.subject_collection as "subjectCollection", n.subject_id as "subjectId"`,
    [now.toISOString(), new Date(now.getTime() - staleClaimMs).toISOString(), frequencies, only ?? null],
  )
  return rows
}

const mark = (payload: Payload, ids: number[], sentAt: Date | null) =>
  sentAt
    ? poolOf(payload).query('update notifications set sent_at = $1 where id = any($2::int[])', [sentAt.toISOString(), ids])
    : poolOf(payload).query('update notifications set claimed_at = null where id = any($1::int[])', [ids])

/** One person's digest from their claimed rows: kinds they turned off and what they may no longer read are left out. */
async function digestOf(payload: Payload, user: User, rows: Claimed[], weekly: boolean, locale: Locale) {
  const muted = new Set(user.mutedNotifications ?? [])
  const groups: DigestGroup[] = []
  const labels = notificationKindLabels(locale)
  for (const kind of notificationKindKeys) {
    if (muted.has(kind)) continue
    const items = []
    for (const row of rows.filter((r) => r.kind === kind)) {
      // Read again as the person: a guide unpublished since, a meeting made private, is no longer theirs to read.
      if (!(await mayRead(payload, user, { collection: row.subjectCollection, id: row.subjectId }))) continue
      items.push({ title: row.title, detail: row.detail, url: `${publicUrl()}${row.url}` })
    }
    if (items.length) groups.push({ label: labels[kind], items, unsubscribeUrl: unsubscribeUrl(payload, user.id, kind) })
  }
  if (!groups.length) return null
  return {
    name: user.name,
    groups,
    weekly,
    settingsUrl: `${publicUrl()}/compte/notifications`,
    unsubscribeAllUrl: unsubscribeUrl(payload, user.id, 'tout'),
  }
}

/**
 * Sends the digests due at `now` (the clock is a parameter: tests pass a Monday or a Tuesday), one e-mail per
 * person gathering every notification claimed for them, with an HTML and a plain-text part and `List-Unsubscribe`
 * headers. A row is marked sent once its e-mail left (or was left out); a failed e-mail frees its rows for the next run.
 */
export async function sendDigests(payload: Payload, { now = new Date(), only }: { now?: Date; only?: number[] } = {}) {
  const frequencies = dueFrequencies(now)
  const claimed = await claim(payload, now, frequencies, only)
  const byRecipient = new Map<number, Claimed[]>()
  for (const row of claimed) byRecipient.set(row.recipient, [...(byRecipient.get(row.recipient) ?? []), row])
  let sent = 0
  for (const [recipient, rows] of byRecipient) {
    const ids = rows.map((row) => row.id)
    const user = await payload.findByID({ collection: 'users', id: recipient, depth: 0, disableErrors: true, showHiddenFields: true })
    // The digest is written in its recipient's language.
    const locale = await recipientLocale(payload, user)
    const message = user ? await digestOf(payload, user, rows, user.digestFrequency === 'weekly', locale) : null
    if (!user || !message) {
      await mark(payload, ids, now)
      continue
    }
    const count = message.groups.reduce((sum, group) => sum + group.items.length, 0)
    const all = message.unsubscribeAllUrl
    try {
      await payload.sendEmail({
        to: user.email,
        subject: digestSubject(count, message.weekly, locale),
        html: digestHtml(message, locale),
        text: digestText(message, locale),
        headers: { 'List-Unsubscribe': `<${all}/confirmer>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      })
      await mark(payload, ids, now)
      sent++
    } catch (err) {
      payload.logger.error({ err, msg: `Digest for user ${recipient} failed; its notifications wait for the next run` })
      await mark(payload, ids, null)
    }
  }
  return { sent, notifications: claimed.length }
}

export const digestTask: TaskConfig<'followDigest'> = {
  slug: 'followDigest',
  label: 'Follow digest e-mail',
  // Every morning: daily people each day, weekly people on Mondays.
  schedule: [{ cron: '0 15 7 * * *', queue: 'daily' }],
  handler: async ({ req }) => ({ output: await sendDigests(req.payload) }),
}
