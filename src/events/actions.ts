'use server'

import { z } from 'zod'

import { isStaff } from '@/access/roles'
import { asUser } from '@/auth/asUser'
import { id, list, text } from '@/forms/read'
import { serverAction } from '@/forms/serverAction'
import { serverTranslator } from '@/i18n/server'
import { done, refuse } from '@/result'

import { calendarToken } from './feeds'
import { register, unregister } from './registration'

// Schema refusals are catalogue keys, read in the request's language by the server action.
const event = () => id('events.actions.unknownEvent')

/** "S'inscrire" / "Se désinscrire": the button changes with the registration, so the page tells the outcome. */
export const registrationAction = serverAction({
  input: z.object({ event: event(), intent: text(20) }),
  work: ({ event, intent }, { payload, user }) => (intent === 'leave' ? unregister(payload, user, event) : register(payload, user, event)),
  revalidate: ({ event }) => [`/agenda/${event}`],
  redirectTo: ({ event, intent }, outcome) =>
    `/agenda/${event}?fait=${intent === 'leave' ? 'desinscription' : 'registration' in outcome && outcome.registration === 'waitlisted' ? 'attente' : 'inscription'}`,
})

/** Coordinators: who attended (the checked registrations), everyone else of the event marked absent. */
export const attendanceAction = serverAction({
  input: z.object({ event: event(), attended: list() }),
  work: async ({ event, attended }, { payload, user }) => {
    const t = await serverTranslator('events.actions')
    if (!isStaff(user)) return refuse(403, t('staffOnly'))
    const present = new Set(attended.map(Number))
    const { docs } = await payload.find({
      collection: 'registrations',
      ...asUser(user),
      where: { event: { equals: event } },
      limit: 0,
      pagination: false,
      depth: 0,
    })
    for (const registration of docs)
      if (Boolean(registration.attended) !== present.has(registration.id))
        await payload.update({
          collection: 'registrations',
          id: registration.id,
          data: { attended: present.has(registration.id) },
          ...asUser(user),
        })
    return done(t('attendanceSaved', { count: present.size }))
  },
  revalidate: ({ event }) => [`/agenda/${event}`],
})

/** Replaces the personal feed secret: the old links stop working at once. */
export const renewFeedAction = serverAction({
  input: z.object({}),
  work: async (_input, { payload, user }) => {
    await calendarToken(payload, user, { renew: true })
    return done((await serverTranslator('events.actions'))('feedRenewed'))
  },
  revalidate: () => ['/agenda/abonnement', '/veille/abonnement', '/veille'],
})
