'use server'

import { z } from 'zod'

import { asUser } from '@/auth/asUser'
import { flag, id, text } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'
import { serverTranslator } from '@/i18n/server'
import { sendMeetingUpdate, transitionMeeting } from '@/meetings/transitions'
import { previousUnapproved } from '@/meetings/view'
import type { AgendaItem, Meeting } from '@/payload-types'
import { done } from '@/result'

import { meetingFields, withStartsAt } from './input'

const meeting = () => id('meetings.forms.unknownMeeting')

/** A committee member creates a meeting; the approval of the last unapproved minutes comes first on its agenda. */
export const createMeetingAction = serverAction({
  input: withStartsAt(z.object({ committee: id('meetings.forms.committee'), ...meetingFields })),
  work: async (fields, { payload, user }) => {
    const t = await serverTranslator('meetings.results')
    const created = await payload.create({ collection: 'meetings', data: fields as Meeting, ...asUser(user) })
    const previous = await previousUnapproved(payload, created)
    if (previous)
      await payload.create({
        collection: 'agenda-items',
        data: {
          meeting: created.id,
          title: t('approvalItem'),
          durationMinutes: 5,
          approvesMinutesOf: previous.id,
        } as AgendaItem,
        ...asUser(user),
      })
    return done(t('created'), { meeting: created.id })
  },
  revalidate: () => ['/seances'],
  redirectTo: (_input, { meeting }) => `/seances/${meeting}?creee=1`,
})

export const updateMeetingAction = serverAction({
  input: withStartsAt(z.object({ meeting: meeting(), ...meetingFields })),
  work: async ({ meeting, ...fields }, { payload, user }) => {
    await payload.update({ collection: 'meetings', id: meeting, data: fields, ...asUser(user) })
    return done((await serverTranslator('meetings.results'))('saved'))
  },
  revalidate: ({ meeting }) => [`/seances/${meeting}`],
})

export const attendanceAction = serverAction({
  input: z.object({ meeting: meeting(), attendance: text() }),
  work: async ({ meeting, attendance }, { payload, user }) => {
    await payload.update({ collection: 'meetings', id: meeting, data: { attendance: attendance || null }, ...asUser(user) })
    return done((await serverTranslator('meetings.results'))('attendanceSaved'))
  },
  revalidate: ({ meeting }) => [`/seances/${meeting}`],
})

/** Convene, close or cancel: the form goes with the status it changed, so the page tells the outcome. */
export const transitionAction = serverAction({
  input: z
    .object({ meeting: meeting(), to: text(), reason: text(), confirm: flag() })
    // Closing and cancelling cannot be undone: the form asks to tick a box first (works without JavaScript).
    .refine(({ to, confirm }) => confirm || (to !== 'held' && to !== 'cancelled'), {
      message: 'meetings.forms.confirm',
      path: ['confirm'],
    }),
  work: ({ meeting, to, reason }, { payload, user }) => transitionMeeting(payload, user, meeting, { to, reason: reason || undefined }),
  revalidate: ({ meeting }) => [`/seances/${meeting}`],
  redirectTo: ({ meeting, to }) => `/seances/${meeting}?fait=${to}`,
})

export const sendUpdateAction = serverAction({
  input: z.object({ meeting: meeting() }),
  work: ({ meeting }, { payload, user }) => sendMeetingUpdate(payload, user, meeting),
  revalidate: ({ meeting }) => [`/seances/${meeting}`],
  redirectTo: ({ meeting }) => `/seances/${meeting}?fait=update`,
})
