'use server'

import { z } from 'zod'

import { isStaff } from '@/access/roles'
import { asUser } from '@/auth/asUser'
import { choice, day, flag, id, optionalId, requiredText, text } from '@/forms/read'
import { serverAction, type Session } from '@/forms/serverAction'
import { badInput, done, type Result } from '@/result'

import { deciders, referentFunctions } from './vocabulary'

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
  if (staff && !named) return badInput('Choisissez la commune.')
  await write(staff ? (named ?? undefined) : undefined)
  return done(message)
}

const pastDay = () =>
  day('La date n’est pas une date valable.', { required: 'Indiquez la date.', future: 'La date ne peut pas être dans le futur.' })
const refresh = () => ['/ma-commune']

/** The référent numérique: created with the register, then updated. */
export const saveReferentAction = serverAction({
  input: z.object({
    referentName: requiredText(200, 'Indiquez le nom du ou de la référent·e.'),
    referentEmail: requiredText(200, 'Indiquez son adresse e-mail.'),
    referentFunction: choice(referentFunctions, 'Choisissez sa fonction.'),
    noteAdoptedOn: day('La date d’adoption n’est pas une date valable.').transform((adopted) => adopted || null),
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
      'Référent·e numérique enregistré·e.',
    ),
  revalidate: refresh,
})

export const addDecisionAction = serverAction({
  input: z.object({
    subject: requiredText(2000, 'Indiquez l’outil ou le service concerné.'),
    reason: requiredText(2000, 'Indiquez le motif du choix.'),
    risks: requiredText(2000, 'Indiquez les principaux risques identifiés (ou « aucun identifié »).'),
    decidedOn: pastDay(),
    decidedBy: choice(deciders, 'Indiquez qui a décidé.'),
    commune,
  }),
  allErrors: true,
  work: ({ commune, ...data }, session) =>
    inCommune(
      session,
      commune,
      (named) =>
        session.payload.create({ collection: 'digital-decisions', data: { ...data, commune: named as number }, ...asUser(session.user) }),
      'Décision ajoutée au registre.',
    ),
  revalidate: refresh,
})

export const addIncidentAction = serverAction({
  input: z.object({
    summary: requiredText(2000, 'Décrivez ce qui s’est passé.'),
    impact: requiredText(2000, 'Indiquez l’impact sur les prestations ou les données (ou « aucun »).'),
    actions: requiredText(2000, 'Indiquez les mesures prises.'),
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
      'Incident ajouté au registre.',
    ),
  revalidate: refresh,
})

/** Closes an incident, or records that the executive has now been informed. */
export const updateIncidentAction = serverAction({
  input: z.object({ incident: id('Incident inconnu.'), change: choice(['close', 'informed'], 'Modification inconnue.'), commune }),
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
      change === 'close' ? 'Incident clos.' : 'Information de l’exécutif enregistrée.',
    ),
  revalidate: refresh,
})
