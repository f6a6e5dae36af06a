'use server'

import { z } from 'zod'

import { isStaff } from '@/access/roles'
import { asUser } from '@/auth/asUser'
import { choice, day, flag, id, optionalId, requiredText, text } from '@/forms/read'
import { serverAction, type Session } from '@/forms/serverAction'
import { badInput, done, type Result } from '@/result'

import { deciderKeys, referentFunctionKeys } from './vocabulary'

// Members write for their own commune (the collections' hooks pin it); staff name it in the form.
const commune = optionalId()

/** Runs a register write as the logged-in user, once staff have named the commune. */
async function inCommune(
  session: Session,
  named: number | null,
  write: (commune: number | undefined) => Promise<unknown>,
  message: string,
): Promise<Result> {
  const staff = isStaff(session.user)
  if (staff && !named) return badInput('register.errors.commune')
  await write(staff ? (named ?? undefined) : undefined)
  return done(message)
}

const pastDay = () => day('register.errors.date', { required: 'register.errors.dateRequired', future: 'register.errors.dateFuture' })
const refresh = () => ['/ma-commune']

/** The référent numérique: created with the register, then updated. */
export const saveReferentAction = serverAction({
  input: z.object({
    referentName: requiredText(200, 'register.errors.referentName'),
    referentEmail: requiredText(200, 'register.errors.referentEmail'),
    referentFunction: choice(referentFunctionKeys, 'register.errors.referentFunction'),
    noteAdoptedOn: day('register.errors.noteAdoptedOn').transform((adopted) => adopted || null),
    referentPhone: text(40),
    register: optionalId(),
    commune,
  }),
  allErrors: true,
  work: ({ register, commune, ...data }, session) =>
    inCommune(
      session,
      commune,
      async (named) => {
        const { payload, user } = session
        if (register) await payload.update({ collection: 'commune-registers', id: register, data, ...asUser(user) })
        else await payload.create({ collection: 'commune-registers', data: { ...data, commune: named as number }, ...asUser(user) })
      },
      'register.done.referent',
    ),
  revalidate: refresh,
})

export const addDecisionAction = serverAction({
  input: z.object({
    subject: requiredText(2000, 'register.errors.subject'),
    reason: requiredText(2000, 'register.errors.reason'),
    risks: requiredText(2000, 'register.errors.risks'),
    decidedOn: pastDay(),
    decidedBy: choice(deciderKeys, 'register.errors.decidedBy'),
    commune,
  }),
  allErrors: true,
  work: ({ commune, ...data }, session) =>
    inCommune(
      session,
      commune,
      (named) =>
        session.payload.create({ collection: 'digital-decisions', data: { ...data, commune: named as number }, ...asUser(session.user) }),
      'register.done.decision',
    ),
  revalidate: refresh,
})

export const addIncidentAction = serverAction({
  input: z.object({
    summary: requiredText(2000, 'register.errors.summary'),
    impact: requiredText(2000, 'register.errors.impact'),
    actions: requiredText(2000, 'register.errors.actions'),
    occurredOn: pastDay(),
    providersContacted: flag(),
    executiveInformed: flag(),
    closed: flag(),
    commune,
  }),
  allErrors: true,
  work: ({ commune, closed, ...data }, session) =>
    inCommune(
      session,
      commune,
      (named) =>
        session.payload.create({
          collection: 'digital-incidents',
          data: { ...data, status: closed ? 'clos' : 'ouvert', commune: named as number },
          ...asUser(session.user),
        }),
      'register.done.incident',
    ),
  revalidate: refresh,
})

/** Closes an incident, or records that the executive has now been informed. */
export const updateIncidentAction = serverAction({
  input: z.object({ incident: id('register.errors.incident'), change: choice(['close', 'informed'], 'register.errors.change'), commune }),
  work: ({ incident, change, commune }, session) =>
    inCommune(
      session,
      commune,
      () =>
        session.payload.update({
          collection: 'digital-incidents',
          id: incident,
          data: change === 'close' ? { status: 'clos' } : { executiveInformed: true },
          ...asUser(session.user),
        }),
      change === 'close' ? 'register.done.closed' : 'register.done.informed',
    ),
  revalidate: refresh,
})
