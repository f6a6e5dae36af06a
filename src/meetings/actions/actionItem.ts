'use server'

import { z } from 'zod'

import { asUser } from '@/auth/asUser'
import { choice, day, id, text } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'
import { serverTranslator } from '@/i18n/server'
import { done } from '@/result'

import { measureIds, measureNumbers } from './input'

export const addActionItemAction = serverAction({
  input: z.object({
    meeting: id('meetings.forms.unknownMeeting'),
    owner: id('meetings.forms.owner'),
    dueDate: day('meetings.forms.dueDate', { required: 'meetings.forms.dueDate' }),
    measures: measureNumbers(),
    title: text(),
  }),
  work: async ({ meeting: meetingId, owner, dueDate, measures: numbers, title }, session) => {
    const measures = await measureIds(session, numbers)
    if (!Array.isArray(measures)) return measures
    const { payload, user } = session
    const meeting = await payload.findByID({ collection: 'meetings', id: meetingId, ...asUser(user), depth: 0 })
    await payload.create({
      collection: 'action-items',
      data: { title, meeting: meetingId, committee: meeting.committee, owner, dueDate, measures, status: 'open' },
      ...asUser(user),
    })
    return done((await serverTranslator('meetings.results'))('actionAdded'))
  },
  revalidate: ({ meeting }) => [`/seances/${meeting}`, '/seances/actions'],
})

export const actionStatusAction = serverAction({
  input: z.object({
    action: id('meetings.forms.unknownAction'),
    status: choice(['open', 'done', 'dropped'], 'meetings.forms.unknownStatus'),
  }),
  work: async ({ action, status }, { payload, user }) => {
    await payload.update({ collection: 'action-items', id: action, data: { status }, ...asUser(user) })
    return done((await serverTranslator('meetings.results'))(status === 'done' ? 'actionDone' : 'actionStatusSaved'))
  },
  revalidate: () => [['/seances', 'layout']],
})
