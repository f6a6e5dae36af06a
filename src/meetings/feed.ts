import type { Payload } from 'payload'

import { committeesOf } from '@/access/roles'
import { calendarFile } from '@/calendar/ics'
import { feedSince } from '@/events/feeds'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translator'
import type { Committee, Meeting, User } from '@/payload-types'

import { meetingEvent } from './invitations'

/**
 * A committee member's meetings since a year, convened or later (cancelled ones too, so that calendars drop
 * them), read as them. A feed link can leak, so confidential items appear only as a confidential item, unnamed.
 */
export async function meetingsFeed(payload: Payload, user: User, locale: Locale = defaultLocale): Promise<string> {
  const t = translatorFor(locale, 'calendar')
  const mine = committeesOf(user)
  const asOwner = { user, overrideAccess: false as const, depth: 0, limit: 0, pagination: false as const }
  const [meetings, committees] = await Promise.all([
    mine.length
      ? payload.find({
          collection: 'meetings',
          ...asOwner,
          where: {
            and: [{ committeeSlug: { in: mine } }, { status: { not_equals: 'planned' } }, { startsAt: { greater_than: feedSince() } }],
          },
          sort: 'startsAt',
        })
      : { docs: [] as Meeting[] },
    payload.find({ collection: 'committees', ...asOwner }),
  ])
  const ids = meetings.docs.map((m) => m.id)
  const items = ids.length
    ? (await payload.find({ collection: 'agenda-items', ...asOwner, where: { meeting: { in: ids } }, sort: ['position', 'id'] })).docs
    : []
  const events = meetings.docs.map((meeting) => {
    const committee = committees.docs.find((c) => c.id === meeting.committee) as Committee
    const agenda = items
      .filter((item) => item.meeting === meeting.id)
      .map((item) => (item.confidential ? { ...item, title: t('confidentialItem'), presenter: null } : item))
    return meetingEvent(meeting, committee, agenda, locale)
  })
  return calendarFile({ name: t('meetingsName'), method: 'PUBLISH', locale, events })
}
