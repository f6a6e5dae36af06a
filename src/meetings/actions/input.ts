import { z } from 'zod'

import { asUser } from '@/auth/asUser'
import { zurichInstant } from '@/calendar/zurich'
import type { FormFields } from '@/forms/read'
import { text, wholeNumber } from '@/forms/read'
import type { Session } from '@/forms/serverAction'
import { messageAt } from '@/i18n/labels'
import { defaultLocale } from '@/i18n/locales'
import { serverTranslator } from '@/i18n/server'
import type { AgendaItem } from '@/payload-types'
import { invalidFields, type Refused } from '@/result'

/** Form fields shared by the meeting, agenda item and action item forms. */

export const minutes = () => wholeNumber(3, 'meetings.forms.minutes')

/** Measures are typed by number ("3, 12"): their numbers, or the refusal of the format (a catalogue key). */
export const measureNumbers = () =>
  text().transform((typed, ctx) => {
    const numbers = typed.split(/[\s,;]+/).filter(Boolean)
    if (numbers.some((n) => !/^\d{1,2}$/.test(n))) {
      ctx.addIssue({ code: 'custom', message: 'meetings.forms.measureNumbers' })
      return z.NEVER
    }
    return numbers.map(Number)
  })

/** The measures' ids for their numbers; unknown numbers are refused. */
export async function measureIds({ payload, user }: Session, numbers: number[]): Promise<number[] | Refused> {
  if (!numbers.length) return []
  const found = await payload.find({
    collection: 'measures',
    where: { number: { in: numbers } },
    ...asUser(user),
    limit: 0,
    pagination: false,
    depth: 0,
    select: { number: true },
  })
  const unknown = numbers.filter((n) => !found.docs.some((m) => m.number === n))
  return unknown.length
    ? invalidFields({ measures: (await serverTranslator('meetings.forms'))('unknownMeasures', { numbers: unknown.join(', ') }) })
    : found.docs.map((m) => m.id)
}

/** Date and time (fields `date` and `time`, Zurich wall-clock time) read as one instant, `startsAt`, before the schema. */
export const withStartsAt = <S extends z.ZodType>(schema: S) =>
  z.preprocess(
    (fields) => ({ ...(fields as FormFields), startsAt: { date: (fields as FormFields).date, time: (fields as FormFields).time } }),
    schema,
  )

export const startsAt = () =>
  z.object({ date: text(), time: text() }).transform((typed, ctx) => {
    const instant = zurichInstant(typed.date, typed.time)
    if (instant) return instant.toISOString()
    ctx.addIssue({ code: 'custom', message: 'meetings.forms.startsAt' })
    return z.NEVER
  })

/** The meeting's own fields (with `withStartsAt`). */
export const meetingFields = {
  startsAt: startsAt(),
  durationMinutes: minutes(),
  title: text().transform((title) => title || messageAt(defaultLocale, 'meetings.fields.defaultTitle')),
  place: text().transform((place) => place || null),
  onlineUrl: text().transform((url) => url || null),
}

/** The meeting an agenda item belongs to, as an id. */
export const meetingOf = (item: Pick<AgendaItem, 'meeting'>) => (typeof item.meeting === 'object' ? item.meeting.id : item.meeting)
